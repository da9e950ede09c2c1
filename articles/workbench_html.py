"""The editors' widgets (review, speaker, tags, links) and the article page's quote rows, as
HTML built in Python.

An article's page shows each of its quotes with a review and a speaker widget (an editor's
buttons, who said it, the "Change speaker" opener). Rendered by Django's template language
they cost ~120 µs a quote, an eighth of an article's first view (40.6M → 35.8M instructions
without them); built here from format strings, about 12 µs. The rest of the quote row
(quote_items) followed, then the tags and links widgets every record page carries (their
editing forms alone were ~0.8 ms of an article's first view): 31.6M → 27.3M instructions.
The workbench partials `#review`, `#speaker`, `#tags` and `#links`
(templates/articles/workbench.html) are one tag each (articles/templatetags/newsdesk.py), so
every page and the htmx actions that swap a widget after a write share this markup.

Values are escaped as templates escape them; the CSRF input is Django's own tag's output.
"""

from __future__ import annotations

from html import escape

from django.template.defaulttags import CsrfTokenNode
from django.utils.safestring import SafeData, SafeString

from articles.models import LinkRelation, ReviewStatus
from articles.templatetags.fasttext import truncatechars
from articles.urlpaths import fast_reverse
from articles.views.common import record_url

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


class Editing:
    """What an editor's forms carry, the same for every widget of a page: the CSRF input and
    the page to go back to."""

    __slots__ = ("csrf", "next")

    def __init__(self, csrf: str, next_path: str):
        self.csrf, self.next = csrf, next_path

    @classmethod
    def of(cls, context) -> Editing | None:
        """What the forms of this page carry, or None when the user may not edit (no forms)."""
        if not context.get("can_edit"):
            return None
        request = context.get("request")
        return cls(CsrfTokenNode().render(context), esc(request.get_full_path()) if request is not None else "")

    def form(self, template: str, **values) -> str:
        """An editor's form: template filled with these values, its CSRF input and next path."""
        return template.format(csrf=self.csrf, next=self.next, **values)


def review(context) -> SafeString:
    """A record's review status and, for editors, the buttons that change it (an error beside
    them after a refused write). Context: record, kind, can_edit, error, request, csrf_token."""
    editing = Editing.of(context)
    return review_html(context["record"], str(context["kind"]), editing, context.get("error"))


def review_html(record, kind: str, editing: Editing | None, error=None) -> SafeString:
    """review() for these values: editing is None for a viewer."""
    status, html_kind = record.review_status, esc(kind)
    buttons = ""
    if editing is not None:
        buttons = editing.form(
            REVIEW_EDITING,
            url=esc(fast_reverse("articles:review", (kind, record.pk))),
            kind=html_kind,
            pk=record.pk,
            buttons="\n    ".join(html for value, html in BUTTONS.items() if value != status),
            error=error_html(error),
        )
    label = REVIEW_LABELS.get(status, status)
    return SafeString(
        REVIEW.format(kind=html_kind, pk=record.pk, status=esc(status), label=esc(label), editing=buttons)
    )


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
    if not context.get("can_edit"):
        return speaker_html(quote, can_edit=False)
    error = context.get("error")
    if not (error or context.get("speaker_form_shown")):
        return speaker_html(quote, can_edit=True)
    with context.push():
        form = context.template.engine.get_template(SPEAKER_FORM).render(context)
    editing = SPEAKER_EDITING.format(opener=" open" if error else "", form=form)
    return SafeString(SPEAKER.format(pk=quote.pk, said=said_by(quote), editing=editing))


def speaker_html(quote, *, can_edit: bool) -> SafeString:
    """speaker() without a form shown: an editor's "Change speaker" fetches it when opened."""
    editing = ""
    if can_edit:
        form = SPEAKER_FORM_LINK.format(url=esc(fast_reverse("articles:quote", (quote.pk,))))
        opener = SPEAKER_OPENER.format(url=esc(fast_reverse("articles:speaker_form", (quote.pk,))))
        editing = SPEAKER_EDITING.format(opener=opener, form=form)
    return SafeString(SPEAKER.format(pk=quote.pk, said=said_by(quote), editing=editing))


