"""Small template helpers for the workspace pages."""

from django import template

from articles import kinds
from articles.models import LinkRelation

register = template.Library()


@register.simple_tag
def record_url(kind: str, pk) -> str:
    """The page of an article, person, quote or event: {% record_url "quote" 12 %}."""
    return kinds.page_url(kind, pk)


@register.simple_tag
def link_relations():
    """The relations a cross-link can have, for the link form's choices."""
    return LinkRelation.choices


@register.filter
def get_item(mapping, key):
    """mapping[key] in a template, or None."""
    return mapping.get(key) if mapping else None


@register.filter
def label_differs(quote) -> bool:
    """Whether a quote's as-written source says more than its speaker's name ('he', 'a source'),
    so the page shows it beside the name; 'Mr Okafor' for Ada Okafor says nothing new."""
    label = (quote.speaker_label or "").strip().lower()
    if not label or not quote.speaker_id:
        return False
    surname = quote.speaker.name.split()[-1].lower() if quote.speaker.name.split() else ""
    return surname not in label
