"""Date expressions resolved to calendar dates against a reference date.

Duckling finds and resolves date expressions for en, fr, de, es, it, tr, ru, ar
and zh; Polish (which Duckling lacks) and every other language go through this
module's own patterns. On top of either parser, news-specific rules apply:

* a weekday in the text must agree with the date: without a year, the most
  recent year at or before the reference year in which that day falls on that
  weekday is chosen ("mardi 1er février" read on 2022-03-10 is 2022-02-01);
* a bare weekday ("on Tuesday") is the most recent such day on or before the
  reference date (news is told in the past tense), unless its clause tells of
  the future ("will", "sera", "wird") and not of the past ("said"): then it is
  the coming one;
* a day or month without a year is put in the year that places it nearest the
  reference date, a future date counting twice as far as a past one;
* pure times and durations ("à 15h", "3 hours") are not dates and are skipped.

Duckling costs about a millisecond per sentence even on prose without dates,
so only short windows around calendar words (see :mod:`date_words`) are passed
to it, paragraph by paragraph.
"""

from __future__ import annotations

import atexit
import bisect
import calendar
import contextlib
import importlib.util
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateutil.easter import EASTER_ORTHODOX, easter
from lunar_python import Lunar

from newsprism.analyze import date_words
from newsprism.analyze.duckling_worker import DucklingClient
from newsprism.records import DateMention

__all__ = ["find_dates", "resolve_weekday_date"]

#: Languages Duckling parses (and this project has calendar words for).
DUCKLING_LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "tr", "ru", "ar", "zh"})
#: Characters kept on each side of a calendar word when cutting windows for the parser.
_MARGIN = 45
#: At most this many calendar words in one window passed to the parser.
_MAX_TRIGGERS = 4
#: At most this many windows per text are parsed (a list of thousands of dates is not news prose).
_MAX_WINDOWS = 400
#: Longest window passed to the parser in one call (characters).
_MAX_WINDOW = 600
#: Longest paragraph scanned; a longer one is scanned in pieces of this size.
_MAX_PARAGRAPH = 5_000
#: The weekday rule looks this many years back for a matching year.
_WEEKDAY_YEARS_BACK = 28
#: How far into the next year a weekday and its day may lie ("Monday 6 January" written in late December).
_WEEKDAY_DAYS_AHEAD = 62
_FINE_GRAINS = frozenset({"second", "minute", "hour"})
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|['’]\d\d\b|\d{4}\s*年")
_NUMERIC_DAY_MONTH = re.compile(r"(?<![\d:])\d{1,2}[./-]\d{1,2}(?![\d:])|\d{1,2}\s*[日号號]")
_YEARS_AGO = re.compile(
    r"(?i)\byears?\b|\bans\b|\bjahr\w{0,3}|\ba[ñn]os?\b|\bann[io]\b|\by[ıi]l\w{0,4}|\bлет\b|\bгод\w{0,2}|سنة|سنوات|[أا]عوام|年前"
)
#: A span that is only a unit of time ("the year", "over the years") names no date.
_UNIT_ONLY = re.compile(
    r"(?i)^(?:(?:the|a|an|in|on|of|over|le|la|les|l['’]|un|une|en|au|de|du|der|die|das|dem|den|im|am|el|los|las|il|lo|"
    r"gli|nel|nella)\s){0,2}"
    r"(?:years?|days?|weeks?|months?|ann[ée]es?|ans?|jours?|semaines?|mois|jahre?|tage?|wochen?|monate?|"
    r"a[ñn]os?|d[íi]as?|semanas?|mes(?:es)?|anni|anno|giorni|giorno|ay|aylık|gün|hafta|yıl|год|день|неделя|месяц)$"
)
#: Half a year in days: how far ahead a date without its year may lie before the year before is meant.
_HALF_YEAR_DAYS = 183
#: Years outside this range are counts or codes, not dates news reports resolve.
_MIN_YEAR, _MAX_YEAR = 1800, 2200
#: A number followed by a currency or percent sign is an amount, not a year ("de 2000 $ à 4000 $").
_AMOUNT_AFTER = re.compile(
    r"\s?(?:[$€£%]|euros?\b|dollars?\b|francs?\b|por\s?ciento\b|per\s?cento\b|pour\s?cent\b|Prozent\b|"
    r"percent\b|per\scent\b|procent\w{0,2}\b)"
)
#: What the parser reads in the text's place, one character for one so that offsets hold: plain apostrophes, and
#: the Western digits for Arabic-Indic and Persian ones ("4 مايو ٢٠١٧", which it reads as this year's 4 May).
_FOR_PARSER = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'"}
    | {chr(0x0660 + digit): str(digit) for digit in range(10)}
    | {chr(0x06F0 + digit): str(digit) for digit in range(10)}
)
_EDGE_PUNCTUATION = " \t\n\r,;:.!?()[]«»\"“”„'’-–—،؛"


def find_dates(text: str, language: str, reference_date: str) -> tuple[DateMention, ...]:
    """Find date expressions in ``text`` and resolve them against ``reference_date``.

    Args:
        text: The article text (any length; processed by paragraph in bounded windows).
        language: ISO 639-1 code of the text.
        reference_date: ISO date (or datetime; only the date is used) of publication,
            else of ingestion.

    Returns:
        Non-overlapping mentions in text order; ``value`` is ``YYYY-MM-DD`` or a range
        ``YYYY-MM-DD/YYYY-MM-DD`` (weeks, months, quarters, years, explicit intervals).
    """
    if not text:
        return ()
    from newsprism.analyze.date_anchors import anchored_days
    from newsprism.analyze.date_eras import era_candidates
    from newsprism.analyze.date_rules import bare_year_candidates, rule_candidates

    reference = _parse_reference(reference_date)
    written = text
    if language == "ar":
        text = _standard_final_ya(text)
    if language in DUCKLING_LANGUAGES and _duckling_ready():
        # The project's relative words, days from now, parts of a year and holidays come first: on a span of the
        # same length, their reading wins the tie (the parser puts Thanksgiving on a Tuesday).
        candidates = list(_relative_word_candidates(text, language, reference))
        candidates.extend(_from_now_candidates(text, language, reference))
        candidates.extend(_chinese_week_day_candidates(text, language, reference))
        candidates.extend(_year_third_candidates(text, language, reference))
        candidates.extend(_year_half_candidates(text, language, reference))
        candidates.extend(_holiday_candidates(text, language, reference))
        candidates.extend(_islamic_holiday_candidates(text, language, reference))
        candidates.extend(_abbreviated_month_candidates(text, language, reference))
        candidates.extend(_duckling_candidates(text, language, reference))
        candidates.extend(_unglue(text, language, reference, candidates))
        if language == "ar":
            candidates.extend(_arabic_day_with_modifier(text, reference, candidates))
        candidates.extend(bare_year_candidates(text))
        candidates.extend(_weekday_candidates(text, language, reference))
        candidates.extend(_quarter_candidates(text, language, reference))
        candidates.extend(_q_quarter_candidates(text))
        candidates.extend(_placed_season_candidates(text, language, reference))
        candidates.extend(_year_end_candidates(text, language, reference))
        candidates.extend(_rolling_candidates(text, language, reference))
        candidates.extend(_coming_candidates(text, language, reference))
        candidates.extend(_decade_candidates(text, language))
        candidates.extend(era_candidates(text, language, reference))
        candidates.extend(_year_first_month_candidates(text, language))
        candidates.extend(_inflected_month_candidates(text, language, reference))
        if language in ("ru", "it"):  # the parser reads no Russian or Italian weekend ("в эти выходные", "nel weekend")
            candidates.extend(_weekend_candidates(text, language, reference))
        if language != "en":
            candidates.extend(_english_date_candidates(text))
    else:
        candidates = list(rule_candidates(text, language, reference))
        candidates.extend(_abbreviated_month_candidates(text, language, reference))
        candidates.extend(bare_year_candidates(text))  # spans of years ("w latach 2018-2019")
        candidates.extend(_year_end_candidates(text, language, reference))
        candidates.extend(_weekend_candidates(text, language, reference))
        # The project's own readings that need no parser (Polish): holidays, decades, the last N units, English
        # days in full.
        candidates.extend(_holiday_candidates(text, language, reference))
        candidates.extend(_decade_candidates(text, language))
        candidates.extend(era_candidates(text, language, reference))
        candidates.extend(_rolling_candidates(text, language, reference))
        candidates.extend(_coming_candidates(text, language, reference))
        candidates.extend(_quarter_candidates(text, language, reference))
        candidates.extend(_relative_word_candidates(text, language, reference))
        candidates.extend(_placed_season_candidates(text, language, reference))
        candidates.extend(_year_third_candidates(text, language, reference))
        candidates.extend(_year_half_candidates(text, language, reference))
        candidates.extend(_english_date_candidates(text))
    selected = _select(text, _outside_names_and_links(text, language, candidates))
    if language == "ar":
        selected = _join_day_and_year(text, _join_month_names(text, selected))
    resolved = tuple(
        _news_rules(text, language, reference, mention)
        for mention in selected
        if not _habitual(text, language, mention)
    )
    resolved = _two_days_of_a_month(resolved)
    resolved = _listed_days(text, resolved)
    if language == "ar":
        resolved = tuple(_arabic_before_last(text, mention) for mention in resolved)
    resolved = _in_named_year(text, language, resolved)
    resolved = _of_last_year(text, language, reference, resolved)
    resolved = _same_day_last_year(text, language, reference, resolved)
    resolved = tuple(_month_told_ahead(text, language, reference, mention) for mention in resolved)
    if language == "en":
        resolved = tuple(_ordinal_in_month(mention) for mention in resolved)
    resolved = anchored_days(text, language, reference, resolved)
    resolved = _weekdays_beside_a_coming_day(text, language, reference, resolved)
    joined = _join_ranges(text, language, _split_between(text, language, reference, resolved), reference)
    if written is not text:
        joined = tuple(replace(mention, text=written[mention.start : mention.end]) for mention in joined)
    return joined


#: Arabic words of dates ending in yā' that the Egyptian press writes with a final alif maqṣūra ("العام الماضى",
#: "الشهر الحالى", "كانون الثانى"): the past, current, running, next, second, first (of eleven) and coming.
_EGYPTIAN_FINAL_YA = re.compile(r"(الماض|الحال|الجار|التال|الثان|الحاد|الآت|الات)ى(?![\u0621-\u064a])")


def _standard_final_ya(text: str) -> str:
    """The text with those words spelt with a final yā' ("الماضي"), one character for one so that offsets hold."""
    return _EGYPTIAN_FINAL_YA.sub(r"\1ي", text)


#: How far from a weekday a day to come, written out, is looked for in its paragraph.
_COMING_DAY_REACH = 300
#: How many days after the reference date that day may lie: the coming week.
_COMING_DAY_DAYS = 7


def _weekdays_beside_a_coming_day(
    text: str, language: str, reference: date, mentions: tuple[DateMention, ...]
) -> tuple[DateMention, ...]:
    """A bare weekday near a day of the coming week written out is in that day's week, not the last one.

    "Unstable weather from Tuesday evening ... late on Tuesday 17 March 2020, with rain on Wednesday", written on
    Monday 16 March: the text tells of the days ahead, and its Wednesday is the 18th. The weekday goes to its
    occurrence nearest the written day (at most three days from it), in the same paragraph; not one its clause
    tells in the past ("teilte ... am Montagabend mit"), nor the reference date's own weekday.
    """
    written = [
        (mention, date.fromisoformat(mention.value))
        for mention in mentions
        if _BARE_DAY.fullmatch(mention.value) and _has_calendar_day(mention.text, language)
    ]
    coming = [
        (mention, day) for mention, day in written if reference < day <= reference + timedelta(days=_COMING_DAY_DAYS)
    ]
    if not coming:
        return mentions
    past = date_words.past_marker_pattern(language)
    result: list[DateMention] = []
    for mention in mentions:
        if (
            not _BARE_DAY.fullmatch(mention.value)
            or _has_calendar_day(mention.text, language)
            or date_words.weekday_in(mention.text, language) is None
            or date.fromisoformat(mention.value) >= reference
            or (past is not None and past.search(_clause_around(text, mention.start, mention.end)))
        ):
            result.append(mention)
            continue
        day = date.fromisoformat(mention.value)
        near = [
            written_day
            for written_mention, written_day in coming
            if abs(written_mention.start - mention.start) <= _COMING_DAY_REACH
            and "\n" not in text[min(written_mention.start, mention.start) : max(written_mention.end, mention.end)]
        ]
        # The weekday's occurrence nearest the written day: the last one moved on by whole weeks.
        moved = day + timedelta(days=7 * round((near[0] - day).days / 7)) if near else day
        if moved != day and abs((moved - near[0]).days) <= 3:
            result.append(replace(mention, value=moved.isoformat()))
        else:
            result.append(mention)
    return tuple(result)


def _of_last_year(
    text: str, language: str, reference: date, mentions: tuple[DateMention, ...]
) -> tuple[DateMention, ...]:
    """A month or day without its year followed by "of last year" (:data:`date_words.LAST_YEAR_AFTER`) is in the
    year before the reference date's, by "of next year" (:data:`date_words.NEXT_YEAR_AFTER`) in the year after;
    the words join its span, and a mention the parser made of them is dropped."""
    pattern = _last_year_after_pattern(language)
    if pattern is None:
        return mentions
    result: list[DateMention] = []
    for mention in mentions:
        if result and result[-1].end > mention.start:
            continue  # the "прошлого года" a month before has taken
        after = pattern.match(text, mention.end)
        # "in May of last year" may be read whole by the parser, in the reference year.
        inside_words = pattern.search(" " + mention.text) if after is None else None
        inside = inside_words if inside_words and mention.value[:4] == str(reference.year) else None
        words = after or inside
        if not words or _YEAR_IN_TEXT.search(mention.text) or _YEAR_VALUE.fullmatch(mention.value):
            result.append(mention)
            continue
        year = reference.year + (1 if words["next"] else -1)
        parts = [date.fromisoformat(part) for part in mention.value.split("/")]
        end = after.end() if after else mention.end
        moved = mention
        with contextlib.suppress(ValueError):  # 29 February
            days = [part.replace(year=year + (part.year - parts[0].year)) for part in parts]
            value = "/".join(day.isoformat() for day in days)
            moved = DateMention(text=text[mention.start : end], start=mention.start, end=end, value=value)
        result.append(moved)
    return tuple(result)


#: "The second in September": an ordinal before "in" and a month counts things in that month, not its days.
_ORDINAL_IN = re.compile(
    r"(?:the[ \t]+)?(?:first|second|third|fourth|fifth|last|latest|\d{1,2}(?:st|nd|rd|th))[ \t]+(?=in[ \t])",
    re.IGNORECASE,
)


def _ordinal_in_month(mention: DateMention) -> DateMention:
    """ "One held in April, the second in September": the parser reads "the second in September" as 2 September;
    it is the month (the second election of the year was held in it)."""
    ordinal = _ORDINAL_IN.match(mention.text)
    if ordinal is None or not _BARE_DAY.fullmatch(mention.value):
        return mention
    if not date_words.month_pattern("en").search(mention.text, ordinal.end()):
        return mention  # "the 3rd in the morning" is the 3rd
    day = date.fromisoformat(mention.value)
    start = mention.start + ordinal.end()
    return DateMention(mention.text[ordinal.end() :], start, mention.end, month_range(day.year, day.month))


def _same_day_last_year(
    text: str, language: str, reference: date, mentions: tuple[DateMention, ...]
) -> tuple[DateMention, ...]:
    """ "The same day last year" is the reference date a year before, "the same month last year" its month
    (:data:`date_words.SAME_DAY_LAST_YEAR`); the parser reads "last year" alone, the whole year, or nothing."""
    pattern = _same_day_pattern(language)
    if pattern is None:
        return mentions
    found: list[DateMention] = []
    for words in pattern.finditer(text):
        with contextlib.suppress(ValueError):  # 29 February
            day = reference.replace(year=reference.year - 1)
            same_month = words["unit"].casefold() in date_words.SAME_MONTH_UNITS
            value = month_range(day.year, day.month) if same_month else day.isoformat()
            found.append(DateMention(text=words.group(0), start=words.start(), end=words.end(), value=value))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in found)]
    return tuple(sorted([*kept, *found], key=lambda mention: mention.start))


@lru_cache(maxsize=16)
def _same_day_pattern(language: str) -> re.Pattern[str] | None:
    """:data:`date_words.SAME_DAY_LAST_YEAR` of ``language``, between word edges."""
    words = date_words.SAME_DAY_LAST_YEAR.get(language)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


@lru_cache(maxsize=16)
def _last_year_after_pattern(language: str) -> re.Pattern[str] | None:
    """ "Of last year" (group ``last``) or "of next year" (group ``next``) after a space."""
    last, following = date_words.LAST_YEAR_AFTER.get(language), date_words.NEXT_YEAR_AFTER.get(language)
    if last is None:
        return None
    words = f"(?P<last>{last})" + (f"|(?P<next>{following})" if following else "(?P<next>(?!x)x)")
    return re.compile(rf"[ \t]{{1,2}}(?:{words})(?!\w)", re.IGNORECASE)


