"""The Django admin: where editors repair extraction errors quickly and safely.

Repairs (merge and split people, reassign speakers, merge events, attach to events) are
actions and pages here; the work is in services/curation.py. Every edited model keeps history
(who, when, what, why) with simple-history's per-record history and revert pages.

Lists stay quick on 100k articles and a million quotes: foreign keys are autocomplete or raw-id
widgets, related columns are selected in the list query with their heavy text deferred, big
tables are counted by the planner's estimate (articles.paginators), and no list filter or date
hierarchy scans a big table for its choices.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import PermissionDenied
from django.db import connection, models
from django.db.models import Count, F, IntegerField, Q, Value
from django.db.models.functions import Greatest, Substr
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from articles.admin_forms import (
    ArticleAdminForm,
    AttachToEventForm,
    EventAdminForm,
    MergeForm,
    ReassignSpeakerForm,
    RevertibleModelForm,
    SplitPersonForm,
)
from articles.models import Annotation, Article, Event, Link, Mention, MergeSuggestion, Person, Quote, Tag
from articles.paginators import EstimatedCountPaginator
from articles.services import anchoring, curation, editing
from articles.services.curation import CurationError

# The article columns a list never shows (megabytes over a page of rows).
HEAVY_ARTICLE_FIELDS = ("raw_text", "body", "removed_lines", "search_vector")
# At most this many records in one merge (a confirmation page lists them all).
MAX_MERGE = 20
# At most this many articles or quotes attached to an event in one go.
MAX_ATTACH = 10_000
# Rows per kind on the split page; editors narrow by ticking whole articles beyond that.
SPLIT_LIST_LIMIT = 300
CONTEXT_CHARS = 60


class LeanChangeList(ChangeList):
    """A change list that leaves out the columns its admin names in changelist_deferred."""

    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        deferred = getattr(self.model_admin, "changelist_deferred", ())
        return queryset.defer(*deferred) if deferred else queryset


class FastListMixin:
    """Estimated counts on big tables, no full count, no heavy columns on list pages."""

    paginator = EstimatedCountPaginator
    show_full_result_count = False
    changelist_deferred: tuple[str, ...] = ()

    def get_changelist(self, request, **kwargs):
        return LeanChangeList


class HistoryAdmin(FastListMixin, SimpleHistoryAdmin):
    """simple-history's admin with one history row per save, naming why.

    A save from the change form or the revert page writes the object, then its m2m fields;
    simple-history would add a row per m2m field changed. Here the m2m fields land in the row
    the save wrote, so one edit is one row, with "Edited in the admin: <fields>" or "Reverted
    to …" as its reason.
    """

    form = RevertibleModelForm

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        # simple-history 3.13 calls select_related() with no names for a model without foreign
        # keys (deprecated in Django 6.1, meaning "every relation"): name them, and the user.
        foreign_keys = [f.name for f in history_manager.model.tracked_fields if isinstance(f, models.ForeignKey)]
        return history_manager.filter(**{pk_name: object_id}).select_related("history_user", *foreign_keys)

    def save_model(self, request, obj, form, change):
        record = getattr(obj, "_history", None)  # set on the revert page's instance
        if record is not None:
            obj._change_reason = (
                f"Reverted to the version of {record.history_date:%Y-%m-%d %H:%M:%S} (#{record.history_id})"
            )
        elif change:
            obj._change_reason = "Edited in the admin: " + (", ".join(form.changed_data) or "saved unchanged")
        else:
            obj._change_reason = "Added in the admin"
        if change and hasattr(obj, "edited_fields"):
            editing.mark_edited(obj, *form.changed_data)  # a corrected extracted field outlives re-imports
        super().save_model(request, obj, form, change)
        save_m2m = form.save_m2m

        def save_m2m_into_the_same_row():
            with curation.history_paused(obj):
                save_m2m()
            latest = obj.history.order_by("-history_id").first()
            if latest is not None:
                curation.resnapshot_m2m(latest)

        form.save_m2m = save_m2m_into_the_same_row

    def delete_model(self, request, obj):
        # So that the events or tagged records losing their link to obj record it too.
        curation.delete_with_history([obj], user=request.user, reason="Deleted in the admin")

    def delete_queryset(self, request, queryset):
        curation.delete_with_history(list(queryset), user=request.user, reason="Deleted in the admin")


def confirmation_page(modeladmin, request, template: str, title: str, action: str, **context):
    """An action's intermediate page: the form posts back to the change list with the selection."""
    select_across = request.POST.get("select_across") == "1"
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "opts": modeladmin.model._meta,
        "action": action,
        "select_across": select_across,
        "selected": [] if select_across else request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
        **context,
    }
    form = context.get("form")
    if form is not None:
        context["media"] = modeladmin.media + form.media
    request.current_app = modeladmin.admin_site.name
    return TemplateResponse(request, template, context)


