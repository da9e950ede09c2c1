"""Static URLs from the manifest, each made once per process (articles/caching/staticfiles.py)."""

import json

import pytest
from whitenoise.storage import CompressedManifestStaticFilesStorage

from articles.caching.staticfiles import ManifestStaticStorage


@pytest.fixture
def storage(tmp_path):
    manifest = {"version": "1.1", "hash": "h", "paths": {"css/site.css": "css/site.5e1f.css"}}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    return ManifestStaticStorage(location=tmp_path, base_url="/static/")


def test_a_url_is_the_manifests_and_made_once(storage, monkeypatch):
    assert storage.url("css/site.css") == "/static/css/site.5e1f.css"
    made = []
    monkeypatch.setattr(CompressedManifestStaticFilesStorage, "url", lambda self, name, force=False: made.append(name))
    assert storage.url("css/site.css") == "/static/css/site.5e1f.css"
    assert made == []
    storage.url("css/site.css", force=True)  # forced: always made (collectstatic's own use)
    assert made == ["css/site.css"]


def test_a_file_missing_from_the_manifest_still_fails_and_is_not_kept(storage):
    for _ in range(2):
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            storage.url("js/nowhere.js")
    assert "js/nowhere.js" not in storage._urls
