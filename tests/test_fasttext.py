"""|truncatechars (articles/templatetags/fasttext.py) gives what Django's filter gives."""

import pytest
from django.template import Context, Template, defaultfilters
from django.utils.safestring import mark_safe

from articles.templatetags.fasttext import truncatechars

TEXTS = [
    "",
    "Short.",
    "We will always keep lines of communication open.",
    "x" * 20,
    "x" * 21,
    "Cafe\u0301 society" * 3,  # combining accents do not count towards the length
    "“Quoted”, he said — and left. " * 4,
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("length", [0, 1, 5, 20, 21, 60, 200, "x"])
def test_the_same_as_djangos_filter(text, length):
    assert truncatechars(text, length) == defaultfilters.truncatechars(text, length)


def test_it_is_the_filter_templates_use_and_escaping_is_unchanged():
    template = Template("{{ text|truncatechars:12 }}|{{ safe|truncatechars:12 }}|{{ text|truncatechars:5 }}")
    html = template.render(Context({"text": "<b>bold</b>", "safe": mark_safe("<b>bold</b>")}))
    assert html == "&lt;b&gt;bold&lt;/b&gt;|<b>bold</b>|&lt;b&gt;b…"
    assert template.nodelist[0].filter_expression.filters[0][0] is truncatechars