#: "between X and Y" as one span read by the parser: two dates joined by "and", which the guideline counts as two.
_BETWEEN = {
    "en": r"between\s(?P<a>.+?)\sand\s(?P<b>.+)",
    "fr": r"entre\s(?:le\s)?(?P<a>.+?)\set\s(?:le\s)?(?P<b>.+)",
    "de": r"zwischen\s(?:dem\s)?(?P<a>.+?)\sund\s(?:dem\s)?(?P<b>.+)",
    "es": r"entre\s(?:el\s)?(?P<a>.+?)\sy\s(?:el\s)?(?P<b>.+)",
    "it": r"tra\s(?:il\s)?(?P<a>.+?)\se\s(?:il\s)?(?P<b>.+)",
}


def _split_between(
    text: str, language: str, reference: date, mentions: tuple[DateMention, ...]
) -> tuple[DateMention, ...]:
    """A range the parser read from "between X and Y" where X and Y are whole days (each with its month or year):
    two mentions, one per day ("between May 1 and May 3"). "entre el 1 y el 3 de mayo" and "between 2019 and 2021"
    stay one range."""
    pattern = _BETWEEN.get(language)
    if pattern is None:
        return mentions
    months = date_words.month_pattern(language)
    result: list[DateMention] = []
    for mention in mentions:
        match = re.fullmatch(pattern, mention.text, re.IGNORECASE) if "/" in mention.value else None
        halves = [match.span("a"), match.span("b")] if match else []
        whole = all(months.search(mention.text, a, b) or _YEAR_IN_TEXT.search(mention.text, a, b) for a, b in halves)
        if not halves or not whole:
            result.append(mention)
            continue
        parts = []
        for a, b in halves:
            found = find_dates(mention.text[a:b], language, reference.isoformat())
            if len(found) != 1:
                break
            part = found[0]
            start = mention.start + a + part.start
            parts.append(
                DateMention(
                    text=text[start : start + len(part.text)], start=start, end=start + len(part.text), value=part.value
                )
            )
        two_days = len(parts) == len(halves) and all("/" not in part.value for part in parts)
        # "entre 2019 y el 30 de diciembre" (a year and a day), "between 2019 and 2021": one range.
        result.extend(parts if two_days else [mention])
    return tuple(result)


#: How far before a range's first date its lead word ("from", "с", "od") is looked for.
_RANGE_LEAD_REACH = 10
#: A day's number alone as a range's first end ("od 1 do 3 marca").
_RANGE_FIRST_DAY = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\.?$")


