"""manage.py users: accounts and roles from the command line."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from articles.services import accounts

pytestmark = pytest.mark.django_db
User = get_user_model()


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("users", *args, stdout=out)
    return out.getvalue()


def test_add_a_viewer_prints_a_password_that_logs_in(client):
    said = run("add", "reader", "--role", "viewer")
    password = said.rsplit(": ", 1)[1].strip()
    reader = User.objects.get(username="reader")
    assert accounts.role_of(reader) == "viewer" and not reader.is_staff
    assert client.login(username="reader", password=password)


def test_change_role_list_and_deactivate():
    run("add", "ann", "--role", "viewer")
    run("role", "ann", "administrator")
    ann = User.objects.get(username="ann")
    assert accounts.role_of(ann) == "administrator" and ann.is_staff and accounts.can_edit(ann)
    assert ann.has_perm("auth.add_user") and not ann.has_perm("auth.delete_user")
    run("role", "ann", "viewer")
    ann = User.objects.get(username="ann")
    assert accounts.role_of(ann) == "viewer" and not ann.is_staff and not ann.has_perm("auth.add_user")

    run("deactivate", "ann")
    assert "ann                      viewer  (deactivated)" in run("list")
    run("activate", "ann")
    assert User.objects.get(username="ann").is_active


def test_mistakes_are_named():
    run("add", "ann", "--role", "editor")
    with pytest.raises(CommandError, match="already an account “ANN”"):
        run("add", "ANN", "--role", "viewer")
    with pytest.raises(CommandError, match="No account “bob”"):
        run("role", "bob", "editor")
