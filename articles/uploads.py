"""Uploads read as they stream, never held past their limits (settings.FILE_UPLOAD_HANDLERS).

Django's own handlers keep every file whole, in memory or on disk, before any view can look
at its size. This one keeps each file's bytes up to NEWSDESK_MAX_IMPORT_BYTES and drops the
rest as it arrives (the file then comes with its size and the reason, and no bytes); it stops
keeping files after NEWSDESK_MAX_UPLOAD_FILES, and a request whose Content-Length is over
NEWSDESK_MAX_UPLOAD_BYTES keeps no file at all, its files read and dropped. (Django reads no
more of a body than its Content-Length says.) The form fields (the CSRF token among them) are still read, so the
view can say what went wrong on the page instead of a bare 400.

Files named "." or ".." (or a path ending in one) are not dropped silently, as Django does:
they come through with no bytes and the reason.
"""

from __future__ import annotations

from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http.multipartparser import MultiPartParser

UNUSABLE_NAMES = {".", ".."}


def upload_refusal(request) -> str:
    """Why the whole upload was refused (too many files, too many bytes), or ""."""
    return getattr(request, "upload_refusal", "")


class ReceivedFile(InMemoryUploadedFile):
    """An uploaded file as received: `shown_name` is the name the sender gave (for the results),
    `refusal` why its bytes were not kept (then it has none), else ""."""

    def __init__(self, *args, shown_name: str, refusal: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_name, self.refusal = shown_name, refusal


class _NamingParser(MultiPartParser):
    """Django's parser, except that a file named "." or ".." reaches the handler (to be refused
    by name) instead of vanishing."""

    def sanitize_file_name(self, file_name):
        clean = super().sanitize_file_name(file_name)
        if clean is None:
            last = file_name.replace("\\", "/").rsplit("/")[-1].strip()
            if last in UNUSABLE_NAMES:
                return last
        return clean


class BoundedUploadHandler(FileUploadHandler):
    def __init__(self, request=None):
        super().__init__(request)
        self.parsing = False
        self.files_seen = self.files_over = 0

    @property
    def refused(self) -> bool:
        return bool(upload_refusal(self.request))

    def refuse(self, reason: str) -> None:
        if self.request is not None and not self.refused:
            self.request.upload_refusal = reason

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if self.parsing:
            return None  # called again by the parser below: the ordinary parsing follows
        if content_length > settings.NEWSDESK_MAX_UPLOAD_BYTES:
            self.refuse(self.too_big(content_length))
        self.parsing = True
        return _NamingParser(META, input_data, [self], encoding).parse()

    def new_file(self, field_name, file_name, *args, **kwargs):
        super().new_file(field_name, file_name, *args, **kwargs)
        if self.refused:
            raise SkipFile()  # read and dropped
        self.files_seen += 1
        if self.files_seen > settings.NEWSDESK_MAX_UPLOAD_FILES:
            self.files_over += 1
            raise SkipFile()  # read and dropped; upload_complete says so
        self.buffer, self.size = BytesIO(), 0
        self.shown_name = file_name
        self.refusal = (
            f"“{file_name}” is not a file name: rename the file and upload it again"
            if file_name in UNUSABLE_NAMES
            else ""
        )

    def receive_data_chunk(self, raw_data, start):
        self.size += len(raw_data)
        if not self.refusal and self.size <= settings.NEWSDESK_MAX_IMPORT_BYTES:
            self.buffer.write(raw_data)
        elif self.buffer.tell():
            self.buffer = BytesIO()  # over the limit: what was kept goes, the rest is not kept
        return None

    def file_complete(self, file_size):
        limit = settings.NEWSDESK_MAX_IMPORT_BYTES
        too_big = f"file is {self.size:,} bytes, over the {limit:,}-byte limit" if self.size > limit else ""
        self.buffer.seek(0)
        return ReceivedFile(
            file=self.buffer,
            field_name=self.field_name,
            name="unnamed" if self.shown_name in UNUSABLE_NAMES else self.shown_name,
            content_type=self.content_type,
            size=self.size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
            shown_name=self.shown_name,
            refusal=self.refusal or too_big,
        )

    def upload_complete(self):
        if self.files_over:
            limit = settings.NEWSDESK_MAX_UPLOAD_FILES
            self.refuse(
                f"One upload takes at most {limit} files (NEWSDESK_MAX_UPLOAD_FILES); this one had "
                f"{self.files_seen}. Nothing was imported: upload them {limit} at a time."
            )

    @staticmethod
    def too_big(size: int) -> str:
        limit = settings.NEWSDESK_MAX_UPLOAD_BYTES
        return (
            f"One upload takes at most {limit:,} bytes (NEWSDESK_MAX_UPLOAD_BYTES); this one is {size:,}. "
            "Nothing was imported: upload fewer or smaller files at a time."
        )
