"""|truncatechars for every template (TEMPLATES builtins), without the work when the text is
short enough already.

Django's filter walks the text character by character (combining characters do not count)
even when nothing is cut: 15 µs for a quote, and the pages show dozens of quotes, titles and
labels through it. A text of at most `length` characters is never cut, so it is given back as
it is (when in NFC, the form Django's filter gives); any other goes to Django's filter.
"""

import unicodedata

from django import template
from django.template import defaultfilters
from django.template.defaultfilters import stringfilter

register = template.Library()


@register.filter(is_safe=True)
@stringfilter
def truncatechars(value, arg):
    try:
        length = int(arg)
    except ValueError:  # as Django's filter: an invalid length leaves the text alone
        return value
    if len(value) <= length and unicodedata.is_normalized("NFC", value):
        return value
    return defaultfilters.truncatechars(value, length)