def selection_count(queryset) -> int:
    """How many records an action applies to (estimated for "select all" on a big table)."""
    return EstimatedCountPaginator(queryset, 1).count


def applying(request) -> bool:
    """True when the post comes from an action's confirmation page, not the change list."""
    return "apply" in request.POST


def admin_link(obj, text: str | None = None) -> str:
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, text if text is not None else str(obj))


def changelist_link(model, text: str, **params) -> str:
    opts = model._meta
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return format_html(
        '<a href="{}?{}">{}</a>', reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"), query, text
    )


# --- articles --------------------------------------------------------------------------------


class OutletFilter(admin.SimpleListFilter):
    """Outlets to filter by, read by skipping through the outlet index (not a scan of all articles)."""

    title = "outlet"
    parameter_name = "outlet"
    NONE = "__none__"
    LIMIT = 100
    # A "loose index scan": each step jumps to the next distinct outlet in the index.
    SQL = """
        WITH RECURSIVE outlets(outlet) AS (
            (SELECT outlet FROM articles_article ORDER BY outlet LIMIT 1)
            UNION ALL
            SELECT (SELECT a.outlet FROM articles_article a WHERE a.outlet > o.outlet ORDER BY a.outlet LIMIT 1)
            FROM outlets o WHERE o.outlet IS NOT NULL
        )
        SELECT outlet FROM outlets WHERE outlet IS NOT NULL LIMIT %s
    """

    def lookups(self, request, model_admin):
        with connection.cursor() as cursor:
            cursor.execute(self.SQL, [self.LIMIT])
            outlets = [row[0] for row in cursor.fetchall()]
        return [(o or self.NONE, o or "(no outlet)") for o in outlets]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        return queryset.filter(outlet="" if value == self.NONE else value)


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


def review_merge_link(suggestion: MergeSuggestion) -> str:
    """The People list showing just the pair, where "Merge selected people…" takes over."""
    url = reverse("admin:articles_person_changelist")
    return format_html('<a href="{}?id__in={},{}">review merge</a>', url, suggestion.person_id, suggestion.candidate_id)


@admin.register(MergeSuggestion)
class MergeSuggestionAdmin(admin.ModelAdmin):
    """Pairs of people the importer thought might be one: merge them from the People list, or dismiss."""

    list_display = ["person", "candidate", "reason", "status", "review", "created_at"]
    list_filter = ["status"]
    list_select_related = ["person", "candidate"]
    search_fields = ["person__name", "candidate__name"]
    raw_id_fields = ["person", "candidate"]
    actions = ["dismiss", "reopen"]

    @admin.display(description="")
    def review(self, obj):
        return review_merge_link(obj)

    @admin.action(description="Dismiss: they are different people", permissions=["change"])
    def dismiss(self, request, queryset):
        count = queryset.update(status=MergeSuggestion.Status.DISMISSED)
        self.message_user(request, f"Dismissed {count} suggestion(s); they will not be offered again.")

    @admin.action(description="Reopen", permissions=["change"])
    def reopen(self, request, queryset):
        count = queryset.update(status=MergeSuggestion.Status.OPEN)
        self.message_user(request, f"Reopened {count} suggestion(s).")


