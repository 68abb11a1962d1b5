"""Date patterns of the project's own, for languages Duckling does not parse.

Polish gets a full set (day-month-year with genitive months, weekdays with
"w zeszły"/"w przyszły", "wczoraj", "trzy dni temu", "w ubiegłym tygodniu", months,
years); every language gets ISO (``2022-03-01``) and day.month.year dates.
Each pattern is a flat alternation with bounded repeats, scanned once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from newsprism.analyze import date_words
from newsprism.analyze.dates import (
    day_range,
    month_range,
    most_recent_weekday,
    nearest_year,
    nth_weekday,
    resolve_weekday_date,
    weighted_distance,
)

__all__ = ["BARE_YEAR", "bare_year_candidates", "rule_candidates"]

Handler = Callable[[re.Match[str], date], str | None]

_PL_MONTH_STEMS: tuple[tuple[str, int], ...] = (
    ("stycz", 1),
    ("lut", 2),
    ("mar", 3),
    ("kwie", 4),
    ("maj", 5),
    ("czerw", 6),
    ("lip", 7),
    ("sierp", 8),
    ("wrze", 9),
    ("paźdz", 10),
    ("pazdz", 10),
    ("listopad", 11),
    ("grud", 12),
)
#: Words that put a Polish weekday in another week ("w najbliższą niedzielę", "w zeszły piątek").
_PL_MODIFIER = r"najbliższ\w{0,3}|przyszł\w{0,3}|ubiegł\w{0,3}|zeszł\w{0,3}|ostatni\w{0,3}|ten|tę"
_PL_MONTH = (
    r"stycz(?:e[ńn]|nia|niu)|lut(?:y|ego|ym)|mar(?:zec|ca|cu)|kwie(?:cie[ńn]|tnia|tniu)|maja|maju|maj|"
    r"czerw(?:iec|ca|cu)|lip(?:iec|ca|cu)|sierp(?:ie[ńn]|nia|niu)|wrze(?:sie[ńn]|[śs]nia|[śs]niu)|"
    r"pa[źz]dziernik(?:a|u)?|listopad(?:a|zie)?|grud(?:zie[ńn]|nia|niu)"
)
_PL_WEEKDAY = "|".join(f"(?:{name})" for name in date_words.WEEKDAYS["pl"])
_PL_NUMBERS: dict[str, int] = {
    "jeden": 1,
    "jeden dzień": 1,
    "dwa": 2,
    "dwie": 2,
    "dwóch": 2,
    "dwoch": 2,
    "trzy": 3,
    "trzech": 3,
    "cztery": 4,
    "czterech": 4,
    "pięć": 5,
    "pięciu": 5,
    "sześć": 6,
    "sześciu": 6,
    "siedem": 7,
    "siedmiu": 7,
    "osiem": 8,
    "ośmiu": 8,
    "dziewięć": 9,
    "dziesięć": 10,
    "jedenaście": 11,
    "dwanaście": 12,
    "piętnaście": 15,
    "dwadzieścia": 20,
    "trzydzieści": 30,
    "czterdzieści": 40,
    "pięćdziesiąt": 50,
    "sto": 100,
}
#: Polish ordinal days in the genitive, as dates write them in words ("od pierwszego stycznia", "dwudziestego
#: trzeciego marca"): units and teens, then the tens that a unit may follow.
_PL_ORDINAL_UNITS = [
    "pierwszego",
    "drugiego",
    "trzeciego",
    "czwartego",
    "piątego",
    "szóstego",
    "siódmego",
    "ósmego",
    "dziewiątego",
    "dziesiątego",
    "jedenastego",
    "dwunastego",
    "trzynastego",
    "czternastego",
    "piętnastego",
    "szesnastego",
    "siedemnastego",
    "osiemnastego",
    "dziewiętnastego",
]


def _pl_ordinal_days() -> dict[str, int]:
    """Each ordinal day of a month in words, 1 to 31: the units and teens, 20 and 30, 21 to 29 and 31."""
    days = {word: index + 1 for index, word in enumerate(_PL_ORDINAL_UNITS)}
    for tens, value, units in (("dwudziestego", 20, 9), ("trzydziestego", 30, 1)):
        days[tens] = value
        for unit in _PL_ORDINAL_UNITS[:units]:
            days[f"{tens} {unit}"] = value + days[unit]
    return days


_PL_ORDINAL_DAYS = _pl_ordinal_days()
_PL_ORDINAL_DAY = "|".join(sorted((w.replace(" ", r"\s{1,3}") for w in _PL_ORDINAL_DAYS), key=len, reverse=True))
#: Units in the plural, which a count must come with ("lat temu" after a number word not listed names no year).
_PL_PLURAL_UNITS = frozenset(["dni", "tygodnie", "tygodni", "miesiące", "miesięcy", "lata", "lat"])
_PL_RELATIVE_DAYS = {"przedwczoraj": -2, "wczoraj": -1, "dziś": 0, "dzis": 0, "dzisiaj": 0, "jutro": 1, "pojutrze": 2}
_PAST = re.compile(r"zesz|ubieg|ub\.|ostatn|poprzedn|minion", re.IGNORECASE)
_NEXT = re.compile(r"przysz|najbli|kolejn|nast", re.IGNORECASE)


def _pl_month_number(word: str) -> int | None:
    lowered = word.lower()
    for stem, number in _PL_MONTH_STEMS:
        if lowered.startswith(stem):
            return number
    return None


def _iso(match: re.Match[str], reference: date) -> str | None:
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None


def _pl_year_shift(match: re.Match[str]) -> int | None:
    """How many years from the reference year a month's "ubiegłego roku" or "ub.r." puts it; None without one."""
    if match["rel"]:
        return _PL_YEAR_SHIFTS[match["rel"].lower()]
    if match["abbr"]:
        return -1 if match["abbr"].lower().startswith("u") else 0  # "ub.r." (last year), "br." (this year)
    return None


