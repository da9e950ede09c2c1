"""Web security over every endpoint of articles/urls.py (enumerated, see endpoints.py):
CSRF on every write, no write for anonymous users or Viewers, object-level checks,
SQL metacharacters in search and filters, and the Content-Security-Policy header."""

import re

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from articles.models import Annotation

from .. import factories as f
from ..conftest import PASSWORD
from .endpoints import READS, WRITES, label, make_workspace

pytestmark = pytest.mark.django_db


@pytest.fixture
def ws(editor):
    return make_workspace(editor)


def state() -> dict:
    """Everything a write could change: row counts of every table of the app (history and
    many-to-many tables included) and the values of the rows editors change in place."""
    snapshot = {
        model._meta.db_table: model._default_manager.count()
        for model in apps.get_app_config("articles").get_models(include_auto_created=True)
    }
    for model in apps.get_app_config("articles").get_models():
        fields = [f.attname for f in model._meta.concrete_fields if f.attname in {"review_status", "note", "name"}]
        fields += [f for f in ("speaker_label", "speaker_id", "slug", "body") if hasattr(model, f)]
        if fields:
            rows = model._default_manager.order_by("pk").values_list(*fields)
            snapshot[f"{model._meta.db_table} values"] = list(rows)
    return snapshot


def csrf_client(user=None) -> tuple[Client, str]:
    """A client that enforces CSRF like a browser, and the token a page gave it."""
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user)
    client.get(reverse("login"))  # any page with a form sets the CSRF cookie
    return client, client.cookies["csrftoken"].value


def post(client, url, data, **headers):
    data = dict(data)
    if url == reverse("articles:import"):
        data["files"] = [SimpleUploadedFile("csrf.txt", b"Council approves plan\n\nThe council met on Monday.\n")]
    return client.post(url, data, headers=headers)


def test_the_enumeration_finds_the_known_endpoints():
    writes = {p.name for p, _ in WRITES}
    assert writes >= {
        "tag_add", "tag_remove", "tag_rename", "tag_merge", "link_add", "link_remove", "review", "speaker",
        "annotation_create", "annotation_edit", "annotation_delete", "restore_line", "import",
    }  # fmt: skip
    assert {"list", "detail", "people", "quotes", "events", "tags", "tag_suggest"} <= {p.name for p, _ in READS}
    assert not writes & {"list", "detail", "people", "person", "quotes", "events", "tags", "tag_suggest"}


@pytest.mark.parametrize("endpoint", WRITES, ids=label)
def test_every_write_needs_the_csrf_token(endpoint, ws, editor):
    url = ws.url(*endpoint)
    client, token = csrf_client(editor)
    before = state()
    assert post(client, url, ws.payload()).status_code == 403
    assert post(client, url, ws.payload(), X_CSRFToken="x" * 32).status_code == 403
    assert post(client, url, ws.payload(), X_CSRFToken=token[::-1]).status_code == 403
    assert state() == before
    # The same POST with the token is a real write: the refusals above were the token's doing.
    response = post(client, url, ws.payload(), X_CSRFToken=token)
    assert response.status_code in {200, 302}, response.content[:500]
    assert state() != before


@pytest.mark.parametrize("endpoint", WRITES, ids=label)
def test_anonymous_users_cannot_write(endpoint, ws):
    url = ws.url(*endpoint)
    client, token = csrf_client()
    before = state()
    response = post(client, url, ws.payload(), X_CSRFToken=token)
    assert response.status_code == 403 or (
        response.status_code == 302 and response["Location"].startswith(reverse("login"))
    )
    assert state() == before


@pytest.mark.parametrize("endpoint", WRITES, ids=label)
def test_viewers_cannot_write(endpoint, ws, viewer):
    url = ws.url(*endpoint)
    client, token = csrf_client(viewer)
    before = state()
    assert post(client, url, ws.payload(), X_CSRFToken=token).status_code == 403
    assert state() == before


