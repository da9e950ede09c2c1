"""Administrators add people and give them a role in the admin; editors cannot."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from articles.services import accounts

from ..conftest import PASSWORD

pytestmark = pytest.mark.django_db
User = get_user_model()
NEW_PASSWORD = "a long new passphrase 42"


@pytest.fixture
def administrator_client(client, groups):
    user = User.objects.create_user("chief", password=PASSWORD)
    accounts.set_role(user, role=accounts.ADMINISTRATOR)
    client.force_login(user)
    return client


def test_an_administrator_adds_a_viewer_who_reads_but_cannot_write(administrator_client, client):
    response = administrator_client.post(
        reverse("admin:auth_user_add"),
        {"username": "reader", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "role": "viewer"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    reader = User.objects.get(username="reader")
    assert accounts.role_of(reader) == "viewer" and not reader.is_staff and reader.is_active

    administrator_client.logout()
    assert client.login(username="reader", password=NEW_PASSWORD)
    assert client.get(reverse("articles:list")).status_code == 200
    assert client.post(reverse("articles:import"), {}).status_code == 403
    assert client.get(reverse("admin:index")).status_code == 302  # to the admin's log-in: not staff


def test_an_administrator_changes_a_role(administrator_client, viewer):
    url = reverse("admin:auth_user_change", args=[viewer.pk])
    page = administrator_client.get(url).content.decode()
    assert 'name="role" value="viewer"' in page and "is_superuser" not in page
    data = {"username": "viewer", "role": "editor", "is_active": "on", "first_name": "", "last_name": "", "email": ""}
    data |= {"last_login_0": "", "last_login_1": "", "date_joined_0": "2026-01-01", "date_joined_1": "00:00:00"}
    response = administrator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    viewer.refresh_from_db()
    assert accounts.role_of(viewer) == "editor" and viewer.is_staff
    assert accounts.can_edit(User.objects.get(pk=viewer.pk))


def test_an_administrator_cannot_touch_a_superuser(administrator_client):
    boss = User.objects.create_superuser("boss", password=PASSWORD)
    change = reverse("admin:auth_user_change", args=[boss.pk])
    page = administrator_client.get(change).content.decode()
    assert 'name="_save"' not in page  # shown read-only
    assert administrator_client.post(change, {"username": "boss", "role": "viewer"}).status_code == 403
    password = reverse("admin:auth_user_password_change", args=[boss.pk])
    assert administrator_client.post(password, {"password1": "x", "password2": "x"}).status_code == 403
    boss.refresh_from_db()
    assert boss.is_superuser and boss.check_password(PASSWORD)
    lists = administrator_client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert "Superuser" in lists and "Administrator" in lists


def test_editors_do_not_manage_accounts(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_user_add")).status_code == 403
