from django.contrib import admin

from .models import Indicator


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "unit_label", "lower_is_better", "group", "position", "active")
    list_editable = ("position", "active")
    search_fields = ("code", "name")
