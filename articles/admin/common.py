"""What the admin's pages share: quick change lists, history, confirmation pages, links."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from articles.admin.forms import (
    AttachToEventForm,
    RevertibleModelForm,
)
from articles.admin.history import HistoryChanges
from articles.models import Article, Event
from articles.paginators import EstimatedCountPaginator
from articles.services import curation, editing
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


def is_revert(request) -> bool:
    """Whether the save being made is the revert page's (HistoryAdmin.history_form_view)."""
    return getattr(request, "reverting_to", None) is not None


def reverted_version(request, model):
    """The history row the revert page being saved goes back to, or None for any other save."""
    return model.history.get(history_id=request.reverting_to) if is_revert(request) else None


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

    def get_historical_record_context_helper(self, request, historical_record):
        return HistoryChanges(self.model, historical_record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request.reverting_to = version_id  # the revert page: save_model names the version
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        record = reverted_version(request, self.model)
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

    def lookups(self, request, model_admin):
        outlets = Article.objects.every_outlet(limit=self.LIMIT, blank=True)
        return [(o or self.NONE, o or "(no outlet)") for o in outlets]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        return queryset.filter(outlet="" if value == self.NONE else value)


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
