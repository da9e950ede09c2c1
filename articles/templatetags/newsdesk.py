"""Small template helpers for the workspace pages."""

from django import template
from django.urls import reverse
from django.utils.html import format_html_join

from articles import workbench_html
from articles.views.common import URL_NAMES

register = template.Library()


@register.simple_tag
def record_url(kind: str, pk) -> str:
    """The page of an article, person, quote or event: {% record_url "quote" 12 %}."""
    return reverse(URL_NAMES[kind], args=[pk])


@register.simple_tag
def link_relations():
    """The relations a cross-link can have, for the link form's choices."""
    from articles.models import LinkRelation

    return LinkRelation.choices


@register.filter
def get_item(mapping, key):
    """mapping[key] in a template, or None."""
    return mapping.get(key) if mapping else None


@register.simple_tag(takes_context=True)
def review_widget(context, **values):
    """The workbench's #review partial: a record's status and an editor's buttons. In a loop,
    {% review_widget record=quote kind="quote" %} skips the include's work."""
    if not values:
        return workbench_html.review(context)
    with context.push(**values):
        return workbench_html.review(context)


@register.simple_tag(takes_context=True)
def speaker_widget(context):
    """The workbench's #speaker partial: who said a quote and "Change speaker"."""
    return workbench_html.speaker(context)


@register.simple_tag(takes_context=True)
def quote_items(context, quotes):
    """The article page's quote rows, each with its speaker and review widgets."""
    return workbench_html.quote_items(context, quotes)


@register.simple_tag
def options(values, selected):
    """<option>s for a filter's choices, the selected one marked: one call, not a loop of lookups."""
    selected = "" if selected is None else str(selected)
    mark = {True: " selected", False: ""}
    return format_html_join("", '<option value="{}"{}>{}</option>', ((v, mark[v == selected], v) for v in values))
