"""Forms of the admin: record forms that validate partial dates and revert m2m fields, and the
forms of the repair pages (merge, split, reassign speakers, attach to an event)."""

from __future__ import annotations

import calendar

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME

from articles.ingest.dates import PartialDate
from articles.models import Article, DatePrecision, Event, Mention, Person, Quote
from articles.services.curation import tracked_m2m

# --- record forms ----------------------------------------------------------------------------


class RevertibleModelForm(forms.ModelForm):
    """A ModelForm whose many-to-many fields, on simple-history's revert page, start from the
    version being reverted to.

    The revert page builds the form from the historical instance, but a ModelForm reads m2m
    initial values from the live relation: without this, "Revert" would silently keep today's
    tags, participants, articles and quotes.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        record = getattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
        if record is None:
            return
        for m2m_field, _kept_rows in tracked_m2m(record.instance_type):
            if m2m_field.name in self.fields:
                other = m2m_field.m2m_reverse_field_name()
                rows = getattr(record, m2m_field.name).values_list(f"{other}_id", flat=True)
                self.initial[m2m_field.name] = list(rows)


PRECISION_LABELS = dict(DatePrecision.choices)


def partial_date_errors(
    year: int | None, month: int | None, day: int | None, precision: str, *, hour=None, minute=None
) -> dict[str, str]:
    """What is wrong with a stored partial date, keyed by part ('year', 'month', 'day', 'time',
    'precision'); empty when coherent. Precision must be the finest part given (as extraction sets it)."""
    errors: dict[str, str] = {}
    if month is not None and not 1 <= month <= 12:
        errors["month"] = "A month is 1 to 12."
    if year is not None and not 1 <= year <= 9999:
        errors["year"] = "A year is 1 to 9999."
    if day is not None:
        if month is None:
            errors["day"] = "A day needs a month."
        elif "month" not in errors:
            # Year unknown: allow 29 February.
            last = calendar.monthrange(year if year and "year" not in errors else 2000, month)[1]
            if not 1 <= day <= last:
                errors["day"] = f"{calendar.month_name[month]} has days 1 to {last}."
    if minute is not None and day is None:
        errors["time"] = "A time needs a day."
    if errors:
        return errors
    expected = PartialDate(year, month, day, hour, minute).precision
    if precision != expected:
        given = [
            name
            for name, part in (("year", year), ("month", month), ("day", day), ("time", minute))
            if part is not None
        ]
        parts = ", ".join(given) if given else "no part"
        errors["precision"] = (
            f"The date gives {parts}: precision must be “{PRECISION_LABELS[expected]}” "
            f"(or give the parts that “{PRECISION_LABELS.get(precision, precision)}” needs)."
        )
    return errors


class ArticleAdminForm(RevertibleModelForm):
    """Published date parts must agree with their precision; the sortable instant follows them.

    No Meta: the admin builds the form for its model and fields.
    """

    def clean(self):
        data = super().clean()
        moment = data.get("published_time")
        errors = partial_date_errors(
            data.get("published_year"),
            data.get("published_month"),
            data.get("published_day"),
            data.get("published_precision", ""),
            hour=moment.hour if moment else None,
            minute=moment.minute if moment else None,
        )
        for part, message in errors.items():
            self.add_error(f"published_{part}", message)
        return data

    def save(self, commit=True):
        article = super().save(commit=False)
        # As importing.save_article: missing parts at their first value, only with a known year, read as UTC.
        moment = article.published.as_datetime()
        article.published_at = timezone.make_aware(moment, timezone.UTC) if moment else None
        if commit:
            article.save()
            self._save_m2m()
        return article


class EventAdminForm(RevertibleModelForm):
    """Date parts must agree with the precision; events have no time of day."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "date_precision" in self.fields:
            self.fields["date_precision"].choices = [
                c for c in self.fields["date_precision"].choices if c[0] != DatePrecision.MINUTE
            ]

    def clean(self):
        data = super().clean()
        errors = partial_date_errors(
            data.get("date_year"), data.get("date_month"), data.get("date_day"), data.get("date_precision", "")
        )
        for part, message in errors.items():
            self.add_error(f"date_{part}", message)
        return data


# --- repair pages ----------------------------------------------------------------------------


def person_autocomplete(admin_site) -> AutocompleteSelect:
    """The admin's person search box (the same one a quote's speaker field uses)."""
    return AutocompleteSelect(Quote._meta.get_field("speaker"), admin_site)