def _pl_day_month(match: re.Match[str], reference: date) -> str | None:
    month = _pl_month_number(match["month"])
    day = int(match["d"]) if match["d"] else _PL_ORDINAL_DAYS[" ".join(match["dw"].lower().split())]
    if month is None:
        return None
    shift = _pl_year_shift(match)
    if match["y"] or shift is not None:
        year = int(match["y"]) if match["y"] else reference.year + (shift or 0)
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    weekday = date_words.weekday_in(match.group(0), "pl")
    resolved = resolve_weekday_date(month, day, weekday, reference) if weekday is not None else None
    resolved = resolved or nearest_year(month, day, reference)
    return resolved.isoformat() if resolved else None


def _nearest_month(month: int | None, reference: date) -> str | None:
    """The month in the year that puts its middle nearest the reference date (a future one counting double)."""
    if month is None:
        return None
    middle = nearest_year(month, 15, reference)
    return month_range(middle.year if middle else reference.year, month)


def _pl_month(match: re.Match[str], reference: date) -> str | None:
    month = _pl_month_number(match["month"])
    if month is None:
        return None
    if match["y"]:
        return month_range(int(match["y"]), month)
    shift = _pl_year_shift(match)
    if shift is not None:
        return month_range(reference.year + shift, month)
    return _nearest_month(month, reference)


#: Counts that name no number ("kilka dni temu": a few days ago), so no day.
_PL_VAGUE_COUNTS = frozenset(["kilka", "parę", "kilkanaście", "kilkadziesiąt", "wiele"])
#: The year a Polish "... roku" names, from the reference date's.
_PL_YEAR_SHIFTS = {
    "ubiegłego": -1,
    "zeszłego": -1,
    "poprzedniego": -1,
    "przeszłego": -1,
    "przyszłego": 1,
    "tego": 0,
    "bieżącego": 0,
}


def _pl_relative_day(match: re.Match[str], reference: date) -> str | None:
    shift = _PL_RELATIVE_DAYS.get(match.group(0).lower())
    return None if shift is None else (reference + timedelta(days=shift)).isoformat()


