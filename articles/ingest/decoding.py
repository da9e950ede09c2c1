"""Bytes from a file → text, or a one-line reason why the file cannot be read."""

from __future__ import annotations

import codecs


class UnreadableFile(ValueError):
    """The file is not text newsdesk can import; str(error) is the one-line reason."""


def decode_text(data: bytes, max_bytes: int | None = None) -> str:
    if max_bytes is not None and len(data) > max_bytes:
        raise UnreadableFile(f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data:
            raise UnreadableFile("file contains NUL bytes: binary, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableFile("file is empty or only whitespace")
    return text
