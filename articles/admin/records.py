"""Articles, mentions' inlines, tags, annotations and links in the admin."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404

from articles.admin.common import (
    HEAVY_ARTICLE_FIELDS,
    HistoryAdmin,
    OutletFilter,
    attach_to_event_action,
    is_revert,
)
from articles.admin.forms import (
    ArticleAdminForm,
)
from articles.models import Annotation, Article, Link, Mention, Quote, Tag
from articles.services import anchoring, editing


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["text", "person", "start", "end"]
    raw_id_fields = ["person"]


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ["text", "speaker", "speaker_label", "partial", "review_status"]
    raw_id_fields = ["speaker"]
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(HistoryAdmin):
    form = ArticleAdminForm
    list_display = ["title", "outlet", "published_display", "source_file", "review_status", "imported_at"]
    list_filter = ["review_status", OutletFilter, "published_precision"]
    search_fields = ["title"]  # see get_search_results: full-text search, not a scan
    search_help_text = 'Words of the title, standfirst or text ("a phrase", -word), or an exact file name.'
    readonly_fields = ["content_hash", "imported_at", "updated_at", "published_at", "raw_text"]
    autocomplete_fields = ["tags"]
    inlines = [MentionInline, QuoteInline]
    changelist_deferred = HEAVY_ARTICLE_FIELDS
    actions = ["attach_to_event"]

    @admin.display(description="published", ordering="published_at")
    def published_display(self, obj):
        return obj.published.display()

    def get_search_results(self, request, queryset, search_term):
        # The GIN-indexed search vector instead of icontains over 100k bodies.
        term = search_term.strip()
        if not term:
            return queryset, False
        query = SearchQuery(term, config="english", search_type="websearch")
        return queryset.filter(Q(search_vector=query) | Q(source_file=term)), False

    @admin.action(description="Attach selected articles to an event…", permissions=["change"])
    def attach_to_event(self, request, queryset):
        return attach_to_event_action(self, request, queryset, "articles")


# --- people ----------------------------------------------------------------------------------


@admin.register(Tag)
class TagAdmin(HistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        old_slug = form.initial.get("slug") if change else None
        super().save_model(request, obj, form, change)
        if old_slug:
            editing.redirect_old_slug(old_slug, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # The form's uniqueness check and the save are not one step: another editor can take the
        # name in between. The save's transaction is rolled back; say so as the form would.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except IntegrityError:
            name = request.POST.get("name", "")
            self.message_user(request, f"There is already a tag “{name}”: merge into it instead.", level=messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


@admin.register(Annotation)
class AnnotationAdmin(HistoryAdmin):
    """The workspace's rule holds here too: only its author changes, deletes or reverts a note;
    everyone else reads it. Notes are made on the article page, where the selection is checked
    against the text; here the author edits the note and its tags, and a revert (even of a
    deleted note) puts the passage back where it is in today's text."""

    list_display = ["exact", "article", "author", "anchor_status", "updated_at"]
    list_filter = ["anchor_status"]
    list_select_related = ["article", "author"]
    search_fields = ["exact", "note"]
    fields = ["article", "author", "exact", "note", "tags", "anchor_status", "start", "end", "created_at", "updated_at"]
    readonly_fields = ["article", "author", "exact", "anchor_status", "start", "end", "created_at", "updated_at"]
    autocomplete_fields = ["tags"]
    changelist_deferred = tuple(f"article__{f}" for f in HEAVY_ARTICLE_FIELDS)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or obj.author_id == request.user.pk)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or obj.author_id == request.user.pk)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history lets anyone who may view a record post its revert page.
        if request.method == "POST":
            version = get_object_or_404(Annotation.history.model, id=object_id, history_id=version_id)
            if not self.has_change_permission(request, version.instance):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        if is_revert(request):  # the passage as the text reads now
            anchoring.place(obj, Article.objects.values_list("body", flat=True).get(pk=obj.article_id))
        super().save_model(request, obj, form, change)


@admin.register(Link)
class LinkAdmin(HistoryAdmin):
    list_display = ["__str__", "relation", "created_by", "created_at"]
    list_filter = ["relation"]
    list_select_related = ["source_type", "target_type", "created_by"]
    raw_id_fields = ["created_by"]
