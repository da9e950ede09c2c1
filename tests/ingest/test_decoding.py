"""Bytes → text: each encoding read right, non-text files refused with a one-line reason."""

import codecs
from pathlib import Path

import pytest

from articles.ingest.cleaning import clean_page
from articles.ingest.decoding import UnreadableFile, decode_text, html_to_text
from articles.ingest.metadata import read_metadata

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"
TEXT = "Minister’s “plan” costs £5m – café owners say\nSecond line: 10% more.\n"


# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16"),  # Python writes the platform's BOM
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        TEXT.encode("utf-16-le"),  # no BOM: told by the NULs on every other byte
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16",
        "utf-32-le-bom",
        "utf-16-le",
        "utf-16-be",
        "cp1252",
    ],
)
def test_each_encoding_decodes_to_the_same_text(data):
    assert decode_text(data) == TEXT


def test_cp1252_quotes_and_pound_sign():
    assert decode_text(b"\x93Quoted\x94 for \xa35 \x96 caf\xe9") == "“Quoted” for £5 – café"


def test_latin1_bytes_read_as_windows_1252():
    assert decode_text(b"Espa\xf1a \xbfqu\xe9?") == "España ¿qué?"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_cut_to_an_odd_length_is_still_text(encoding):
    data = TEXT.encode(encoding)[:-1]  # a byte short: the last character is half there
    assert len(data) % 2 == 1
    assert decode_text(data) == TEXT.rstrip("\n")


def test_truncated_utf8_keeps_the_complete_text():
    data = "He said “no”".encode()[:-2]  # cut inside the closing quote mark
    assert decode_text(data) == "He said “no"


def test_mostly_utf8_with_a_stray_windows_1252_byte():
    data = "Café “menu” – ".encode() + b"\x93pasted\x94 \xa35"
    assert decode_text(data) == "Café “menu” – “pasted” £5"


def test_newlines_are_normalised():
    assert decode_text(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


def test_a_stray_control_character_is_dropped():
    assert decode_text(b"Page one.\x0cPage two.\x1a") == "Page one.\nPage two."


# --- refused files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b" \n\t\r\n ", "file is empty or only whitespace"),
        (codecs.BOM_UTF8 + b"  \n", "file is empty or only whitespace"),
        (b"GIF89a\x01\x00\x01\x00\x00\xff\xff", "file is a GIF image, not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "file is a PDF document, not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "file is a ZIP archive (or a Word/OpenDocument file), not text"),
        (b"text\x00with\x00\x00some NULs\x00\x01\x02", "file contains NUL bytes: binary, not text"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "file starts with a UTF-16-LE byte-order mark but is not valid UTF-16-LE"),
    ],
)
def test_unreadable_files_have_a_one_line_reason(data, reason):
    with pytest.raises(UnreadableFile) as error:
        decode_text(data)
    assert str(error.value) == reason


def test_control_characters_mean_binary():
    with pytest.raises(UnreadableFile, match=r"^file looks binary: \d+% of its characters are control characters$"):
        decode_text(bytes(range(1, 32)) * 20 + b"some text")


def test_size_limit():
    decode_text(b"x" * 100, max_bytes=100)
    with pytest.raises(UnreadableFile) as error:
        decode_text(b"x" * 101, max_bytes=100)
    assert str(error.value) == "file is 101 bytes, over the 100-byte limit"
    assert "\n" not in str(error.value)


# --- saved web pages -----------------------------------------------------------------------------


def test_html_to_text_keeps_title_and_paragraphs_only():
    text = html_to_text((PAGES / "saved_page.html").read_bytes())
    lines = [line for line in text.split("\n") if line]
    assert lines[0] == "Harbour bridge to close for repairs"
    assert "The harbour bridge will close for six weeks" in text
    assert "“We know this will be hard for people who cross it every day,” said Ann Lee" in text
    assert lines[-1].startswith("Ferries will add extra sailings")
    for noise in ("this script text must not appear", "font-family", "Sport", "Copyright", "Storm warning"):
        assert noise not in text


def test_html_to_text_feeds_the_cleaning_and_metadata_stages():
    page = clean_page(html_to_text((PAGES / "saved_page.html").read_text(encoding="utf-8")))
    meta = read_metadata(page)
    assert meta.title == "Harbour bridge to close for repairs"
    assert meta.authors == ["Ann Lee"]
    assert meta.published.iso() == "2023-05-02"
    assert page.body.startswith("The harbour bridge will close")
    assert len(page.body.split("\n\n")) == 3


def test_html_without_text_is_unreadable():
    with pytest.raises(UnreadableFile, match="no article text"):
        html_to_text("<html><head><script>var a = 1;</script></head><body></body></html>")


def test_html_of_menus_only_gives_no_story():
    text = html_to_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert clean_page(text).body == ""


def table_page(rows: int) -> str:
    """The saved page with a data table of `rows` rows after its story."""
    html = (PAGES / "saved_page.html").read_text(encoding="utf-8")
    cells = "".join(f"<tr><td>Stop {n}</td><td>{n % 60:02d} min</td><td>Ferry {n % 7}</td></tr>" for n in range(rows))
    return html.replace("</body>", f"<table><tbody>{cells}</tbody></table></body>")


def test_a_page_with_a_big_table_still_gives_its_story_without_the_table():
    text = html_to_text(table_page(3000))  # 12,000 elements: past FULL_EXTRACTION_ELEMENTS
    assert "The harbour bridge will close for six weeks" in text
    assert "Ferry 3" not in text and "Stop 2999" not in text


def test_big_pages_skip_the_fallback_extractors_whose_time_grows_with_the_square(monkeypatch):
    import trafilatura

    seen = []
    real = trafilatura.bare_extraction
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **kw: seen.append(kw["fast"]) or real(*a, **kw))
    html_to_text(table_page(10))
    html_to_text(table_page(2000))
    assert seen == [False, True]  # a news page keeps every extractor; the big table only the linear one


def test_a_page_with_too_many_elements_is_refused_before_it_is_read():
    with pytest.raises(UnreadableFile) as refused:
        html_to_text(table_page(1000), max_elements=3000)
    message = str(refused.value)
    assert message.startswith("the web page has 4,0") and "over the 3,000-element limit" in message
    assert "\n" not in message