def _pl_ago(match: re.Match[str], reference: date) -> str | None:
    raw = (match["n"] or "").lower()
    if raw in _PL_VAGUE_COUNTS:
        return None  # "kilka dni temu": a few days ago, no day
    unit = match["unit"].lower()
    if not raw and unit in _PL_PLURAL_UNITS:
        return None  # "trzysta lat temu": a count the pattern does not read, not one year ago
    count = int(raw) if raw.isdigit() else _PL_NUMBERS.get(raw, 1)
    if unit.startswith(("dni", "dzie")):
        return (reference - timedelta(days=count)).isoformat()
    if unit.startswith("tydz") or unit.startswith("tygod"):
        return (reference - timedelta(days=7 * count)).isoformat()
    if unit.startswith("miesi"):
        month_index = reference.year * 12 + reference.month - 1 - count
        return month_range(month_index // 12, month_index % 12 + 1)
    year = reference.year - count
    return f"{year}-01-01/{year}-12-31"


def _pl_weekday(match: re.Match[str], reference: date) -> str | None:
    weekday = date_words.weekday_in(match["wd"], "pl")
    if weekday is None:
        return None
    modifier = match["mod"] or ""
    recent = most_recent_weekday(weekday, reference)
    if _PAST.match(modifier):
        return (recent - timedelta(days=7) if recent == reference else recent).isoformat()
    if _NEXT.match(modifier):
        return (recent + timedelta(days=7)).isoformat()
    return recent.isoformat()


def _pl_period(match: re.Match[str], reference: date) -> str | None:
    modifier = match["mod"].lower()
    unit = match["unit"].lower()
    shift = -1 if _PAST.match(modifier) else 1 if _NEXT.match(modifier) else 0
    if unit.startswith("tygod"):
        monday = reference - timedelta(days=reference.weekday()) + timedelta(days=7 * shift)
        return day_range(monday, monday + timedelta(days=6))
    if unit.startswith("miesi"):
        month_index = reference.year * 12 + reference.month - 1 + shift
        return month_range(month_index // 12, month_index % 12 + 1)
    year = reference.year + shift
    return f"{year}-01-01/{year}-12-31"


def _year(match: re.Match[str], reference: date) -> str | None:
    year = int(match["y"])
    return f"{year}-01-01/{year}-12-31"


#: A year standing alone ("after a tough 2019"), not part of a number, amount or percentage.
#: Not before a hyphen and Latin letters: "2019-nCoV" names a virus.
BARE_YEAR = re.compile(r"(?<![\d.,/$€£-])\b(?P<y>19[5-9]\d|20[0-4]\d)\b(?![.,/-]?\d|-[A-Za-z]|\s?%|\s?(?:€|\$|£))")

#: A year before 1950, which :data:`BARE_YEAR` leaves to be a number, named as a year by the word after it ("bitwy
#: warszawskiej 1920 roku", "1945 года", "1923 yılında") or before it ("the year 1920", "l'année 1914", "عام 1948").
OLD_YEAR_NAMED = re.compile(
    r"(?<![\d.,/$€£-])\b(?P<y>1[89]\d\d)[ \t]?(?:roku|r\.|года|году|г\.|yıl\w{0,5}|年)"
    r"|(?:(?<=year )|(?<=année )|(?<=Jahr )|(?<=Jahre )|(?<=año )|(?<=anno )|(?<=yılı )|(?<=عام )|(?<=سنة ))"
    r"(?P<y2>1[89]\d\d)\b(?![.,/-]?\d)",
    re.IGNORECASE,
)

#: Month/year as written on issues and reports ("4/2020", "04.2021").
MONTH_YEAR = re.compile(r"(?<![\d./-])(?P<m>0?[1-9]|1[0-2])[/.](?P<y>(?:19|20)\d\d)(?![\d./-]?\d)")


def _month_year(match: re.Match[str], reference: date) -> str | None:
    return month_range(int(match["y"]), int(match["m"]))


_COMMON: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (BARE_YEAR, _year),
    (MONTH_YEAR, _month_year),
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso),
    (re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)\b"), _iso),
)

#: The year after a Polish day or month, in words ("ubiegłego roku") or abbreviated ("ub.r.": last year; "br.",
#: "b.r.": this year).
_PL_OF_YEAR = (
    r"|\s{1,3}(?P<rel>ubiegłego|zeszłego|poprzedniego|przeszłego|przyszłego|tego|bieżącego)\s{1,3}roku"
    r"|\s{1,3}(?P<abbr>ub\.\s?r(?:oku\b|\.)|ubr\.|br\.|b\.\s?r\.)"
)

#: Polish ordinals of a weekday in its month, by their stems: first to fourth, and the last (-1).
_PL_WEEKDAY_ORDINALS = (("pierwsz", 1), ("drug", 2), ("trzeci", 3), ("czwart", 4), ("ostatni", -1))


def _pl_nth_weekday(match: re.Match[str], reference: date) -> str | None:
    """A weekday counted in its month ("w ostatnią niedzielę w styczniu", "w drugą sobotę czerwca"): that day, in
    the year nearest the reference date (the parser reads no Polish)."""
    weekday = date_words.weekday_in(match["wd"], "pl")
    ordinal = match["ord"].casefold()
    nth = next((n for stem, n in _PL_WEEKDAY_ORDINALS if ordinal.startswith(stem)), None)
    month = _pl_month_number(match["month"])
    if weekday is None or nth is None or month is None:
        return None
    days = [nth_weekday(year, month, nth, weekday) for year in (reference.year - 1, reference.year, reference.year + 1)]
    return min(days, key=lambda day: weighted_distance(day, day, reference)).isoformat()


