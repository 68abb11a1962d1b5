"""Numbers written in news text, in the conventions of many languages.

Handles thousands separators (``1,500``, ``1.500``, ``130 000`` with plain,
no-break or thin spaces), decimal points and commas (``3.2``, ``1,5``), scale
words (``1,5 million``, ``2 Milliarden``, ``3 bn``) and percentages. Dates and
times are not numbers here: ``12.03.2022`` and ``10:30`` are skipped, and bare
years (``2022``) are marked as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Languages that write a decimal comma (``3,2``) and group thousands with dots or spaces.
DECIMAL_COMMA_LANGUAGES = frozenset({"de", "fr", "es", "it", "nl", "pt", "pl", "ru", "tr", "ar"})

#: A run of digits and separators; bounded so a hostile text cannot make one run costly.
_RUN = re.compile(r"\d(?:[\d.,'\u2019\u00a0\u202f ]{0,40}\d)?")
_SPACES = " \u00a0\u202f"
_MAX_TEXT = 20_000

#: Scale words after a number (lower case, ASCII-folded where that is how they are written).
_SCALES: dict[str, float] = {}
for _words, _factor in (
    (
        (
            "thousand",
            "thousands",
            "tausend",
            "mille",
            "mil",
            "mila",
            "duizend",
            "mil.",
            "tys",
            "tys.",
            "тыс",
            "тысяч",
            "тысячи",
            "bin",
            "k",
            "ألف",
            "الف",
            "آلاف",
            "ألفا",
        ),
        1e3,
    ),
    (
        (
            "million",
            "millions",
            "millionen",
            "mio",
            "mio.",
            "millón",
            "millones",
            "milione",
            "milioni",
            "miljoen",
            "milhão",
            "milhões",
            "milion",
            "miliony",
            "milionów",
            "млн",
            "миллион",
            "миллиона",
            "миллионов",
            "milyon",
            "مليون",
            "ملايين",
            "مليونا",
            "m",
            "mn",
        ),
        1e6,
    ),
    (
        (
            "billion",
            "billions",
            "milliard",
            "milliards",
            "milliarde",
            "milliarden",
            "mrd",
            "mrd.",
            "miliardo",
            "miliardi",
            "miljard",
            "bilhão",
            "bilhões",
            "miliard",
            "miliardy",
            "млрд",
            "миллиард",
            "миллиарда",
            "миллиардов",
            "milyar",
            "مليار",
            "مليارات",
            "مليارا",
            "bn",
            "b",
        ),
        1e9,
    ),
):
    for _word in _words:
        _SCALES[_word] = _factor
_PERCENT_WORDS = frozenset(
    {
        "percent",
        "per",
        "prozent",
        "pour",
        "por",
        "per cento",
        "procent",
        "процент",
        "процента",
        "процентов",
        "yüzde",
        "pct",
        "pct.",
    }
)
_WORD_AFTER = re.compile(r"[ \u00a0\u202f]?([^\W\d_]{1,12}\.?)", re.UNICODE)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in a text.

    Attributes:
        value: The quantity, scale words applied (``1,5 million`` -> 1500000.0).
        text: The number as written, scale word or percent sign included.
        start: Offset of the first character in the text searched.
        end: Offset after the last character.
        unit: ``%`` for percentages, else empty.
        is_year: A bare four-digit integer between 1800 and 2100 (probably a year).
    """

    value: float
    text: str
    start: int
    end: int
    unit: str = ""
    is_year: bool = False

    def key(self) -> str:
        """A normalised form: equal for the same quantity however it was written."""
        return f"{self.value:.6g}{self.unit}"


