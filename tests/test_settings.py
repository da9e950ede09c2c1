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
