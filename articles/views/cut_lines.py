"""Putting back a line the cleaning cut from an article's body."""

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from articles.models import Article
from articles.services.importing import restore_removed_line
from articles.views.common import editor_required


@require_POST
@editor_required
def restore_cut_line(request, pk):
    """Restores one cut line to the body, then redirects to the article (offsets all change)."""
    article = get_object_or_404(Article.objects.only("pk", "source_file"), pk=pk)
    try:
        line_no = int(request.POST.get("line", ""))
        restore_removed_line(article.pk, line_no)
    except ValueError as error:
        return HttpResponseBadRequest(f"Cannot restore: {error}", content_type="text/plain; charset=utf-8")
    messages.success(request, f"Line {line_no} is back in the story; people, quotes and events were re-read.")
    return redirect(article)