QUOTE_ITEM = """<li id="quote-item-{pk}" class="quote-item kind-{kind} status-{status}">
        <a class="quote-text" href="#quote-{pk}">{words}</a>
        {speaker}
        <div class="row">
          {review}
          <a class="more" href="{url}" aria-label="Open the quote's page">Open →</a>
        </div>
      </li>"""


# Reported speech is labelled, never put between quote marks: an editor must not take a
# paraphrase for someone's words (the template partial workbench.html#quote-words does the same).
REPORTED_WORDS = '<span class="kind-label kind-{kind}" title="Not a verbatim quotation">{label}</span> {text}'


def quote_words(quote) -> str:
    text = esc(truncatechars(quote.text, 180))
    if quote.kind == "direct":
        return f"“{text}”"
    label = quote.get_kind_display() + (f" · {quote.cue}" if quote.cue else "")
    return REPORTED_WORDS.format(kind=esc(quote.kind), label=esc(label), text=text)


def quote_items(context, quotes) -> SafeString:
    """The article page's quote list: for each quote its text (cut at 180 characters, linked
    to its place in the body), who said it and its review status, with an editor's controls.
    Context: can_edit, request, csrf_token."""
    editing = Editing.of(context)
    can_edit = editing is not None
    return SafeString(
        "\n      ".join(
            QUOTE_ITEM.format(
                pk=quote.pk,
                kind=esc(quote.kind),
                status=esc(quote.review_status),
                words=quote_words(quote),
                speaker=speaker_html(quote, can_edit=can_edit),
                review=review_html(quote, "quote", editing),
                url=esc(fast_reverse("articles:quote", (quote.pk,))),
            )
            for quote in quotes
        )
    )


TAGS = """<div class="tags" id="tags-{id}">
  <ul class="chips" aria-label="Tags">
    {chips}
  </ul>{editing}
</div>"""

TAG_CHIP = '<li class="chip"><a href="{url}">{name}</a>{remove}</li>'

TAG_REMOVE = """<form method="post" action="{url}"
          hx-post="{url}" hx-target="#tags-{id}" hx-swap="outerHTML">{csrf}<input type="hidden" name="next" value="{next}"><button type="submit" class="chip-x" title="Remove tag {name}" aria-label="Remove tag {name}">×</button></form>"""  # noqa: E501

TAG_ADD = """
  <form class="tag-add inline-form" method="post" action="{url}"
        hx-post="{url}" hx-target="#tags-{id}" hx-swap="outerHTML"
        data-refocus="tag-input-{id}">
    {csrf}<input type="hidden" name="next" value="{next}">
    <label for="tag-input-{id}" class="visually-hidden">Add a tag</label>
    <input id="tag-input-{id}" name="name" placeholder="Add a tag…" maxlength="100" required autocomplete="off"
           list="tag-options-{id}"
           hx-get="{suggest}" hx-trigger="input changed delay:150ms" hx-target="#tag-options-{id}" hx-swap="innerHTML" hx-sync="this:replace">
    <datalist id="tag-options-{id}"></datalist>
    <button type="submit" class="small">Add</button>{error}
  </form>"""  # noqa: E501


def tags(context) -> SafeString:
    """A record's tags, each linked to its page; for editors a remove button on each and the
    form that adds one (suggesting existing tags as they type), with the error of a refused
    write. Context: record, kind, can_edit, error, request, csrf_token."""
    record, kind = context["record"], str(context["kind"])
    editing = Editing.of(context)
    widget_id = f"{esc(kind)}-{record.pk}"
    chips = []
    for tag in record.tags.all():
        name = esc(tag.name)
        remove = ""
        if editing is not None:
            remove = editing.form(
                TAG_REMOVE,
                url=esc(fast_reverse("articles:tag_remove", (kind, record.pk, tag.pk))),
                id=widget_id,
                name=name,
            )
        chips.append(TAG_CHIP.format(url=esc(tag.get_absolute_url()), name=name, remove=remove))
    if not chips and editing is None:
        chips.append('<li class="empty">No tags.</li>')
    add = ""
    if editing is not None:
        add = editing.form(
            TAG_ADD,
            url=esc(fast_reverse("articles:tag_add", (kind, record.pk))),
            id=widget_id,
            suggest=esc(fast_reverse("articles:tag_suggest")),
            error=error_html(context.get("error")),
        )
    return SafeString(TAGS.format(id=widget_id, chips="\n    ".join(chips), editing=add))


