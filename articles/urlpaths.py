"""reverse() for the hot paths: each URL's shape is worked out once, then filled in.

Django's reverse() matches the URLconf again for every call (about 50 µs); a page of thirty
quotes with their editing widgets calls it hundreds of times. fast_reverse() reverses a view
once per shape, with stand-ins for the numbers and slugs, remembers the result as a format
string, and fills in the real values afterwards: the same URL, a hundredth of the time.
Anything unusual (keyword arguments, values that need quoting, a stand-in the URL pattern
refuses) goes to reverse() itself.

The {% url %} tag of every template uses it (TEMPLATES builtins: articles.templatetags.fasturl),
and so do the models' get_absolute_url().
"""

from __future__ import annotations

import re

from django.urls import NoReverseMatch, get_script_prefix, reverse

_SIMPLE = re.compile(r"^[-\w]+$", re.ASCII)  # a slug or a number: never quoted in a path
_STAND_IN_INT = 7_919_000_000_000
_shapes: dict[tuple, str | None] = {}
_with_texts: dict[tuple, str | None] = {}  # a URL with texts among its values: its shape per texts
_UNSEEN = object()
_LIMIT = 10_000


def fast_reverse(view_name: str, args=(), current_app: str | None = None) -> str:
    """reverse(view_name, args=args) for numbers and slugs, from a remembered shape."""
    prefix = get_script_prefix()
    kinds = tuple(map(type, args))
    if kinds.count(int) == len(kinds):
        # Ids only, most of a page's URLs: one look-up. (bool is not int here: type(True) is bool.)
        shape = _shapes.get(_shape_key(view_name, current_app, prefix, False, kinds), _UNSEEN)
        if shape is _UNSEEN:
            shape = _shape(view_name, args, current_app, prefix, literal=False)
    elif all(kind is int or issubclass(kind, str) for kind in kinds):
        # Texts too (a record kind, a slug; a template's literal is a SafeString): one
        # look-up for these texts with any numbers.
        key = (
            view_name,
            current_app,
            prefix,
            *(int if kind is int else v for kind, v in zip(kinds, args, strict=True)),
        )
        shape = _with_texts.get(key, _UNSEEN)
        if shape is _UNSEEN:
            shape = _shape_with_texts(view_name, args, current_app, prefix)
            if len(_with_texts) < _LIMIT:
                _with_texts[key] = shape
    else:
        shape = None
    return shape.format(*args) if shape is not None else reverse(view_name, args=args, current_app=current_app)


def _shape_with_texts(view_name, args, current_app, prefix) -> str | None:
    if not all(_is_int(v) or _SIMPLE.match(v) for v in args):
        return None  # a text reverse() quotes
    # Numbers and slugs stand in; a text the URL pattern refuses as a stand-in (a converter
    # with its own regex, such as the record kind) is part of the shape itself.
    shape = _shape(view_name, args, current_app, prefix, literal=False)
    if shape is None:
        shape = _shape(view_name, args, current_app, prefix, literal=True)
    return shape


def _shape_key(view_name, current_app, prefix, literal: bool, kinds: tuple) -> tuple:
    """Where _shapes keeps a shape: fast_reverse's look-up of ids and _shape's must agree."""
    return (view_name, current_app, prefix, literal, kinds)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _shape(view_name, args, current_app, prefix, *, literal: bool) -> str | None:
    kinds = tuple(int if _is_int(v) else (v if literal else str) for v in args)
    key = _shape_key(view_name, current_app, prefix, literal, kinds)
    try:
        return _shapes[key]
    except KeyError:
        pass
    stand_ins = [_STAND_IN_INT + i if _is_int(v) else (v if literal else f"zq{i}standinzq") for i, v in enumerate(args)]
    shape = None
    try:
        url = reverse(view_name, args=stand_ins, current_app=current_app)
    except NoReverseMatch:
        url = None
    if url is not None:
        shape = url.replace("{", "{{").replace("}", "}}")
        for i, (value, stand_in) in enumerate(zip(args, stand_ins, strict=True)):
            if literal and not _is_int(value):
                continue
            text = str(stand_in)
            if shape.count(text) != 1:
                shape = None
                break
            shape = shape.replace(text, "{" + str(i) + "}")
    if len(_shapes) < _LIMIT:
        _shapes[key] = shape
    return shape
