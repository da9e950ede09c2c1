"""Tags: the index, a tag's page (everything that carries it), suggestions, rename and merge."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from articles.caching import kept_while_unchanged
from articles.forms import TagForm, TagMergeForm, first_error
from articles.models import Annotation, Tag
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
    page = Paginator(tags_with_usage(), TAGS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/tag_list.html", {"page": page})


@require_GET
@login_required
@kept_while_unchanged
def tag_detail(request, slug):
    """Renders everything that carries a tag: articles, people, quotes, events, annotations;
    editors also get the rename and merge forms."""
    tag = get_object_or_404(Tag, slug=slug)
    articles, more_articles = first(tag.articles.for_list().newest_first())
    quotes, more_quotes = first(tag.quotes.with_context().newest_first())
    context = {
        "tag": tag,
        "can_edit": user_can_edit(request),
        "articles": articles,
        "more_articles": more_articles,
        "people": first(tag.people.order_by("name"))[0],
        "quotes": quotes,
        "more_quotes": more_quotes,
        "events": first(tag.events.timeline())[0],
        "annotations": first(
            Annotation.objects.filter(tags=tag)
            .select_related("article", "author")
            .defer(*(f"article__{f}" for f in ("raw_text", "body", "removed_lines", "search_vector")))
        )[0],
    }
    return render(request, "articles/tag_detail.html", context)


@require_GET
@login_required
def tag_suggest(request):
    """Renders <option>s of the existing tags whose name contains ?name= (a datalist's contents)."""
    text = (request.GET.get("name") or request.GET.get("q") or request.GET.get("into") or "").strip()
    tags = list(Tag.objects.filter(name__icontains=text).order_by("name")[:12]) if text else []
    return render(request, "articles/workbench.html#tag-options", {"tags": tags})


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