def _join_ranges(
    text: str, language: str, mentions: tuple[DateMention, ...], reference: date
) -> tuple[DateMention, ...]:
    """Two dates joined by range words are one range (:data:`date_words.RANGE_WORDS`: "from 26 December to 1
    January", "с 26 декабря по 1 января", "od 2018 do 2020 roku"), as the guideline wants a range written as one;
    so is a day's number alone before a day ("od 1 do 3 marca"). A bare weekday that opens a range ending after
    ``reference`` is the coming one ("from Monday to May 4", written on a Saturday)."""
    patterns = date_words.range_patterns(language)
    if patterns is None or not mentions:
        return mentions
    lead, middle = patterns
    joined: list[DateMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and _same_kind(previous.value, mention.value):
            # The word between may open the second date's own span ("od 2018 | do 2020 roku").
            between = middle.fullmatch(text, previous.end, mention.start) or (
                not text[previous.end : mention.start].strip() and middle.match(" " + mention.text) is not None
            )
            opened = lead.search(text, max(0, previous.start - _RANGE_LEAD_REACH), previous.start)
            first, last = previous.value[:10], mention.value[-10:]
            if between and "/" not in previous.value:
                first = _coming_weekday_to(previous, language, reference, last)
            months = date_words.month_pattern(language)
            if "/" not in mention.value and months.search(previous.text) and not months.search(mention.text):
                # "3月1日至3日": the second day, written without its month, is in the first one's.
                with contextlib.suppress(ValueError):
                    last = date.fromisoformat(first).replace(day=int(last[8:])).isoformat()
            needs_lead = not date_words.fuses_words(language)  # "1月至3月": Chinese needs no "from"
            if between and (opened or not needs_lead or _starts_with_lead(previous.text, language)) and first <= last:
                start = opened.start() if opened else previous.start
                joined[-1] = DateMention(
                    text=text[start : mention.end], start=start, end=mention.end, value=f"{first}/{last}"
                )
                continue
        joined.append(_with_first_day(text, lead, middle, mention))
    return tuple(joined)


def _coming_weekday_to(mention: DateMention, language: str, reference: date, last: str) -> str:
    """The day a bare weekday opening a range to ``last`` stands for: the coming one where the range ends after
    ``reference`` and that one still comes before its end, else the day as read."""
    if date_words.weekday_in(mention.text, language) is None or _has_calendar_day(mention.text, language):
        return mention.value
    day, end = date.fromisoformat(mention.value), date.fromisoformat(last)
    coming = day + timedelta(days=7)
    if day < reference < end and coming <= end:
        return coming.isoformat()
    return mention.value


def _same_kind(first: str, second: str) -> bool:
    """Whether two values are both days, both whole months or both whole years."""
    return (
        ("/" not in first and "/" not in second)
        or bool(_YEAR_VALUE.fullmatch(first) and _YEAR_VALUE.fullmatch(second))
        or bool(_WHOLE_MONTH_VALUE.fullmatch(first) and _WHOLE_MONTH_VALUE.fullmatch(second))
    )


def _starts_with_lead(surface: str, language: str) -> bool:
    words = date_words.RANGE_WORDS.get(language)
    return bool(words and re.match(rf"(?:{words[0]})\s", surface, re.IGNORECASE))


def _with_first_day(text: str, lead: re.Pattern[str], middle: re.Pattern[str], mention: DateMention) -> DateMention:
    """A day with a range's first day written as a number alone before it ("od 1 do 3 marca"): that range."""
    if "/" in mention.value:
        return mention
    window_start = max(0, mention.start - 2 * _RANGE_LEAD_REACH)
    for between in middle.finditer(text, window_start, mention.start):
        if between.end() != mention.start:
            continue
        number = _RANGE_FIRST_DAY.search(text, window_start, between.start())
        if number is None or lead.search(text, max(0, number.start() - _RANGE_LEAD_REACH), number.start()) is None:
            continue
        day = date.fromisoformat(mention.value)
        with contextlib.suppress(ValueError):
            first = day.replace(day=int(number["d"]))
            if first < day:
                start = lead.search(text, max(0, number.start() - _RANGE_LEAD_REACH), number.start())
                begin = start.start() if start else number.start()
                return DateMention(
                    text=text[begin : mention.end], start=begin, end=mention.end, value=day_range(first, day)
                )
    return mention


def _outside_names_and_links(
    text: str, language: str, candidates: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The candidates that are neither part of a name that holds a date's words ("Bild am Sonntag") nor of a link
    or file path ("…/AUTOCROP/h342/2020-01-01_new_55987915.JPG"): the guideline counts neither."""
    names = date_words.dated_name_pattern(language)
    named = [(m.start(), m.end()) for m in names.finditer(text)]
    kept = []
    for candidate in candidates:
        start, end, _ = candidate
        if any(s < end and start < e for s, e in named) or _in_link(text, start, end):
            continue
        kept.append(candidate)
    return kept


#: What marks a run of characters without spaces as a link or a file path.
_LINK_MARK = re.compile(r"https?:|www\.|/[^/\s]*/|\.(?:html?|php|aspx?|jpe?g|png|gif|ece)\b", re.IGNORECASE)
#: A character a link or path may hold: printable ASCII, no space.
_LINK_CHARACTER = re.compile(r"[!-~]")
#: Most characters read on each side of a candidate for the link it may sit in.
_LINK_REACH = 200


def _in_link(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in a link or path: the ASCII characters glued to it on either side look like one
    (Chinese writes no spaces: a slash further in its sentence, "/TASS/", is no link)."""
    left = start
    floor = max(0, start - _LINK_REACH)
    while left > floor and _LINK_CHARACTER.match(text, left - 1):
        left -= 1
    right, ceiling = end, min(len(text), end + _LINK_REACH)
    while right < ceiling and _LINK_CHARACTER.match(text, right):
        right += 1
    return bool(_LINK_MARK.search(text[left:start]) or _LINK_MARK.search(text[end:right]))


#: What stands between a month's two Arabic names ("18 أيار/مايو", "حزيران يونيو").
_MONTH_NAMES_GAP = re.compile(r"[ \t]?/?[ \t]?")


def _join_month_names(text: str, mentions: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """One mention for a month named twice, by its Syriac and its Latin name ("18 أيار/مايو", "كانون الأول/ديسمبر
    الماضي"): the Arabic press of the Levant writes both, and they are one date. The first's value is kept when it
    names a day or span of days, else the second's (which carries the words after it, "الماضي")."""
    joined: list[DateMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _MONTH_NAMES_GAP.fullmatch(text, previous.end, mention.start)
            and _WHOLE_MONTH_VALUE.fullmatch(mention.value)
            and previous.value[5:7] == mention.value[5:7]
            and "/" not in text[previous.start : previous.end]
        ):
            value = mention.value if _WHOLE_MONTH_VALUE.fullmatch(previous.value) else previous.value
            written = _WORD_YEAR.search(mention.text)
            if written and "/" not in value:  # "التاسع من آب/أغسطس 2020": the year after the second name is the day's
                with contextlib.suppress(ValueError):
                    value = date.fromisoformat(value).replace(year=int(written.group(0))).isoformat()
            joined[-1] = DateMention(
                text=text[previous.start : mention.end], start=previous.start, end=mention.end, value=value
            )
            continue
        joined.append(mention)
    return tuple(joined)


def _join_day_and_year(text: str, mentions: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """One mention for an Arabic day and the year named after it ("في الرابع من مايو من العام ٢٠١٧"): the day of
    that year, where the parser read the day in this year and the year apart."""
    joined: list[DateMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _OF_THE_YEAR_GAP.fullmatch(text, previous.end, mention.start)
            and _YEAR_VALUE.fullmatch(mention.value)
            and _BARE_DAY.fullmatch(previous.value)
            and not _WORD_YEAR.search(previous.text.translate(_FOR_PARSER))
        ):
            with contextlib.suppress(ValueError):
                value = date.fromisoformat(previous.value).replace(year=int(mention.value[:4])).isoformat()
                joined[-1] = DateMention(
                    text=text[previous.start : mention.end], start=previous.start, end=mention.end, value=value
                )
                continue
        joined.append(mention)
    return tuple(joined)


#: What stands between an Arabic day and the year it belongs to ("الرابع من مايو من العام 2017").
_OF_THE_YEAR_GAP = re.compile(r"\s{1,2}(?:من|في)\s{1,2}(?:ال)?")


#: Two days of one month joined by "and" in one span ("el 2 y 3 de enero", "on the 2nd and 3rd of January").
_TWO_DAYS = re.compile(
    r"(?P<first>(?:(?:el|le|the|am|il|on)\s)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th|\.|º)?)\s(?:y|and|et|und|e|i|и|ve)\s"
    r"(?P<second>(?P<d2>[0-3]?\d)(?:st|nd|rd|th|\.|º)?\s\D.*)",
    re.IGNORECASE,
)


def _two_days_of_a_month(mentions: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """Two days of one month joined by "and", read as one span, are two dates, as the guideline says: "el 2 y 3 de
    enero" is 2 January and 3 January (the parser gave one day, or the month)."""
    result: list[DateMention] = []
    for mention in mentions:
        match = _TWO_DAYS.fullmatch(mention.text)
        if match is None or not (_BARE_DAY.fullmatch(mention.value) or _WHOLE_MONTH_VALUE.fullmatch(mention.value)):
            result.append(mention)
            continue
        month = date.fromisoformat(mention.value[:10])
        try:
            first, second = (month.replace(day=int(match[group])) for group in ("d1", "d2"))
        except ValueError:  # 31 in a month of 30
            result.append(mention)
            continue
        result.append(
            DateMention(
                text=match["first"],
                start=mention.start,
                end=mention.start + match.end("first"),
                value=first.isoformat(),
            )
        )
        second_start = mention.start + match.start("second")
        result.append(DateMention(text=match["second"], start=second_start, end=mention.end, value=second.isoformat()))
    return tuple(result)


#: Days of one month listed before it, the month written once after the last ("23, 24 ve 25 Nisan", "16-17-18-19
#: Mayıs"): the days before the span the parser read, ending right before it. "And" in the languages of the corpus.
_DAYS_LISTED_BEFORE = re.compile(
    r"(?<![\d.,/-])(?P<days>(?:\d{1,2}[ \t]?(?:,|-|–)[ \t]?)+|(?:\d{1,2}[ \t]?,[ \t]?)*\d{1,2}[ \t]{1,2}"
    r"(?:and|et|und|y|e|i|и|ve|و)[ \t]{0,2})$",
    re.IGNORECASE,
)
#: The days listed after a day written month first ("May 16, 17 and 18"), closed by "and" and a day: not "On May 16,
#: 17 people died".
_DAYS_LISTED_AFTER = re.compile(
    r"(?:[ \t]?,[ \t]?\d{1,2}(?![\d:.]))*,?[ \t]{1,2}(?:and|&)[ \t]{1,2}\d{1,2}(?!\d|[:.,]\d|[ \t]{1,2}[a-z])",
    re.IGNORECASE,
)
_LISTED_DAY = re.compile(r"\d{1,2}")
_DOTTED_DAY = re.compile(r"\d{1,2}\.")
#: A span the parser read that opens on its day ("25 Nisan", "18-19 Mayıs") or closes on it ("May 16").
_OPENS_ON_DAY = re.compile(r"\d{1,2}(?!\d)")
_CLOSES_ON_DAY = re.compile(r"(?<!\d)\d{1,2}$")


def _listed_days(text: str, mentions: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """Days of one month listed with the month written once: each a date ("23, 24 ve 25 Nisan", "May 16, 17 and
    18": the parser read the day next to the month alone), and a run joined only by dashes one span ("16-17-18-19
    Mayıs": the 16th to the 19th, where the parser read "18-19 Mayıs")."""
    result: list[DateMention] = []
    for mention in mentions:
        parts = mention.value.split("/")
        if not all(_BARE_DAY.fullmatch(part) for part in parts) or parts[0][:7] != parts[-1][:7]:
            result.append(mention)
            continue
        month = date.fromisoformat(parts[0])
        before = _DAYS_LISTED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        # A day written as an ordinal with its dot ("19. März") is listed with dots too: "Nachtrag 2, 19. März" is none.
        if before is not None and _OPENS_ON_DAY.match(mention.text) and not _DOTTED_DAY.match(mention.text):
            days = [(m.start(), m.end()) for m in _LISTED_DAY.finditer(text, before.start(), before.end())]
            if "-" in before["days"] or "–" in before["days"]:
                result.append(_dashed_run(text, mention, before, days[0]))
                continue
            for start, end in days:
                with contextlib.suppress(ValueError):
                    day = month.replace(day=int(text[start:end]))
                    result.append(DateMention(text=text[start:end], start=start, end=end, value=day.isoformat()))
            result.append(mention)
            continue
        result.append(mention)
        if len(parts) == 1 and _CLOSES_ON_DAY.search(mention.text):
            after = _DAYS_LISTED_AFTER.match(text, mention.end)
            if after is not None and after.end() > mention.end:
                for listed in _LISTED_DAY.finditer(text, after.start(), after.end()):
                    with contextlib.suppress(ValueError):
                        day = month.replace(day=int(listed.group()))
                        result.append(DateMention(listed.group(), listed.start(), listed.end(), day.isoformat()))
    return tuple(result)


#: Anything in a run of listed days but digits, spaces and dashes.
_NOT_DASHED = re.compile(r"[^\d \t–-]")


def _dashed_run(text: str, mention: DateMention, before: re.Match[str], first_day: tuple[int, int]) -> DateMention:
    """The span from the first of a run of days joined by dashes to the end of ``mention`` ("16-17-18-19 Mayıs"),
    else ``mention`` (a comma in the run: a score or a list, "3-2, 25 March")."""
    if _NOT_DASHED.search(before["days"]):
        return mention
    parts = mention.value.split("/")
    with contextlib.suppress(ValueError):
        first = date.fromisoformat(parts[0]).replace(day=int(text[first_day[0] : first_day[1]]))
        last = date.fromisoformat(parts[-1])
        if first < last:
            return DateMention(text[before.start() : mention.end], before.start(), mention.end, day_range(first, last))
    return mention


#: A whole year's value.
_WHOLE_YEAR_VALUE = re.compile(r"(\d{4})-01-01/\1-12-31")
#: What ends a sentence between a year and a month without one.
_SENTENCE_END = re.compile(r"[.!?\n。！？]")
#: Most characters between a year and a month of its sentence.
_NAMED_YEAR_REACH = 150


def _in_named_year(text: str, language: str, mentions: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """A month or day written without its year, after a year named in the same sentence, is in that year: "two
    general elections in 2019 - one held in April, the second in September" (the nearest-year rule put April in
    the coming year)."""
    result = list(mentions)
    year: int | None = None
    year_end = -1
    for index, mention in enumerate(mentions):
        whole = _WHOLE_YEAR_VALUE.fullmatch(mention.value)
        if whole is not None and _WORD_YEAR.search(mention.text):
            # A year in brackets dates a work or a life ("Star Trek (1979), died on Monday (30 December)"), not
            # the sentence's events.
            bracketed = text[mention.start - 1 : mention.start] == "(" and text[mention.end : mention.end + 1] == ")"
            year, year_end = (None, -1) if bracketed else (int(whole.group(1)), mention.end)
            continue
        if (
            year is None
            or mention.start - year_end > _NAMED_YEAR_REACH
            or _SENTENCE_END.search(text, year_end, mention.start)
            or _YEAR_IN_TEXT.search(mention.text)
            or not (_BARE_DAY.fullmatch(mention.value) or _WHOLE_MONTH_VALUE.fullmatch(mention.value))
            or not date_words.month_pattern(language).search(mention.text)  # a month named, not "ce samedi"
            or date_words.weekday_in(mention.text, language) is not None
        ):
            continue
        first, _, last = mention.value.partition("/")
        if first[:4] == str(year) or (last and last[:4] != first[:4]):
            continue
        with contextlib.suppress(ValueError):  # 29 February
            parts = [date.fromisoformat(part).replace(year=year) for part in mention.value.split("/")]
            result[index] = replace(mention, value="/".join(part.isoformat() for part in parts))
    return tuple(result)


#: "Since" right before a date or opening it ("since April 4", "seit März", "depuis mai", "منذ مارس").
#: Only the words that mean "since" alone: "od", "desde", "dal", "с" are also "from", which may look ahead.
_SINCE_WORD = re.compile(r"(?:since|seit|depuis|منذ)[ \t]*$|^(?:since|seit|depuis|منذ)\s", re.IGNORECASE)


def _after_since(text: str, mention: DateMention) -> bool:
    """Whether "since" opens the mention or stands right before it."""
    return bool(_SINCE_WORD.search(mention.text) or _SINCE_WORD.search(text, max(0, mention.start - 8), mention.start))


def _since_is_past(text: str, reference: date, mention: DateMention) -> DateMention:
    """A month or day without its year after "since" is past: "clashes since April 4" written on 1 January 2020 is
    last April (the nearest-year rule put it in the coming one)."""
    if _YEAR_IN_TEXT.search(mention.text) or not (
        _BARE_DAY.fullmatch(mention.value) or _WHOLE_MONTH_VALUE.fullmatch(mention.value)
    ):
        return mention
    if not _after_since(text, mention):
        return mention
    first = date.fromisoformat(mention.value[:10])
    if first <= reference:
        return mention
    with contextlib.suppress(ValueError):  # 29 February
        parts = [_year_back(date.fromisoformat(part)).isoformat() for part in mention.value.split("/")]
        if _WHOLE_MONTH_VALUE.fullmatch(mention.value):
            year = int(parts[0][:4])
            return replace(mention, value=month_range(year, first.month))
        return replace(mention, value="/".join(parts))
    return mention


#: A year after "before" or "after" alone ("vor 1967", "before 2019"), which the parser reads as an open interval
#: from or to its first day: the year.
_YEAR_AFTER_BOUND = re.compile(
    r"(?:vor|nach|before|after|avant|après|antes\sde|después\sde|prima\sdel|dopo\sil|przed|po|до|после)\s"
    r"(?:dem\s|the\s|l['’]|el\s)?(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _news_rules(text: str, language: str, reference: date, mention: DateMention) -> DateMention:
    """A date as the news rules read it, each rule leaving a date it does not concern as it is: the tense of a
    bare weekday, a holiday's weekday, the thirds of a month, seasons, weekends, the last N units, months ago,
    a day after "last year", days written in full, spans of days, the halves and the end of a year."""
    mention = _since_is_past(text, reference, mention)
    if date_words.NINE_ELEVEN.search(mention.text):  # "after 9/11": the parser's 11 September of this year
        mention = replace(mention, value="2001-09-11")
    bound = _YEAR_AFTER_BOUND.fullmatch(mention.text)
    if bound is not None and _BARE_DAY.fullmatch(mention.value):
        mention = replace(mention, value=_year_range(int(bound["year"])))
    mention = _in_tense(text, language, reference, mention)
    mention = _holiday_weekday(language, reference, mention)
    mention = _month_third(text, language, mention)
    mention = _until_month(text, language, reference, mention)
    mention = _ordinal_week(language, mention)
    mention = _season_months(language, mention)
    mention = _weekend(text, language, reference, mention)
    mention = _rolling(language, reference, mention)
    mention = _months_ago(language, mention)
    mention = _after_last_year(text, language, reference, mention)
    mention = _written_day(mention)
    mention = _day_range(text, mention)
    mention = _year_half(text, language, mention)
    return _year_end(language, reference, mention)


def _until_month(text: str, language: str, reference: date, mention: DateMention) -> DateMention:
    """A month without its year after "until" ("resteront fermées jusqu'en septembre", "bis September") is the coming
    one, as a weekday after "until" is: read in the past, it moves a year ahead."""
    if not _WHOLE_MONTH_VALUE.fullmatch(mention.value) or _YEAR_IN_TEXT.search(mention.text):
        return mention
    until, month = _until_month_pattern(language), date_words.month_pattern(language).search(mention.text)
    month_start = mention.start + month.start() if month is not None else mention.start
    if until is None or not until.search(text, max(0, mention.start - _UNTIL_MONTH_REACH), month_start):
        return mention
    first = date.fromisoformat(mention.value[:10])
    if (reference - first).days <= _UNTIL_MONTH_BACK:
        return mention  # "Until March, sales fell", written in April: a month just past
    return replace(mention, value=month_range(first.year + 1, first.month))


#: How many days back a month after "until" may start and still be the one just past, not the coming one.
_UNTIL_MONTH_BACK = _HALF_YEAR_DAYS
#: How far before a month's mention its "until" may stand: one short word between at most ("bis zum", "hasta el").
_UNTIL_MONTH_REACH = 12


@lru_cache(maxsize=16)
def _until_month_pattern(language: str) -> re.Pattern[str] | None:
    """ "Until" before a month's name (:data:`date_words.UNTIL_MONTH_WORDS`), as whole words."""
    words = date_words.UNTIL_MONTH_WORDS.get(language)
    return date_words.word_pattern(words, language) if words else None


def _ordinal_week(language: str, mention: DateMention) -> DateMention:
    """An ordinal week of a month ("the third week of December") counts the Monday-to-Sunday weeks that have most
    of their days in the month, as ISO weeks do in a year: the first holds the month's first Thursday. The parser
    counts from the first Monday (the third week of January 2020 as 20 to 26 January; the annotators, 13 to 19)."""
    pattern = _ordinal_week_pattern(language)
    week = pattern.search(mention.text) if pattern is not None else None
    if week is None or "/" not in mention.value:
        return mention
    month_day = date.fromisoformat(mention.value.split("/")[1])  # the parser's week ends inside its month
    first = month_day.replace(day=1)
    monday = first - timedelta(days=first.weekday()) + timedelta(days=7 if first.weekday() > 3 else 0)
    monday += timedelta(days=7 * (date_words.WEEK_ORDINALS[week["ord"].casefold()] - 1))
    return replace(mention, value=day_range(monday, monday + timedelta(days=6)))


@lru_cache(maxsize=16)
def _ordinal_week_pattern(language: str) -> re.Pattern[str] | None:
    words = date_words.ORDINAL_WEEKS.get(language)
    return re.compile(words, re.IGNORECASE) if words else None


def _holiday_weekday(language: str, reference: date, mention: DateMention) -> DateMention:
    """A holiday written with its weekday ("New Year's Eve Tuesday", "am Dienstag, Silvester") is the
    holiday's day where the weekday agrees with it; the parser read the weekday alone."""
    weekday = date_words.weekday_in(mention.text, language)
    if weekday is None:
        return mention
    holiday = next(_holiday_candidates(mention.text, language, reference), None)
    if holiday is None or holiday[2] == mention.value:
        return mention
    day = date.fromisoformat(holiday[2][:10])  # a night's span starts on its day ("Dienstag, Silvesternacht")
    return replace(mention, value=holiday[2]) if day.weekday() == weekday else mention


def _habitual(text: str, language: str, mention: DateMention) -> bool:
    """Whether a bare weekday names a weekly habit ("every Monday", "il lunedì e il venerdì", "los lunes",
    "jeden Montag", "du lundi au vendredi", "Monday through Friday"), which is no date."""
    plural = date_words.plural_weekday_pattern(language)
    if plural is not None and plural.fullmatch(mention.text):
        return True  # "w niedziele": on Sundays
    head = date_words.weekday_pattern(language)
    weekday = head.search(mention.text) if head is not None else None
    if weekday is None or _has_calendar_day(mention.text, language) or _YEAR_IN_TEXT.search(mention.text):
        return False
    weekday_start = mention.start + weekday.start()
    span_words = date_words.weekday_span_pattern(language)
    if span_words is not None and any(
        found.start() <= weekday_start < found.end()
        for found in span_words.finditer(
            text, max(0, mention.start - _WEEKDAY_SPAN_REACH), min(len(text), mention.end + _WEEKDAY_SPAN_REACH)
        )
    ):
        return True  # a span of weekdays, no date
    pattern = _habitual_pattern(language)
    if pattern is None or date_words.weekday_in(mention.text, language) is None:
        return False
    modifier = date_words.modifier_pattern(language)
    after = text[mention.end : mention.end + _HABIT_AFTER]
    if modifier is not None and modifier.match(after.lstrip()):
        return False  # "il lunedì successivo": one Monday
    return pattern.search(text, max(0, weekday_start - _HABIT_BEFORE), weekday_start) is not None


#: Characters around a weekday read for a span of weekdays it opens or closes.
_WEEKDAY_SPAN_REACH = 30


#: Characters before a weekday its habit word is looked in, and after it its modifier.
_HABIT_BEFORE = 12
_HABIT_AFTER = 16


@lru_cache(maxsize=16)
def _habitual_pattern(language: str) -> re.Pattern[str] | None:
    """A habit word right before a weekday ("every", "ogni", "il", "cada", "los", "chaque", "jeden")."""
    words = date_words.HABITUAL_LEADS.get(language)
    return re.compile(rf"(?<!\w)(?:{words})[ \t]{{1,2}}$", re.IGNORECASE) if words else None


def resolve_weekday_date(month: int, day: int, weekday: int, reference: date) -> date | None:
    """The most recent year at or before ``reference.year`` where month/day falls on ``weekday``.

    Args:
        month: Month number 1-12.
        day: Day of month.
        weekday: Monday = 0 ... Sunday = 6.
        reference: The reference date.

    Returns:
        The date, or None when no year in the last 28 fits (e.g. 31 February).
    """
    with contextlib.suppress(ValueError):
        # "lunedì 6 gennaio" written on 30 December: the coming one, a week away, not one six years back
        coming = date(reference.year + 1, month, day)
        if coming.weekday() == weekday and (coming - reference).days <= _WEEKDAY_DAYS_AHEAD:
            return coming
    for year in range(reference.year, reference.year - _WEEKDAY_YEARS_BACK, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return candidate
    return None


def weighted_distance(first: date, last: date, reference: date) -> int:
    """How far the days [first, last] lie from ``reference``, in days, a future one counting double; 0 when they
    hold it. The nearest-year choices of yearless dates, quarters and holidays all read it."""
    if first > reference:
        return 2 * (first - reference).days
    return max(0, (reference - last).days)


def nearest_year(month: int, day: int, reference: date) -> date | None:
    """Put month/day in the year nearest ``reference`` (future distances count double)."""
    best: tuple[int, date] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        score = weighted_distance(candidate, candidate, reference)
        if best is None or score < best[0]:
            best = (score, candidate)
    return best[1] if best else None


def most_recent_weekday(weekday: int, reference: date) -> date:
    """The most recent ``weekday`` on or before ``reference``."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def month_range(year: int, month: int, months: int = 1) -> str:
    """ISO interval covering ``months`` months from year/month."""
    end_year, end_month = _add_months(year, month, months - 1)
    last = calendar.monthrange(end_year, end_month)[1]
    return f"{date(year, month, 1).isoformat()}/{date(end_year, end_month, last).isoformat()}"


def _year_range(year: int) -> str:
    return f"{year:04d}-01-01/{year:04d}-12-31"


def day_range(first: date, last: date) -> str:
    """ISO value of a day span: one date when both ends agree."""
    if last <= first:
        return first.isoformat()
    return f"{first.isoformat()}/{last.isoformat()}"


def _parse_reference(reference_date: str) -> date:
    try:
        return date.fromisoformat(reference_date[:10])
    except (ValueError, TypeError):
        return datetime.now().date()  # only the calendar day is used


# --- Duckling -------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _duckling_client() -> DucklingClient | None:
    """The Duckling child process client, or None where the library is not installed."""
    if importlib.util.find_spec("duckling") is None:
        return None
    client = DucklingClient()
    atexit.register(client.close)
    return client


def _duckling_ready() -> bool:
    client = _duckling_client()
    return client is not None and client.usable


#: Most characters between two calendar words of one date (", " in "Jan. 1, 2020"; " " in "2019 年 12 月").
_ONE_DATE_GAP = 3
#: Most characters of one date read so ("Wednesday, 1 January 2020"): a longer run is several dates.
_ONE_DATE_CHARS = 40


def _windows(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Bounded spans of ``text`` around calendar words, paragraph by paragraph.

    A window holds at most ``_MAX_TRIGGERS`` calendar words and never reaches into the
    next window's words: Duckling's time grows exponentially with the number of date
    words it can combine (8 × "on Tuesday" takes over a second, 4 take 1.5 ms).
    """
    trigger = date_words.trigger_pattern(language)
    position = 0
    length = len(text)
    count = 0
    while position < length and count < _MAX_WINDOWS:
        newline = text.find("\n", position)
        para_end = length if newline < 0 else newline
        para_end = min(para_end, position + _MAX_PARAGRAPH)
        group: list[tuple[int, int]] = []
        previous_end = position
        for match in trigger.finditer(text, position, para_end):
            if (
                group
                and match.start() - group[-1][1] <= _ONE_DATE_GAP
                and match.end() - group[-1][0] <= _ONE_DATE_CHARS
            ):
                # Calendar words a few characters apart are one date ("2019年12月18日", "Tuesday, Jan. 1,
                # 2020"): one word for the count, so no window cuts it in two.
                group[-1] = (group[-1][0], match.end())
                continue
            if group and (
                match.start() - group[-1][1] > 2 * _MARGIN
                or len(group) >= _MAX_TRIGGERS
                or match.end() - group[0][0] > _MAX_WINDOW
            ):
                yield max(previous_end, group[0][0] - _MARGIN), min(match.start(), group[-1][1] + _MARGIN)
                count += 1
                previous_end = group[-1][1]
                group = []
            group.append((match.start(), match.end()))
        if group:
            yield max(previous_end, group[0][0] - _MARGIN), min(para_end, group[-1][1] + _MARGIN)
            count += 1
        position = para_end + 1 if para_end == newline else para_end


def _snap(text: str, start: int, end: int, language: str = "") -> tuple[int, int]:
    """Move window edges to white space so no word is cut in two (Chinese has no spaces between words: the
    few in its texts are inside dates, "12 月 29 日", so its edges stay)."""
    if language == "zh":
        return start, end
    if start > 0 and not text[start - 1].isspace():
        space = text.find(" ", start, min(end, start + 20))
        start = space + 1 if space >= 0 else start
    if end < len(text) and not text[end].isspace():
        space = text.rfind(" ", max(start, end - 20), end)
        end = space if space > start else end
    return start, end


def _duckling_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    spans = (_snap(text, raw_start, raw_end, language) for raw_start, raw_end in _windows(text, language))
    yield from _parse_spans(text, language, reference, spans)


def _unglue(
    text: str, language: str, reference: date, candidates: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Parse again, piece by piece, the spans Duckling glued over a comma that another reading crosses."""
    pieces: list[tuple[int, int]] = []
    ordered = sorted(candidates)
    for candidate in candidates:
        if not _glued_and_crossed(text, candidate, ordered):
            continue
        start, end, _ = candidate
        piece_start = start
        for match in re.finditer(r"[,،]", text[start:end]):
            pieces.append((piece_start, start + match.start()))
            piece_start = start + match.end()
        pieces.append((piece_start, end))
    return list(_parse_spans(text, language, reference, iter(pieces))) if pieces else []


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    """Whether [start, end) begins or ends inside a run of Latin letters and digits."""

    def joined(left: int, right: int) -> bool:
        return left >= 0 and right < len(text) and all(c.isascii() and c.isalnum() for c in (text[left], text[right]))

    return joined(start - 1, start) or joined(end - 1, end)


#: A hyphen and Latin letters right after a number alone: the number is part of a name ("2019-nCoV"), unlike a
#: month's name in a compound ("April-Ausgabe").
_CODE_AFTER_YEAR = re.compile(r"-[A-Za-z]")
#: A number and a slash right before a year: the year closes a reference number ("8322/2020").
_NUMBER_BEFORE = re.compile(r"\d/$")
#: An Arabic letter (not the tatweel that stretches "لـ 29").
_ARABIC_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a]")
#: What Arabic glues before a word: "and", "then", "with", "to", "as", the article, and their compounds.
_ARABIC_PREFIXES = frozenset(
    ["و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل", "وبال", "ولل", "فلل"]
)
#: Longest run of letters :data:`_ARABIC_PREFIXES` holds.
_ARABIC_PREFIX_CHARS = 4


def _inside_arabic_word(text: str, start: int, end: int) -> bool:
    """Whether [start, end) ends inside an Arabic word, or begins inside one after letters that are no prefix."""
    if end < len(text) and _ARABIC_LETTER.match(text, end) and _ARABIC_LETTER.match(text, end - 1):
        return True
    lead = start
    while lead > 0 and start - lead <= _ARABIC_PREFIX_CHARS and _ARABIC_LETTER.match(text, lead - 1):
        lead -= 1
    return lead < start and _ARABIC_LETTER.match(text, start) is not None and text[lead:start] not in _ARABIC_PREFIXES


#: Spaces machine translation sets between the digits and the characters of a Chinese date ("12 月 29 日").
_ZH_DIGIT_SPACE = re.compile(r"(?<=\d) (?=[年月日号號])|(?<=[年月]) (?=\d)")


def _same_length_lower(piece: str, language: str) -> str:
    """A Turkish window in lower case, which the parser reads where it misses capitals ("1 NİSAN", "HAZİRAN
    ORTASINDA"); the Turkish dotted and dotless capitals keep every offset. A German window has the Austrian
    "Jänner" written "Januar". Other languages are left as written."""
    if language in ("es", "it", "pt") and _ORDINAL_MARK.search(piece):
        piece = _ORDINAL_MARK.sub(" ", piece)  # "el 1º de mayo": the parser reads "1 de mayo"
    if language == "de" and "änner" in piece:
        return _JAENNER.sub(lambda m: "J" + "anuar" if m.group(0)[0] == "J" else "januar", piece)
    if language != "tr":
        return piece
    if not _CAPITALS_RUN.search(piece):
        # A dotted capital opening a sentence: the parser reads "iki gün önce", not "İki gün önce".
        return piece.replace("İ", "i")
    lowered = piece.translate(_TURKISH_LOWER).lower()
    return lowered if len(lowered) == len(piece) else piece


#: The ordinal mark after a day's number ("1º", "1°", "1ª"), one character like the space that replaces it.
_ORDINAL_MARK = re.compile(r"(?<=\d)[º°ª]")
#: January as Austria writes it, which the parser does not know; "Januar" has as many letters.
_JAENNER = re.compile(r"[Jj]änner")
#: Capitals written the Turkish way, and a word in capitals (where a Turkish window is lower-cased).
_TURKISH_LOWER = str.maketrans({"İ": "i", "I": "ı"})
_CAPITALS_RUN = re.compile(r"\b[A-ZÇĞİÖŞÜ]{3,}\b")


def _without_digit_spaces(piece: str, language: str) -> tuple[str, list[int] | None]:
    """``piece`` without the spaces inside Chinese dates, which Duckling does not read, and where each kept
    character was (None when nothing was taken out)."""
    if language != "zh" or not _ZH_DIGIT_SPACE.search(piece):
        return piece, None
    dropped = {match.start() for match in _ZH_DIGIT_SPACE.finditer(piece)}
    kept = [i for i in range(len(piece)) if i not in dropped]
    return "".join(piece[i] for i in kept), kept


def _original_offset(kept: list[int] | None, offset: int, length: int) -> int:
    """The offset in the window of the character at ``offset`` in the text Duckling read."""
    if kept is None:
        return offset
    return kept[offset] if offset < length else kept[-1] + 1 + (offset - length)


def _parse_spans(
    text: str, language: str, reference: date, spans: Iterator[tuple[int, int]]
) -> Iterator[tuple[int, int, str]]:
    client = _duckling_client()
    if client is None:
        return
    seen: set[tuple[int, int]] = set()
    windows = [(start, end) for start, end in spans if end > start]
    # Duckling knows "aujourd'hui" only with a straight apostrophe; the swap keeps every offset. The " ."
    # after each window avoids Duckling crashes on Arabic windows that end right after a word or a
    # punctuation mark ("العام بالمجان.", "لليوم العشرين "); the child process is the net for the rest.
    compacted = [
        _without_digit_spaces(_same_length_lower(text[s:e].translate(_FOR_PARSER), language), language)
        for s, e in windows
    ]
    answers = client.parse_many([piece + " ." for piece, _ in compacted], language, reference)
    trigger = date_words.trigger_pattern(language)
    season = date_words.bare_season_pattern(language)
    no_date = date_words.no_date_pattern(language)
    months = date_words.month_pattern(language)
    for (start, end), (piece, kept), found in zip(windows, compacted, answers, strict=True):
        for item in found:
            if item.get("dim") != "time":
                continue
            # Duckling's offsets are character offsets; its "body" text is mis-decoded, so it is never used.
            # A match may run into the " ." added after the window: it is cut at the window's end.
            item_start = start + _original_offset(kept, int(item["start"]), len(piece))
            item_end = min(end, start + _original_offset(kept, int(item["end"]) - 1, len(piece)) + 1)
            span_start, span_end = _trim(text, item_start, item_end)
            if span_end <= span_start or (span_start, span_end) in seen:
                continue
            seen.add((span_start, span_end))
            if _inside_latin_word(text, span_start, span_end):
                continue  # "B4A", "A380": letters and digits of one code, not "4 a.m."
            if text[span_start:span_end].isdigit() and (
                _CODE_AFTER_YEAR.match(text, span_end)
                or _NUMBER_BEFORE.search(text, max(0, span_start - 2), span_start)
            ):
                continue  # "2019-nCoV", "رقم 8322/2020": a year that is part of a name or a number
            if language == "ar" and _inside_arabic_word(text, span_start, span_end):
                continue  # "الواحدة" (the one) holds "احد" (Sunday), "أمسية" (an evening) holds "أمس"
            surface = text[span_start:span_end].translate(_FOR_PARSER)  # the rules below read Western digits
            if _UNIT_ONLY.match(surface) or not trigger.search(surface):
                continue  # "the first", "over the years": no calendar word, no date
            if season is not None and season.fullmatch(surface):
                # "in winter", "l'été", "prices fall", "a été": a season no word places in a year, or a verb.
                continue
            if _NOT_A_DATE.fullmatch(surface) or (language == "en" and _LOWER_CASE_MONTH.fullmatch(surface)):
                # "rose 7.38 points", "in the afternoon" (no day), "will march": a number, a time, a verb.
                continue
            if _FRACTION.fullmatch(surface):
                continue  # "a 5 1/2-mile route": a number and a fraction, not the 2nd of January
            if _SCORE.search(surface) and not _YEAR_IN_TEXT.search(surface) and not months.search(surface):
                continue  # "ganaron 5-2", "poner el 4-2": a score, not the 5th of February ("4-5 Şubat" is a span)
            if _DECIMAL.fullmatch(surface) and not _DATE_DOT_AFTER.match(text, span_end):
                continue  # "6.8 büyüklüğünde", "yüzde 0.15": a decimal number, not a day and month ("am 6.8." is)
            if no_date is not None and no_date.fullmatch(surface):
                continue  # "la matinée", "en cinco años": a part of a day alone, a length of time
            value = _resolve(item.get("value") or {}, surface, language, reference)
            year_named = _ARABIC_YEAR_NAMED.fullmatch(surface) if language == "ar" else None
            if year_named:
                value = _year_range(int(year_named["year"]))  # "من عام 2019": the parser reads May 2019
            if language == "fr" and value and value[5:7] == "09" and _FR_SEPT_NUMBER.search(surface):
                continue  # "2019, sept des neuf Länder": the number seven read as September
            if language == "en" and _NEW_YEAR.fullmatch(surface):
                value = _new_year(text, span_start, value)
            value = _no_far_future(
                value, surface, text[max(0, span_start - 20) : span_start] + surface, language, reference
            )
            reach_before, reach_after = _modifier_reach(language)
            after = _WORD_AFTER.match(text, span_end, min(len(text), span_end + reach_after))
            value = _after_next_modifier(
                value,
                # The modifier may follow its noun ("الجمعة المقبل", "في أبريل المقبل"): the next word counts too.
                text[max(0, span_start - reach_before) : span_start] + surface + (after.group(0) if after else ""),
                language,
                reference,
            )
            if value:
                yield span_start, span_end, value


#: "The year 2019" in Arabic, with "from" before it ("من عام 2019"), which the parser misreads as a month.
_ARABIC_YEAR_NAMED = re.compile(r"(?:(?:من|منذ|في|خلال)\s)?(?:ال)?(?:عام|سنة)\s(?P<year>(?:19|20)\d\d)")
#: A year written as a word of its own, not the end of a numeric date ("29/03/2020").
_WORD_YEAR = re.compile(r"(?<![\d/.-])(?:1[89]|20)\d\d(?!\d)")
#: A whole number and a fraction ("5 1/2").
_FRACTION = re.compile(r"\d{1,3}\s[1-9]/[2-9]")
#: Two small numbers joined by a hyphen, alone: a score ("5-2") more often than a day and month.
_SCORE = re.compile(r"(?<![\d./-])\d{1,2}\s?-\s?\d{1,2}(?![\d./-])")
#: A number with a decimal point or comma and no year: a decimal ("6.8", "0.15") more often than a day.
_DECIMAL = re.compile(r"\d{1,2}[.,]\d{1,2}")
#: The dot that closes a German or Turkish day and month ("am 6.8."), not a sentence's stop before a capital.
_DATE_DOT_AFTER = re.compile(r"\.(?!\s*[A-ZÀ-ÖØ-ÞÇĞİÖŞÜ\d])")
#: A clock time written with a dot or colon and its unit ("6.30 Uhr", "16.45 h"): no day and month.
_CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d{2}\s?(?:Uhr|h\b)|\bsaat\s\d{1,2}[.:]\d{2}", re.IGNORECASE)
#: "new year" as the parser reads it: the 1st of January, whatever the words around it say.
_NEW_YEAR = re.compile(r"new\syears?(?:['’]s?)?", re.IGNORECASE)
#: "the" before "new year", with what the new year is then: its first hours or day (the 1st of January), or
#: the year it opens ("into the new year", "early in the new year").
_THE_BEFORE_NEW_YEAR = re.compile(
    r"(?:(?P<day>(?:hours?|minutes?|day|eve|dawn|start|beginning|stroke)\sof|"
    # Celebrating it is celebrating its first day ("ushered in the New Year", "celebrate the new year").
    r"(?:celebrat|usher|ring|welcom|greet|toast|see|saw|seeing|start|begin)\w{0,4}(?:\sin)?|on|occasion\sof)\s)?"
    r"the\s$",
    re.IGNORECASE,
)
#: A noun after "new year" that makes it name a thing of the holiday ("the New Year reception").
_NEW_YEAR_THING = re.compile(
    r"\s(?:message|address|speech|greetings?|reception|celebrations?|part(?:y|ies)|resolutions?|honou?rs|"
    r"holidays?|festivities|fireworks|concerts?|sales?|offers?|wishes|cards?|traditions?|closures?|break|period|"
    r"dinner|gala|countdown|eve)(?!\w)",
    re.IGNORECASE,
)
#: Characters before "new year" read for its "the".
_NEW_YEAR_LEAD = 30


def _new_year(text: str, start: int, value: str | None) -> str | None:
    """ "The new year" is the year it opens ("into the new year": 2020), "the first hours of the new year" and
    "celebrating the new year" its first day; "new year" with no "the" is a greeting or names a thing ("Happy
    New Year", "New Year fireworks"), and "New Year's" what belongs to it ("New Year's resolutions"): no date."""
    if value is None or text[start:].lower().startswith(("new year's", "new year’s")):
        return None  # "the New Year's meeting": what belongs to it, no date
    the = _THE_BEFORE_NEW_YEAR.search(text, max(0, start - _NEW_YEAR_LEAD), start)
    if the is None or _NEW_YEAR_THING.match(text, start + len("new year")):
        return None  # "the New Year message": a thing of the holiday
    if the.group("day"):
        return value[:10]
    return _year_range(int(value[:4]))


#: A number with two decimals that no day and month can be ("7.38"), or a part of a day alone ("in the afternoon").
_NOT_A_DATE = re.compile(
    r"\d{1,2}[.,](?:3[2-9]|[4-9]\d)|(?:in|during)\s(?:the\s)?(?:morning|afternoon|evening|night)", re.IGNORECASE
)
#: An English month name in lower case, alone: "march" and "may" are verbs; English writes months capitalised.
_LOWER_CASE_MONTH = re.compile(
    r"(?:in\s|on\s|by\s)?(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
#: "sept" with no day number before it is the number seven ("2019, sept des neuf Länder"): September written
#: short comes after its day ("le 7 sept. 2019").
_FR_SEPT_NUMBER = re.compile(r"(?<![\d\w])(?<!\d\s)sept\b(?!\.\s?\d)", re.IGNORECASE)


def _no_far_future(value: str | None, surface: str, context: str, language: str, reference: date) -> str | None:
    """A yearless date read half a year or more ahead, or one said to be past ("juin dernier"), moves back a year.

    "Next year" is the year after the reference date's, however far ahead it starts, and so is what a word of the
    coming ("gelecek", "المقبل", "следующем") says will come.
    """
    if value is None or _YEAR_IN_TEXT.search(surface) or _NEXT_YEAR.search(surface):
        return value
    coming = date_words.next_modifier_pattern(language)
    if coming is not None and coming.search(surface) and value[:4] == value[-10:-6]:
        # "gelecek yıl", "العام المقبل", "в следующем году": said to come, however far ahead. Not "over the next five
        # years", which counts from the reference date's own year.
        return value
    first = date.fromisoformat(value[:10])
    past = date_words.past_modifier_pattern(language)
    said_past = past is not None and past.search(context) is not None
    if (first - reference).days > _HALF_YEAR_DAYS or (said_past and first > reference and "/" in value):
        return "/".join(_year_back(date.fromisoformat(part)).isoformat() for part in value.split("/"))
    return value


#: "Next year" in the languages the parser reads ("l'an prochain", "im kommenden Jahr", "el año que viene").
_NEXT_YEAR = re.compile(
    r"\bnext\syear\b|\b(?:l['’]année|l['’]an)\sprochaine?\b|\b(?:nächste|kommende)[sn]?\sJahr|"
    r"\b(?:próximo\saño|año\s(?:próximo|que\sviene))\b|\b(?:anno\sprossimo|prossimo\sanno)\b|明年|来年",
    re.IGNORECASE,
)


#: "الماضي" (last) or "المقبل" (next) right after a day and month ("في 17 مارس الماضي").
_ARABIC_DAY_MODIFIER = re.compile(
    r"[ \t](?:(?P<past>الماضي|الماضية|المنصرم|المنصرمة)|المقبل|المقبلة|القادم|القادمة)(?!\w)"
)


def _arabic_day_with_modifier(
    text: str, reference: date, candidates: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A day read with the "last" or "next" after it, as one span: the parser reads "مارس الماضي" (last March), longer
    than the day, and the day is lost. "Last" puts the day on or before the reference date, "next" after it."""
    joined = []
    for start, end, value in candidates:
        modifier = _ARABIC_DAY_MODIFIER.match(text, end)
        if modifier is None or _BARE_DAY.fullmatch(value) is None or _YEAR_IN_TEXT.search(text, start, end):
            continue
        if not date_words.month_pattern("ar").search(text, start, end):  # a weekday's "last" is the tense rules'
            continue
        day = date.fromisoformat(value)
        if modifier["past"] and day > reference:
            day = _year_back(day)
        elif not modifier["past"] and day <= reference:
            with contextlib.suppress(ValueError):  # 29 February
                day = day.replace(year=day.year + 1)
        joined.append((start, modifier.end(), day.isoformat()))
    return joined


#: "Before last" right after a weekday ("الاثنين قبل الماضي": the Monday before last).
_ARABIC_BEFORE_LAST = re.compile(r"[ \t]{1,2}قبل[ \t]{1,2}(?:الماضي|الماضى|الأخير)")


def _arabic_before_last(text: str, mention: DateMention) -> DateMention:
    """A bare weekday followed by "قبل الماضي" is the one a week before the last one the rules gave."""
    after = _ARABIC_BEFORE_LAST.match(text, mention.end)
    if after is None or not _BARE_DAY.fullmatch(mention.value) or date_words.weekday_in(mention.text, "ar") is None:
        return mention
    day = date.fromisoformat(mention.value) - timedelta(days=_DAYS_A_WEEK)
    return DateMention(text[mention.start : after.end()], mention.start, after.end(), day.isoformat())


def _abbreviated_month_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """A day and an abbreviated month (:data:`date_words.MONTH_ABBREVIATIONS`: "30 dic", "30 дек"), with the year
    written after it if any, else in the year nearest the reference date."""
    pattern = _abbreviated_month_pattern(language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        year = int(match["year"]) if match["year"] else None
        with contextlib.suppress(ValueError):
            day = date(year or reference.year, _part_of(match) + 1, int(match["day"]))
            if year is None:
                day = nearest_year(day.month, day.day, reference) or day
            yield match.start(), match.end(), day.isoformat()


@lru_cache(maxsize=16)
def _abbreviated_month_pattern(language: str) -> re.Pattern[str] | None:
    months = date_words.MONTH_ABBREVIATIONS.get(language)
    if months is None:
        return None
    return re.compile(
        rf"(?<![\d.,/])(?P<day>[0-3]?\d)\.?[ \t]{{1,2}}{_part_groups(months)}\.?(?!\w)"
        r"(?:[ \t]{1,2}(?P<year>(?:19|20)\d\d)(?!\d))?",
        re.IGNORECASE,
    )


def _year_back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


_DAYS_A_WEEK = 7
#: The word right after a span (its spaces included).
_WORD_AFTER = re.compile(r"[ \t]{1,2}\w+")


def _after_next_modifier(value: str | None, context: str, language: str, reference: date) -> str | None:
    """Move a weekday or week that "next"/"kommenden" puts after the reference date but was read before it, and a
    next weekday read more than a week ahead back into the coming week."""
    pattern = date_words.next_modifier_pattern(language)
    if value is None or pattern is None or not pattern.search(context):
        return value
    first = date.fromisoformat(value[:10])
    if first > reference:
        if (
            "/" not in value
            and (first - reference).days > _DAYS_A_WEEK
            and date_words.weekday_in(context, language) is not None
        ):
            # "lunedì prossimo" on a Wednesday, read as the Monday after next: the next Monday is in five days.
            return (first - timedelta(days=_DAYS_A_WEEK)).isoformat()
        return value
    if "/" in value:
        last = date.fromisoformat(value[11:21])
        if (last - first).days == 6:  # a week
            return day_range(first + timedelta(days=7), last + timedelta(days=7))
        if _WHOLE_MONTH_VALUE.fullmatch(value):  # "في أبريل المقبل" in May: next year's April
            return month_range(first.year + 1, first.month)
        return value
    if date_words.weekday_in(context, language) is not None:
        return (first + timedelta(days=7 * ((reference - first).days // 7 + 1))).isoformat()
    # Not Chinese, whose 下 ("next") is also "down" ("从甲板上滚下 12 月 30 日").
    if language != "zh" and date_words.month_pattern(language).search(context) and not _YEAR_IN_TEXT.search(context):
        with contextlib.suppress(ValueError):  # 29 February
            return first.replace(year=first.year + 1).isoformat()  # "نهاية سبتمبر المقبل": next September's
    return value


#: How many characters before and after a weekday its modifier ("next", "this") may stand. Chinese writes
#: it right before the day, with no space ("下周一", "下个星期一"): a 下 further back belongs to another word.
_MODIFIER_REACH: dict[str, tuple[int, int]] = {"zh": (2, 0)}
_DEFAULT_MODIFIER_REACH = (20, 12)


def _modifier_reach(language: str) -> tuple[int, int]:
    """Characters before and after a weekday or date searched for its modifier in ``language``."""
    return _MODIFIER_REACH.get(language, _DEFAULT_MODIFIER_REACH)


def _weekday_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Weekday words the parser may not read ("Montagabend"): the bare-weekday rule, or next/last week's day."""
    pattern = date_words.weekday_pattern(language)
    if pattern is None:
        return
    next_re = date_words.next_modifier_pattern(language)
    any_re = date_words.modifier_pattern(language)
    for match in pattern.finditer(text):
        if language == "ar" and _inside_arabic_word(text, match.start(), match.end()):
            continue
        weekday = (match.lastindex or 1) - 1
        reach_before, reach_after = _modifier_reach(language)
        before = (
            text[max(0, match.start() - reach_before) : match.start()]
            + " "
            + text[match.end() : match.end() + reach_after]
        )
        recent = most_recent_weekday(weekday, reference)
        if next_re is not None and next_re.search(before):
            day = recent + timedelta(days=7)
        elif any_re is not None and any_re.search(before):
            continue  # "this Monday", "every Monday": left to the parser
        else:
            day = recent
        yield match.start(), match.end(), day.isoformat()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    return start, end


def _instant(value: dict[str, Any]) -> tuple[datetime, str] | None:
    raw = value.get("value")
    grain = value.get("grain", "day")
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=None), str(grain)


def _resolve(value: dict[str, Any], span: str, language: str, reference: date) -> str | None:
    """Turn one Duckling value into an ISO date or interval, applying the news rules."""
    if value.get("type") == "interval":
        lower = _instant(value["from"]) if isinstance(value.get("from"), dict) else None
        upper = _instant(value["to"]) if isinstance(value.get("to"), dict) else None
        if lower and upper:
            if lower[1] in _FINE_GRAINS:
                # "Tuesday evening", "tonight": a part of one day; that day obeys the day rules. A stretch of clock
                # time alone ("gegen 6.30 Uhr") is none.
                if not _has_date_word(span, language):
                    return None
                if lower[0].date() == reference and upper[0].date() > reference and _has_calendar_day(span, language):
                    # "حتى 11 يناير" (until 11 January): from now to the day it names, which is the date.
                    return _resolve_instant(upper[0], "day", span, language, reference)
                written = _WORD_YEAR.search(span)
                if lower[0].date() == reference and written and upper[0].year == int(written.group(0)):
                    return _year_range(int(written.group(0)))  # "حتى عام 2030": until the year it names
                return _resolve_instant(lower[0], "day", span, language, reference)
            # Duckling's interval end is exclusive, except in Spanish spans of years ("2020-2025", "entre 2019 y
            # 2021" end on the first day of the last year written): a last year the span writes is whole.
            last = (upper[0] - timedelta(seconds=1)).date()
            if upper[1] == "year" and str(upper[0].year) in span:
                last = date(upper[0].year, 12, 31)
            first = lower[0].date()
            if (
                lower[1] == "day"
                and first.month != last.month
                and first.day <= last.day
                and _one_month_named(span, language)
            ):
                # "vom 1. bis 3. März", "entre el 1 y el 3 de mayo": the first day is in the month written once.
                first = last.replace(day=first.day)
            if (last - first).days > 366 and lower[1] == "day":
                # "from March 3 to March 5, 2020": the year written once belongs to both ends.
                with contextlib.suppress(ValueError):  # 29 February
                    first = first.replace(year=last.year) if first.replace(year=last.year) <= last else first
            return day_range(first, max(last, first))
        single = lower or upper
        if single is None:
            return None
        return _resolve_instant(single[0], single[1], span, language, reference)
    instant = _instant(value)
    if instant is None:
        return None
    return _resolve_instant(instant[0], instant[1], span, language, reference)


def _one_month_named(span: str, language: str) -> bool:
    """Whether ``span`` names exactly one month by its name, and no year before it ("entre 2019 y el 30 de
    diciembre" runs from the year written)."""
    months = list(date_words.month_pattern(language).finditer(span))
    return len(months) == 1 and not _YEAR_IN_TEXT.search(span, 0, months[0].start())


def _has_date_word(span: str, language: str) -> bool:
    span = _CLOCK_TIME.sub(" ", span)  # "6.30 Uhr" is a time of day, no day and month
    if _NUMERIC_DAY_MONTH.search(span):
        return True
    return date_words.weekday_in(span, language) is not None or bool(date_words.trigger_pattern(language).search(span))


#: A Chinese year named by a word before its month ("去年3月": March of last year), which the parser ignores.
_ZH_YEAR_WORD = re.compile(r"(?P<word>今年|去年|明年|前年|后年|後年)\s?(?=[一二三四五六七八九十\d]{1,2}\s?月)")
_ZH_YEAR_SHIFT = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2, "後年": 2}


def _resolve_instant(moment: datetime, grain: str, span: str, language: str, reference: date) -> str | None:
    day = moment.date()
    has_year = bool(_YEAR_IN_TEXT.search(span))
    year_word = _ZH_YEAR_WORD.search(span) if language == "zh" and not has_year else None
    if year_word is not None and grain in ("day", "month", *_FINE_GRAINS):
        with contextlib.suppress(ValueError):  # 29 February
            day = day.replace(year=reference.year + _ZH_YEAR_SHIFT[year_word["word"]])
            has_year = True
            if grain == "month":
                return month_range(day.year, day.month)
    if grain in _FINE_GRAINS:
        if not _has_date_word(span, language):
            return None  # a clock time or "in 3 hours": not a date
        if (
            _WORD_YEAR.search(span)
            and not _has_calendar_day(span, language)
            and date_words.weekday_in(span, language) is None
        ):
            return _year_range(day.year)  # "en 2014, à 16 heures": a year and a clock time glued, the year
        grain = "day"
    if grain == "day":
        return _fix_day(day, span, language, reference, has_year).isoformat()
    if grain == "week":
        return day_range(day, day + timedelta(days=6))
    if grain == "month" and _YEARS_AGO.search(span) and not date_words.month_pattern(language).search(span):
        return _year_range(day.year)  # "ten years ago": Duckling says month, the text says year
    if grain == "month":
        year = day.year
        if not has_year:
            middle = nearest_year(day.month, 15, reference)
            year = middle.year if middle else year
        return month_range(year, day.month)
    if grain == "quarter":
        if has_year:
            return month_range(day.year, day.month, 3)
        # "nel secondo trimestre" with no year: the parser's next one; the nearest, a future one counting double
        years = (reference.year - 1, reference.year, reference.year + 1)
        return min((month_range(year, day.month, 3) for year in years), key=lambda v: _distance_of(v, reference))
    if grain == "year":
        return _year_range(day.year)
    return None


def _fix_day(day: date, span: str, language: str, reference: date, has_year: bool) -> date:
    """Apply the weekday and nearest-year rules to a day Duckling resolved."""
    if has_year:
        return day
    weekday = date_words.weekday_in(span, language)
    has_calendar_day = _has_calendar_day(span, language)
    if weekday is not None and has_calendar_day:
        return resolve_weekday_date(day.month, day.day, weekday, reference) or day
    if has_calendar_day:
        return nearest_year(day.month, day.day, reference) or day
    if weekday is not None:
        if _this_weekday(span, language):
            return reference + timedelta(days=weekday - reference.weekday())
        modifier = date_words.modifier_pattern(language)
        if modifier is not None and modifier.search(span):
            return day
        return most_recent_weekday(weekday, reference)
    return day


def _this_weekday(span: str, language: str) -> bool:
    """Whether a weekday is put in the reference date's own week ("este lunes", "this Friday"), by a word that
    says neither next nor last: the parser reads it as the next one, news as the one of the week it writes in."""
    this = date_words.this_modifier_pattern(language)
    if this is None or not this.search(span):
        return False
    next_words, past_words = date_words.next_modifier_pattern(language), date_words.past_modifier_pattern(language)
    return not any(words is not None and words.search(span) for words in (next_words, past_words))


def _in_tense(text: str, language: str, reference: date, mention: DateMention) -> DateMention:
    """A bare weekday read as the last one moves to the coming one where its clause tells of the future.

    "Monday afternoon will be mostly cloudy", "Les deux autres doivent partir jeudi": the clause holds a
    future marker and no past one ("said Monday he will" keeps the Monday past). The reference day's own
    weekday stays that day ("available starting Tuesday", written on a Tuesday).
    """
    if _BARE_DAY.fullmatch(mention.value) is None:
        return mention
    weekday = date_words.weekday_in(mention.text, language)
    if weekday is None or _has_calendar_day(mention.text, language):
        return mention
    this_week = _this_weekday(mention.text, language)
    modifier = date_words.modifier_pattern(language)
    if not this_week and modifier is not None and modifier.search(mention.text):
        return mention
    future, past = date_words.future_marker_pattern(language), date_words.past_marker_pattern(language)
    clause = _clause_around(text, mention.start, mention.end)
    day = date.fromisoformat(mention.value)
    if future is None or past is None:
        # No tense markers for the language: only an "until" looks ahead ("do piątku").
        if day < reference and _until_before_weekday(text, language, mention):
            return replace(mention, value=(day + timedelta(days=7 * ((reference - day).days // 7 + 1))).isoformat())
        return mention
    if day > reference and this_week and past.search(clause) and not future.search(clause):
        # "arribó este lunes", written on a Wednesday... of a Monday still to come: the one before.
        return replace(mention, value=(day - timedelta(days=7)).isoformat())
    # "until Friday", "bis Freitag", "hasta el viernes": a day the clause looks ahead to, unless told as past.
    ahead = (
        future.search(clause)
        or _until_before_weekday(text, language, mention)
        or (language == "de" and _GERMAN_PRESENT_AHEAD.match(text, mention.end) is not None)
        or (language == "en" and _ENGLISH_PRESENT_AHEAD.search(text, max(0, mention.start - 30), mention.start))
    )
    if day >= reference or not ahead or _tense_nearer(text, mention, past, future) or _YESTERDAY.search(mention.text):
        return mention  # "أمس الجمعة": yesterday, Friday
    coming = day + timedelta(days=7 * ((reference - day).days // 7 + 1))
    return replace(mention, value=coming.isoformat())


#: An English verb of happening in the present's third person right before a weekday ("the parliament votes on
#: Thursday", "the trial resumes Monday"): a day to come, as a timetable tells it.
_ENGLISH_PRESENT_AHEAD = re.compile(
    r"\b(?:votes|meets|begins|starts|opens|resumes|reopens|returns|kicks\soff|takes\splace|plays|hosts|visits|"
    r"arrives|leaves|heads|travels|closes|ends|launches|premieres|airs|debuts)[ \t]{1,2}(?:on[ \t]{1,2})?$"
)


#: A German clause in the present that tells of a weekday to come ("Am Dienstag geht der Spaß weiter", "am Samstag
#: ruft ... auf"): its verb right after the weekday, in the present's third person.
_GERMAN_PRESENT_AHEAD = re.compile(
    r"[ \t]{1,2}(?:geht|gehen|findet|finden|beginnt|beginnen|startet|starten|ruft|rufen|tagt|tagen|kommt|kommen|"
    r"steht|stehen|folgt|folgen|läuft|laufen)\b"
)


def _until_before_weekday(text: str, language: str, mention: DateMention) -> bool:
    """Whether an "until" word stands right before the mention's weekday ("until Friday", not "Samstag 8 bis 13")."""
    until, weekdays = date_words.until_pattern(language), date_words.weekday_pattern(language)
    weekday = weekdays.search(mention.text) if weekdays is not None else None
    if language == "tr" and weekday is not None:  # the postposition follows: "cuma gününe kadar", "pazartesiden
        return bool(_TURKISH_UNTIL_AFTER.match(text, mention.start + weekday.end()))  # itibaren"
    if until is None or weekday is None:
        return False
    weekday_start = mention.start + weekday.start()
    lead = text[max(0, weekday_start - _UNTIL_REACH) : weekday_start]
    # One word may stand between ("حتى مساء الأحد": until Sunday evening; "hasta el viernes").
    return any(len(lead[found.end() :].split()) <= 1 for found in until.finditer(lead))


#: Characters before a weekday read for its "until".
_UNTIL_REACH = 14
#: What follows a Turkish weekday (its case ending, read with the weekday's name or after "günü") to look ahead:
#: "kadar" (until) or "itibaren" (from ... on).
_TURKISH_UNTIL_AFTER = re.compile(
    r"(?:[ \t]?günü\w{0,4}|['’]\w{0,4})?[ \t]+(?:kadar|itibaren)(?!\w)",
    re.IGNORECASE,
)


#: Most characters a weekday's clause is read over, on each side.
_TENSE_REACH = 60
#: A single day's value (no range).
_BARE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: What ends the clause a weekday's tense is read from.
_CLAUSE_EDGE = re.compile(r"[.;:!?\n。；！？，]")  # Chinese closes a clause with a full-width comma too


def _quarter_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Quarters Duckling does not read in ``language`` ("au premier trimestre 2020", "im zweiten Quartal").

    Without a year, the quarter is put in the year that places it nearest the reference date, a future
    quarter counting twice as far as a past one.
    """
    pattern = _quarter_pattern(language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        first_month = 3 * _part_of(match) + 1
        if match.group("year"):
            value = month_range(int(match.group("year")), first_month, 3)
        else:
            years = (reference.year - 1, reference.year, reference.year + 1)
            value = min((month_range(year, first_month, 3) for year in years), key=lambda v: _distance_of(v, reference))
        yield match.start(), match.end(), value


def _year_third_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """A year led by "early" or "mid" (:data:`date_words.MONTH_PARTS`): its first or middle third, as the parts of
    a month are ("mid-2019": May to August; "في مطلع العام": January to April of the reference year)."""
    pattern = _year_third_pattern(language)
    if pattern is None:
        return
    next_re, past_re = date_words.next_modifier_pattern(language), date_words.past_modifier_pattern(language)
    for match in pattern.finditer(text):
        if match["year"]:
            year = int(match["year"])
        else:  # "Anfang nächsten Jahres", "early last year"
            words = match.group(0)
            year = reference.year + (
                1 if next_re and next_re.search(words) else -1 if past_re and past_re.search(words) else 0
            )
        first_month = 1 if _part_of(match) == 0 else 5
        yield match.start(), match.end(), month_range(year, first_month, 4)


@lru_cache(maxsize=16)
def _year_third_pattern(language: str) -> re.Pattern[str] | None:
    if language == "tr":  # the part after its year ("bu yılın başında", "2020 yılının ortasında")
        after = date_words.MONTH_PARTS_AFTER["tr"]
        return re.compile(
            r"(?<!\w)(?:(?P<year>(?:19|20)\d\d)(?!\d)(?:['’]\w{1,4})?[ \t])?"
            r"(?:(?:bu|geçen|geçtiğimiz|gelecek|önümüzdeki)[ \t])?"
            rf"yıl(?:[ıi]n[ıi]n|[ıi]n)[ \t]{_part_groups(after[:2])}(?!\w)",
            re.IGNORECASE,
        )
    parts, nouns = date_words.MONTH_PARTS.get(language), date_words.YEAR_NOUNS.get(language)
    if parts is None or nouns is None:
        return None
    return re.compile(
        rf"(?<!\w)(?:(?:in|en|au|im|a|al|в|w|في)[ \t])?{_part_groups(parts[:2])}"
        r"(?:[ \t]{1,2}|-)(?:(?:de|of|di|del|dell['’])[ \t]?)?"
        # a year's word may come with its "next" or "last" ("в начале следующего года")
        r"(?:(?:следующего|прошлого|этого|текущего|будущего)[ \t]{1,2})?"
        rf"(?:(?P<year>(?:19|20)\d\d)(?!\d)|(?:{nouns})(?!\w))",
        re.IGNORECASE,
    )


def _year_half_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """A half of a year: of the year written right after it ("في النصف الأول من عام 2019"), else of the reference
    date's year ("im zweiten Halbjahr", "in the first half of the year", "في النصف الثاني من العام")."""
    pattern = _year_half_alone_pattern(language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        first_month = 1 if _part_of(match) == 0 else 7
        year = _YEAR_AFTER.match(text, match.end())
        if year is not None:  # "في النصف الأول من عام 2019", "im ersten Halbjahr 2019"
            yield match.start(), year.end(), month_range(int(year.group(0)[-4:]), first_month, 6)
        elif match["noun"] or _HALF_YEAR_NOUN.search(match.group(0)):  # not "the first half of" a match
            yield match.start(), match.end(), month_range(reference.year, first_month, 6)


#: Nouns that name a half of a year by themselves (not "the first half" of a game).
_HALF_YEAR_NOUN = re.compile(r"Halbjahr|semestre|полугоди|półrocz|\byear\b|anno\b|العام|السنة", re.IGNORECASE)
#: A year written right after a span.
_YEAR_AFTER = re.compile(r"[ \t]{1,2}(?:de\s|del\s|of\s|des\s|di\s|من\s)?(?:عام\s)?(?:19|20)\d\d")


@lru_cache(maxsize=16)
def _year_half_alone_pattern(language: str) -> re.Pattern[str] | None:
    halves = date_words.YEAR_HALVES.get(language)
    if halves is None:
        return None
    nouns = date_words.YEAR_NOUNS.get(language)
    noun = rf"(?P<noun>[ \t]{{1,2}}(?:{nouns}))?" if nouns else r"(?P<noun>(?!x)x)?"
    return re.compile(rf"(?<!\w)(?:(?:in|im|au|en|nel|в|w|في)[ \t])?{_part_groups(halves)}{noun}(?!\w)", re.IGNORECASE)


def _placed_season_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Seasons placed by "this", "next" or "last" where the parser reads none ("الصيف المقبل", "этим летом",
    "geçen kış", "tego lata", "去年冬天"): the three months of that season. A season named alone is no date."""
    pattern = _placed_season_pattern(language)
    if pattern is None:
        return
    next_re, past_re = date_words.next_modifier_pattern(language), date_words.past_modifier_pattern(language)
    for match in pattern.finditer(text):
        first_month = (3, 6, 9, 12)[_part_of(match)]
        words = match["modifier"]
        if language == "zh":  # 今年/去年/明年 name the year
            year = reference.year + {"去": -1, "明": 1}.get(words[0], 0)
            yield match.start(), match.end(), month_range(year, first_month, 3)
            continue
        starts = [date(year, first_month, 1) for year in range(reference.year - 2, reference.year + 2)]
        if next_re is not None and next_re.search(words):
            start = next(day for day in starts if day > reference)
        elif past_re is not None and past_re.search(words):
            start = [day for day in starts if _add_months_to(day, 3) <= reference][-1]
        else:  # this one: the one under way, else the nearest
            start = min(
                starts,
                key=lambda day: (
                    0
                    if day <= reference < _add_months_to(day, 3)
                    else _distance_of(month_range(day.year, day.month, 3), reference)
                ),
            )
        yield match.start(), match.end(), month_range(start.year, start.month, 3)


def _add_months_to(day: date, months: int) -> date:
    year, month = _add_months(day.year, day.month, months)
    return date(year, month, 1)


@lru_cache(maxsize=16)
def _placed_season_pattern(language: str) -> re.Pattern[str] | None:
    table = date_words.PLACED_SEASONS.get(language)
    if table is None:
        return None
    seasons, modifiers = table
    if language == "zh":
        return re.compile(rf"(?P<modifier>{modifiers}){_part_groups(seasons)}")
    if language == "ar":  # the modifier follows: "الصيف المقبل"
        return re.compile(rf"(?:(?:في|خلال)\s)?{_part_groups(seasons)}\s(?P<modifier>{modifiers})(?![\u0621-\u064a])")
    return re.compile(
        rf"(?<!\w)(?:(?:w|we|в|во)\s)?(?P<modifier>{modifiers})\s{_part_groups(seasons)}(?!\w)", re.IGNORECASE
    )


def _q_quarter_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """Quarters written the business way with their year ("Q1 2020", "Q3-2019", "Q4'19")."""
    for match in _Q_QUARTER.finditer(text):
        year = int(match["year"]) if len(match["year"]) == 4 else 2000 + int(match["year"])
        yield match.start(), match.end(), month_range(year, 3 * int(match["q"]) - 2, 3)


_Q_QUARTER = re.compile(r"(?<!\w)Q(?P<q>[1-4])(?:\s|-|/|\s?['’])?(?P<year>(?:19|20)\d\d|\d\d)(?!\w)")


def _holiday_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Holidays named as dates ("next Christmas", "an Ostern", "à Noël", "Christmas Eve"), on the day they fall.

    "next"/"last" put the holiday after or before the reference date; otherwise it is the occurrence nearest
    the reference date, a future one counting twice as far as a past one.
    """
    names = date_words.HOLIDAYS.get(language)
    pattern = _holiday_pattern(language)
    if names is None or pattern is None:
        return
    next_re, past_re = date_words.next_modifier_pattern(language), date_words.past_modifier_pattern(language)
    for match in pattern.finditer(text):
        index = _part_of(match)
        rule = names[index][1]
        lead = match.group("lead") or ""
        own_day = index < len(names) - _BARE_HOLIDAYS.get(language, 0)
        if not lead and not own_day and not _holiday_alone(text, match):
            continue  # "Christmas tree", "Easter egg hunt": no date
        base, _, nights = rule.partition("~")  # "12-31~1": a night, its day and the next
        years = range(reference.year - 1, reference.year + 2)
        days = [d for d in (_holiday_in(base, year) for year in years) if d]
        spans = [(day, day + timedelta(days=int(nights or 0))) for day in days]
        chosen = _occurrence(spans, reference, lead, next_re, past_re)
        if chosen is not None:
            yield match.start() if lead else match.start(f"p{index}"), match.end(), day_range(*chosen)


#: What may follow a holiday's bare name for it to be the day: punctuation or a verb of its coming ("celebrate
#: Christmas,", "Christmas would not be celebrated"); a noun after it makes a thing ("Christmas tree").
_HOLIDAY_ALONE_AFTER = re.compile(
    r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:is|was|will|would|falls|fell|comes|came|approaches|arrives|ist|war|wird|fällt|"
    r"est|était|sera|tombe|es|fue|será|cae|è|era|sarà|cade)\b",
    re.IGNORECASE,
)
#: A greeting before it ("Merry Christmas", "Frohe Ostern"): wishes, no date;
_HOLIDAY_GREETING = re.compile(
    r"(?:merry|happy|joyeux|joyeuses|frohe|fröhliche|feliz|felices|buon|buona|buone"
    # or a thing it belongs to ("le cadeau de Noël", "the spirit of Christmas")
    r"|\bof|\bde|\bdu|\bdes|\bd['’]|\bvon|\bdel|\bdi|\bdella)[ \t]*$",
    re.IGNORECASE,
)


def _holiday_alone(text: str, match: re.Match[str]) -> bool:
    """Whether a holiday's bare name stands for its day: punctuation or a verb after it, and no greeting before."""
    if match.start() and text[match.start() - 1] == "-":
        return False  # "anti-Christmas"
    return bool(_HOLIDAY_ALONE_AFTER.match(text, match.end())) and not _HOLIDAY_GREETING.search(
        text, max(0, match.start() - 12), match.start()
    )


def _occurrence(
    spans: Sequence[tuple[date, date]],
    reference: date,
    words: str,
    next_re: re.Pattern[str] | None,
    past_re: re.Pattern[str] | None,
) -> tuple[date, date] | None:
    """The occurrence of a yearly holiday its ``words`` mean: after the reference date for "next", before it
    for "last", else the nearest, a future one counting twice as far (None when no occurrence fits)."""
    if next_re is not None and next_re.search(words):
        return min((span for span in spans if span[0] > reference), default=None)
    if past_re is not None and past_re.search(words):
        return max((span for span in spans if span[1] < reference), default=None)
    return min(spans, key=lambda span: weighted_distance(span[0], span[1], reference), default=None)


#: How many of each language's holiday names (the last ones in its table) are a date only after a lead word:
#: the bare "Christmas", "Noël", "Navidad", "Capodanno" and the Easters name seasons and things too ("mensaje de
#: Año Nuevo", "festa di Capodanno").
_BARE_HOLIDAYS: dict[str, int] = {"en": 3, "fr": 2, "de": 2, "es": 2, "it": 3, "ru": 1}


def _holiday_in(rule: str, year: int) -> date | None:
    """The day a holiday rule gives in ``year``: "12-25" (a fixed day), "easter+1" (days from Easter Sunday;
    "orthodox-easter+1" from the Orthodox one),
    "nth:11:4:3+1" (the 4th Thursday of November, plus a day: Black Friday; -1 counts from the month's end),
    "lunar:01-01-1" (a day of the Chinese lunar year that begins in ``year``, minus a day: its eve)."""
    if rule.startswith("orthodox-easter"):
        return easter(year, EASTER_ORTHODOX) + timedelta(days=int(rule[15:]))
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:]))
    if rule.startswith("nth:"):
        nth_month, nth, weekday_and_shift = rule[4:].split(":")
        weekday, _, shift = weekday_and_shift.partition("+")
        return nth_weekday(year, int(nth_month), int(nth), int(weekday)) + timedelta(days=int(shift or 0))
    if rule.startswith("lunar:"):
        lunar_month, lunar_day, *back = (int(part) for part in rule[6:].split("-"))
        solar = Lunar.fromYmd(year, lunar_month, lunar_day).getSolar()
        return date(solar.getYear(), solar.getMonth(), solar.getDay()) - timedelta(days=back[0] if back else 0)
    month, day = (int(part) for part in rule.split("-"))
    return date(year, month, day)


def nth_weekday(year: int, month: int, nth: int, weekday: int) -> date:
    """The ``nth`` ``weekday`` (Monday = 0) of a month; ``nth`` -1 is its last."""
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


@lru_cache(maxsize=16)
def _holiday_pattern(language: str) -> re.Pattern[str] | None:
    """An optional lead word and a holiday's name, one group per name (p0, p1, ...) in the table's order."""
    names, leads = date_words.HOLIDAYS.get(language), date_words.HOLIDAY_LEADS.get(language)
    if names is None or leads is None:
        return None
    alternatives = _part_groups([name for name, _ in names])
    if date_words.fuses_words(language):
        return re.compile(rf"(?:(?P<lead>{leads})\s?)?{alternatives}")
    return re.compile(rf"(?:(?<!\w)(?P<lead>{leads})[ \t]{{1,2}})?(?<!\w){alternatives}(?!\w)", re.IGNORECASE)


def _distance_of(value: str, reference: date) -> int:
    """:func:`weighted_distance` of a day or a span of days written as an ISO value."""
    return weighted_distance(date.fromisoformat(value[:10]), date.fromisoformat(value[-10:]), reference)


#: The four quarters' numbers in Chinese ("第一季度").
_CHINESE_QUARTERS = ("一", "二", "三", "四")


@lru_cache(maxsize=16)
def _quarter_pattern(language: str) -> re.Pattern[str] | None:
    """An ordinal, a quarter's noun and an optional year after it, one group per quarter (p0 ... p3)."""
    if language == "zh":  # "2020年第一季度", "第三季度"
        return re.compile(rf"(?:(?P<year>(?:19|20)\d\d)\s?年\s?)?第?{_part_groups(_CHINESE_QUARTERS)}\s?季度")
    ordinals, noun = date_words.QUARTER_ORDINALS.get(language), date_words.QUARTER_NOUNS.get(language)
    if ordinals is None or noun is None:
        return None
    if language == "tr":  # the year comes first: "2020'nin ilk çeyreğinde", "2019 yılının son çeyreğinde"
        return re.compile(
            rf"(?<!\w)(?:(?P<year>(?:19|20)\d\d)(?:['’]\w{{1,4}})?\s(?:yıl[ıi](?:n[ıi]n)?\s)?)?"
            rf"{_part_groups(ordinals)}\s(?:{noun})(?!\w)",
            re.IGNORECASE,
        )
    if language in date_words.QUARTER_NOUN_FIRST:
        # "الربع الأول من العام", "الربع الأول من عام 2020"
        return re.compile(
            rf"(?:{noun})\s{_part_groups(ordinals)}"
            r"(?:\s(?:من\s)?(?:ال)?(?:عام|سنة)(?:\s(?P<year>(?:19|20)\d\d)(?!\d))?)?"
        )
    return re.compile(
        rf"(?<!\w){_part_groups(ordinals)}[ \t]{{1,2}}(?:{noun})(?!\w)"
        rf"(?:[ \t]{{1,2}}(?:(?:de|del|des[ \t]{{1,2}}Jahres)[ \t]{{1,2}})?(?P<year>(?:19|20)\d\d)(?!\d))?",
        re.IGNORECASE,
    )


def _month_third(text: str, language: str, mention: DateMention) -> DateMention:
    """A month led by "early", "Mitte", "fin", "a finales de" ... is its first, middle or last ten days.

    "Mitte Juni" is 11 to 20 June, "a finales de enero" 21 to 31 January, "début juillet" 1 to 10 July,
    whatever the parser read (the whole month, its first day, or a stretch of its own).
    """
    parts = _month_part_pattern(language)
    if (parts is None and language not in date_words.MONTH_PARTS_AFTER) or mention.value[-10:-3] != mention.value[:7]:
        return mention  # a stretch over several months ("early March to late April"): left as read
    month = date_words.month_pattern(language).search(mention.text)
    if month is None and _WHOLE_MONTH_VALUE.fullmatch(mention.value) is None:
        return mention
    # A month named by a relative word ("الشهر الجاري", "next month"): its part stands before the mention.
    month_start = mention.start + month.start() if month else mention.start
    part = parts.search(text, max(0, month_start - _MONTH_PART_REACH), month_start) if parts else None
    after = _month_part_after_pattern(language)
    if part is None and after is not None:
        part = after.match(text, mention.start + month.end() if month else mention.end)  # "Mayıs ayı başında"
    if part is None:
        return mention
    first = date.fromisoformat(mention.value[:10])
    third = _part_of(part)
    last_day = calendar.monthrange(first.year, first.month)[1]
    begin, end = (1, 10) if third == 0 else (11, 20) if third == 1 else (21, last_day)
    value = day_range(first.replace(day=begin), first.replace(day=end))
    start, end_at = min(mention.start, part.start()), max(mention.end, part.end())
    return replace(mention, text=text[start:end_at], start=start, end=end_at, value=value)


def _weekend(text: str, language: str, reference: date, mention: DateMention) -> DateMention:
    """A weekend is its Saturday and Sunday ("ce week-end", "over the weekend", "am vergangenen Wochenende").

    "next"/"last" words pick the weekend after or before the reference date; otherwise the one the
    reference date falls in, else the one its clause's tense points to, else the nearer one (the last
    from Monday to Wednesday, the coming one on Thursday and Friday). The parser reads a Friday evening.
    """
    words = date_words.weekend_pattern(language)
    if words is None or not words.search(mention.text) or _has_calendar_day(mention.text, language):
        return mention
    weekday = reference.weekday()
    if weekday >= _SATURDAY:
        current = reference - timedelta(days=weekday - _SATURDAY)
        last, coming = current - timedelta(days=7), current + timedelta(days=7)
    else:
        current = None
        last, coming = reference - timedelta(days=weekday + 2), reference + timedelta(days=_SATURDAY - weekday)
    next_re, past_re = date_words.next_modifier_pattern(language), date_words.past_modifier_pattern(language)
    future, past = date_words.future_marker_pattern(language), date_words.past_marker_pattern(language)
    clause = _clause_around(text, mention.start, mention.end)
    # The modifier may stand outside the span the parser gave ("am vergangenen | Wochenende", "el fin de semana |
    # próximo").
    reach_before, reach_after = _modifier_reach(language)
    words_of = text[max(0, mention.start - reach_before) : mention.end + reach_after]
    if next_re is not None and next_re.search(words_of):
        saturday = coming
    elif past_re is not None and past_re.search(words_of):
        saturday = last
    elif current is not None:
        saturday = current
    elif _BEFORE_THE_WEEKEND.search(text, max(0, mention.start - _BEFORE_REACH), mention.start + _BEFORE_REACH):
        saturday = coming  # "vor dem Wochenende" on a weekday: the days before this week's weekend
    elif future is not None and future.search(clause) and not (past is not None and past.search(clause)):
        saturday = coming
    elif past is not None and past.search(clause):
        saturday = last
    else:
        saturday = last if weekday <= _LAST_WEEKEND_UNTIL else coming
    return replace(mention, value=day_range(saturday, saturday + timedelta(days=1)))


#: "Before the weekend" right before its word: the weekend at the end of the reference date's week.
_BEFORE_THE_WEEKEND = re.compile(
    r"(?:\bvor\sdem|\bbefore\sthe|\bavant\sle|\bantes\sdel|\bprima\sdel|\bprzed|перед)\s(?:week-?end|Wochenende|"
    r"fin\sde\semana|fine\ssettimana|weekendem|выходными)",
    re.IGNORECASE,
)
_BEFORE_REACH = 12
#: Saturday's weekday number, and the last weekday (Wednesday) whose nearer weekend is the one before.
_SATURDAY = 5
_LAST_WEEKEND_UNTIL = 2


def _season_months(language: str, mention: DateMention) -> DateMention:
    """A season is its three whole months, as news and the gold read it ("this summer": June to August).

    The parser counts from the solstice or equinox (21 June to 23 September); a stretch that starts on
    one (the 19th to the 23rd of March, June, September or December) in a span naming a season becomes
    the three months from that month.
    """
    season = date_words.season_pattern(language)
    if season is None or "/" not in mention.value or not season.search(mention.text):
        return mention
    first = date.fromisoformat(mention.value[:10])
    if first.month % 3 or not _SEASON_START_DAYS[0] <= first.day <= _SEASON_START_DAYS[1]:
        return mention
    return replace(mention, value=month_range(first.year, first.month, 3))


#: The days of March, June, September and December on which the parser starts a season.
_SEASON_START_DAYS = (19, 23)


def _day_range(text: str, mention: DateMention) -> DateMention:
    """A day the parser read alone out of a span of days written as one ("4-5 Şubat 2020", "4–5 February"):
    the span from the first day, written right before it."""
    if _BARE_DAY.fullmatch(mention.value) is None:
        return mention
    first = _FIRST_DAY_BEFORE.search(text, max(0, mention.start - _FIRST_DAY_REACH), mention.start)
    if first is None or not mention.text[:1].isdigit():
        return mention
    last = date.fromisoformat(mention.value)
    if not 1 <= int(first.group(1)) < last.day:
        return mention
    return replace(
        mention,
        text=text[first.start() : mention.end],
        start=first.start(),
        value=day_range(last.replace(day=int(first.group(1))), last),
    )


#: The first day of a span of days, right before its last ("4-" in "4-5 Şubat"), and how far back it is read.
_FIRST_DAY_BEFORE = re.compile(r"(?<![\d.,/])(\d{1,2})\s?[-–]\s?$")
_FIRST_DAY_REACH = 6


def _written_day(mention: DateMention) -> DateMention:
    """A day written out in full that the parser misread: an English "March 30, 2020" in another language's
    text, a day with a two-digit year ("26.1.20 tarihinde", read as 26 February)."""
    english = _ENGLISH_FULL_DATE.match(mention.text)
    dotted = _DOTTED_SHORT_YEAR.match(mention.text)
    try:
        if english is not None:
            month = _ENGLISH_MONTHS.index(english["month"].casefold()[:3]) + 1
            day = date(int(english["year"]), month, int(english["day"]))
        elif dotted is not None:
            day = date(2000 + int(dotted["year"]), int(dotted["month"]), int(dotted["day"]))
        else:
            return mention
    except ValueError:
        return mention
    return replace(mention, value=day.isoformat())


def _english_date_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """Days written the English way in another language's text ("March 30, 2020" in a Turkish wire story)."""
    for match in _ENGLISH_FULL_DATE.finditer(text):
        mention = _written_day(DateMention(text=match.group(0), start=match.start(), end=match.end(), value=""))
        if mention.value:
            yield match.start(), match.end(), mention.value


_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: "March 30, 2020", "Jan. 2, 2020" at the start of a span.
_ENGLISH_FULL_DATE = re.compile(
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s(?P<day>\d{1,2}),?\s(?P<year>(?:19|20)\d\d)(?!\d)"
)
#: "26.1.20": a day, a month and the last two digits of a year of this century, at the start of a span.
_DOTTED_SHORT_YEAR = re.compile(r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d\d)(?![\d.])")


def _after_last_year(text: str, language: str, reference: date, mention: DateMention) -> DateMention:
    """A day or month without its year right after "last year" ("geçen yıl 21 Ağustos'ta", "l'an dernier, en
    mars") is in the year before the reference date's."""
    lead = _last_year_lead_pattern(language)
    month = date_words.month_pattern(language).search(mention.text)
    if lead is None or month is None or _YEAR_IN_TEXT.search(mention.text):
        return mention
    if not (_WHOLE_MONTH_VALUE.fullmatch(mention.value) or _BARE_DAY.fullmatch(mention.value)):
        return mention
    # The lead may stand inside the parser's span ("geçen yıl 21 Ağustos"), before the day or month.
    day_start = mention.start + (_DAY_NUMBER_BEFORE.search(mention.text, 0, month.start()) or month).start()
    if lead.search(text, max(0, mention.start - _LAST_YEAR_REACH), day_start) is None:
        return mention
    year = reference.year - 1
    first = date.fromisoformat(mention.value[:10])
    if "/" in mention.value:
        return replace(mention, value=month_range(year, first.month))
    with contextlib.suppress(ValueError):  # 29 February
        return replace(mention, value=first.replace(year=year).isoformat())
    return mention


#: The day's number before a month's name ("21 Ağustos").
_DAY_NUMBER_BEFORE = re.compile(r"\d{1,2}\.?\s(?=\S*$)")
#: How far before a date its "last year" may stand, and a whole month's value.
_LAST_YEAR_REACH = 16
_WHOLE_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})-01/\1-\2-(?:28|29|30|31)")


@lru_cache(maxsize=16)
def _last_year_lead_pattern(language: str) -> re.Pattern[str] | None:
    words = date_words.LAST_YEAR_LEADS.get(language)
    return re.compile(rf"(?<!\w)(?:{words})[\s,]{{1,3}}(?:\w{{1,3}}\s)?$", re.IGNORECASE) if words else None


def _months_ago(language: str, mention: DateMention) -> DateMention:
    """ "Seven months ago" is the whole month it points to, not its day (as "ten years ago" is the year)."""
    pattern = date_words.months_ago_pattern(language)
    if pattern is None or not _BARE_DAY.fullmatch(mention.value) or not pattern.search(mention.text):
        return mention
    day = date.fromisoformat(mention.value)
    return replace(mention, value=month_range(day.year, day.month))


def _islamic_holiday_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Ramadan and the two Eids, on the days the Hijri calendar (Umm al-Qura) gives them: "last"/"next" words
    pick the one before or after the reference date, else the nearest, a future one counting twice as far."""
    names = date_words.ISLAMIC_HOLIDAYS.get(language)
    pattern = _islamic_holiday_pattern(language)
    if names is None or pattern is None:
        return
    from hijridate import Gregorian

    hijri_year = Gregorian(reference.year, reference.month, reference.day).to_hijri().year
    next_re, past_re = date_words.next_modifier_pattern(language), date_words.past_modifier_pattern(language)
    for match in pattern.finditer(text):
        month, first_day, days = names[_part_of(match)][1]
        spans = [_hijri_days(year, month, first_day, days) for year in (hijri_year - 1, hijri_year, hijri_year + 1)]
        around = text[match.end() : match.end() + _MODIFIER_AFTER_HOLIDAY]
        chosen = _occurrence(spans, reference, around, next_re, past_re)
        if chosen is not None:
            yield match.start(), match.end(), day_range(*chosen)


@lru_cache(maxsize=256)
def _hijri_days(year: int, month: int, first_day: int, days: int) -> tuple[date, date]:
    """The Gregorian first and last day of ``days`` days from ``first_day`` of a Hijri month (0: the whole month),
    converted once per process."""
    from hijridate import Hijri

    first = Hijri(year, month, first_day).to_gregorian()
    if days:
        last = first + timedelta(days=days - 1)
    else:  # the whole month: to the day before the next month's first
        following = Hijri(year + (month == _HIJRI_MONTHS), month % _HIJRI_MONTHS + 1, 1).to_gregorian()
        last = following - timedelta(days=1)
    return date(first.year, first.month, first.day), date(last.year, last.month, last.day)


#: Months of the Hijri year, and characters after a holiday's name read for "last" or "next" ("رمضان الماضي").
_HIJRI_MONTHS = 12
_MODIFIER_AFTER_HOLIDAY = 12


@lru_cache(maxsize=16)
def _islamic_holiday_pattern(language: str) -> re.Pattern[str] | None:
    names = date_words.ISLAMIC_HOLIDAYS.get(language)
    return date_words.word_pattern(_part_groups([name for name, _ in names]), language) if names else None


def _inflected_month_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Russian and Turkish months in the cases the parser does not read ("в марте", "в мае 2019 года",
    "Ağustosta"): the month of the year written, else the nearest one not half a year or more ahead."""
    if language == "tr":
        yield from _turkish_cased_months(text, reference)
        return
    if language != "ru":
        return
    for match in _russian_month_pattern().finditer(text):
        if _DAY_NUMBER_BEFORE_MONTH.search(text, max(0, match.start() - 4), match.start()):
            continue  # "1 марта 2020 года": a day, which the parser reads
        month = _part_of(match) + 1
        if match["year"]:
            year = int(match["year"])
        elif match["rel"]:
            year = reference.year + {"прошлого": -1, "следующего": 1}.get(match["rel"].lower(), 0)
        else:
            year = _year_of_yearless_month(month, reference)
        yield match.start(), match.end(), month_range(year, month)


def _year_of_yearless_month(month: int, reference: date) -> int:
    """The year of a month written without one: the reference date's, unless the month would start more than half a
    year ahead, then the year before."""
    ahead = date(reference.year, month, 1) - reference
    return reference.year if ahead <= timedelta(days=_HALF_YEAR_DAYS) else reference.year - 1


#: A day's number right before a month's name.
_DAY_NUMBER_BEFORE_MONTH = re.compile(r"\d\s?$")


def _turkish_cased_months(text: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Turkish months with a case ending and no apostrophe ("Ağustosta gelecek", "31 Martta"): a day where its
    number stands before, else the month, in the nearest year not half a year or more ahead."""
    for match in _turkish_cased_month_pattern().finditer(text):
        month = _part_of(match) + 1
        day = match["day"]
        if month - 1 in date_words.TURKISH_NOUN_MONTHS and not day and not text[match.start()].isupper():
            continue  # "ocakta", "aralıkta": a quarry, an interval
        year = _year_of_yearless_month(month, reference)
        if day:
            if not 1 <= int(day) <= calendar.monthrange(year, month)[1]:
                continue
            yield match.start(), match.end(), date(year, month, int(day)).isoformat()
        else:
            yield match.start(), match.end(), month_range(year, month)


@lru_cache(maxsize=1)
def _turkish_cased_month_pattern() -> re.Pattern[str]:
    """A Turkish month with its case ending (:data:`date_words.TURKISH_CASED_MONTHS`), after its day if one stands."""
    return re.compile(
        rf"(?<![\w.])(?:(?P<day>\d{{1,2}})\s)?{_part_groups(date_words.TURKISH_CASED_MONTHS)}(?!\w)", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _russian_month_pattern() -> re.Pattern[str]:
    """A Russian month in any case, after its preposition where one stands, with its year where one follows."""
    return re.compile(
        rf"(?<!\w)(?:(?:в|с|до|к|по|на)\s)?{_part_groups(date_words.RUSSIAN_MONTHS)}(?!\w)"
        r"(?:\s(?P<year>(?:19|20)\d\d)(?:\s?(?:года|году|г\.))?|\s(?P<rel>прошлого|этого|текущего|следующего)\sгода)?",
        re.IGNORECASE,
    )


def _chinese_week_day_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """A Chinese weekday of the last, this or the next week ("上周五", "本周五", "下周五"): that week's day."""
    if language != "zh":
        return
    monday = reference - timedelta(days=reference.weekday())
    for match in _CHINESE_WEEK_DAY.finditer(text):
        week = {"上": -1, "下": 1}.get(match["week"], 0)
        day = monday + timedelta(weeks=week, days="一二三四五六日天".index(match["day"]) if match["day"] != "天" else 6)
        yield match.start(), match.end(), day.isoformat()


_CHINESE_WEEK_DAY = re.compile(r"(?P<week>[上下本这這])(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?P<day>[一二三四五六日天])")


def _from_now_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Days or weeks counted from the reference date that the parser misreads (:data:`date_words.FROM_NOW`:
    "三天前" read as a stretch of days, "dentro de tres días" as today): the day they point to."""
    for pattern, sign in _from_now_patterns(language):
        for match in pattern.finditer(text):
            n = date_words.count_of(match["n"], language)
            unit = date_words.ROLLING_UNITS.get(match["unit"].casefold())
            if not n:
                continue
            if unit in ("day", "week"):
                days = sign * n * (7 if unit == "week" else 1)
                yield match.start(), match.end(), (reference + timedelta(days=days)).isoformat()
            elif unit == "month":  # "three months ago" is the whole month it points to
                yield match.start(), match.end(), month_range(*_add_months(reference.year, reference.month, sign * n))
            elif unit == "year":
                yield match.start(), match.end(), _year_range(reference.year + sign * n)


@lru_cache(maxsize=16)
def _from_now_patterns(language: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    return tuple(
        (date_words.word_pattern(pattern, language), sign) for pattern, sign in date_words.FROM_NOW.get(language, ())
    )


def _year_first_month_candidates(text: str, language: str) -> Iterator[tuple[int, int, str]]:
    """A month written after its year ("2014 yılı Ekim ayında": October 2014), which the parser reads as a year and
    a month of the reference year."""
    pattern = _year_first_month_pattern(language)
    if pattern is None:
        return
    months = date_words.month_pattern(language)
    for match in pattern.finditer(text):
        lead = text[max(0, match.start() - _MONTH_BEFORE_YEAR) : match.start()]
        if months.search(lead.rsplit(None, 1)[-1] if lead.strip() else ""):
            continue  # "Ekim 2019 Kasım": the year closes the month before it
        yield match.start(), match.end(), month_range(int(match["year"]), _part_of(match) + 1)


#: Characters before a year read for the month it may close.
_MONTH_BEFORE_YEAR = 12


@lru_cache(maxsize=16)
def _year_first_month_pattern(language: str) -> re.Pattern[str] | None:
    months = date_words.YEAR_FIRST_MONTHS.get(language)
    if months is None:
        return None
    return date_words.word_pattern(
        rf"(?P<year>(?:19|20)\d\d){date_words.YEAR_FIRST_GAP[language]}{_part_groups(months)}\w{{0,6}}", language
    )


def _decade_candidates(text: str, language: str) -> Iterator[tuple[int, int, str]]:
    """Decades ("the 2010s", "les années 90", "2010 年代"): their ten years, the 1900s where two digits are written."""
    pattern = _decade_pattern(language)
    if language == "ar":
        for match in _arabic_decade_pattern().finditer(text):
            decade = 1920 + 10 * _part_of(match)
            yield match.start(), match.end(), f"{decade}-01-01/{decade + 9}-12-31"
    if pattern is None:
        return
    for match in pattern.finditer(text):
        four = next((g for g in (match.group("d"), match.groupdict().get("d3")) if g), None)
        two = next((g for g in (match.groupdict().get("d2"), match.groupdict().get("d4")) if g), None)
        first = int(four) if four else 1900 + int(two) if two else None
        if first is not None:
            yield match.start(), match.end(), f"{first}-01-01/{first + 9}-12-31"


@lru_cache(maxsize=1)
def _arabic_decade_pattern() -> re.Pattern[str]:
    """An Arabic decade's word ("التسعينيات", "التسعينات"), one group per decade from the twenties (p0 ... p7)."""
    return re.compile(rf"(?:ال)?{_part_groups(date_words.ARABIC_DECADES)}(?:ي)?ات")


@lru_cache(maxsize=16)
def _decade_pattern(language: str) -> re.Pattern[str] | None:
    words = date_words.DECADES.get(language)
    if words is None:
        return None
    if language == "zh":  # no spaces between words: only the digits must stand whole
        return re.compile(rf"(?<!\d)(?:{words})")
    return re.compile(rf"(?<![\w'’])(?:{words})(?!\w)", re.IGNORECASE)


def _rolling_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """The last N days, weeks, months or years, which end on the reference date ("over the past two weeks":
    the 14 days up to it; "au cours des deux dernières décennies": 20 years less a day before it)."""
    pattern = _rolling_pattern(language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        of_year = _OF_YEAR.match(text, match.end())
        # "gli ultimi tre mesi del 2019", "the last two weeks of 2019": counted back from that year's end.
        end = date(int(of_year["year"]), 12, 31) if of_year else reference
        value = _rolling_value(match, language, end)
        if value is not None:
            yield match.start(), (of_year.end() if of_year else match.end()), value


#: A year the last N units belong to ("of 2019", "del 2019", "de 2019", "des Jahres 2019").
_OF_YEAR = re.compile(
    r"\s(?:of|del|dell['’]anno|de|de\sl['’]année|des\sJahres|von|z|roku|года)?\s?(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _coming_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """The next N days, weeks, months or years, which start on the reference date ("önümüzdeki 6 ay boyunca" on
    29 March: to 28 September), as the last N end on it."""
    pattern = _coming_pattern(language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        value = _coming_value(match, language, reference)
        if value is not None:
            yield match.start(), match.end(), value


def _coming_value(match: re.Match[str], language: str, reference: date) -> str | None:
    groups = match.groupdict()
    count, unit_word = (
        groups.get("upto") or groups.get("n") or groups.get("n2"),
        groups.get("unit") or groups.get("unit2"),
    )
    if count is None or unit_word is None:
        return None
    n = date_words.count_of(count, language)
    unit = date_words.ROLLING_UNITS.get(unit_word.casefold())
    last = _count_back(reference, -n, unit) if n and unit is not None else None
    return day_range(reference, last - timedelta(days=1)) if last is not None and last > reference else None


@lru_cache(maxsize=16)
def _coming_pattern(language: str) -> re.Pattern[str] | None:
    words = date_words.COMING_SPANS.get(language)
    return date_words.word_pattern(words, language) if words else None


def _rolling(language: str, reference: date, mention: DateMention) -> DateMention:
    """A span the parser read as the last or next N calendar units ("in last one year": 2019; "the next two weeks"
    from the coming Monday) is the stretch ending or starting on the reference date, as :func:`_rolling_candidates`
    and :func:`_coming_candidates` read it (the parser's span wins when as long)."""
    coming = _coming_pattern(language)
    ahead = coming.search(mention.text) if coming is not None else None
    if ahead is not None:
        value = _coming_value(ahead, language, reference)
        return replace(mention, value=value) if value is not None else mention
    pattern = _rolling_pattern(language)
    match = pattern.search(mention.text) if pattern is not None else None
    if match is None:
        return mention
    of_year = _OF_YEAR.match(mention.text, match.end())
    value = _rolling_value(match, language, date(int(of_year["year"]), 12, 31) if of_year else reference)
    return replace(mention, value=value) if value is not None else mention


def _rolling_value(match: re.Match[str], language: str, reference: date) -> str | None:
    dual, one = match.groupdict().get("dual"), match.groupdict().get("one")
    if dual:
        n: int | None = 2
        unit = date_words.ROLLING_DUALS.get(dual)
    elif one:
        n, unit = 1, date_words.ROLLING_UNITS.get(one.casefold())
    else:
        count = match["n"]
        n = date_words.count_of(count, language)
        unit = date_words.ROLLING_UNITS.get(match["unit"].casefold())
    first = _count_back(reference, n, unit) if n and unit is not None else None
    return day_range(first + timedelta(days=1), reference) if first is not None else None


def _count_back(reference: date, n: int, unit: str) -> date | None:
    """The day ``n`` days, weeks, months, years or decades before ``reference`` (after it for a negative ``n``;
    None before year 1)."""
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1)
        return reference - timedelta(days=days) if days < (reference - date.min).days else None
    year, month = _add_months(reference.year, reference.month, -n * {"month": 1, "year": 12, "decade": 120}[unit])
    if year < 1:
        return None
    return date(year, month, min(reference.day, calendar.monthrange(year, month)[1]))


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """The year and month ``months`` months after year/month (before it for a negative count)."""
    year, index = divmod(year * 12 + month - 1 + months, 12)
    return year, index + 1


@lru_cache(maxsize=16)
def _rolling_pattern(language: str) -> re.Pattern[str] | None:
    words = date_words.ROLLING_SPANS.get(language)
    return date_words.word_pattern(words, language) if words else None


def _relative_word_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Relative days and years of :data:`date_words.RELATIVE_WORDS` ("anoche", "el año anterior")."""
    words = date_words.RELATIVE_WORDS.get(language)
    if not words:
        return
    for match in _relative_word_pattern(language).finditer(text):
        _, unit, offset = words[_part_of(match)]
        if unit == "day":
            yield match.start(), match.end(), (reference + timedelta(days=offset)).isoformat()
        elif unit == "new year":
            yield match.start(), match.end(), _year_range(reference.year + (reference.month == _DECEMBER))
        elif unit == "year so far":
            yield match.start(), match.end(), day_range(date(reference.year, 1, 1), reference)
        elif unit == "month end":
            last_day = calendar.monthrange(reference.year, reference.month)[1]
            yield match.start(), match.end(), day_range(reference.replace(day=21), reference.replace(day=last_day))
        elif unit == "month start":  # the first third of the month under way, as "early April" is April's
            yield match.start(), match.end(), day_range(reference.replace(day=1), reference.replace(day=10))
        elif unit == "week":
            monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=offset)
            yield match.start(), match.end(), day_range(monday, monday + timedelta(days=6))
        elif unit == "month":
            yield match.start(), match.end(), month_range(*_add_months(reference.year, reference.month, offset))
        else:
            yield match.start(), match.end(), _year_range(reference.year + offset)


_DECEMBER = 12


@lru_cache(maxsize=16)
def _relative_word_pattern(language: str) -> re.Pattern[str]:
    """The words of :data:`date_words.RELATIVE_WORDS` for ``language``, one group each (p0, p1, ...)."""
    return date_words.word_pattern(
        _part_groups([pattern for pattern, _, _ in date_words.RELATIVE_WORDS[language]]), language
    )


def _weekend_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Weekends named where no parser reads them (Polish "w weekend", "w ten weekend"); :func:`_weekend` then
    picks which one from the words around it."""
    pattern = _weekend_lead_pattern(language)
    if pattern is None:
        return
    saturday = reference - timedelta(days=reference.weekday() + 2)
    for match in pattern.finditer(text):
        if _PLURAL_WEEKEND.search(match.group(0)):
            continue  # "w weekendy": weekends in general, no date
        yield match.start(), match.end(), day_range(saturday, saturday + timedelta(days=1))


#: A weekend in the plural ("weekendy", "weekendów", "weekendach").
_PLURAL_WEEKEND = re.compile(r"(?:y|ów|ach|ami)$")


@lru_cache(maxsize=16)
def _weekend_lead_pattern(language: str) -> re.Pattern[str] | None:
    words, modifiers = date_words.WEEKENDS.get(language), date_words.modifier_pattern(language)
    if words is None or modifiers is None:
        return None
    return date_words.word_pattern(rf"(?:(?:w|we|na|przez)\s)?(?:(?:{modifiers.pattern})\s)?(?:{words})", language)


def _year_end_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """The end of a year named as a date ("a finales de año"), on the year's last day (see :func:`_year_end`)."""
    pattern = _year_end_pattern(language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        yield match.start(), match.end(), _year_end_value(match, language, reference)


def _year_end(language: str, reference: date, mention: DateMention) -> DateMention:
    """A date that names the end of a year is that year's last day, whatever the parser read ("by the end of
    the year" was read as the reference day, "la fin de l'année" as its last two months)."""
    pattern = _year_end_pattern(language)
    match = pattern.search(mention.text) if pattern is not None else None
    if match is None:
        return mention
    return replace(mention, value=_year_end_value(match, language, reference))


_JANUARY_TO_JUNE = 6


def _year_end_value(match: re.Match[str], language: str, reference: date) -> str:
    """31 December of the year an end-of-year expression names: the one written, the last, the next or this one."""
    written = match.group("year") or match.groupdict().get("year2")
    if written:
        return f"{written}-12-31"
    next_re, past_re = date_words.next_modifier_pattern(language), date_words.past_modifier_pattern(language)
    words = match.group(0)
    if "Jahreswechsel" in words:  # the turn of the year nearest the reference date
        return f"{reference.year - 1 if reference.month <= _JANUARY_TO_JUNE else reference.year}-12-31"
    if past_re is not None and past_re.search(words):
        return f"{reference.year - 1}-12-31"
    if (next_re is not None and next_re.search(words)) or _COMING_YEAR.search(words):
        return f"{reference.year + 1}-12-31"
    return f"{reference.year}-12-31"


#: "next year" words the next-modifier lists lack ("que viene").
_COMING_YEAR = re.compile(r"que\s+viene|明", re.IGNORECASE)


@lru_cache(maxsize=16)
def _year_end_pattern(language: str) -> re.Pattern[str] | None:
    """An end-of-year expression of ``language`` (group ``year`` where a year is written)."""
    words = date_words.YEAR_ENDS.get(language)
    if words is None:
        return None
    if "(?P<year>" not in words:
        words += "|(?P<year>(?!))"  # the group exists in every language's pattern
    if date_words.fuses_words(language):  # Chinese writes no spaces: "去年年底他辞职了"
        return re.compile(rf"(?:{words})", re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _year_half(text: str, language: str, mention: DateMention) -> DateMention:
    """A year led by "the first half of", "au second semestre", "im ersten Halbjahr" is that half of it."""
    pattern = _year_half_pattern(language)
    if (pattern is None and language not in date_words.YEAR_HALVES_AFTER) or _YEAR_VALUE.fullmatch(
        mention.value
    ) is None:
        return mention
    half = pattern.search(text, max(0, mention.start - _YEAR_HALF_REACH), mention.start) if pattern else None
    after = _year_half_after_pattern(language)
    if half is None and after is not None:
        half = after.match(text, mention.end)  # "2020 yılı ilk yarısı"
    if half is None:
        return mention
    year = int(mention.value[:4])
    value = month_range(year, 1, 6) if _part_of(half) == 0 else month_range(year, 7, 6)
    start, end = min(mention.start, half.start()), max(mention.end, half.end())
    return replace(mention, text=text[start:end], start=start, end=end, value=value)


#: A whole year's value.
_YEAR_VALUE = re.compile(r"(\d{4})-01-01/\1-12-31")
#: How far before a year its "first half of" is looked for.
_YEAR_HALF_REACH = 40


@lru_cache(maxsize=16)
def _year_half_pattern(language: str) -> re.Pattern[str] | None:
    """ "first half of" (group p0) or "second half of" (p1) right before a year."""
    halves = date_words.YEAR_HALVES.get(language)
    return _parts_before(halves, r"[ \t]{1,2}") if halves else None


@lru_cache(maxsize=16)
def _month_part_after_pattern(language: str) -> re.Pattern[str] | None:
    """A month-part word right after a month's name (Turkish), one group per third (p0 ... p2)."""
    parts, gap = date_words.MONTH_PARTS_AFTER.get(language), date_words.PARTS_AFTER_GAP.get(language)
    if not parts or not gap:
        return None
    # Chinese writes no spaces: the next word follows at once ("3月中旬病例增加").
    bound = "" if date_words.fuses_words(language) else r"(?!\w)"
    return re.compile(rf"{gap}{_part_groups(parts)}{bound}", re.IGNORECASE)


@lru_cache(maxsize=16)
def _year_half_after_pattern(language: str) -> re.Pattern[str] | None:
    """ "first half" (p0) or "second half" (p1) right after a year (Turkish)."""
    halves, gap = date_words.YEAR_HALVES_AFTER.get(language), date_words.PARTS_AFTER_GAP.get(language)
    if not halves or not gap:
        return None
    bound = "" if date_words.fuses_words(language) else r"(?!\w)"
    return re.compile(rf"{gap}{_part_groups(halves)}{bound}", re.IGNORECASE)


def _parts_before(parts: Sequence[str], gap: str) -> re.Pattern[str]:
    """Words that end right before a position and the ``gap`` after them, one group per part (p0, p1, ...)."""
    return re.compile(rf"(?<!\w){_part_groups(parts)}{gap}$", re.IGNORECASE)


def _part_groups(parts: Sequence[str]) -> str:
    """An alternation of ``parts``, one named group each (p0, p1, ...), for :func:`_part_of` to read back."""
    return "(?:" + "|".join(f"(?P<p{index}>{part})" for index, part in enumerate(parts)) + ")"


def _part_of(match: re.Match[str]) -> int:
    """Which part of a :func:`_part_groups` alternation matched."""
    return next(int(name[1:]) for name, found in match.groupdict().items() if found is not None and name[1:].isdigit())


#: How far before a month's name its "early"/"Mitte"/"fin" is looked for.
_MONTH_PART_REACH = 20


@lru_cache(maxsize=16)
def _month_part_pattern(language: str) -> re.Pattern[str] | None:
    """A month-part word right before a month's name, one group per third (p0 ... p2)."""
    words = date_words.MONTH_PARTS.get(language)
    return _parts_before(words, r"(?:[ \t]{1,2}|-)") if words else None


def _clause_around(text: str, start: int, end: int) -> str:
    """The words of the clause around [start, end), without [start, end) itself (a Polish "niedzieli" ends as a verb
    in the past does): to the nearest clause edge, at most a few dozen characters."""
    before, after = _clause_sides(text, start, end)
    return before + " " + after


def _clause_sides(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause's words before [start, end) and after it (see :func:`_clause_around`)."""
    clause_start = max(0, start - _TENSE_REACH)
    for edge in _CLAUSE_EDGE.finditer(text, clause_start, start):
        clause_start = edge.end()
    clause_end = min(len(text), end + _TENSE_REACH)
    after = _CLAUSE_EDGE.search(text, end, clause_end)
    return text[clause_start:start], text[end : after.start() if after else clause_end]


#: A month (or a day of one) written without its year: "2020-04-01/2020-04-30" or "2020-04-12".
_MONTH_OR_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:/\1-\2-\d\d)?")


def _month_told_ahead(text: str, language: str, reference: date, mention: DateMention) -> DateMention:
    """A month (or a day of one) without its year that the nearest-year rule put before the reference date moves a
    year ahead where the verb nearest it is in the future: "Laureat zostanie ogłoszony na początku października",
    written in February 2020, is October 2020, not 2019."""
    if _YEAR_IN_TEXT.search(mention.text) or not _MONTH_OR_DAY_VALUE.fullmatch(mention.value):
        return mention
    if not _has_calendar_day(mention.text, language) or date_words.weekday_in(mention.text, language) is not None:
        return mention
    last = date.fromisoformat(mention.value[-10:])
    if (reference - last).days < _AHEAD_MIN_DAYS_BACK:
        return mention  # a day of the last weeks is the one just past, whatever tense tells of it
    if _after_since(text, mention):
        return mention  # "since April, will halt": the month is past
    future, past = date_words.future_marker_pattern(language), date_words.past_marker_pattern(language)
    if not _tense_nearer(text, mention, future, past):
        return mention
    with contextlib.suppress(ValueError):  # 29 February
        parts = [date.fromisoformat(part) for part in mention.value.split("/")]
        later = [part.replace(year=part.year + 1) for part in parts]
        if later[0] > reference:
            return replace(mention, value="/".join(part.isoformat() for part in later))
    return mention


#: How far back the nearest-year rule must have put a month before its future tense moves it a year ahead.
_AHEAD_MIN_DAYS_BACK = 90


#: "Yesterday" in the span of a weekday ("أمس الجمعة", "gestern Freitag"): the day is past, whatever follows it.
_YESTERDAY = re.compile(r"(?i:yesterday|gestern|hier|ayer|ieri|вчера|dün|wczoraj)|أمس|امس|昨")


def _tense_nearer(
    text: str, mention: DateMention, tense: re.Pattern[str] | None, other: re.Pattern[str] | None
) -> bool:
    """Whether a marker of ``tense`` stands in the clause around the mention, nearer it than any of ``other``:
    "reiteró ... que el miércoles realizará una ceremonia" tells of the future nearer the Wednesday (the future verb
    is the weekday's, the past one the report's)."""
    if tense is None:
        return False
    before, after = _clause_sides(text, mention.start, mention.end)

    def nearest(pattern: re.Pattern[str] | None) -> int | None:
        if pattern is None:
            return None
        distances = [len(before) - m.end() for m in pattern.finditer(before)]
        distances += [m.start() for m in pattern.finditer(after)]
        return min(distances) if distances else None

    distance, other_distance = nearest(tense), nearest(other)
    return distance is not None and (other_distance is None or distance < other_distance)


def _has_calendar_day(span: str, language: str) -> bool:
    """Whether a date's words give a day of a month or a month ("mardi 1er février", "Tuesday, Jan. 1")."""
    return bool(_NUMERIC_DAY_MONTH.search(span)) or bool(date_words.month_pattern(language).search(span))


def _select(text: str, candidates: list[tuple[int, int, str]]) -> tuple[DateMention, ...]:
    """Keep the longest of overlapping candidates (earliest on ties), in text order."""
    ordered = sorted(candidates)
    candidates = [
        c
        for c in candidates
        if not _glued_and_crossed(text, c, ordered)
        and not _AMOUNT_AFTER.match(text, c[1])
        and c[2][:4].isdigit()
        and _MIN_YEAR <= int(c[2][:4]) <= _MAX_YEAR  # "إلى 1743": a count read as a year
    ]
    chosen: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # one flag per character: linear in the text, whatever the candidates
    for start, end, value in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, value))
    chosen.sort()
    return tuple(DateMention(text=text[s:e], start=s, end=e, value=v) for s, e, v in chosen)


def _glued_and_crossed(text: str, candidate: tuple[int, int, str], candidates: list[tuple[int, int, str]]) -> bool:
    # ``candidates`` must be sorted (by start, then end).
    """A span Duckling glued over a comma ("3 Mart 2022, dün") that another reading crosses.

    Such a span joins two expressions; the crossing one is the better reading.
    """
    start, end, value = candidate
    if "," not in text[start:end] and "،" not in text[start:end]:
        return False
    # Only readings starting within a window's reach can cross this one; ``candidates`` is sorted.
    first = bisect.bisect_left(candidates, (start - _MAX_WINDOW, -1, ""))
    last = bisect.bisect_left(candidates, (end, -1, ""))
    for other_start, other_end, other_value in candidates[first:last]:
        crosses = (other_start < start < other_end < end) or (start < other_start < end < other_end)
        if crosses and other_value != value and "," not in text[other_start:other_end]:
            return True
    return False
