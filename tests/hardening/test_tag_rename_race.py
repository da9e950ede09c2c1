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


def test_concurrent_renames_to_one_name_give_the_second_the_merge_message(groups, monkeypatch):
    editors = [f.user("ann", groups[0]), f.user("ben", groups[0])]
    tags = [f.tag("Moscow talks"), f.tag("Talks in Moscow")]
    barrier = threading.Barrier(2)
    real_save = Tag.save

    def save_together(self, *args, **kwargs):
        if kwargs.get("update_fields") == ["name", "slug"]:
            barrier.wait(timeout=30)  # both have checked the name is free; now both write it
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(Tag, "save", save_together)
    responses = {}

    def rename(user, tag):
        client = Client(raise_request_exception=False)
        client.force_login(user)
        try:
            response = client.post(reverse("articles:tag_rename", args=[tag.slug]), {"name": "Defence talks"})
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
    pages = [followed.content.decode() for _, followed in responses.values()]
    assert sum("Renamed to “Defence talks”." in page for page in pages) == 1
    assert sum("There is already a tag “Defence talks”: merge into it instead." in page for page in pages) == 1
    assert all(followed.status_code == 200 for _, followed in responses.values())  # the loser is back on its tag
    names = set(Tag.objects.values_list("name", flat=True))
    assert len(names) == 2 and "Defence talks" in names and len(names & {t.name for t in tags}) == 1


def test_concurrent_admin_renames_to_one_name_give_the_second_the_merge_message(groups, monkeypatch):
    editors = [f.user("ann", groups[0], is_staff=True), f.user("ben", groups[0], is_staff=True)]
    tags = [f.tag("Moscow talks"), f.tag("Talks in Moscow")]
    barrier = threading.Barrier(2)
    real_save = Tag.save

    def save_together(self, *args, **kwargs):
        if self.name == "Defence talks":
            barrier.wait(timeout=30)  # both forms found the name free; now both write it
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(Tag, "save", save_together)
    responses = {}

    def rename(user, tag):
        client = Client(raise_request_exception=False)
        client.force_login(user)
        try:
            url = reverse("admin:articles_tag_change", args=[tag.pk])
            response = client.post(url, {"name": "Defence talks", "slug": "defence-talks"})
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
    pages = [followed.content.decode() for _, followed in responses.values()]
    assert sum("There is already a tag “Defence talks”: merge into it instead." in page for page in pages) == 1
    names = set(Tag.objects.values_list("name", flat=True))
    assert len(names) == 2 and "Defence talks" in names and len(names & {t.name for t in tags}) == 1
