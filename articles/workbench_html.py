"""The review and speaker widgets as HTML built in Python: every quote row carries both.

An article's page shows each of its quotes with these two widgets (an editor's buttons,
who said it, the "Change speaker" opener). Rendered by Django's template language they
cost ~120 µs a quote, an eighth of an article's first view (40.6M → 35.8M instructions
without them); built here from format strings, about 12 µs. The workbench partials `#review` and `#speaker`
(templates/articles/workbench.html) are one tag each (articles/templatetags/newsdesk.py),
so every page and the htmx actions that swap a widget after a write share this markup.

Values are escaped as templates escape them; the CSRF input is Django's own tag's output.
"""

from __future__ import annotations

from html import escape

from django.template.defaulttags import CsrfTokenNode
from django.utils.safestring import SafeData, SafeString

from articles.models import ReviewStatus
from articles.urlpaths import fast_reverse

REVIEW_LABELS = dict(ReviewStatus.choices)
SPEAKER_FORM = "articles/workbench.html#speaker-form"

# The buttons an editor sees: each status but the record's own (value: class, text).
BUTTON = '<button type="submit" name="status" value="{}" class="small {}">{}</button>'
BUTTONS = {
    status: BUTTON.format(status, css, text)
    for status, css, text in (
        (ReviewStatus.VERIFIED, "ok", "Verify"),
        (ReviewStatus.REJECTED, "danger", "Reject"),
        (ReviewStatus.NEEDS_REVIEW, "quiet", "Undo"),
    )
}

REVIEW = """<div class="review" id="review-{kind}-{pk}">
  <span class="badge status-{status}">{label}</span>{editing}
</div>"""

REVIEW_EDITING = """
  <form method="post" action="{url}" class="inline-form"
        hx-post="{url}" hx-target="#review-{kind}-{pk}" hx-swap="outerHTML">
    {csrf}<input type="hidden" name="next" value="{next}">
    {buttons}
  </form>{error}"""

SPEAKER = """<div class="speaker" id="speaker-{pk}">
  <span class="said-by">— {said}</span>{editing}
</div>"""

SPEAKER_EDITING = """
  <details class="change-speaker"{opener}>
    <summary>Change speaker</summary>
    {form}
  </details>"""

# Without JavaScript the opener's link leads to the quote's page, which shows the form.
SPEAKER_FORM_LINK = '<p class="speaker-form help"><a href="{url}">Change it on the quote\'s page</a></p>'
SPEAKER_OPENER = ' hx-get="{url}" hx-trigger="toggle once" hx-target="find .speaker-form" hx-swap="outerHTML"'


def esc(value) -> str:
    """value as a template shows it: escaped unless already safe (Django's conditional_escape
    without its lazy-string wrapper, which costs more than the escaping here)."""
    return str(value) if isinstance(value, SafeData) else escape(str(value))


def error_html(error) -> str:
    """A refused write's reason under the widget's form."""
    return f'\n  <p class="error" role="alert">{esc(error)}</p>' if error else ""


def review(context) -> SafeString:
    """A record's review status and, for editors, the buttons that change it (an error beside
    them after a refused write). Context: record, kind, can_edit, error, request, csrf_token."""
    record, kind = context["record"], esc(context["kind"])
    status = record.review_status
    editing = ""
    if context.get("can_edit"):
        request = context.get("request")
        editing = REVIEW_EDITING.format(
            url=esc(fast_reverse("articles:review", (str(context["kind"]), record.pk))),
            kind=kind,
            pk=record.pk,
            csrf=CsrfTokenNode().render(context),
            next=esc(request.get_full_path()) if request is not None else "",
            buttons="\n    ".join(html for value, html in BUTTONS.items() if value != status),
            error=error_html(context.get("error")),
        )
    label = REVIEW_LABELS.get(status, status)
    return SafeString(REVIEW.format(kind=kind, pk=record.pk, status=esc(status), label=esc(label), editing=editing))


def label_differs(quote) -> bool:
    """Whether a quote's as-written source says more than its speaker's name ('he', 'a source'),
    so the page shows it beside the name; 'Mr Okafor' for Ada Okafor says nothing new."""
    label = (quote.speaker_label or "").strip().lower()
    if not label or not quote.speaker_id:
        return False
    surname = quote.speaker.name.split()[-1].lower() if quote.speaker.name.split() else ""
    return surname not in label


def said_by(quote) -> str:
    """The speaker linked (with the source as written when it says more), else the label."""
    if quote.speaker_id is None:
        return f'<span class="label">{esc(quote.speaker_label or "unattributed")}</span>'
    speaker = quote.speaker
    html = f'<a href="{esc(speaker.get_absolute_url())}">{esc(speaker.name)}</a>'
    if label_differs(quote):
        html += f' <span class="as-written" title="as written">(“{esc(quote.speaker_label)}”)</span>'
    return html


def speaker(context) -> SafeString:
    """Who said a quote and, for editors, "Change speaker": its form is fetched when opened
    (lists and the article page show many quotes), or shown already (error, speaker_form_shown:
    the quote's own page). Context: quote, can_edit, error, speaker_form_shown."""
    quote = context["quote"]
    editing = ""
    if context.get("can_edit"):
        error = context.get("error")
        if error or context.get("speaker_form_shown"):
            with context.push():
                form = context.template.engine.get_template(SPEAKER_FORM).render(context)
            opener = " open" if error else ""
        else:
            form = SPEAKER_FORM_LINK.format(url=esc(fast_reverse("articles:quote", (quote.pk,))))
            opener = SPEAKER_OPENER.format(url=esc(fast_reverse("articles:speaker_form", (quote.pk,))))
        editing = SPEAKER_EDITING.format(opener=opener, form=form)
    return SafeString(SPEAKER.format(pk=quote.pk, said=said_by(quote), editing=editing))