@admin.register(Person)
class PersonAdmin(HistoryAdmin):
    list_display = ["name", "role", "alias_list", "review_status"]
    list_filter = ["review_status"]
    search_fields = ["name", "aliases", "role"]
    autocomplete_fields = ["tags"]
    readonly_fields = ["footprint", "possible_duplicates", "created_at", "updated_at"]
    actions = ["merge_people"]

    @admin.display(description="possible duplicates")
    def possible_duplicates(self, obj):
        if obj.pk is None:
            return "—"
        pairs = MergeSuggestion.objects.open_for(obj.pk).select_related("person", "candidate")
        return (
            format_html_join(", ", "{} ({})", ((admin_link(s.other_than(obj)), review_merge_link(s)) for s in pairs))
            or "—"
        )

    @admin.display(description="aliases")
    def alias_list(self, obj):
        return ", ".join(obj.aliases)

    @admin.display(description="appears in")
    def footprint(self, obj):
        if obj.pk is None:
            return "—"
        counts = curation.person_footprints([obj.pk])[obj.pk]
        return format_html(
            "{} · {} · {} · {} tags · {} links",
            changelist_link(Mention, f"{counts.mentions} mentions", person__id__exact=obj.pk),
            changelist_link(Quote, f"{counts.quotes} quotes", speaker__id__exact=obj.pk),
            changelist_link(Event, f"{counts.events} events", participants__id__exact=obj.pk),
            counts.tags,
            counts.links,
        )

    def get_urls(self):
        split = path(
            "<path:object_id>/split/",
            self.admin_site.admin_view(self.split_view),
            name=f"{self.opts.app_label}_{self.opts.model_name}_split",
        )
        return [split, *super().get_urls()]

    def delete_model(self, request, obj):
        # Their quotes stay, as unnamed sources labelled with the name, with history.
        curation.delete_people([obj], user=request.user, reason="Deleted in the admin")

    def delete_queryset(self, request, queryset):
        curation.delete_people(list(queryset), user=request.user, reason="Deleted in the admin")

    @admin.action(description="Merge selected people…", permissions=["change", "delete"])
    def merge_people(self, request, queryset):
        people = list(queryset.order_by("name", "pk")[: MAX_MERGE + 1])
        if not 2 <= len(people) <= MAX_MERGE:
            self.message_user(request, f"Select 2 to {MAX_MERGE} people to merge.", messages.WARNING)
            return None
        form = MergeForm(
            request.POST if applying(request) else None, queryset=queryset.filter(pk__in=[p.pk for p in people])
        )
        if form.is_bound and form.is_valid():
            survivor = form.cleaned_data["survivor"]
            try:
                result = curation.merge_people(survivor, people, user=request.user)
            except CurationError as error:
                self.message_user(request, str(error), messages.ERROR)
                return None
            self.log_change(request, result.survivor, result.summary())
            self.message_user(request, result.summary(), messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:articles_person_change", args=[survivor.pk]))
        footprints = curation.person_footprints([p.pk for p in people])
        rows = [(p, footprints[p.pk]) for p in people]
        return confirmation_page(
            self,
            request,
            "admin/articles/person/merge_confirmation.html",
            "Merge people",
            "merge_people",
            form=form,
            rows=rows,
            selected_ids=[p.pk for p in people],
        )

    def split_view(self, request, object_id):
        """Move chosen mentions, quotes and events of one person to another (two people, one name)."""
        person = self.get_object(request, unquote(object_id))
        if person is None:
            raise Http404("No such person.")
        if not self.has_change_permission(request, person):
            raise PermissionDenied
        form = SplitPersonForm(request.POST or None, person=person, admin_site=self.admin_site)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            if data["new_name"].strip() and not self.has_add_permission(request):
                raise PermissionDenied
            try:
                result = curation.split_person(
                    person,
                    user=request.user,
                    mention_ids=data["mention_ids"],
                    quote_ids=data["quote_ids"],
                    event_ids=data["event_ids"],
                    target=data["target"],
                    new_name=data["new_name"],
                )
            except CurationError as error:
                form.add_error(None, str(error))
            else:
                self.log_change(request, result.source, result.summary())
                self.log_change(request, result.target, result.summary())
                self.message_user(request, result.summary(), messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:articles_person_change", args=[person.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Split {person.name}",
            "opts": self.opts,
            "original": person,
            "form": form,
            "media": self.media + form.media,
            **split_candidates(person, form),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/person/split.html", context)


def split_candidates(person: Person, form: SplitPersonForm) -> dict:
    """The person's mentions (with the text around them), quotes, events and articles, for ticking."""
    start_from = Greatest(F("start") - CONTEXT_CHARS, Value(0), output_field=IntegerField())
    mentions = list(
        person.mentions.select_related("article")
        .only("start", "end", "text", "article__title")
        .annotate(
            before=Substr("article__body", start_from + 1, F("start") - start_from),
            after=Substr("article__body", F("end") + 1, CONTEXT_CHARS),
        )
        .order_by("article_id", "start")[: SPLIT_LIST_LIMIT + 1]
    )
    quotes = list(
        person.quotes.select_related("article")
        .only("text", "start", "speaker_label", "review_status", "article__title")
        .order_by("article_id", "start")[: SPLIT_LIST_LIMIT + 1]
    )
    events = list(person.events.order_by("pk")[: SPLIT_LIST_LIMIT + 1])
    mention_counts = dict(person.mentions.values_list("article_id").annotate(n=Count("*")).order_by())
    quote_counts = dict(person.quotes.values_list("article_id").annotate(n=Count("*")).order_by())
    articles = list(
        Article.objects.filter(pk__in=set(mention_counts) | set(quote_counts))
        .only("title")
        .order_by("pk")[: SPLIT_LIST_LIMIT + 1]
    )
    for article in articles:
        article.mention_count = mention_counts.get(article.pk, 0)
        article.quote_count = quote_counts.get(article.pk, 0)
    ticked = {name: set(map(str, form.data.getlist(name))) if form.is_bound else set() for name in form.fields}
    return {
        "mentions": mentions[:SPLIT_LIST_LIMIT],
        "quotes": quotes[:SPLIT_LIST_LIMIT],
        "events": events[:SPLIT_LIST_LIMIT],
        "articles": articles[:SPLIT_LIST_LIMIT],
        "truncated": any(len(rows) > SPLIT_LIST_LIMIT for rows in (mentions, quotes, events, articles)),
        "list_limit": SPLIT_LIST_LIMIT,
        "ticked": ticked,
    }


# --- mentions and quotes ---------------------------------------------------------------------


@admin.register(Mention)
class MentionAdmin(FastListMixin, admin.ModelAdmin):
    list_display = ["text", "person", "article", "start", "end"]
    list_select_related = ["person", "article"]
    search_fields = ["text", "person__name"]
    raw_id_fields = ["article", "person"]
    changelist_deferred = tuple(f"article__{f}" for f in HEAVY_ARTICLE_FIELDS)


@admin.register(Quote)
class QuoteAdmin(HistoryAdmin):
    list_display = ["short_text", "speaker", "speaker_label", "article", "partial", "review_status"]
    list_filter = ["review_status", "partial"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker_label", "speaker__name"]
    raw_id_fields = ["article"]
    autocomplete_fields = ["speaker", "tags"]
    changelist_deferred = tuple(f"article__{f}" for f in HEAVY_ARTICLE_FIELDS)
    actions = ["reassign_speaker", "attach_to_event"]

    @admin.display(description="text")
    def short_text(self, obj):
        return obj.text[:90]

    @admin.action(description="Reassign the speaker of selected quotes…", permissions=["change"])
    def reassign_speaker(self, request, queryset):
        form = ReassignSpeakerForm(request.POST if applying(request) else None, admin_site=self.admin_site)
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            try:
                changed = curation.reassign_speakers(
                    queryset, user=request.user, speaker=data["speaker"], speaker_label=data["speaker_label"]
                )
            except CurationError as error:
                self.message_user(request, str(error), messages.ERROR)
                return None
            who = data["speaker"].name if data["speaker"] else f"unnamed “{data['speaker_label']}”"
            self.message_user(
                request, f"{curation.plural(changed, 'quote')} now attributed to {who}.", messages.SUCCESS
            )
            return None
        return confirmation_page(
            self,
            request,
            "admin/articles/quote/reassign_speaker.html",
            "Reassign speaker",
            "reassign_speaker",
            form=form,
            count=selection_count(queryset),
            sample=list(
                queryset.select_related(None)
                .select_related("speaker")
                .only("text", "speaker_label", "speaker__name")[:20]
            ),
        )

    @admin.action(description="Attach selected quotes to an event…", permissions=["change"])
    def attach_to_event(self, request, queryset):
        return attach_to_event_action(self, request, queryset, "quotes")


def attach_to_event_action(modeladmin, request, queryset, kind: str):
    """Attach the selected articles or quotes to one event chosen on a confirmation page."""
    if not modeladmin.admin_site.get_model_admin(Event).has_change_permission(request):
        raise PermissionDenied
    form = AttachToEventForm(request.POST if applying(request) else None, admin_site=modeladmin.admin_site)
    if form.is_bound and form.is_valid():
        event = form.cleaned_data["event"]
        items = list(queryset.values_list("pk", flat=True)[: MAX_ATTACH + 1])
        if len(items) > MAX_ATTACH:
            modeladmin.message_user(
                request, f"Attach at most {MAX_ATTACH:,} {kind} at once; filter the list first.", messages.WARNING
            )
            return None
        try:
            curation.attach_to_event(event, user=request.user, **{kind: items})
        except CurationError as error:
            modeladmin.message_user(request, str(error), messages.ERROR)
            return None
        modeladmin.message_user(
            request, format_html("Attached {} {} to {}.", len(items), kind, admin_link(event)), messages.SUCCESS
        )
        return None
    return confirmation_page(
        modeladmin,
        request,
        "admin/articles/attach_to_event.html",
        f"Attach {kind} to an event",
        "attach_to_event",
        form=form,
        kind=kind,
        count=selection_count(queryset),
    )


# --- events ----------------------------------------------------------------------------------


@admin.register(Event)
class EventAdmin(HistoryAdmin):
    form = EventAdminForm
    list_display = ["summary", "kind", "date_display", "location", "review_status"]
    list_filter = ["kind", "review_status", "date_precision"]
    search_fields = ["summary", "location"]
    autocomplete_fields = ["participants", "articles", "tags"]
    raw_id_fields = ["quotes"]  # a million quotes: no search box scan, ids from the quote list
    readonly_fields = ["attached_quotes", "fingerprint", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["summary", "kind", "review_status"]}),
        (
            "When and where",
            {"fields": [("date_year", "date_month", "date_day"), "date_precision", "date_text", "location"]},
        ),
        ("Who and what", {"fields": ["participants", "articles", "quotes", "attached_quotes", "tags"]}),
        ("Record", {"fields": ["fingerprint", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    actions = ["merge_events"]

    @admin.display(description="date")
    def date_display(self, obj):
        return obj.date.display()

    @admin.display(description="quotes attached")
    def attached_quotes(self, obj):
        if obj.pk is None:
            return "—"
        quotes = obj.quotes.select_related("speaker").only("text", "speaker_label", "speaker__name")[:50]
        return (
            format_html_join(
                "", "<p>{} — {}</p>", ((admin_link(q, f"#{q.pk}"), f"{q.source_name}: {q.text[:140]}") for q in quotes)
            )
            or "—"
        )

    @admin.action(description="Merge selected events…", permissions=["change", "delete"])
    def merge_events(self, request, queryset):
        events = list(queryset.order_by("pk")[: MAX_MERGE + 1])
        if not 2 <= len(events) <= MAX_MERGE:
            self.message_user(request, f"Select 2 to {MAX_MERGE} events to merge.", messages.WARNING)
            return None
        form = MergeForm(
            request.POST if applying(request) else None, queryset=queryset.filter(pk__in=[e.pk for e in events])
        )
        if form.is_bound and form.is_valid():
            survivor = form.cleaned_data["survivor"]
            try:
                result = curation.merge_events(survivor, events, user=request.user)
            except CurationError as error:
                self.message_user(request, str(error), messages.ERROR)
                return None
            self.log_change(request, result.survivor, result.summary())
            self.message_user(request, result.summary(), messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:articles_event_change", args=[survivor.pk]))
        footprints = curation.event_footprints([e.pk for e in events])
        return confirmation_page(
            self,
            request,
            "admin/articles/event/merge_confirmation.html",
            "Merge events",
            "merge_events",
            form=form,
            rows=[(e, footprints[e.pk]) for e in events],
        )


# --- tags, annotations, links ----------------------------------------------------------------


@admin.register(Tag)
class TagAdmin(HistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


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
        if getattr(obj, "_history", None) is not None:  # a revert: the passage as the text reads now
            anchoring.place(obj, Article.objects.values_list("body", flat=True).get(pk=obj.article_id))
        super().save_model(request, obj, form, change)


@admin.register(Link)
class LinkAdmin(HistoryAdmin):
    list_display = ["__str__", "relation", "created_by", "created_at"]
    list_filter = ["relation"]
    list_select_related = ["source_type", "target_type", "created_by"]
    raw_id_fields = ["created_by"]
