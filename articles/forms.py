"""The workspace's forms: every query-string parameter of every page (QueryForm and its
subclasses: lists, pages, pickers) and the editors' actions."""

from __future__ import annotations

import re

from django import forms

from articles import kinds
from articles.models import LinkRelation, Person, QuoteKind, ReviewStatus

STATUS_CHOICES = [("", "Any status"), *ReviewStatus.choices]
QUOTE_KIND_CHOICES = [("", "Any kind"), *QuoteKind.choices]
# A person's number as their page's address has it: ASCII digits within PostgreSQL's bigint.
# ("²" and "❶" are digits to str.isdigit() but not to int(): not a number, said so.)
PERSON_NUMBER = re.compile(r"[0-9]{1,19}")
BIGINT_MAX = 2**63 - 1


class QueryForm(forms.Form):
    """A page's query string, validated: the page always shows (a value that does not validate
    is dropped and, for the filters an editor sets, named in a message above the results)."""

    page = forms.IntegerField(required=False, min_value=1)

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
    def page_number(self) -> int:
        return self.value("page", 1)

    @property
    def problems(self) -> list[str]:
        """One sentence per value that was dropped, and what a person filter followed."""
        dropped = [
            f"{label_of(self, name)}: {errors[0]}" if name != "__all__" else errors[0]
            for name, errors in self.errors.items()
        ]
        return [*self.notes, *dropped]

    @property
    def notes(self) -> list[str]:
        return getattr(self, "_notes", [])


class FilterForm(QueryForm):
    """A list's filters."""

    show_rejected = forms.BooleanField(required=False)

    @property
    def filtering(self) -> bool:
        """Any filter besides the search words (the filter panel opens to show it)."""
        return any(self.value(name) for name in self.fields if name not in {"q", "page"})

    @property
    def active(self) -> bool:
        return bool(self.value("q")) or self.filtering

    def clean_person_field(self, name: str):
        """A person filter's value: a Person picked by number (one merged away: the person it was
        merged into), else the words to match names against."""
        text = self.cleaned_data.get(name) or ""
        if not PERSON_NUMBER.fullmatch(text) or int(text) > BIGINT_MAX:
            if text.isdigit():  # a number no person can have (too long, or not ASCII digits)
                raise forms.ValidationError(f"“{text}” is not a person's number.")
            return text
        number = int(text)
        person = Person.objects.filter(pk=number).first()
        if person is None:
            from articles.services.curation import merged_into

            survivor = merged_into(number)
            if survivor is None:
                raise forms.ValidationError(f"No person has the number {number}.")
            person = survivor
            self._notes = [*self.notes, f"Person #{number} was merged into {person.name}: showing theirs."]
        return person


class DatedFilterForm(FilterForm):
    def clean(self):
        data = super().clean()
        first, last = data.get("date_from"), data.get("date_to")
        if first and last and first > last:
            self.add_error("date_to", "is before From.")
        return data


class ArticleSearchForm(DatedFilterForm):
    q = forms.CharField(required=False, max_length=500, label="Search")
    outlet = forms.CharField(required=False, max_length=200)
    person = forms.CharField(required=False, max_length=200, help_text="A name, or a person's number.")
    tag = forms.CharField(required=False, max_length=100)
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))
    status = forms.ChoiceField(required=False, choices=STATUS_CHOICES, label="Review")

    def clean_person(self):
        return self.clean_person_field("person")


class QuoteFilterForm(FilterForm):
    q = forms.CharField(required=False, max_length=500, label="Search quotes")
    speaker = forms.CharField(required=False, max_length=200)
    tag = forms.CharField(required=False, max_length=100)
    outlet = forms.CharField(required=False, max_length=200)
    status = forms.ChoiceField(required=False, choices=STATUS_CHOICES, label="Review")
    kind = forms.ChoiceField(required=False, choices=QUOTE_KIND_CHOICES, label="Kind")

    def clean_speaker(self):
        return self.clean_person_field("speaker")


class EventFilterForm(FilterForm):
    person = forms.CharField(required=False, max_length=200)

    def clean_person(self):
        return self.clean_person_field("person")


class PersonFilterForm(FilterForm):
    q = forms.CharField(required=False, max_length=200, label="Name")


class RecordPageForm(QueryForm):
    """An article's or a person's page: whether rejected records are shown, and on a person's
    page which kind of quotes ("what they said": one kind, or all)."""

    show_rejected = forms.BooleanField(required=False)
    kind = forms.ChoiceField(required=False, choices=QuoteKind.choices)


class PersonSuggestForm(QueryForm):
    """What was typed into a box that suggests people: the speaker picker sends ?label=, the
    list filters their own field's name (?person=, ?speaker=)."""

    label = forms.CharField(required=False, max_length=200)
    q = forms.CharField(required=False, max_length=200)
    person = forms.CharField(required=False, max_length=200)
    speaker = forms.CharField(required=False, max_length=200)

    def text(self) -> str:
        return self.value("label") or self.value("q") or self.value("person") or self.value("speaker")


class TagSuggestForm(QueryForm):
    """What was typed into a box that suggests tags: ?name= (the tag widget), ?into= (the merge
    form), ?tag= (the list filters, which send their own field's name)."""

    name = forms.CharField(required=False, max_length=100)
    q = forms.CharField(required=False, max_length=100)
    into = forms.CharField(required=False, max_length=100)
    tag = forms.CharField(required=False, max_length=100)

    def text(self) -> str:
        return self.value("name") or self.value("q") or self.value("into") or self.value("tag")

    @property
    def slugs(self) -> bool:
        """?as=slugs: the options' values are slugs (the tag filters), else names."""
        return self.value("as") == "slugs"


class RecordSuggestForm(QueryForm):
    """The link picker: ?find= words, ?from= the record being linked ("article:12"), left out."""

    find = forms.CharField(required=False, max_length=200)


# "from" and "as" are Python keywords, so these fields are added outside the class bodies.
RecordSuggestForm.base_fields["from"] = forms.CharField(required=False, max_length=40)
TagSuggestForm.base_fields["as"] = forms.ChoiceField(required=False, choices=[("slugs", "slugs"), ("names", "names")])


def label_of(form: forms.Form, name: str) -> str:
    field = form.fields.get(name)
    return field.label if field and field.label else name.replace("_", " ").capitalize()


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
        return f"{label_of(form, field)}: {errors[0]}" if field != "__all__" else errors[0]
    return "Please check the form."


QUEUE_KINDS = {"quotes": "quote", "people": "person", "events": "event"}
QUEUE_STATUS_CHOICES = [*ReviewStatus.choices, ("any", "Any status")]


class ReviewQueueForm(DatedFilterForm):
    """The review queue's filters: which records (quotes first), their status (waiting ones
    unless asked), outlet, speaker and the dates of the articles they come from."""

    kind = forms.ChoiceField(required=False, choices=[(k, k.capitalize()) for k in QUEUE_KINDS])
    status = forms.ChoiceField(required=False, choices=QUEUE_STATUS_CHOICES, label="Review")
    outlet = forms.CharField(required=False, max_length=200)
    speaker = forms.CharField(required=False, max_length=200, help_text="A name, or a person's number.")
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))

    def clean_speaker(self):
        return self.clean_person_field("speaker")