def test_an_editor_cannot_change_or_delete_another_editors_annotation(ws, editor, groups):
    other = f.user("other-editor", groups[0])
    client, token = csrf_client(other)
    before = state()
    for name in ("annotation_edit", "annotation_delete"):
        url = reverse(f"articles:{name}", args=[ws.annotation.pk])
        assert post(client, url, {"note": "hijacked", "tags": "x"}, X_CSRFToken=token).status_code == 403
        assert post(client, url, {"note": "hijacked"}, X_CSRFToken=token, HX_Request="true").status_code == 403
    assert client.get(reverse("articles:annotation_edit", args=[ws.annotation.pk])).status_code == 403
    assert state() == before
    assert Annotation.objects.get(pk=ws.annotation.pk).note == "the editor's own note"


HOSTILE_QUERIES = [
    "'; DROP TABLE articles_article; --",
    "' OR '1'='1",
    "%",
    "%%_%",
    "_",
    "\\",
    "\\'",
    '"unbalanced',
    "'unbalanced",
    '"" "',
    "- -- --- OR or -",
    'Moscow OR -"',
    "(",
    ")) OR ((",
    ":*",
    "!&|<->",
    "\x00",
    "nul\x00in the middle",
    "\ud7ff\ue000\ufffd",
    "x" * 5000,
]
QUERY_PARAMS = [
    "q", "outlet", "person", "tag", "status", "date_from", "date_to", "speaker", "show_rejected", "page",
    "name", "label", "into", "find", "from", "as",
]  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE_QUERIES, ids=lambda t: repr(t[:20]))
def test_sql_metacharacters_in_search_and_filters_are_just_text(text, ws, editor_client):
    """Every page and picker, every query parameter set to the hostile text: 200, no error
    (a NUL character, which PostgreSQL text cannot hold, is refused up front: 400)."""
    expected = {400} if "\x00" in text else {200, 302}
    for endpoint in READS:
        url = ws.url(*endpoint)
        for params in ({name: text for name in QUERY_PARAMS}, {"q": text}):
            response = editor_client.get(url, params, headers={"HX-Request": "true"})
            assert response.status_code in expected, (label(endpoint), response.status_code)
            response = editor_client.get(url, params)
            assert response.status_code in expected, (label(endpoint), response.status_code)


def test_nul_characters_in_paths_and_forms_are_refused_not_a_server_error(ws, editor):
    client, token = csrf_client(editor)
    assert client.get("/tags/ukr%00aine/").status_code == 400
    before = state()
    url = reverse("articles:tag_add", args=["article", ws.article.pk])
    assert post(client, url, {"name": "a\x00b"}, X_CSRFToken=token).status_code == 400
    anonymous, token = csrf_client()
    response = post(anonymous, reverse("login"), {"username": "ed\x00itor", "password": "x"}, X_CSRFToken=token)
    assert response.status_code == 400
    assert state() == before


def test_search_really_searches_with_those_characters(ws, editor_client):
    """Not vacuous: the same search box finds the article by a word next to the hostile ones."""
    page = editor_client.get(reverse("articles:list"), {"q": 'Moscow OR -"'}).content.decode()
    assert ws.article.title in page
    page = editor_client.get(reverse("articles:list"), {"q": "'; DROP TABLE articles_article; --"}).content.decode()
    assert ws.article.title not in page


def test_pages_carry_a_nonce_based_content_security_policy(ws, editor_client):
    response = editor_client.get(ws.article.get_absolute_url())
    policy = response["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    nonce = re.search(r"'nonce-([^']+)'", directives["script-src"]).group(1)
    assert directives["script-src"] == f"'self' 'nonce-{nonce}'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    html = response.content.decode()
    assert f'nonce="{nonce}"' in html  # htmx's script tag carries it
    assert '"includeIndicatorStyles":false' in html and '"allowEval":false' in html
    other = editor_client.get(ws.article.get_absolute_url())["Content-Security-Policy"]
    assert other != policy  # a fresh nonce for every response


