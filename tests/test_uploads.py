"""Uploads read as they stream (articles/uploads.py): no file kept past its limit, every file
sent gets a line in the results (duplicates, "..", oversize), and a refused upload says why."""

import io
import sys
import tracemalloc

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_started
from django.db import close_old_connections
from django.test import Client
from django.urls import reverse

from articles.models import Article, ImportJob
from articles.services.importing import run_job

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
STORY = b"Council approves new harbour plan\n\nThe council met on Monday and voted for the plan by nine votes.\n"
OTHER = b"Ferry timetable changes in May\n\nThe ferry company said the new timetable starts in May.\n"
BOUNDARY = "UploadBoundary7MA4YWxkTrZu0gW"
MB = 1024 * 1024


def results(job=None) -> list[tuple[str, str, str]]:
    job = job or ImportJob.objects.get()
    return list(job.files.order_by("pk").values_list("name", "status", "reason"))


def multipart(files: list[tuple[str, bytes]], token: str = "") -> bytes:
    """A multipart body with the given file names exactly as sent (the test client would refuse "..")."""
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{token}\r\n'.encode()]
    for name, data in files:
        head = f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
        parts.append(head.encode() + b"Content-Type: text/plain\r\n\r\n" + data + b"\r\n")
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def post_multipart(client, body: bytes):
    return client.generic(
        "POST", reverse("articles:import"), body, content_type=f"multipart/form-data; boundary={BOUNDARY}"
    )


def test_a_second_file_of_the_same_name_is_refused_with_its_reason(editor_client, settings):
    settings.TASKS = IMMEDIATE
    files = [SimpleUploadedFile("harbour.txt", STORY), SimpleUploadedFile("harbour.txt", OTHER)]
    assert editor_client.post(reverse("articles:import"), {"files": files}).status_code == 302
    (first, *_), (second, status, reason) = results()
    assert first == second == "harbour.txt" and status == "failed"
    assert "an earlier file in this upload has the same name" in reason
    assert list(Article.objects.values_list("title", flat=True)) == ["Council approves new harbour plan"]
    assert "same name" in editor_client.get(reverse("articles:import_job", args=[ImportJob.objects.get().pk])).text


@pytest.mark.parametrize("name", ["..", ".", "folder/..", "C:\\folder\\.."])
def test_a_file_named_dot_dot_gets_a_line_in_the_results(editor_client, settings, name):
    settings.TASKS = IMMEDIATE
    response = post_multipart(editor_client, multipart([("story.txt", STORY), (name, OTHER)]))
    assert response.status_code == 302
    shown = name.replace("\\", "/").rsplit("/")[-1]
    lines = results()
    assert [line[:2] for line in lines] == [("story.txt", "imported"), (shown, "failed")]
    assert f"“{lines[1][0]}” is not a file name" in lines[1][2]
    assert Article.objects.count() == 1


def test_an_empty_file_input_is_still_no_file(editor_client):
    """A form sent with no file chosen has a part with an empty name: that is no file, not a line."""
    response = post_multipart(editor_client, multipart([("", b"")]))
    assert response.status_code == 200 and "This field is required" in response.text
    assert not ImportJob.objects.exists()


def test_more_files_than_one_upload_takes_says_the_limit(editor_client, settings):
    settings.TASKS = IMMEDIATE
    files = [SimpleUploadedFile(f"story-{n}.txt", STORY + str(n).encode()) for n in range(101)]
    response = editor_client.post(reverse("articles:import"), {"files": files})
    assert response.status_code == 413
    assert "One upload takes at most 100 files (NEWSDESK_MAX_UPLOAD_FILES); this one had 101." in response.text
    assert "Upload and import" in response.text  # the page, with its form, not a bare 400
    assert not ImportJob.objects.exists()


def test_one_hundred_files_are_taken(editor_client, settings):
    settings.TASKS = QUEUED
    files = [SimpleUploadedFile(f"story-{n}.txt", STORY + str(n).encode()) for n in range(100)]
    assert editor_client.post(reverse("articles:import"), {"files": files}).status_code == 302
    assert ImportJob.objects.get().files.count() == 100


