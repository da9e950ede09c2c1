"""Events in the admin: edit, merge, attach articles and quotes."""

from __future__ import annotations

from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html_join

from articles.admin.common import (
    MAX_MERGE,
    HistoryAdmin,
    admin_link,
    applying,
    confirmation_page,
)
from articles.admin.forms import (
    EventAdminForm,
    MergeForm,
)
from articles.models import Event
from articles.services import curation
from articles.services.curation import CurationError


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
