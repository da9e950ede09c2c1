"""People in the admin: merge, split, merge suggestions, their mentions."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, IntegerField, Value
from django.db.models.functions import Greatest, Substr
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from articles.admin.common import (
    CONTEXT_CHARS,
    HEAVY_ARTICLE_FIELDS,
    MAX_MERGE,
    SPLIT_LIST_LIMIT,
    FastListMixin,
    HistoryAdmin,
    admin_link,
    applying,
    changelist_link,
    confirmation_page,
)
from articles.admin.forms import (
    MergeForm,
    SplitPersonForm,
)
from articles.models import Article, Event, Mention, MergeSuggestion, Person, Quote
from articles.services import curation
from articles.services.curation import CurationError


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