# --- streamed through the WSGI handler, as gunicorn gives a request ---------------------------


class StreamedBody(io.RawIOBase):
    """A request body made as it is read: `head`, then `filler` bytes of letters, then `tail`
    (so a test can send far more than it ever holds)."""

    def __init__(self, head: bytes, filler: int, tail: bytes):
        self.pieces = [head, filler, tail]
        self.length = len(head) + filler + len(tail)
        self.sent = 0

    def readable(self):
        return True

    def read(self, size=-1):
        size = self.length - self.sent if size is None or size < 0 else size
        out = bytearray()
        while size > len(out) and self.pieces:
            piece = self.pieces[0]
            want = size - len(out)
            if isinstance(piece, int):
                take = min(piece, want)
                out += b"a" * take
                self.pieces[0] = piece - take
                if not self.pieces[0]:
                    self.pieces.pop(0)
            else:
                out += piece[:want]
                self.pieces[0] = piece[want:]
                if not self.pieces[0]:
                    self.pieces.pop(0)
        self.sent += len(out)
        return bytes(out)


def streamed_upload(editor, filler: int, before: list[tuple[str, bytes]] = ()):
    """POSTs the upload page through Django's WSGI handler with a body streamed as it is read:
    the small files `before`, then "big.txt" of `filler` bytes. Returns (status, page, body, peak
    bytes of Python memory allocated while the request ran)."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    client.get(reverse("articles:import"))
    token = client.cookies["csrftoken"].value
    head = multipart(list(before), token)[: -len(f"--{BOUNDARY}--\r\n")]
    head += f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'.encode()
    body = StreamedBody(head, filler, f"\r\n--{BOUNDARY}--\r\n".encode())
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in client.cookies.items())
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": reverse("articles:import"),
        "SCRIPT_NAME": "",
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "HTTP_COOKIE": cookies,
        "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
        "CONTENT_LENGTH": str(body.length),
        "wsgi.input": body,
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "http",
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }
    status = []
    # As the test client does: the test's transaction is not a connection to close between requests.
    request_started.disconnect(close_old_connections)
    tracemalloc.start()
    try:
        chunks = WSGIHandler()(environ, lambda s, headers, exc_info=None: status.append(s))
        page = b"".join(chunks).decode()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        request_started.connect(close_old_connections)
    return int(status[0].split()[0]), page, body, peak


def test_an_oversize_file_is_dropped_as_it_streams_and_gets_its_line(editor, settings):
    settings.TASKS = QUEUED  # the import runs after: only the upload's memory is measured
    settings.NEWSDESK_MAX_IMPORT_BYTES = 64 * 1024
    status, _, body, peak = streamed_upload(editor, 20 * MB, before=[("story.txt", STORY)])
    assert status == 302
    assert body.sent == body.length  # read to the end (the files after it would count)…
    assert peak < 4 * MB  # …but never held: Django's handlers kept all 20 MB, then the view read it
    run_job(ImportJob.objects.get().pk)
    assert results() == [
        ("story.txt", "imported", ""),
        ("big.txt", "failed", f"file is {20 * MB:,} bytes, over the 65,536-byte limit"),
    ]


def test_an_oversize_upload_is_refused_as_it_streams_with_the_page_saying_why(editor, settings):
    settings.TASKS = QUEUED
    settings.NEWSDESK_MAX_UPLOAD_BYTES = 8 * MB
    status, page, _, peak = streamed_upload(editor, 40 * MB, before=[("story.txt", STORY)])
    assert status == 413
    assert "One upload takes at most 8,388,608 bytes (NEWSDESK_MAX_UPLOAD_BYTES)" in page
    assert "Upload and import" in page  # the import page, its form ready for another try
    assert peak < 4 * MB
    assert not ImportJob.objects.exists() and not Article.objects.exists()
