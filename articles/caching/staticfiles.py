"""Static files as whitenoise stores them (hashed names, compressed copies), each file's URL
worked out once per process.

{% static %} asks the storage for a URL on every use, and the manifest storage looks up the
hashed name and builds the URL each time (about 25 µs): a page's frame asks for five, on every
page rendered. The manifest does not change while the app runs (collectstatic runs before it
starts; a deployment starts new workers), so a URL once made is kept.
"""

from __future__ import annotations

from whitenoise.storage import CompressedManifestStaticFilesStorage

KEPT_URLS = 1000  # far more than the app's static files: names asked for that do not exist stay out


class ManifestStaticStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls: dict[str, str] = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        url = self._urls.get(name)
        if url is None:
            url = super().url(name)
            if len(self._urls) < KEPT_URLS:
                self._urls[name] = url
        return url
