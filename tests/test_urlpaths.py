"""fast_reverse and the {% url %} tag built on it give exactly what Django's reverse gives."""

import pytest
from django.template import Context, Template
from django.urls import NoReverseMatch, reverse

from articles.urlpaths import fast_reverse

CASES = [
    ("articles:list", []),
    ("articles:detail", [12]),
    ("articles:detail", [987654]),
    ("articles:tag", ["ukraine"]),
    ("articles:tag", ["new-tag_2"]),
    ("articles:tag", ["café"]),  # quoted by reverse: the slow path
    ("articles:tag", ["a b"]),
    ("articles:tag_add", ["quote", 7]),
    ("articles:tag_add", ["article", 7]),
    ("articles:tag_remove", ["event", 3, 41]),
    ("articles:review", ["person", 5]),
    ("articles:speaker", [9]),
    ("articles:annotation_edit", [1]),
    ("admin:index", []),
]


@pytest.mark.parametrize(("name", "args"), CASES)
def test_same_urls_as_reverse(name, args):
    assert fast_reverse(name, args) == reverse(name, args=args)
    assert fast_reverse(name, args) == reverse(name, args=args)  # from the remembered shape


def test_refuses_what_reverse_refuses():
    with pytest.raises(NoReverseMatch):
        fast_reverse("articles:tag_add", ["nonsense", 1])
    with pytest.raises(NoReverseMatch):
        fast_reverse("articles:detail", [])


def test_url_tag_keeps_its_syntax():
    html = Template(
        "{% url 'articles:tag_add' kind pk %}|{% url 'articles:tag' slug=slug %}|"
        "{% url 'articles:detail' pk as there %}[{{ there }}]|{% url 'articles:nowhere' as missing %}[{{ missing }}]"
    ).render(Context({"kind": "quote", "pk": 4, "slug": "x-y"}))
    assert html == (
        f"{reverse('articles:tag_add', args=['quote', 4])}|{reverse('articles:tag', args=['x-y'])}|"
        f"[{reverse('articles:detail', args=[4])}]|[]"
    )


def test_ids_are_filled_into_the_remembered_shape(monkeypatch):
    first, other = reverse("articles:event", args=[31]), reverse("articles:event", args=[4_000_001])
    assert fast_reverse("articles:event", [31]) == first
    # Once the shape is known, numbers never go through Django's reverse again.
    monkeypatch.setattr("articles.urlpaths.reverse", lambda *a, **k: pytest.fail("reverse() called again"))
    assert fast_reverse("articles:event", [31]) == first
    assert fast_reverse("articles:event", [4_000_001]) == other


def test_a_bool_is_not_taken_for_an_id():
    with pytest.raises(NoReverseMatch):
        reverse("articles:detail", args=[True])
    with pytest.raises(NoReverseMatch):
        fast_reverse("articles:detail", [True])


def test_texts_with_ids_are_filled_into_the_remembered_shape(monkeypatch):
    expected = {
        args: reverse(name, args=args)
        for name, args in [
            ("articles:review", ("quote", 7)),
            ("articles:review", ("quote", 8)),
            ("articles:tag", ("ukraine",)),
        ]
    }
    fast_reverse("articles:review", ["quote", 7])
    fast_reverse("articles:tag", ["ukraine"])
    monkeypatch.setattr("articles.urlpaths.reverse", lambda *a, **k: pytest.fail("reverse() called again"))
    assert fast_reverse("articles:review", ["quote", 7]) == expected[("quote", 7)]
    assert fast_reverse("articles:review", ["quote", 8]) == expected[("quote", 8)]
    assert fast_reverse("articles:tag", ["ukraine"]) == expected[("ukraine",)]


def test_a_templates_literal_text_takes_the_remembered_shape(monkeypatch):
    template = Template("{% url 'articles:review' 'quote' pk %}")
    expected = reverse("articles:review", args=["quote", 4])
    assert template.render(Context({"pk": 3})) == reverse("articles:review", args=["quote", 3])
    monkeypatch.setattr("articles.urlpaths.reverse", lambda *a, **k: pytest.fail("reverse() called again"))
    assert template.render(Context({"pk": 4})) == expected
