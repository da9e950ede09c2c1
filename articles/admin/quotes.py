"""Quotes in the admin: reassign speakers in bulk."""

from __future__ import annotations

from django.contrib import admin, messages

from articles.admin.common import (
    HEAVY_ARTICLE_FIELDS,
    HistoryAdmin,
    applying,
    attach_to_event_action,
    confirmation_page,
    selection_count,
)
from articles.admin.forms import (
    ReassignSpeakerForm,
)
from articles.models import Quote
from articles.services import curation
from articles.services.curation import CurationError


@admin.register(Quote)
class QuoteAdmin(HistoryAdmin):
    list_display = ["short_text", "kind", "cue", "speaker", "speaker_label", "article", "partial", "review_status"]
    list_filter = ["review_status", "kind", "partial"]
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
