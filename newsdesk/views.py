"""Answers for addresses outside the app's pages."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.views.decorators.http import require_GET


@require_GET
def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for whatever a page names: the site's icon."""
    return redirect(static("favicon.svg"))
