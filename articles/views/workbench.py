"""The editors' inline actions (htmx): tags, annotations, cross-links, review, speakers.

Every write is a POST by an Editor (others get 403) that calls articles.services.editing and
answers an htmx request with the fragments that changed, rendered from the same templates as
the pages; without JavaScript the same forms post normally and are sent back to the page.
A write the editor can fix answers 422 with the widget and its error.
"""

import json

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from articles import caching, kinds, webanno
from articles.forms import (
    AnnotationEditForm,
    AnnotationForm,
    LinkForm,
    RecordSuggestForm,
    ReviewForm,
    SpeakerForm,
    TagForm,
    first_error,
)
from articles.models import Annotation, Article, Person, Quote
from articles.querysets import annotations_for, links_for, record_search
from articles.services import editing
from articles.services.editing import EditError
from articles.tasks import render_article_ahead
from articles.views.browse import article_workspace
from articles.views.common import (
    editor_required,
    get_record,
    go_back,
    render_fragments,
    wants_fragment,
)

WORKBENCH = "articles/workbench.html"
ARTICLE = "articles/article_workspace.html"


def widget_response(request, widget: str, record, kind: str, error: str | None = None, **extra):
    """The record's widget again (with the error, 422) for htmx; otherwise back to the page.
    After a change, the page of the article it shows on is rendered again in the background."""
    if error is None and kind in ("article", "quote") and caching.enabled():
        render_article_ahead.enqueue(record.pk if kind == "article" else record.article_id)
    if not wants_fragment(request):
        return go_back(request, kinds.page_url(kind, record.pk), error)
    context = {"record": record, "kind": kind, "can_edit": True, "error": error, **extra}
    return render_fragments(request, WORKBENCH, [widget], context, status=422 if error else 200)


# --- tags ---------------------------------------------------------------------------------


@require_POST
@editor_required
def tag_add(request, kind, pk):
    """Adds a tag (existing or new) to an article, person, quote or event; renders its tag widget."""
    record = get_record(kind, pk)
    form = TagForm(request.POST)
    try:
        if not form.is_valid():
            raise EditError(first_error(form))
        editing.add_tag(record, form.cleaned_data["name"])
    except EditError as error:
        return widget_response(request, "tags", record, kind, str(error))
    return widget_response(request, "tags", record, kind)


@require_POST
@editor_required
def tag_remove(request, kind, pk, tag_pk):
    """Takes a tag off a record; renders its tag widget."""
    record = get_record(kind, pk)
    tag = get_object_or_404(record.tags, pk=tag_pk)
    editing.remove_tag(record, tag)
    return widget_response(request, "tags", record, kind)


# --- cross-links --------------------------------------------------------------------------


@require_GET
@login_required
def link_search(request):
    """Renders the link picker's choices: articles, people, quotes and events matching ?find=."""
    form = RecordSuggestForm.from_request(request)
    source = form.value("from")
    rows = [r for r in record_search(form.value("find")) if f"{r['record_kind']}:{r['pk']}" != source]
    return render(request, f"{WORKBENCH}#link-options", {"rows": rows})


@require_POST
@editor_required
def link_add(request, kind, pk):
    """Links a record to another with a relation and a note; renders the record's links widget."""
    record = get_record(kind, pk)
    form = LinkForm(request.POST)
    try:
        if not form.is_valid():
            raise EditError(first_error(form))
        try:
            target = get_record(*form.target_ref())
        except Http404 as missing:
            raise EditError("That record no longer exists.") from missing
        cleaned = form.cleaned_data
        editing.create_link(record, target, relation=cleaned["relation"], note=cleaned["note"], user=request.user)
    except EditError as error:
        return links_response(request, record, kind, str(error))
    return links_response(request, record, kind)


@require_POST
@editor_required
def link_remove(request, kind, pk, link_pk):
    """Removes a cross-link that touches this record; renders the record's links widget."""
    record = get_record(kind, pk)
    editing.remove_link(get_object_or_404(links_for(record), pk=link_pk))
    return links_response(request, record, kind)


def links_response(request, record, kind, error=None):
    links = list(links_for(record)) if wants_fragment(request) else []
    return widget_response(request, "links", record, kind, error, links=links)


# --- review -------------------------------------------------------------------------------


