"""Putting back a line the cleaning cut from an article's body."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db.models.functions import Length
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from articles.models import Article
from articles.services.importing import restore_removed_line
from articles.tasks import restore_cut_line as restore_in_background
from articles.views.common import editor_required


class RestoreLineForm(forms.Form):
    line = forms.IntegerField(min_value=0, max_value=10_000_000)


@require_POST
@editor_required
def restore_cut_line(request, pk):
    """Restores one cut line to the body, then redirects to the article (offsets all change).

    The article's people, quotes and events are read again, which takes time that grows with
    the article: a long one (over NEWSDESK_RESTORE_INLINE_CHARS) is done by the task worker, so
    no web worker is held for it; the editor is told to reload in a moment."""
    article = get_object_or_404(
        Article.objects.only("pk", "source_file", "removed_lines").annotate(body_chars=Length("body")), pk=pk
    )
    form = RestoreLineForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("Cannot restore: no line number given.", content_type="text/plain; charset=utf-8")
    line_no = form.cleaned_data["line"]
    if line_no not in {cut["line"] for cut in article.removed_lines}:
        reason = f"line {line_no} of {article.source_file} was not cut from the body"
        return HttpResponseBadRequest(f"Cannot restore: {reason}", content_type="text/plain; charset=utf-8")
    if article.body_chars > settings.NEWSDESK_RESTORE_INLINE_CHARS:
        restore_in_background.enqueue(article.pk, line_no, request.user.pk)
        messages.success(
            request,
            f"Line {line_no} is going back into the story; on an article this long people, quotes and events "
            "take a few seconds to be read again. Reload the page to see it.",
        )
        return redirect(article)
    try:
        restore_removed_line(article.pk, line_no)
    except ValueError as error:
        return HttpResponseBadRequest(f"Cannot restore: {error}", content_type="text/plain; charset=utf-8")
    messages.success(request, f"Line {line_no} is back in the story; people, quotes and events were re-read.")
    return redirect(article)
