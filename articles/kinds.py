"""The kinds of record editors tag, link and review: article, person, quote, event.

One list for everything that names them: URLs (`<kind:kind>`), the link form, cross-links'
content types, the services that accept a record, each kind's page.
"""

from __future__ import annotations

from django.apps import apps
from django.urls import reverse

# Each kind's name (its model's name too) and the URL name of its page.
PAGES = {
    "article": "articles:detail",
    "person": "articles:person",
    "quote": "articles:quote",
    "event": "articles:event",
}
NAMES = tuple(PAGES)
PATTERN = "|".join(NAMES)  # a kind in a URL or a form value


def model_of(kind: str):
    """The model of a kind ("quote" → Quote); LookupError for anything else."""
    if kind not in PAGES:
        raise LookupError(f"No such kind of record: {kind!r}.")
    return apps.get_model("articles", kind)


def models() -> list:
    return [model_of(kind) for kind in NAMES]


def kind_of(record) -> str:
    """The kind of an article, person, quote or event; ValueError for any other record."""
    name = record._meta.model_name
    if name not in PAGES or record._meta.app_label != "articles":
        raise ValueError(f"{type(record).__name__} is not an article, person, quote or event.")
    return name


def is_record(obj) -> bool:
    """Whether obj is an article, person, quote or event."""
    meta = getattr(obj, "_meta", None)
    return meta is not None and meta.app_label == "articles" and meta.model_name in PAGES


def page_url(kind: str, pk: int) -> str:
    """The page of the record of this kind and id."""
    return reverse(PAGES[kind], args=[pk])