@require_POST
@editor_required
def review(request, kind, pk):
    """Marks a record verified, rejected or back to needs-review; renders its review widget."""
    record = get_record(kind, pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return widget_response(request, "review", record, kind, first_error(form))
    try:
        editing.set_review_status(record, form.cleaned_data["status"])
    except EditError as error:
        return widget_response(request, "review", record, kind, str(error))
    return widget_response(request, "review", record, kind)


@require_GET
@editor_required
def speaker_form(request, pk):
    """Renders the form that changes who said a quote (fetched when an editor opens "Change
    speaker"); its `next` is the page it was opened on."""
    quote = get_object_or_404(Quote, pk=pk)
    context = {"quote": quote, "can_edit": True, "next": request.headers.get("HX-Current-URL", "")}
    return render(request, f"{WORKBENCH}#speaker-form", context)


@require_POST
@editor_required
def speaker(request, pk):
    """Sets who said a quote (a chosen person, or a typed label); renders the speaker widget."""
    quote = get_object_or_404(Quote.objects.select_related("speaker"), pk=pk)
    form = SpeakerForm(request.POST)
    try:
        if not form.is_valid():
            raise EditError(first_error(form))
        person = None
        if form.cleaned_data["person"]:
            person = Person.objects.filter(pk=form.cleaned_data["person"]).first()
            if person is None:
                raise EditError("That person no longer exists.")
        editing.set_speaker(quote, person=person, label=form.cleaned_data["label"])
    except EditError as error:
        return widget_response(request, "speaker", quote, "quote", str(error), quote=quote)
    return widget_response(request, "speaker", quote, "quote", quote=quote)


# --- annotations --------------------------------------------------------------------------


def article_regions(request, article, status=200) -> HttpResponse:
    """The article body and the annotation list, both out of band; nothing for the main target
    (the annotate form's error slot, which is emptied)."""
    show_rejected = request.POST.get("show_rejected") == "1"
    workspace = article_workspace(article.pk, can_edit=True, show_rejected=show_rejected, article=article)
    context = {**workspace, "oob": True}
    return render_fragments(request, ARTICLE, ["body", "annotations"], context, status=status)


@require_POST
@editor_required
def annotation_create(request, pk):
    """Saves a note (and tags) on a selected passage; renders the body and the annotation list."""
    article = get_object_or_404(Article.objects.for_page(), pk=pk)
    form = AnnotationForm(request.POST)
    try:
        if not form.is_valid():
            raise EditError(first_error(form))
        data = form.cleaned_data
        annotation = editing.create_annotation(
            article,
            request.user,
            start=data["start"],
            end=data["end"],
            exact=data["exact"],
            note=data["note"],
            tags=data["tags"],
        )
    except EditError as error:
        if not wants_fragment(request):
            return go_back(request, article.get_absolute_url(), str(error))
        # The form targets its error slot: the reason goes there.
        return render_fragments(request, ARTICLE, ["annotate-error"], {"error": str(error)}, status=422)
    if not wants_fragment(request):
        return redirect(f"{article.get_absolute_url()}#note-{annotation.pk}")
    return article_regions(request, article)


def own_annotation(request, pk):
    annotation = get_object_or_404(Annotation.objects.select_related("author", "article"), pk=pk)
    return annotation, annotation.author_id == request.user.pk


@require_GET
@login_required
def annotation_detail(request, pk):
    """One annotation: its list item for htmx (the edit form's Cancel), W3C JSON-LD when asked for
    (Accept: application/ld+json; the id of each exported annotation), else its place on the article."""
    annotation = get_object_or_404(Annotation.objects.select_related("author").prefetch_related("tags"), pk=pk)
    if request.accepts(webanno.MEDIA_TYPE) and not request.accepts("text/html"):
        source = request.build_absolute_uri(reverse("articles:detail", args=[annotation.article_id]))
        data = {"@context": webanno.CONTEXT}
        data |= webanno.annotation(annotation, id_url=request.build_absolute_uri(), source_url=source)
        return HttpResponse(json.dumps(data, ensure_ascii=False, indent=2), content_type=webanno.MEDIA_TYPE)
    if wants_fragment(request):
        return render(request, f"{ARTICLE}#annotation-item", {"a": annotation, "user": request.user, "can_edit": True})
    return redirect(f"{reverse('articles:detail', args=[annotation.article_id])}#note-{annotation.pk}")


@require_http_methods(["GET", "POST"])
@editor_required
def annotation_edit(request, pk):
    """GET: the edit form (a fragment for htmx, a small page otherwise). POST: saves the note
    and tags and renders the list item. Only the annotation's author may do either."""
    annotation, mine = own_annotation(request, pk)
    if not mine:
        return HttpResponseForbidden("Only the author of an annotation can change it.")
    if request.method == "POST":
        form = AnnotationEditForm(request.POST)
        if form.is_valid():
            editing.update_annotation(annotation, request.user, **form.cleaned_data)
            if not wants_fragment(request):
                return redirect(f"{annotation.article.get_absolute_url()}#note-{annotation.pk}")
            return render(request, f"{ARTICLE}#annotation-item", {"a": annotation, "user": request.user})
    else:
        form = AnnotationEditForm(
            initial={"note": annotation.note, "tags": ", ".join(t.name for t in annotation.tags.all())}
        )
    context = {"a": annotation, "form": form}
    if wants_fragment(request):
        return render(request, f"{ARTICLE}#annotation-form", context, status=422 if form.errors else 200)
    return render(request, "articles/annotation_edit.html", context, status=422 if form.errors else 200)


@require_POST
@editor_required
def annotation_delete(request, pk):
    """Deletes one's own annotation; renders the body and the annotation list."""
    annotation, mine = own_annotation(request, pk)
    if not mine:
        return HttpResponseForbidden("Only the author of an annotation can delete it.")
    article = annotation.article
    editing.delete_annotation(annotation, request.user)
    if not wants_fragment(request):
        return redirect(article.get_absolute_url())
    return article_regions(request, article)


@require_GET
@login_required
def annotations_export(request, pk):
    """Sends an article's annotations as W3C Web Annotation JSON-LD (an AnnotationCollection)."""
    article = get_object_or_404(Article.objects.only("pk", "title"), pk=pk)
    items = annotations_for(article)
    data = webanno.collection(
        article,
        items,
        collection_url=request.build_absolute_uri(),
        source_url=request.build_absolute_uri(article.get_absolute_url()),
        url_of=lambda a: request.build_absolute_uri(reverse("articles:annotation", args=[a.pk])),
    )
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2), content_type=webanno.MEDIA_TYPE)
    response["Content-Disposition"] = f'inline; filename="article-{article.pk}-annotations.jsonld"'
    return response
