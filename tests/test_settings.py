"""The production configuration passes Django's deployment checks; it refuses to start half-configured."""

import os
import subprocess
import sys

from .conftest import ROOT


def run_manage(*args, **env):
    # A clean process: no NEWSDESK_* of this run, and not the browser tests' async override.
    full_env = {
        k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_in_production():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        NEWSDESK_PRODUCTION="1",
        NEWSDESK_SECRET_KEY="x7!" * 20 + "production-secret-key-for-the-check",
        NEWSDESK_ALLOWED_HOSTS="newsdesk.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_without_secret_key_refuses_to_start():
    result = run_manage("check", NEWSDESK_PRODUCTION="1", NEWSDESK_ALLOWED_HOSTS="newsdesk.example.org")
    assert result.returncode != 0
    assert "NEWSDESK_SECRET_KEY must be set" in result.stderr


def test_default_configuration_has_debug_off():
    result = run_manage("shell", "-v", "0", "-c", "from django.conf import settings; print(settings.DEBUG)")
    assert result.stdout.strip() == "False", result.stderr


def test_kept_renderings_are_keyed_by_the_code_that_renders(tmp_path):
    from newsdesk.settings import BASE_DIR, CACHES, code_digest

    # (the tests themselves swap this cache for an in-memory one: read the settings module's)
    folders = (BASE_DIR / "templates", BASE_DIR / "articles", BASE_DIR / "static")
    assert CACHES["renderings"]["KEY_PREFIX"] == code_digest(*folders)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "page.html").write_text("<p>{{ a }}</p>")
    (tmp_path / "articles" / "notes.txt").write_text("not code")
    before = code_digest(tmp_path)
    (tmp_path / "articles" / "notes.txt").write_text("still not code")
    assert code_digest(tmp_path) == before
    (tmp_path / "articles" / "page.html").write_text("<p>{{ b }}</p>")
    assert code_digest(tmp_path) != before
    # A changed stylesheet gets a new hashed name: pages kept with the old one must not be served.
    changed_code = code_digest(tmp_path)
    (tmp_path / "articles" / "site.css").write_text("p { color: red }")
    assert code_digest(tmp_path) != changed_code


def test_file_caches_live_under_var_and_are_private_to_their_user(tmp_path):
    from django.core.cache.backends.filebased import FileBasedCache

    from newsdesk import settings

    config = settings.caches_from_environment(None)["sessions"]
    assert config["LOCATION"] == str(settings.VAR_DIR / "cache" / "sessions")
    # The same backend in a folder of the test's own: the folder and each entry are the user's only.
    cache = FileBasedCache(str(tmp_path / "sessions"), {"OPTIONS": config["OPTIONS"]})
    cache.set("session", {"user": 1})
    assert cache.get("session") == {"user": 1}
    assert (tmp_path / "sessions").stat().st_mode & 0o777 == 0o700
    assert all(f.stat().st_mode & 0o077 == 0 for f in (tmp_path / "sessions").iterdir())
