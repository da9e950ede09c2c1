"""The request's user comes with whether they are an Editor, in one query (articles/auth.py)."""

import pytest
from django.contrib.auth import get_user_model

from articles.auth import EditorAwareBackend
from articles.services.accounts import can_edit

pytestmark = pytest.mark.django_db


def test_an_editor_is_loaded_as_one(editor, django_assert_num_queries):
    with django_assert_num_queries(1):
        user = EditorAwareBackend().get_user(editor.pk)
        assert user == editor and user.is_editor is True
        assert can_edit(user)  # from the flag: no second query
    assert user.username == editor.username and user.password == editor.password


def test_a_viewer_is_not_an_editor(viewer):
    user = EditorAwareBackend().get_user(viewer.pk)
    assert user == viewer and user.is_editor is False and not can_edit(user)


def test_inactive_unknown_and_malformed_ids_give_no_user(editor):
    get_user_model().objects.filter(pk=editor.pk).update(is_active=False)
    backend = EditorAwareBackend()
    assert backend.get_user(editor.pk) is None
    assert backend.get_user(editor.pk + 1000) is None
    assert backend.get_user("not a number") is None


def test_a_superuser_may_edit_without_the_group(groups):
    boss = get_user_model().objects.create_superuser("boss", password="x-long-enough-1")
    user = EditorAwareBackend().get_user(boss.pk)
    assert user.is_editor is False and can_edit(user)
