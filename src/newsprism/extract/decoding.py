"""Raw bytes to text: byte-order marks, UTF-8 first, then legacy encodings.

Binary files (images, PDFs, archives) are refused before any decoding is tried:
they carry NUL bytes or many control characters, which text never does.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import CharsetMatch, from_bytes

from newsprism.errors import BadInputError, Errors

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Signatures of common binary formats whose first bytes may look like text.
_MAGIC: tuple[bytes, ...] = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\x7fELF",
    b"SQLite format 3\x00",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
)
#: Bytes read to decide whether a file is binary.
_SNIFF_BYTES = 65_536
#: Control bytes other than tab, line feed, form feed, carriage return and escape
#: (ISO-2022 encodings use escape sequences).
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}
#: More than this share of control bytes means binary.
_MAX_CONTROL_RATIO = 0.05
#: A file that is UTF-8 but for a few damaged bytes is decoded as UTF-8 (with U+FFFD)
#: when its valid non-ASCII characters outnumber its invalid sequences this many times.
_DAMAGED_UTF8_RATIO = 10
#: Legacy encodings in common use, most common first. The detector often ranks a rare
#: encoding (mac_latin2, cp1006) level with or above a common one on short texts; a
#: common one within _TOLERANCE of the best is preferred, in this order.
_COMMON = (
    "cp1252",
    "cp1251",
    "cp1250",
    "cp932",
    "shift_jis",
    "gb18030",
    "gbk",
    "gb2312",
    "big5",
    "euc_kr",
    "cp949",
    "cp1253",
    "cp1254",
    "koi8_r",
    "cp1256",
    "cp1255",
    "cp1257",
    "euc_jp",
    "cp874",
    "cp1258",
    "iso8859_15",
)
_TOLERANCE = 0.1
#: Scores this close are equal; the more common encoding wins.
_TIE = 0.01
#: Declared labels that in practice mean windows-1252 (as in the WHATWG encoding standard).
_LATIN1_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def is_binary(data: bytes) -> bool:
    """Whether ``data`` looks like a binary file rather than text.

    Text with a byte-order mark is text (UTF-16 and UTF-32 contain NUL bytes).
    """
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    if data.startswith(_MAGIC):
        return True
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for byte in head if byte in _CONTROL)
    return controls / len(head) > _MAX_CONTROL_RATIO


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML ``<meta charset>`` or XML declaration names, if any."""
    head = data[:4_096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii").strip().lower() if match else None


def _codec(label: str | None) -> str | None:
    """A Python codec name for a declared label, or None when Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _LATIN1_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes, decoded with U+FFFD for them; else None."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if invalid > 0 and valid >= _DAMAGED_UTF8_RATIO * invalid:
        return text
    return None


def _common_codec(match: CharsetMatch) -> str | None:
    names = [name for name in (match.encoding, *match.could_be_from_charset) if name in _COMMON]
    return min(names, key=_COMMON.index) if names else None


def _detect(data: bytes) -> str | None:
    """Decode legacy-encoded bytes with charset-normalizer; None when nothing fits."""
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    common = [
        (codec, match)
        for match in results
        if (codec := _common_codec(match))
        and match.chaos <= best.chaos + _TOLERANCE
        and match.coherence >= best.coherence - _TOLERANCE
    ]
    if common:
        _, top = min(common, key=lambda pair: (pair[1].chaos, -pair[1].coherence))
        tied = [
            (codec, match)
            for codec, match in common
            if match.chaos <= top.chaos + _TIE and match.coherence >= top.coherence - _TIE
        ]
        codec, match = min(tied, key=lambda pair: _COMMON.index(pair[0]))
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            return str(match)
    return str(best)


def decode_bytes(data: bytes, where: str, declared: str | None = None) -> str:
    """Decode a file's or response's bytes to text.

    Order: byte-order mark; strict UTF-8; the ``declared`` encoding (HTTP header or
    ``<meta charset>``); UTF-8 with a few damaged bytes; detected legacy encodings
    (windows-1252, windows-1251, Shift-JIS, ...).

    Args:
        data: The raw bytes.
        where: File, URL or line named in error messages.
        declared: An encoding the input declares, tried after UTF-8.

    Returns:
        The text, without byte-order mark.

    Raises:
        BadInputError: E003 for binary data, E004 when no encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise BadInputError(Errors.E004.format(where=where)) from exc
    if is_binary(data):
        raise BadInputError(Errors.E003.format(where=where))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _codec(declared)
    if codec and codec not in ("utf-8", "utf_8"):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            if codec == "cp1252":
                return data.decode("latin-1")
    text = _damaged_utf8(data) or _detect(data)
    if text is None:
        raise BadInputError(Errors.E004.format(where=where))
    return text