def event_autocomplete(admin_site) -> AutocompleteSelect:
    """The admin's event search box (through Event.quotes' link table, whose 'event' is an FK to Event)."""
    return AutocompleteSelect(Event.quotes.through._meta.get_field("event"), admin_site)


def use_widget(field: forms.ModelChoiceField, widget: forms.Widget) -> None:
    """Swap a model choice field's widget after __init__ (which is when a field hands over its choices)."""
    widget.choices = field.choices
    widget.is_required = field.required
    field.widget = widget


class MergeForm(forms.Form):
    """Which of the selected records survives a merge."""

    survivor = forms.ModelChoiceField(queryset=Person.objects.none(), widget=forms.RadioSelect, empty_label=None)

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = queryset


class SplitPersonForm(forms.Form):
    """What moves off a person (mentions, quotes, events, or everything in some articles) and where."""

    mentions = forms.ModelMultipleChoiceField(queryset=Mention.objects.none(), required=False)
    quotes = forms.ModelMultipleChoiceField(queryset=Quote.objects.none(), required=False)
    events = forms.ModelMultipleChoiceField(queryset=Event.objects.none(), required=False)
    articles = forms.ModelMultipleChoiceField(
        queryset=Article.objects.none(),
        required=False,
        help_text="Everything of this person in these articles: their mentions and quotes.",
    )
    target = forms.ModelChoiceField(queryset=Person.objects.none(), required=False, label="Move to an existing person")
    new_name = forms.CharField(max_length=200, required=False, label="…or to a new person named")

    def __init__(self, *args, person: Person, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        self.fields["mentions"].queryset = person.mentions.all()
        self.fields["quotes"].queryset = person.quotes.all()
        self.fields["events"].queryset = person.events.all()
        self.fields["articles"].queryset = Article.objects.filter(
            Q(pk__in=person.mentions.values("article_id")) | Q(pk__in=person.quotes.values("article_id"))
        )
        self.fields["target"].queryset = Person.objects.exclude(pk=person.pk)
        use_widget(self.fields["target"], person_autocomplete(admin_site))

    def clean(self):
        data = super().clean()
        if bool(data.get("target")) == bool(data.get("new_name", "").strip()):
            raise ValidationError("Choose an existing person or give a new name (one of the two).")
        articles = list(data.get("articles") or [])
        mention_ids = {m.pk for m in data.get("mentions") or []}
        quote_ids = {q.pk for q in data.get("quotes") or []}
        if articles:
            mention_ids |= set(self.person.mentions.filter(article__in=articles).values_list("pk", flat=True))
            quote_ids |= set(self.person.quotes.filter(article__in=articles).values_list("pk", flat=True))
        data["mention_ids"], data["quote_ids"] = sorted(mention_ids), sorted(quote_ids)
        data["event_ids"] = sorted(e.pk for e in data.get("events") or [])
        if not (mention_ids or quote_ids or data["event_ids"]):
            raise ValidationError("Tick at least one mention, quote, event or article to move.")
        return data


class ReassignSpeakerForm(forms.Form):
    """The one speaker a set of quotes gets: a person, or an unnamed source with its label."""

    PERSON, UNNAMED = "person", "unnamed"
    mode = forms.ChoiceField(
        choices=[(PERSON, "A person"), (UNNAMED, "An unnamed source (no person)")],
        widget=forms.RadioSelect,
        initial=PERSON,
        label="Speaker is",
    )
    speaker = forms.ModelChoiceField(queryset=Person.objects.all(), required=False)
    speaker_label = forms.CharField(
        max_length=300,
        required=False,
        label="Label",
        help_text="The source as written, e.g. “a senior defence source”. Required for an unnamed source; "
        "with a person, leave blank to keep each quote's own label.",
    )

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        use_widget(self.fields["speaker"], person_autocomplete(admin_site))

    def clean(self):
        data = super().clean()
        label = data.get("speaker_label", "").strip()
        if data.get("mode") == self.PERSON:
            if not data.get("speaker"):
                self.add_error("speaker", "Choose the person who said these quotes.")
            data["speaker_label"] = label or None  # None keeps each quote's label
        else:
            if not label:
                self.add_error("speaker_label", "An unnamed source needs a label.")
            data["speaker"] = None
        return data


class AttachToEventForm(forms.Form):
    """The event that selected articles or quotes belong to."""

    event = forms.ModelChoiceField(queryset=Event.objects.all())

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        use_widget(self.fields["event"], event_autocomplete(admin_site))