#: A month's adjective ("Styczniowa uchwała": January's resolution, "w grudniowym raporcie"), in any case.
_PL_MONTH_ADJECTIVE = re.compile(
    r"\b(?P<month>styczni|lut|marc|kwietni|maj|czerwc|lipc|sierpni|wrześni|październik|listopad|grudni)ow"
    r"(?:y|ego|emu|ym|a|ej|ą|e|ych|ymi)\b",
    re.IGNORECASE,
)

_POLISH: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (
        re.compile(
            # "W najbliższą niedzielę, 31 maja", "4 listopada tego roku"
            rf"\b(?:(?:(?:w|we|od|do)\s{{1,3}})?(?:(?:{_PL_MODIFIER})\s{{1,3}})?(?:{_PL_WEEKDAY}),?\s{{1,3}})?"
            rf"(?:(?P<d>[0-3]?\d)\.?|(?P<dw>{_PL_ORDINAL_DAY}))\s{{1,3}}(?P<month>{_PL_MONTH})\b"
            r"(?:\s{1,3}(?P<y>(?:19|20)\d\d)(?:\s{0,2}r(?:oku\b|\.|\b))?"
            rf"{_PL_OF_YEAR})?",
            re.IGNORECASE,
        ),
        _pl_day_month,
    ),
    (
        re.compile(
            rf"\b(?:(?:w|we|od|do|z|ze|na|przed|po|pod koniec|na początku)\s{{1,3}})?(?P<month>{_PL_MONTH})\b"
            r"(?:\s{1,3}(?P<y>(?:19|20)\d\d)(?:\s{0,2}r(?:oku\b|\.|\b))?"
            # "w marcu ubiegłego roku": of the year before; "przyszłego roku": of the next.
            rf"{_PL_OF_YEAR})?",
            re.IGNORECASE,
        ),
        _pl_month,
    ),
    (_PL_MONTH_ADJECTIVE, lambda match, reference: _nearest_month(_pl_month_number(match["month"]), reference)),
    (
        re.compile(
            rf"\b(?:(?:w|we)\s{{1,3}})?(?P<ord>(?:{'|'.join(stem for stem, _ in _PL_WEEKDAY_ORDINALS)})\w{{0,4}})"
            rf"\s{{1,3}}(?P<wd>{_PL_WEEKDAY})\s{{1,3}}(?:(?:w|we)\s{{1,3}})?(?P<month>{_PL_MONTH})\b",
            re.IGNORECASE,
        ),
        _pl_nth_weekday,
    ),
    (re.compile(r"\b(?:przedwczoraj|wczoraj|dzisiaj|dziś|jutro|pojutrze)\b", re.IGNORECASE), _pl_relative_day),
    (
        re.compile(
            r"\b(?:(?P<n>\d{1,3}|jeden|dwa|dwie|dwóch|trzy|trzech|cztery|czterech|pięć|pięciu|sześć|sześciu|siedem|"
            r"siedmiu|osiem|ośmiu|dziewięć|dziesięć|jedenaście|dwanaście|piętnaście|dwadzieścia|trzydzieści|"
            r"czterdzieści|pięćdziesiąt|sto|kilka|parę|kilkanaście|kilkadziesiąt|wiele)\s{1,3})?"
            r"(?P<unit>dni|dzień|tydzień|tygodnie|tygodni|miesiąc|miesiące|miesięcy|rok|lata|lat)\s{1,3}temu\b",
            re.IGNORECASE,
        ),
        _pl_ago,
    ),
    (
        re.compile(
            rf"\b(?:(?:w|we|od|do)\s{{1,3}})?(?:(?P<mod>zeszł\w{{0,3}}|ubiegł\w{{0,3}}|ostatni\w{{0,3}}|poprzedni\w{{0,3}}|"
            rf"przyszł\w{{0,3}}|najbliższ\w{{0,3}}|ten|tę|to)\s{{1,3}})?(?P<wd>{_PL_WEEKDAY})\b",
            re.IGNORECASE,
        ),
        _pl_weekday,
    ),
    (
        re.compile(
            r"\b(?:w|we)\s{1,3}(?P<mod>zeszłym|ubiegłym|ub\.|poprzednim|minionym|tym|bieżącym|przyszłym|następnym)"
            r"\s{1,3}(?P<unit>tygodniu|miesiącu|roku)\b",
            re.IGNORECASE,
        ),
        _pl_period,
    ),
    (
        re.compile(
            r"\b(?:(?:w|we|od|do|z|ze|na|przed|po)\s{1,3})(?P<y>(?:19|20)\d\d)(?:\s{0,2}r(?:oku\b|\.|\b))?",
            re.IGNORECASE,
        ),
        _year,
    ),
)

