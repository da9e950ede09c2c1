"""Small template helpers for the workspace pages."""

from django import template
from django.utils.html import format_html_join

from articles import workbench_html

register = template.Library()


@register.filter
def get_item(mapping, key):
    """mapping[key] in a template, or None."""
    return mapping.get(key) if mapping else None


def _widget(build, context, values):
    # In a loop, {% review_widget record=quote kind="quote" %} names the record in the tag
    # (what {% include ... with %} did); the plain form pushes no context level.
    if not values:
        return build(context)
    with context.push(**values):
        return build(context)


@register.simple_tag(takes_context=True)
def review_widget(context, **values):
    """The workbench's #review partial: a record's status and an editor's buttons."""
    return _widget(workbench_html.review, context, values)


@register.simple_tag(takes_context=True)
def tags_widget(context, **values):
    """The workbench's #tags partial: a record's tags and an editor's add and remove forms."""
    return _widget(workbench_html.tags, context, values)


@register.simple_tag(takes_context=True)
def links_widget(context, **values):
    """The workbench's #links partial: a record's cross-links and an editor's forms."""
    return _widget(workbench_html.links, context, values)


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
    """<option>s for a filter's choices, the selected one marked: one call, not a loop of lookups.
    A choice is a value, or a (value, count) pair shown as "value (count)"."""
    selected = "" if selected is None else str(selected)
    mark = {True: " selected", False: ""}
    pairs = (v if isinstance(v, tuple) else (v, None) for v in values)
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((v, mark[v == selected], v if n is None else f"{v} ({n:,})") for v, n in pairs),
    )
