"""Fixtures shared by every test: users in their groups, seeded articles, a plain static storage."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from articles.services.accounts import ensure_groups
from articles.services.importing import collect_files, import_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # The manifest storage needs collectstatic; tests serve static files straight from static/.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _own_caches(settings):
    # Renderings are keyed by what they show; a fresh in-memory cache per test keeps each test's
    # queries its own (and other test runs on the machine out of it). tests/caching/test_redis.py
    # runs the pages against a real Redis, as several app servers share it.
    settings.CACHES = {
        **settings.CACHES,
        "renderings": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-renderings"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-pages"},
        "sessions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-sessions"},
    }
    from django.core.cache import caches

    for alias in ("renderings", "pages", "sessions", "estimates"):
        # planner estimates and outlets are kept a minute: each test asks its own
        caches[alias].clear()


@pytest.fixture
def groups(db):
    return ensure_groups()


@pytest.fixture
def editor(groups):
    user = get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(groups[0])
    return user


@pytest.fixture
def viewer(groups):
    user = get_user_model().objects.create_user("viewer", password=PASSWORD)
    user.groups.add(groups[1])
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def seeded(db):
    """The four seed articles imported through the normal path."""
    results = [import_path(p) for p in collect_files([SEEDS])]
    assert [r.status for r in results] == ["imported"] * 4, [r.line() for r in results]
    return results