_PATTERNS: dict[str, tuple[tuple[re.Pattern[str], Handler], ...]] = {"pl": _POLISH + _COMMON}


def rule_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Date candidates ``(start, end, value)`` from the patterns of ``language`` (may overlap)."""
    for pattern, handler in _PATTERNS.get(language, _COMMON):
        for match in pattern.finditer(text):
            value = handler(match, reference)
            if value:
                yield match.start(), match.end(), value


#: A span of years written as one ("the 2019-20 season", "the 2020-30 plan", "2019/2020"): the first year in
#: full, the last in full or by its last two digits.
YEAR_RANGE = re.compile(
    r"(?<![\d.,/$€£-])\b(?P<first>19[5-9]\d|20[0-4]\d)[-–/](?P<last>19[5-9]\d|20[0-4]\d|\d\d)\b(?![.,/-]?\d|\s?%)"
)
#: Most years such a span covers: more is a pair of numbers, not a span of time.
_YEAR_RANGE_MAX = 30
#: A preposition right before a span of years ("in 2018-19", "en 2019-2020", "w latach 2018-2019").
_YEAR_RANGE_LEAD = re.compile(
    r"(?<!\w)(?:in|en|im|w|we|в|во|nel|del|dal|de|da|for|from|since|seit|desde|depuis|dans|durante|during)[ \t]+$",
    re.IGNORECASE,
)
_YEAR_RANGE_LEAD_REACH = 10


#: A day written with slashes whose first number can only be the day ("31/12/2019"): unambiguous whatever the
#: language's order (an English parser reads month first).
SLASHED_DAY_FIRST = re.compile(
    r"(?<![\d/.])(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?![\d/])"
)
#: A day written year first with slashes ("2020/04/10"): unambiguous in every language.
SLASHED_YEAR_FIRST = re.compile(r"(?<![\d/.])(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>[0-3]?\d)(?![\d/])")
#: A day written in numbers with dots, day first in every language that writes it ("20.05.2020").
DOTTED_DAY = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d|[.,]\d)")


def bare_year_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """Years standing alone, spans of years, month/year forms and dotted days (a parser's longer reading wins on
    overlap)."""
    for match in BARE_YEAR.finditer(text):
        year = int(match["y"])
        yield match.start(), match.end(), f"{year}-01-01/{year}-12-31"
    for match in OLD_YEAR_NAMED.finditer(text):
        year = int(match["y"] or match["y2"])
        if year < 1950:  # later ones are BARE_YEAR's
            yield match.start(), match.end(), f"{year}-01-01/{year}-12-31"
    for match in YEAR_RANGE.finditer(text):
        first, last = int(match["first"]), match["last"]
        end_year = int(last) if len(last) == 4 else first - first % 100 + int(last)
        if 0 < end_year - first <= _YEAR_RANGE_MAX:
            # With its preposition, so that a parser's "in 2018" of "in 2018-19" is no longer than the span.
            lead = _YEAR_RANGE_LEAD.search(text, max(0, match.start() - _YEAR_RANGE_LEAD_REACH), match.start())
            start = lead.start() if lead else match.start()
            yield start, match.end(), f"{first}-01-01/{end_year}-12-31"
    for match in MONTH_YEAR.finditer(text):
        yield match.start(), match.end(), month_range(int(match["y"]), int(match["m"]))
    for match in DOTTED_DAY.finditer(text):
        day = _iso(match, date.min)
        if day is not None:
            yield match.start(), match.end(), day
    for match in date_words.NINE_ELEVEN.finditer(text):
        yield match.start(), match.end(), "2001-09-11"
    for match in SLASHED_YEAR_FIRST.finditer(text):
        day = _iso(match, date.min)
        if day is not None:
            yield match.start(), match.end(), day
    for match in SLASHED_DAY_FIRST.finditer(text):
        day = _iso(match, date.min)
        if day is not None:
            yield match.start(), match.end(), day
