"""Bytes to text: BOMs, UTF-8, legacy encodings, binary and undecodable input."""

from __future__ import annotations

import codecs
import random

import pytest

from newsprism.errors import BadInputError
from newsprism.extract import declared_charset, decode_bytes, is_binary

FRENCH = "Le café de la gare a rouvert. « Déjà vu », dit-il — naïveté et œuvre à 5 €. Les élèves étaient là."
RUSSIAN = "Президент России заявил во вторник, что переговоры продолжатся на следующей неделе в Москве."
JAPANESE = "東京都は月曜日、新しい交通計画を発表した。市民の反応はさまざまだ。"


def test_utf8_is_decoded_as_is() -> None:
    assert decode_bytes(FRENCH.encode("utf-8"), "a.txt") == FRENCH


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_marks_are_honoured_and_removed(bom: bytes, encoding: str) -> None:
    assert decode_bytes(bom + RUSSIAN.encode(encoding), "a.txt") == RUSSIAN


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "cp1252"),
        ("Café déjà vu", "cp1252"),
        ("Não há informações sobre a eleição, disse o ministro em São Paulo.", "cp1252"),
        ("Größere Städte müssen mehr für den öffentlichen Verkehr tun.", "latin-1"),
        (RUSSIAN, "cp1251"),
        ("Привет, мир", "cp1251"),
        (RUSSIAN, "koi8_r"),
        ("Zażółć gęślą jaźń, powiedział prezydent Polski w poniedziałek.", "cp1250"),
        ("Cumhurbaşkanı salı günü müzakerelerin devam edeceğini söyledi.", "cp1254"),
        (JAPANESE, "shift_jis"),
        ("北京市政府周一宣布了新的交通计划，市民反应不一。", "gb18030"),
    ],
)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "legacy.txt") == text


def test_declared_encoding_is_tried_after_utf8() -> None:
    data = "Ёлка".encode("cp1251")
    assert decode_bytes(data, "a.html", declared="windows-1251") == "Ёлка"


def test_latin1_label_means_windows_1252() -> None:
    # "€" and "œ" exist in windows-1252 only; pages labelled ISO-8859-1 use them anyway.
    assert decode_bytes("5 € pour l'œuvre".encode("cp1252"), "a.html", declared="ISO-8859-1") == "5 € pour l'œuvre"


def test_unknown_declared_encoding_is_ignored() -> None:
    assert decode_bytes(FRENCH.encode("cp1252"), "a.html", declared="x-no-such-charset") == FRENCH


def test_utf8_with_a_few_damaged_bytes_stays_utf8() -> None:
    data = "Le café était fermé, et le thé aussi.".encode() + b"\xff" + " Déjà vu à Noël, où ça ?".encode()
    text = decode_bytes(data, "a.txt")
    assert text.startswith("Le café était fermé")
    assert "\ufffd" in text
    assert text.endswith("Déjà vu à Noël, où ça ?")


def test_undecodable_bytes_are_refused_with_e004() -> None:
    rng = random.Random(3)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(400))
    with pytest.raises(BadInputError, match=r"^\[E004\] junk\.txt: could not decode"):
        decode_bytes(data, "junk.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"some text\x00with a NUL byte in it",
        bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"mostly control characters",
    ],
)
def test_binary_data_is_refused_with_e003(data: bytes) -> None:
    assert is_binary(data)
    with pytest.raises(BadInputError, match=r"^\[E003\] blob\.txt: looks like a binary file"):
        decode_bytes(data, "blob.txt")


def test_text_with_tabs_form_feeds_and_escapes_is_not_binary() -> None:
    assert not is_binary(b"col1\tcol2\r\n\x0cpage two\r\n")
    assert not is_binary(b"\x1b$BABC")  # ISO-2022-JP escape


def test_declared_charset_reads_meta_and_xml_declarations() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1251">') == "windows-1251"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">') == "shift_jis"
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss/>') == "iso-8859-1"
    assert declared_charset(b"<html><body>no declaration</body></html>") is None
