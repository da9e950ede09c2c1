"""Bytes from a file → text, or a one-line reason why the file cannot be read.

How the encoding is chosen, in order:
1. a byte-order mark: UTF-8, UTF-16 or UTF-32, big- or little-endian;
2. a known binary signature (PDF, ZIP/DOCX, images) → not text;
3. UTF-16 without a mark, recognised by its NUL bytes on every other position (ASCII text),
   an odd last byte left out; any other NUL byte → not text;
4. valid UTF-8;
5. UTF-8 cut off mid-character at the very end (a truncated download) → the complete part;
6. "mostly UTF-8": valid multi-byte sequences outnumber the stray high bytes, as when a
   Windows-1252 fragment was pasted into a UTF-8 file → UTF-8, each stray byte read as
   Windows-1252;
7. otherwise Windows-1252 (a superset of Latin-1 for text; its five undefined bytes are read
   as Latin-1).
The result must then read as text: control characters are rare in prose, so a high share of
them means a binary file; the odd stray one (form feed, DOS end-of-file mark) is dropped.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

BINARY_CONTROL_SHARE = 0.02  # above this share of control characters a file is not text…
BINARY_CONTROL_MIN = 4  # …once there are a few of them (one stray byte in a short note is not binary)
UTF16_NUL_SHARE = 0.4  # NULs on alternate positions in UTF-16 text of mostly ASCII letters

_BOMS = [  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_SIGNATURES = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
]
# A complete UTF-8 sequence of two to four bytes.
_UTF8_MULTIBYTE = (
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_UTF8_PIECES = re.compile(rb"(?P<ascii>[\x00-\x7f]+)|(?P<utf8>" + _UTF8_MULTIBYTE + rb")|(?P<stray>[\x80-\xff])")
# Windows-1252 for 0x80–0x9F; its five undefined bytes stay as Latin-1 control characters.
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_CP1252_HIGH = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in _CP1252_UNDEFINED}
_CP1252_TABLE = str.maketrans({chr(b): char for b, char in _CP1252_HIGH.items()})
_KEPT_CONTROLS = {"\n", "\t"}


class UnreadableFile(ValueError):
    """The file is not text newsdesk can import; str(error) is the one-line reason."""


def decode_text(data: bytes, max_bytes: int | None = None) -> str:
    """The text of a file's bytes, newlines as "\\n"; UnreadableFile with a reason if it is not text."""
    if max_bytes is not None and len(data) > max_bytes:
        raise UnreadableFile(f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data:
        raise UnreadableFile("file is empty")
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = _without_stray_controls(text)
    if not text.strip():
        raise UnreadableFile("file is empty or only whitespace")
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                name = encoding.upper()
                raise UnreadableFile(f"file starts with a {name} byte-order mark but is not valid {name}") from None
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise UnreadableFile(f"file is {kind}, not text")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise UnreadableFile("file contains NUL bytes: binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            return _truncated_utf8(data, error.start)
    return _mixed_or_cp1252(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly Latin letters has a NUL in every other byte; None if data is not that.
    An odd byte at the end (a file cut short, as a download can be) is left out."""
    data = data[: len(data) - len(data) % 2]
    sample = data[:4096]
    if len(sample) < 4:
        return None
    half = len(sample) / 2
    even_nuls, odd_nuls = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd_nuls >= UTF16_NUL_SHARE and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls >= UTF16_NUL_SHARE and odd_nuls < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _truncated_utf8(data: bytes, cut: int) -> str:
    """UTF-8 cut off inside its last character: keep what is complete."""
    try:
        return data[:cut].decode("utf-8")
    except UnicodeDecodeError:
        return _mixed_or_cp1252(data)


def _mixed_or_cp1252(data: bytes) -> str:
    """Invalid UTF-8: mostly UTF-8 with stray Windows-1252 bytes, or Windows-1252 throughout."""
    pieces = list(_UTF8_PIECES.finditer(data))
    valid = sum(1 for p in pieces if p.lastgroup == "utf8")
    stray = sum(1 for p in pieces if p.lastgroup == "stray")
    if valid == 0 or stray > valid:
        return data.decode("latin-1").translate(_CP1252_TABLE)
    return "".join(
        p.group().decode("latin-1").translate(_CP1252_TABLE) if p.lastgroup == "stray" else p.group().decode("utf-8")
        for p in pieces
    )


def _without_stray_controls(text: str) -> str:
    """Reject text that is full of control characters; drop the odd stray one."""
    controls = sum(1 for c in text if c not in _KEPT_CONTROLS and unicodedata.category(c) == "Cc")
    if controls >= BINARY_CONTROL_MIN and controls > BINARY_CONTROL_SHARE * len(text):
        share = round(100 * controls / len(text))
        raise UnreadableFile(f"file looks binary: {share}% of its characters are control characters")
    if not controls:
        return text
    return "".join(c for c in text if c in _KEPT_CONTROLS or unicodedata.category(c) != "Cc")


# A saved page's size in HTML elements decides how it is read. trafilatura's fallback extractors
# (justext above all) take time that grows with the square of a long run of short blocks, such as
# the cells of a big table: 1,000 rows took 7.5 s, 2,000 rows 25 s, 4,000 rows 87 s. Above
# FULL_EXTRACTION_ELEMENTS only its main extractor runs (linear, about 65 µs an element: a 50,000-row
# table in about 16 s); above MAX_HTML_ELEMENTS the page is refused, as too long to read on the
# import worker that everyone's imports wait for. A news page has a few thousand elements.
FULL_EXTRACTION_ELEMENTS = 4_000
MAX_HTML_ELEMENTS = 300_000


def html_to_text(data: bytes | str, max_elements: int = MAX_HTML_ELEMENTS) -> str:
    """A saved web page → newsdesk's page text: the title, then the article's paragraphs, one a line.

    trafilatura finds the article and leaves out scripts, menus, comments, tables and footers.
    The author and date the page's markup declares come as a byline and a date line under the
    title, where the cleaning stage expects them; dates are taken from markup only, never
    guessed from the text. Time grows linearly with the page; a page of more than max_elements
    HTML elements is refused (UnreadableFile).
    """
    import trafilatura  # heavy; only saved web pages need it

    html = decode_text(data) if isinstance(data, bytes) else data
    tree = trafilatura.load_html(html)
    elements = sum(1 for _ in tree.iter()) if tree is not None else 0
    if elements > max_elements:
        raise UnreadableFile(
            f"the web page has {elements:,} HTML elements, over the {max_elements:,}-element limit "
            "(reading it would hold up every other import): save the article on its own, or paste its text "
            "into a .txt file"
        )
    document = trafilatura.bare_extraction(
        tree if tree is not None else html,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        fast=elements > FULL_EXTRACTION_ELEMENTS,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body_lines = [line.strip() for line in (document.text if document else "").split("\n") if line.strip()]
    if not body_lines:
        raise UnreadableFile("no article text found in the web page")
    title = (document.title or "").strip()
    if title and body_lines[0] == title:
        body_lines = body_lines[1:]
    header = [title] if title else []
    if document.author:
        header.append("By " + document.author.replace(";", ","))  # trafilatura joins authors with ";"
    if document.date:
        header.append(document.date)
    return "\n\n".join(header + body_lines) + "\n"
