"""{% url %} for every template (TEMPLATES builtins), through articles.urlpaths.fast_reverse.

Same syntax and output as Django's tag; positional number and slug arguments take the fast
path, anything else (keyword arguments, other values) Django's own reverse().
"""

from django import template
from django.template import defaulttags
from django.urls import NoReverseMatch
from django.utils.html import conditional_escape

from articles.urlpaths import fast_reverse

register = template.Library()
_UNSET = object()


class FastURLNode(defaulttags.URLNode):
    def render(self, context):
        if self.kwargs:
            return super().render(context)
        args = [arg.resolve(context) for arg in self.args]
        view_name = self.view_name.resolve(context)
        # As Django's tag decides it, without raising AttributeError on every request that
        # sets no current_app (all of them here).
        request = getattr(context, "request", None)
        current_app = getattr(request, "current_app", _UNSET)
        if current_app is _UNSET:
            current_app = getattr(getattr(request, "resolver_match", None), "namespace", None)
        url = ""
        try:
            url = fast_reverse(view_name, args, current_app=current_app)
        except NoReverseMatch:
            if self.asvar is None:
                raise
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token):
    node = defaulttags.url(parser, token)
    return FastURLNode(node.view_name, node.args, node.kwargs, node.asvar)
