"""A web page's encoding: BOM, HTTP header, ``<meta>``, else UTF-8; lying or dangerous labels never garble text."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.sources.charset import choose_encoding, codec_for, declared_charset, decode_html

PAGE = "<html><head>{meta}<title>Café</title></head><body><p>Crème brûlée – “déjà vu”</p></body></html>"


def page(meta: str = "") -> str:
    return PAGE.format(meta=meta)


def test_utf8_without_any_declaration() -> None:
    text, replaced = decode_html(page().encode("utf-8"))
    assert "Crème brûlée – “déjà vu”" in text
    assert replaced == 0


def test_byte_order_marks_win_over_everything() -> None:
    body = page('<meta charset="windows-1252">')
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ):
        text, replaced = decode_html(bom + body.encode(codec), header_charset="iso-8859-2")
        assert text == body, codec
        assert replaced == 0


def test_http_header_charset() -> None:
    data = page().encode("cp1252")
    text, replaced = decode_html(data, header_charset="windows-1252")
    assert "Crème brûlée – “déjà vu”" in text and replaced == 0


def test_header_beats_meta() -> None:
    data = page('<meta charset="koi8-r">').encode("cp1252")
    assert decode_html(data, header_charset="windows-1252")[0] == page('<meta charset="koi8-r">')


def test_meta_charset_and_http_equiv() -> None:
    for meta in (
        '<meta charset="windows-1252">',
        "<meta charset=windows-1252>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        "<META CONTENT='text/html; charset=Windows-1252' HTTP-EQUIV='content-type'>",
    ):
        text, replaced = decode_html(page(meta).encode("cp1252"))
        assert "Crème brûlée – “déjà vu”" in text, meta
        assert replaced == 0


def test_latin1_label_means_windows_1252() -> None:
    data = page('<meta charset="iso-8859-1">').encode("cp1252")  # “ ” – are not in Latin-1 proper
    assert "“déjà vu”" in decode_html(data)[0]


def test_meta_inside_a_comment_is_ignored() -> None:
    data = page('<!-- <meta charset="koi8-r"> -->').encode("utf-8")
    assert "Crème" in decode_html(data)[0]


def test_xml_declaration_for_xhtml() -> None:
    data = ('<?xml version="1.0" encoding="ISO-8859-15"?>' + page()).encode("iso8859-15", errors="replace")
    assert choose_encoding(data)[0] == codecs.lookup("iso8859-15").name


def test_meta_claiming_utf16_in_an_ascii_document_is_utf8() -> None:
    data = page('<meta charset="utf-16">').encode("utf-8")
    text, replaced = decode_html(data)
    assert "Crème brûlée" in text and replaced == 0
    assert decode_html(data, header_charset="utf-16")[0] == text


def test_unknown_and_dangerous_labels_fall_back_to_utf8() -> None:
    for label in ("x-no-such-charset", "rot13", "base64", "utf-7", "unicode_escape", "hz-gb-2312", "zlib", "a" * 500):
        data = page(f'<meta charset="{label}">').encode("utf-8")
        text, replaced = decode_html(data)
        assert "Crème brûlée – “déjà vu”" in text, label
        assert replaced == 0
        assert codec_for(label) is None


def test_legacy_label_over_valid_utf8_is_overruled() -> None:
    """A server's default ``charset=iso-8859-1`` (or a stale meta) over a UTF-8 page does not make mojibake."""
    data = page('<meta charset="shift_jis">').encode("utf-8")
    assert "Crème brûlée – “déjà vu”" in decode_html(data)[0]
    assert "Crème" in decode_html(page().encode("utf-8"), header_charset="ISO-8859-1")[0]


def test_lying_utf8_declaration_replaces_and_counts() -> None:
    data = page('<meta charset="utf-8">').encode("cp1252")
    text, replaced = decode_html(data)
    assert "\ufffd" in text
    assert replaced == text.count("\ufffd") > 0


def test_genuine_replacement_characters_are_not_counted() -> None:
    text, replaced = decode_html(page().replace("Café", "Caf\ufffd").encode("utf-8"))
    assert "\ufffd" in text and replaced == 0


def test_declared_charset_reads_only_the_start() -> None:
    assert declared_charset(b" " * 5000 + b'<meta charset="koi8-r">') == ""
    assert declared_charset(b'<meta name="x" content="y"><meta charset="koi8-r">') == "koi8-r"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.text(max_size=30), st.sampled_from(["", "utf-16", "koi8-r", "nonsense", "utf-8"]))
def test_never_raises(data: bytes, label: str, header: str) -> None:
    meta = f'<meta charset="{label}">'.encode("utf-8", errors="replace")
    for blob in (data, meta + data, data + meta):
        text, replaced = decode_html(blob, header_charset=header)
        assert isinstance(text, str)
        assert 0 <= replaced <= len(text)