def test_templates_have_no_inline_code_the_policy_would_block():
    """No hx-on, no inline handlers, no style attributes, no script or style without a nonce."""
    from django.conf import settings

    offenders = []
    for path in settings.BASE_DIR.joinpath("templates").rglob("*.html"):
        text = path.read_text()
        for pattern in [r"\shx-on", r"\son[a-z]+\s*=", r"\sstyle\s*=", r"<script(?![^>]*\bsrc=)(?![^>]*nonce)",
                        r"<style(?![^>]*nonce)", r"javascript:"]:  # fmt: skip
            offenders += [f"{path.name}: {m.group(0)!r}" for m in re.finditer(pattern, text)]
    assert not offenders


def test_login_page_is_protected_and_throttled(db, editor):
    client, token = csrf_client()
    assert client.post(reverse("login"), {"username": "editor", "password": PASSWORD}).status_code == 403
    for _ in range(5):
        client.post(reverse("login"), {"username": "editor", "password": "wrong"}, headers={"X-CSRFToken": token})
    response = client.post(
        reverse("login"), {"username": "editor", "password": PASSWORD}, headers={"X-CSRFToken": token}
    )
    assert response.status_code == 429


def test_behind_the_proxy_one_clients_failures_do_not_lock_out_everyone(db, editor, groups, settings):
    """In production every request comes from the TLS proxy's address; the throttle counts the
    address the proxy forwarded, so an attacker's failures lock out the attacker, not the desk."""
    settings.NEWSDESK_PROXY_HOPS = 1
    f.user("colleague", groups[0])
    proxy = {"REMOTE_ADDR": "10.0.0.2"}

    def attempt(username, password, forwarded):
        client, token = csrf_client()
        return client.post(
            reverse("login"),
            {"username": username, "password": password},
            headers={"X-CSRFToken": token, "X-Forwarded-For": forwarded},
            **proxy,
        )

    for name in ["nobody", "root", "admin", "editor", "test"]:
        assert attempt(name, "guess", "203.0.113.9").status_code == 200  # failures, from one client
    assert attempt("someone", "guess", "203.0.113.9").status_code == 429  # that client is paused
    # A forged X-Forwarded-For from the same client changes nothing: the proxy appends the real one.
    assert attempt("someone", "guess", "198.51.100.1, 203.0.113.9").status_code == 429
    assert attempt("colleague", PASSWORD, "192.0.2.44").status_code == 302  # the desk still logs in


def test_what_one_user_is_shown_never_reaches_another(ws, editor, viewer, groups):
    """Every form token on a page is the viewer's own, and editing controls are never shown to a
    Viewer, even right after an editor loaded the same pages (guards any caching of pages)."""
    other = f.user("other-editor", groups[0])
    pages = [ws.url(p, k) for p, k in READS if not p.name.endswith(("suggest", "search", "export"))]
    first, _ = csrf_client(editor)
    for url in pages:
        first.get(url)
    client, _ = csrf_client(other)
    html = client.get(ws.article.get_absolute_url()).content.decode()
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))
    tokens |= set(re.findall(r'"X-CSRFToken": "([^"]+)"', html))
    assert tokens
    url = reverse("articles:tag_add", args=["article", ws.article.pk])
    for token in tokens:  # each one works for this user: none was rendered for someone else
        assert client.post(url, {"name": "Mine", "csrfmiddlewaretoken": token}).status_code in {200, 302}
    reader, _ = csrf_client(viewer)
    for url in pages:
        html = reader.get(url).content.decode()
        post_forms = [form for form in re.findall(r"<form[^>]*>", html) if 'method="post"' in form]
        assert 'hx-post="' not in html, url
        assert all(f'action="{reverse("logout")}"' in form for form in post_forms), (url, post_forms)
