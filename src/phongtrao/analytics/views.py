"""The home dashboard."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .services import jurisdiction_summary


@login_required
def home(request):
    return render(request, "analytics/home.html", {"summary": jurisdiction_summary(request.user)})
