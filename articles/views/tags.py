"""Tags: the index, a tag's page (everything that carries it), suggestions, rename, merge and delete."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from articles.caching import kept_while_unchanged
from articles.forms import QueryForm, TagForm, TagMergeForm, TagSuggestForm, first_error
from articles.models import Annotation, Tag, TagRedirect
from articles.querysets import tags_with_usage
from articles.services import editing
from articles.services.editing import EditError
from articles.views.common import editor_required, user_can_edit
from articles.views.people import first

TAGS_PER_PAGE = 100


@require_GET
@login_required
@kept_while_unchanged
def tag_list(request):
    """Renders every tag with how many articles, people, quotes, events and notes carry it."""
    page = Paginator(tags_with_usage(), TAGS_PER_PAGE).get_page(QueryForm.from_request(request).page_number)
    return render(request, "articles/tag_list.html", {"page": page})


@require_GET
@login_required
@kept_while_unchanged
def tag_detail(request, slug):
    """Renders everything that carries a tag: articles, people, quotes, events, annotations;
    editors also get the rename and merge forms."""
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        return to_renamed_or_merged_tag(slug)
    articles, more_articles = first(tag.articles.for_list().newest_first())
    quotes, more_quotes = first(tag.quotes.with_context().newest_first())
    people = first(tag.people.order_by("name"))[0]
    events = first(tag.events.timeline())[0]
    context = {
        "tag": tag,
        "can_edit": user_can_edit(request),
        "articles": articles,
        "more_articles": more_articles,
        "people": people,
        "quotes": quotes,
        "more_quotes": more_quotes,
        "events": events,
        "annotations": first(
            Annotation.objects.filter(tags=tag)
            .select_related("article", "author")
            .defer(*(f"article__{f}" for f in ("raw_text", "body", "removed_lines", "search_vector")))
        )[0],
    }
    context["unused"] = not any(context[kind] for kind in ("articles", "people", "quotes", "events", "annotations"))
    return render(request, "articles/tag_detail.html", context)


def to_renamed_or_merged_tag(slug):
    """The tag a slug now belongs to, after a rename or a merge: a redirect there, else 404.
    Temporary (302): a new tag may take the old name later."""
    moved = TagRedirect.objects.select_related("tag").filter(slug=slug).first()
    if moved is None:
        raise Http404("No tag is called that.")
    return redirect(moved.tag.get_absolute_url())


@require_GET
@login_required
def tag_suggest(request):
    """Renders <option>s of the existing tags whose name contains what was typed (a datalist's
    contents): ?name= (the tag widget), ?into= (the merge form) or ?tag= (the list filters)."""
    form = TagSuggestForm.from_request(request)
    text = form.text()
    tags = list(Tag.objects.filter(name__icontains=text).order_by("name")[:12]) if text else []
    return render(request, "articles/workbench.html#tag-options", {"tags": tags, "slugs": form.slugs})


@require_POST
@editor_required
def tag_rename(request, slug):
    """Renames a tag (every tagged record follows), then goes to its page under the new slug."""
    tag = get_object_or_404(Tag, slug=slug)
    form = TagForm(request.POST)
    try:
        if not form.is_valid():
            raise EditError(first_error(form))
        tag = editing.rename_tag(tag, form.cleaned_data["name"])
    except EditError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Renamed to “{tag.name}”.")
    return redirect(tag.get_absolute_url())


@require_POST
@editor_required
def tag_merge(request, slug):
    """Merges this tag into another existing one (named or slugged in `into`)."""
    source = get_object_or_404(Tag, slug=slug)
    form = TagMergeForm(request.POST)
    if form.is_valid():
        wanted = form.cleaned_data["into"]
        target = Tag.objects.filter(slug=editing.tag_slug(wanted)).first()
        if target is None:
            messages.error(request, f"There is no tag “{wanted}” to merge into: rename this one instead.")
            return redirect(source.get_absolute_url())
        try:
            editing.merge_tags(source, target)
        except EditError as error:
            messages.error(request, str(error))
            return redirect(source.get_absolute_url())
        messages.success(request, f"Merged “{source.name}” into “{target.name}”.")
        return redirect(target.get_absolute_url())
    messages.error(request, first_error(form))
    return redirect(source.get_absolute_url())


@require_POST
@editor_required
def tag_delete(request, slug):
    """Deletes a tag that nothing carries, then goes to the tag list."""
    tag = get_object_or_404(Tag, slug=slug)
    try:
        editing.delete_tag(tag)
    except EditError as error:
        messages.error(request, str(error))
        return redirect(tag.get_absolute_url())
    messages.success(request, f"Deleted the tag “{tag.name}”.")
    return redirect("articles:tags")
