"""A corpus of hostile files for the import paths: what each must come to, and why.

Files are made in the test's tmp_path (the 50 MB one too); nothing big is committed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

IMPORTED, FAILED = "imported", "failed"


@dataclass(frozen=True)
class Hostile:
    name: str
    data: bytes
    status: str
    reason: str = ""  # a part of the one-line reason a failed file must give
    title: str = ""  # the headline an imported file must keep


def story(title: str, place: str) -> str:
    """A small, ordinary news story: headline, byline, paragraphs with a quotation."""
    return (
        f"{title}\n\nBy Ann Lee\n\n"
        f"The council in {place} met on Monday and voted for the new harbour plan, officials said.\n\n"
        f"\u201cWe have waited years for this,\u201d said the mayor, Tom Price, after the vote.\n\n"
        "Work is due to start next spring and should take two years.\n"
    )


def corpus(folder: Path) -> list[Hostile]:
    """Writes every hostile file into `folder` and returns what each must come to."""
    rng = random.Random(20240601)
    files: list[Hostile] = []

    def add(name: str, data: bytes, status: str, reason: str = "", title: str = "") -> None:
        (folder / name).write_bytes(data)
        files.append(Hostile(name, data, status, reason, title))

    # Names with spaces, accents, other scripts, emoji and markup: kept as given, shown escaped.
    for name, title, place in [
        ("Council approves harbour plan.txt", "Council approves harbour plan", "Portsmouth"),
        ("Zürich – Stadtrat beschließt (Entwurf).txt", "Zürich council backs the harbour plan", "Zürich"),
        ("日本語 ニュース 📰.txt", "Osaka council backs the harbour plan", "Osaka"),
        ("<img src=x onerror=alert(1)> & co.txt", "Harbour plan approved in Cork", "Cork"),
    ]:
        add(name, story(title, place).encode(), IMPORTED, title=title)

    add(
        "utf-16 with bom.txt",
        story("Harbour plan approved in Gdańsk", "Gdańsk").encode("utf-16"),
        IMPORTED,
        title="Harbour plan approved in Gdańsk",
    )
    add(
        "utf-16 without bom.txt",
        story("Harbour plan approved in Tromsø", "Tromsø").encode("utf-16-le"),
        IMPORTED,
        title="Harbour plan approved in Tromsø",
    )
    # A download cut off in the middle of its last character ("café" loses its "é").
    truncated = (story("Harbour plan approved in Nice", "Nice") + "Reported from the new café").encode()
    add("truncated utf-8.txt", truncated[:-1], IMPORTED, title="Harbour plan approved in Nice")
    add(
        "windows-1252.txt",
        story("Harbour plan approved in Bilbao", "Bilbao").encode("cp1252"),
        IMPORTED,
        title="Harbour plan approved in Bilbao",
    )
    # Page source pasted into a text file: the markup is text, and must be shown as text.
    pasted = story(
        "Harbour plan approved in Hull",
        'Hull <script>window.__xss=1</script> <img src=x onerror="window.__xss=1">',
    )
    add("pasted page source.txt", pasted.encode(), IMPORTED, title="Harbour plan approved in Hull")
    # A saved web page with scripts and inline handlers: only its text is kept.
    add(
        "saved page with scripts.html",
        (
            "<!doctype html><html><head><title>Harbour plan approved in Leith</title>"
            "<script>window.__xss = 1; alert('head')</script></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            "<h1>Harbour plan approved in Leith</h1>"
            "<p>The council in Leith met on Monday and voted for the new harbour plan, officials said.</p>"
            "<script>document.write('<img src=x onerror=alert(1)>')</script>"
            "<p onclick=\"alert('click')\">Work is due to start next spring and should take two years.</p>"
            "<p>\u201cWe have waited years for this,\u201d said the mayor, Tom Price, after the vote.</p>"
            "</article><footer>© Example Media</footer></body></html>"
        ).encode(),
        IMPORTED,
        title="Harbour plan approved in Leith",
    )

    # Not text at all.
    add("photo of the scene.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4000), FAILED, "a PNG image, not text")
    add("report.txt", b"%PDF-1.7\n" + rng.randbytes(4000), FAILED, "a PDF document, not text")
    add("random bytes.txt", rng.randbytes(8192), FAILED, "binary")
    add("empty.txt", b"", FAILED, "file is empty")
    add("blank lines only.txt", b"\n \n\t\n\r\n" * 50, FAILED, "only whitespace")
    add(
        "only boilerplate.txt",
        b"Home\nNews\nSport\nSign up for our newsletter\nRead more\nAdvertisement\nFollow us on Twitter\n"
        b"Share this article\nMost Read\nTrending now\nSkip to main content\n\xc2\xa9 2024 Example Media\n",
        FAILED,
        "no article text found",
    )
    add(
        "saved page without an article.html",
        b"<html><body><nav><a href='/'>Home</a></nav><script>alert(1)</script></body></html>",
        FAILED,
        "no article text found",
    )
    # Too big: 50 MB, made here (never committed).
    block = story("Harbour plan approved in Oslo", "Oslo").encode()
    add("fifty megabytes.txt", block * (50 * 1024 * 1024 // len(block) + 1), FAILED, "-byte limit")
    # A million short lines: refused at once, with the count.
    add("a million short lines.txt", b"Ok.\n" * 1_000_000, FAILED, "1,000,001 lines, over the")
    # Within every file limit, but far longer than any article: refused before the language analysis.
    long_story = "Harbour plan approved in Bergen\n\n" + "The council met again and argued over the plan. " * 6000
    add("an endless story.txt", long_story.encode(), FAILED, "-character limit for one article")
    return files
