"""The small form that turns a replication recommendation into a steering task."""
from django import forms
from django.utils.translation import gettext_lazy as _

OWNER_COMMUNE, OWNER_PROVINCE = "commune", "province"


class ReplicationTaskForm(forms.Form):
    indicator = forms.IntegerField(widget=forms.HiddenInput)
    commune = forms.IntegerField(widget=forms.HiddenInput)
    owner = forms.ChoiceField(label=_("Đơn vị chủ trì"), choices=((OWNER_COMMUNE, _("Xã")), (OWNER_PROVINCE, _("Tỉnh"))))
    deadline = forms.DateField(label=_("Thời hạn"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
