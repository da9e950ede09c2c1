"""The Django admin: where staff repair extraction errors. History on every edited model."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from articles.models import Annotation, Article, Event, Link, Mention, Person, Quote, Tag


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
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["title", "outlet", "published_display", "source_file", "review_status", "imported_at"]
    list_filter = ["review_status", "outlet", "published_precision"]
    search_fields = ["title", "source_file", "outlet"]
    date_hierarchy = "imported_at"
    readonly_fields = ["content_hash", "imported_at", "updated_at", "raw_text"]
    filter_horizontal = ["tags"]
    inlines = [MentionInline, QuoteInline]
    show_full_result_count = False

    @admin.display(description="published")
    def published_display(self, obj):
        return obj.published.display()


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "role", "alias_list", "review_status"]
    list_filter = ["review_status"]
    search_fields = ["name", "aliases", "role"]
    filter_horizontal = ["tags"]
    show_full_result_count = False

    @admin.display(description="aliases")
    def alias_list(self, obj):
        return ", ".join(obj.aliases)


@admin.register(Quote)
class QuoteAdmin(SimpleHistoryAdmin):
    list_display = ["short_text", "speaker", "speaker_label", "article", "partial", "review_status"]
    list_filter = ["review_status", "partial"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker_label", "speaker__name"]
    raw_id_fields = ["article"]
    autocomplete_fields = ["speaker"]
    filter_horizontal = ["tags"]
    show_full_result_count = False

    @admin.display(description="text")
    def short_text(self, obj):
        return obj.text[:90]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["summary", "kind", "date_display", "location", "review_status"]
    list_filter = ["kind", "review_status", "date_precision"]
    search_fields = ["summary", "location"]
    autocomplete_fields = ["participants"]
    raw_id_fields = ["articles", "quotes"]
    filter_horizontal = ["tags"]
    show_full_result_count = False

    @admin.display(description="date")
    def date_display(self, obj):
        return obj.date.display()


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["text", "person", "article", "start", "end"]
    list_select_related = ["person", "article"]
    search_fields = ["text", "person__name"]
    raw_id_fields = ["article", "person"]
    show_full_result_count = False


@admin.register(Tag)
class TagAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = ["exact", "article", "author", "anchor_status", "updated_at"]
    list_filter = ["anchor_status"]
    list_select_related = ["article", "author"]
    search_fields = ["exact", "note"]
    raw_id_fields = ["article"]


@admin.register(Link)
class LinkAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "relation", "created_by", "created_at"]
    list_filter = ["relation"]
    list_select_related = ["source_type", "target_type", "created_by"]