def _valid_grouping(groups: list[str]) -> bool:
    """``1 500 000``: a first group of 1-3 digits, then groups of exactly 3."""
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _parse_plain(run: str, decimal_comma: bool) -> float | None:
    """Value of a run with only digits, dots and commas (and apostrophes as thousands marks)."""
    run = run.replace("'", "").replace("\u2019", "")
    has_dot, has_comma = "." in run, "," in run
    if has_dot and has_comma:
        decimal = "." if run.rfind(".") > run.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        whole, _, fraction = run.rpartition(decimal)
        groups = whole.split(thousands)
        if not _valid_grouping(groups) or thousands in fraction:
            return None
        return float("".join(groups) + "." + fraction)
    separator = "." if has_dot else "," if has_comma else ""
    if not separator:
        return float(run)
    groups = run.split(separator)
    if len(groups) > 2:
        return float("".join(groups)) if _valid_grouping(groups) else None
    whole, fraction = groups
    if len(fraction) == 3 and _valid_grouping(groups) and not whole.startswith("0"):
        # ``1.500`` / ``1,500``: the language decides which separator groups thousands.
        is_decimal = (separator == ",") == decimal_comma
        return float(whole + "." + fraction) if is_decimal else float(whole + fraction)
    return float(whole + "." + fraction)


def _pieces(run: str) -> list[tuple[int, str]]:
    """Split a run at spaces unless the spaces group thousands; returns (offset, piece as written) pairs."""
    if not any(ch in _SPACES for ch in run):
        return [(0, run)]
    parts = re.split(r"[ \u00a0\u202f]", run)
    head = parts[:-1]
    last_whole = re.split(r"[.,]", parts[-1], maxsplit=1)[0]
    if all(p.isdigit() for p in head) and last_whole.isdigit() and _valid_grouping([*head, last_whole]):
        return [(0, run)]
    pieces: list[tuple[int, str]] = []
    offset = 0
    for part in parts:
        if part:
            pieces.append((offset, part))
        offset += len(part) + 1
    return pieces


def _scale_after(text: str, end: int) -> tuple[float, str, int]:
    """A scale word or percent mark right after a number: (factor, unit, new end)."""
    if end < len(text) and text[end] == "%":
        return 1.0, "%", end + 1
    if end + 1 < len(text) and text[end] in _SPACES and text[end + 1] == "%":
        return 1.0, "%", end + 2
    match = _WORD_AFTER.match(text, end)
    if not match:
        return 1.0, "", end
    word = match.group(1).lower()
    if word in _PERCENT_WORDS or word.rstrip(".") in _PERCENT_WORDS:
        if word in {"per", "pour", "por"}:
            follow = _WORD_AFTER.match(text, match.end())
            if not follow or follow.group(1).lower().rstrip(".") not in {"cent", "ciento"}:
                return 1.0, "", end
            return 1.0, "%", follow.end()
        return 1.0, "%", match.end()
    factor = _SCALES.get(word) or _SCALES.get(word.rstrip("."))
    if factor is None:
        return 1.0, "", end
    # One-letter scales (``3m``, ``5bn``) only when glued to the number, not as a following word.
    if len(word.rstrip(".")) <= 2 and match.start(1) != end:
        return 1.0, "", end
    return factor, "", match.end()


def find_numbers(text: str, language: str = "und") -> list[NumberMention]:
    """Find the numbers in ``text`` (at most the first 20,000 characters are read).

    Args:
        text: A sentence or any text.
        language: ISO 639-1 code; decides whether ``1.500`` is 1500 or 1.5.

    Returns:
        The numbers in order of appearance; dates like ``12.03.2022`` and times
        like ``10:30`` are left out.
    """
    text = text[:_MAX_TEXT]
    decimal_comma = language in DECIMAL_COMMA_LANGUAGES
    found: list[NumberMention] = []
    for match in _RUN.finditer(text):
        start, run = match.start(), match.group(0)
        before = text[start - 1] if start > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        # Times, ratios, scores, identifiers and words with digits are not quantities.
        if before and before in ":/-" and start > 1 and text[start - 2].isdigit():
            continue
        if after and (after in ":/" or (after.isalpha() and after.lower() not in "mkb")):
            continue
        if before.isalpha():
            continue
        for offset, piece in _pieces(run):
            piece_start = start + offset
            piece_end = piece_start + len(piece)
            value = _parse_plain("".join(ch for ch in piece if ch not in _SPACES), decimal_comma)
            if value is None:
                continue
            is_last = piece_end == match.end()
            factor, unit, end = _scale_after(text, piece_end) if is_last else (1.0, "", piece_end)
            is_year = factor == 1.0 and not unit and piece.isdigit() and len(piece) == 4 and 1800 <= value <= 2100
            found.append(NumberMention(value * factor, text[piece_start:end], piece_start, end, unit, is_year))
    return found
