"""The import page: upload news pages, watch the background import's progress."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
@login_required
def import_page(request):
    """Renders the upload form and the recent import jobs."""
    return render(request, "articles/import.html", {})
