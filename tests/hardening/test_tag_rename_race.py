"""Two editors rename two tags to the same name at the same moment: one wins, the other is
told to merge into it instead (the form's own message), never a 500.

Both requests pass the "is the name taken?" check before either writes: each stops at a
barrier just before saving, on its own thread and database connection, so the second save
meets the first one's unique slug for real.
"""

import threading

import pytest
from django.db import connections
from django.test import Client
from django.urls import reverse

from articles.models import Tag

from .. import factories as f

pytestmark = pytest.mark.django_db(transaction=True)


NEW_NAME = "Defence talks"
MERGE_MESSAGE = f"There is already a tag “{NEW_NAME}”: merge into it instead."


def rename_both_at_once(editors, tags, monkeypatch, post):
    """Each editor renames their tag to NEW_NAME with post(client, tag), on its own thread and
    connection; both saves wait at a barrier, so each has found the name free before either
    writes it. Returns {username: (response, the page it redirected to or None)}."""
    barrier = threading.Barrier(2)
    real_save = Tag.save

    def save_together(self, *args, **kwargs):
        if self.name == NEW_NAME:
            barrier.wait(timeout=30)
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(Tag, "save", save_together)
    responses = {}

    def rename(user, tag):
        client = Client(raise_request_exception=False)
        client.force_login(user)
        try:
            response = post(client, tag)
            followed = client.get(response.headers["Location"]) if response.status_code == 302 else None
            responses[user.username] = (response, followed)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=rename, args=pair) for pair in zip(editors, tags, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(r.status_code for r, _ in responses.values()) == [302, 302], {
        name: r.status_code for name, (r, _) in responses.items()
    }
    return responses


def test_concurrent_renames_to_one_name_give_the_second_the_merge_message(groups, monkeypatch):
    editors = [f.user("ann", groups[0]), f.user("ben", groups[0])]
    tags = [f.tag("Moscow talks"), f.tag("Talks in Moscow")]

    def post(client, tag):
        return client.post(reverse("articles:tag_rename", args=[tag.slug]), {"name": NEW_NAME})

    responses = rename_both_at_once(editors, tags, monkeypatch, post)
    pages = [followed.content.decode() for _, followed in responses.values()]
    assert sum(f"Renamed to “{NEW_NAME}”." in page for page in pages) == 1
    assert sum(MERGE_MESSAGE in page for page in pages) == 1
    assert all(followed.status_code == 200 for _, followed in responses.values())  # the loser is back on its tag
    names = set(Tag.objects.values_list("name", flat=True))
    assert len(names) == 2 and NEW_NAME in names and len(names & {t.name for t in tags}) == 1


def test_concurrent_admin_renames_to_one_name_give_the_second_the_merge_message(groups, monkeypatch):
    editors = [f.user("ann", groups[0], is_staff=True), f.user("ben", groups[0], is_staff=True)]
    tags = [f.tag("Moscow talks"), f.tag("Talks in Moscow")]

    def post(client, tag):
        url = reverse("admin:articles_tag_change", args=[tag.pk])
        return client.post(url, {"name": NEW_NAME, "slug": "defence-talks"})

    responses = rename_both_at_once(editors, tags, monkeypatch, post)
    pages = [followed.content.decode() for _, followed in responses.values()]
    assert sum(MERGE_MESSAGE in page for page in pages) == 1
    names = set(Tag.objects.values_list("name", flat=True))
    assert len(names) == 2 and NEW_NAME in names and len(names & {t.name for t in tags}) == 1