LINKS = """<section class="panel links" id="links-{id}" aria-labelledby="links-title-{id}">
  <h2 id="links-title-{id}">Links</h2>
  <ul class="link-list">
    {items}
  </ul>{editing}
</section>"""

LINK_ITEM = """<li>
      <div class="link-head">
        <span class="rel rel-{relation}">{relation_label}</span>
        <span class="dir" title="{direction} this {kind}">{arrow}</span>
        <span class="kind">{other_kind}</span>
      </div>
      {other}{note}{remove}
    </li>"""

LINK_REMOVE = """
      <form method="post" action="{url}" class="inline-form remove"
            hx-post="{url}" hx-target="#links-{id}" hx-swap="outerHTML">
        {csrf}<input type="hidden" name="next" value="{next}">
        <button type="submit" class="link danger-text" aria-label="Remove link to {label}">Remove</button>
      </form>"""

LINK_ADD = """
  <details class="link-add"{open}>
    <summary>Link to an article, person, quote or event</summary>
    <form method="post" action="{url}" hx-post="{url}" hx-target="#links-{id}" hx-swap="outerHTML">
      {csrf}<input type="hidden" name="next" value="{next}">
      <label for="link-find-{id}">Find</label>
      <input type="search" id="link-find-{id}" name="find" autocomplete="off" placeholder="Title, name, quote or event…"
             hx-get="{search}" hx-vals='{{"from": "{kind}:{pk}"}}' hx-trigger="input changed delay:200ms, search" hx-target="#link-options-{id}" hx-swap="innerHTML" hx-sync="this:replace">
      <fieldset class="link-options" id="link-options-{id}" aria-live="polite"><legend class="visually-hidden">Link to</legend></fieldset>
      <label for="link-relation-{id}">Relation</label>
      <select id="link-relation-{id}" name="relation">
        {relations}
      </select>
      <label for="link-note-{id}">Note</label>
      <textarea id="link-note-{id}" name="note" rows="2" maxlength="2000"></textarea>
      <button type="submit" class="small">Add link</button>{error}
    </form>
  </details>"""  # noqa: E501

RELATION_OPTIONS = "".join(f'<option value="{esc(v)}">{esc(label)}</option>' for v, label in LinkRelation.choices)


def links(context) -> SafeString:
    """A record's cross-links (relation, direction, the other record linked by its label or
    "(deleted)", the note); for editors a remove button on each and the form that adds one,
    open with the error of a refused write. Context: record, kind, links, can_edit, error,
    request, csrf_token."""
    record, kind = context["record"], str(context["kind"])
    editing = Editing.of(context)
    widget_id, html_kind = f"{esc(kind)}-{record.pk}", esc(kind)
    items = []
    for link in context.get("links") or ():
        label = link.other_label
        other = '<span class="empty">(deleted)</span>'
        if label:
            url = record_url(link.other_kind, link.other_id)
            other = f'<a href="{esc(url)}">{esc(truncatechars(label, 90))}</a>'
        remove = ""
        if editing is not None:
            remove = editing.form(
                LINK_REMOVE,
                url=esc(fast_reverse("articles:link_remove", (kind, record.pk, link.pk))),
                id=widget_id,
                label=esc(truncatechars(label, 40)) if label else "a deleted record",
            )
        items.append(
            LINK_ITEM.format(
                relation=esc(link.relation),
                relation_label=esc(link.get_relation_display()),
                direction="from" if link.outgoing else "to",
                kind=html_kind,
                arrow="→" if link.outgoing else "←",
                other_kind=esc(link.other_kind),
                other=other,
                note=f'\n      <p class="note">{esc(link.note)}</p>' if link.note else "",
                remove=remove,
            )
        )
    if not items:
        items.append('<li class="empty">No links yet.</li>')
    add = ""
    if editing is not None:
        error = context.get("error")
        add = editing.form(
            LINK_ADD,
            open=" open" if error else "",
            url=esc(fast_reverse("articles:link_add", (kind, record.pk))),
            id=widget_id,
            search=esc(fast_reverse("articles:link_search")),
            kind=html_kind,
            pk=record.pk,
            relations=RELATION_OPTIONS,
            error=error_html(error),
        )
    return SafeString(LINKS.format(id=widget_id, items="\n    ".join(items), editing=add))
