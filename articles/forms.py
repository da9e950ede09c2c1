"""The workspace's forms: list filters (read from the query string) and the editors' actions."""

from __future__ import annotations

from django import forms

from articles import kinds
from articles.models import LinkRelation, ReviewStatus

STATUS_CHOICES = [("", "Any status"), *ReviewStatus.choices]


class FilterForm(forms.Form):
    """Query-string filters: always valid enough to show a page (bad values are dropped)."""

    show_rejected = forms.BooleanField(required=False)

    @classmethod
    def from_request(cls, request):
        form = cls(request.GET)
        form.is_valid()
        return form

    def value(self, name, default=""):
        """The cleaned value, or the default when it was missing or did not validate."""
        data = getattr(self, "cleaned_data", {})
        value = data.get(name)
        return default if value in (None, "") else value

    @property
    def filtering(self) -> bool:
        """Any filter besides the search words (the filter panel opens to show it)."""
        return any(self.value(name) for name in self.fields if name != "q")

    @property
    def active(self) -> bool:
        return bool(self.value("q")) or self.filtering


class ArticleSearchForm(FilterForm):
    q = forms.CharField(required=False, max_length=500, label="Search")
    outlet = forms.CharField(required=False, max_length=200)
    person = forms.CharField(required=False, max_length=200, help_text="A name, or a person's number.")
    tag = forms.CharField(required=False, max_length=100)
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))
    status = forms.ChoiceField(required=False, choices=STATUS_CHOICES, label="Review")


class QuoteFilterForm(FilterForm):
    q = forms.CharField(required=False, max_length=500, label="Search quotes")
    speaker = forms.CharField(required=False, max_length=200)
    tag = forms.CharField(required=False, max_length=100)
    outlet = forms.CharField(required=False, max_length=200)


class EventFilterForm(FilterForm):
    person = forms.CharField(required=False, max_length=200)


class PersonFilterForm(FilterForm):
    q = forms.CharField(required=False, max_length=200, label="Name")


class TagForm(forms.Form):
    name = forms.CharField(max_length=100, label="Tag")


class TagMergeForm(forms.Form):
    into = forms.CharField(max_length=100, label="Merge into")


class AnnotationForm(forms.Form):
    """A selection in the article body (offsets and text from static/js/annotate.js) and a note."""

    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    exact = forms.CharField(max_length=20_000, strip=False, widget=forms.HiddenInput)
    prefix = forms.CharField(required=False, max_length=200, strip=False, widget=forms.HiddenInput)
    suffix = forms.CharField(required=False, max_length=200, strip=False, widget=forms.HiddenInput)
    note = forms.CharField(required=False, max_length=10_000, widget=forms.Textarea(attrs={"rows": 3}))
    tags = forms.CharField(required=False, max_length=500, help_text="Comma separated.")


class AnnotationEditForm(forms.Form):
    note = forms.CharField(required=False, max_length=10_000, widget=forms.Textarea(attrs={"rows": 3}))
    tags = forms.CharField(required=False, max_length=500)


class LinkForm(forms.Form):
    target = forms.RegexField(
        regex=rf"^({kinds.PATTERN}):\d+$",
        error_messages={"required": "Pick what to link to.", "invalid": "Pick what to link to."},
    )
    relation = forms.ChoiceField(choices=LinkRelation.choices, initial=LinkRelation.RELATED)
    note = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    def target_ref(self) -> tuple[str, int]:
        kind, pk = self.cleaned_data["target"].split(":")
        return kind, int(pk)


class ReviewForm(forms.Form):
    status = forms.ChoiceField(choices=ReviewStatus.choices)


class SpeakerForm(forms.Form):
    person = forms.IntegerField(required=False, min_value=1)
    label = forms.CharField(required=False, max_length=300)


def first_error(form: forms.Form) -> str:
    """The first error message of a form, as one sentence for the editor."""
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else None
        message = errors[0]
        return f"{label or field.replace('_', ' ').capitalize()}: {message}" if field != "__all__" else message
    return "Please check the form."
