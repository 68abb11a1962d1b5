"""Spans named by a word rather than by numbers of days: centuries, the decade under way or opening, the last 24
hours, and seasons of a year in Russian, Polish and Chinese.

"In the 20th century" is 1901 to 2000, "à la fin du XIXe siècle" its last third (1867 to 1900, as the early, middle
and late part of a year or month are its thirds), "the new decade" the decade it opens (written in December 2019:
the 2020s), "this decade" the one under way, and "in the last 24 hours" the reference day (the last N days end on
it). The parser reads none of them. Each pattern is an alternation of literals with bounded gaps.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from newsprism.analyze.date_words import count_of
from newsprism.analyze.dates import month_range, weighted_distance

#: Roman numerals of the centuries a news text names.
_ROMAN = {"XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18, "XIX": 19, "XX": 20, "XXI": 21, "XXII": 22}

#: Ordinal words of centuries, per language (English and Arabic write them out).
_ORDINAL_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "twenty-first": 21,
        "twenty first": 21,
    },
    "ar": {
        "الخامس عشر": 15,
        "السادس عشر": 16,
        "السابع عشر": 17,
        "الثامن عشر": 18,
        "التاسع عشر": 19,
        "العشرين": 20,
        "الحادي والعشرين": 21,
        "الواحد والعشرين": 21,
    },
    "zh": {"十五": 15, "十六": 16, "十七": 17, "十八": 18, "十九": 19, "二十": 20, "二十一": 21},
}


#: Group ``n`` of a century pattern: digits, a Roman numeral or an ordinal word of the language.
def _number(language: str) -> str:
    words = sorted(_ORDINAL_WORDS.get(language, {}), key=len, reverse=True)
    alternatives = [r"\d{1,2}", *sorted(_ROMAN, key=len, reverse=True), *(re.escape(w) for w in words)]
    return "(?P<n>" + "|".join(alternatives) + ")"


#: The word that puts the century in the first, middle or last third (group ``mod``), per language.
_EARLY = (
    r"early|beginning|début|Anfang|principios|comienzos|inicios|inizio|początku|начале|başlarında|başında|"
    r"أوائل|مطلع|بداية|初"
)
_MIDDLE = r"mid|middle|milieu|Mitte|mediados|metà|połowie|середине|ortalarında|ortasında|منتصف|أواسط|中叶|中期"
_LATE = r"late|end|fin|Ende|finales|fines|fine|końcu|koniec|конце|sonlarında|sonunda|أواخر|نهاية|末期|末"

_CENTURIES: dict[str, str] = {
    "en": r"\b(?:(?:the[ \t]+)?(?P<mod>early|mid|late)[ \t-]+|the[ \t]+(?P<mod2>beginning|middle|end)[ \t]+of[ \t]+)?"
    r"(?:the[ \t]+)?{n}(?:st|nd|rd|th)?[ \t-]+century\b(?![ \t]+(?:BC|B\.C\.|BCE))",
    "fr": r"(?<!\w)(?:(?P<mod>début|milieu|fin)[ \t]+du[ \t]+|(?:au|le|du)[ \t]+)?{n}(?:e|ème|eme)[ \t]+siècle\b"
    r"(?![ \t]+av)",
    "de": r"(?<!\w)(?:(?P<mod>Anfang|Mitte|Ende)[ \t]+des[ \t]+|(?:im|das|des)[ \t]+)?{n}\.[ \t]+Jahrhunderts?\b"
    r"(?![ \t]+v\.)",
    "es": r"(?<!\w)(?:(?P<mod>principios|comienzos|inicios|mediados|finales|fines)[ \t]+del[ \t]+|(?:en[ \t]+el|el|del)"
    r"[ \t]+)?siglo[ \t]+{n}\b(?![ \t]+a\.)",
    "it": r"(?<!\w)(?:(?P<mod>inizio|metà|fine)[ \t]+del[ \t]+|(?:nel|il|del)[ \t]+)?{n}[ \t]+secolo\b(?![ \t]+a\.)",
    "pl": r"(?<!\w)(?:(?:pod|na|w)[ \t]+)?(?:(?P<mod>początku|połowie|końcu|koniec)[ \t]+)?{n}[ \t]+wiek(?:u|iem)?\b"
    r"(?![ \t]+p\.)",
    "ru": r"(?<!\w)(?:(?:в|во)[ \t]+)?(?:(?P<mod>начале|середине|конце)[ \t]+)?{n}[ \t]+(?:век|века|веке|веком)(?!\w)"
    r"(?![ \t]+до)",
    "tr": r"(?<!\w)(?<!MÖ )(?<!M\.Ö\. ){n}\.[ \t]+yüzyıl(?:da|ın|dan|a)?(?!\w)"
    r"(?:[ \t]+(?P<mod>başlarında|başında|ortalarında|ortasında|sonlarında|sonunda)(?!\w))?",
    "ar": r"(?:(?P<mod>أوائل|مطلع|بداية|منتصف|أواسط|أواخر|نهاية)[ \t]+)?القرن[ \t]+(?:الـ[ \t]?)?{n}"
    r"(?:[ \t]+(?:الميلادي|للميلاد))?(?![ \t]+(?:الهجري|للهجرة|قبل))",
    "zh": r"(?<!公元前)(?<!\d){n}[ \t]?世纪(?P<mod>初|中叶|中期|末期|末)?",
}

#: "The new decade" (the one it opens) and "this decade" (the one under way), per language. Arabic "العقد" is
#: also a contract, and has no entry.
_NEW_DECADE: dict[str, str] = {
    "en": r"\b(?:the|a|this)[ \t]+new[ \t]+decade\b",
    "fr": r"(?<!\w)(?:la|une|cette)[ \t]+nouvelle[ \t]+décennie\b",
    "de": r"\b(?:das|ein|dieses|im|ins)[ \t]+neuen?[ \t]+Jahrzehnts?\b",
    "es": r"\b(?:la|una|esta)[ \t]+nueva[ \t]+década\b",
    "it": r"\b(?:il|un|nel|del)[ \t]+nuovo[ \t]+decennio\b",
    "pl": r"(?<!\w)(?:nowa|nowej|nową|nowym)[ \t]+(?:dekad(?:a|y|ę|zie)|dziesięcioleci(?:e|a|u))(?!\w)",
    "ru": r"(?<!\w)(?:новое|нового|новом|новым)[ \t]+десятилети(?:е|я|и|ем)(?!\w)",
    "tr": r"(?<!\w)yeni[ \t]+on[ \t]+yıl(?:a|da|ın)?(?!\w)",
    "zh": r"新的十年|新十年",
}
_THIS_DECADE: dict[str, str] = {
    "en": r"\bthis[ \t]+decade\b(?![ \t-]+long)",
    "fr": r"(?<!\w)cette[ \t]+décennie\b",
    "de": r"\b(?:dieses|diesem|in[ \t]+diesem)[ \t]+Jahrzehnts?\b",
    "es": r"\besta[ \t]+década\b",
    "it": r"\bquesto[ \t]+decennio\b|\bchiud(?:e|ono|endo)[ \t]+il[ \t]+decennio\b",
    "pl": r"(?<!\w)(?:ta|tej|tę)[ \t]+dekad(?:a|y|ę|zie)(?!\w)",
    "ru": r"(?<!\w)(?:это|этого|этом)[ \t]+десятилети(?:е|я|и)(?!\w)",
    "tr": r"(?<!\w)bu[ \t]+on[ \t]+yıl(?:da|ın)?(?!\w)",
}

#: "Over the past decade" and its kin: the last ten years, ending on the reference date (as the last N years do).
_PAST_DECADE: dict[str, str] = {
    "en": r"\b(?:(?:over|in|during|for|across)[ \t]+)?the[ \t]+(?:past|last)[ \t]+decade\b",
    "fr": r"(?<!\w)(?:au[ \t]+cours[ \t]+de[ \t]+|durant[ \t]+|pendant[ \t]+|sur[ \t]+)la[ \t]+"
    r"(?:dernière[ \t]+décennie|décennie[ \t]+écoulée)",
    "de": r"\b(?:im|in[ \t]+dem)[ \t]+(?:letzten|vergangenen)[ \t]+Jahrzehnt\b",
    "es": r"\b(?:en|durante)[ \t]+la[ \t]+(?:última|pasada)[ \t]+década\b",
    "it": r"(?<!\w)(?:nell['’]|durante[ \t]+l['’])ultimo[ \t]+decennio\b",
    "pl": r"(?<!\w)(?:w|przez)[ \t]+(?:ostatniej|minionej|ostatnią|minioną)[ \t]+dekad(?:zie|ę)(?!\w)",
    "ru": r"(?<!\w)(?:за|в[ \t]+течение)[ \t]+(?:последнее|прошедшее|минувшее)[ \t]+десятилетие(?!\w)",
    "tr": r"(?<!\w)(?:son|geçtiğimiz)[ \t]+on[ \t]+yıl(?:da|dır)?(?!\w)",
    "ar": r"(?:خلال|في)[ \t]+العقد[ \t]+(?:الماضي|الأخير)",
    "zh": r"过去的?十年|近十年",
}

#: The first or last minutes, seconds or hours of a year written with it ("en los primeros minutos de 2020", "the last
#: seconds of 2019"): its first or last day (group ``first`` where it is the first, ``year``).
_EDGE_OF_YEAR: dict[str, str] = {
    "en": r"\b(?:in[ \t]+)?the[ \t]+(?:(?P<first>first)|last|final)[ \t]+(?:minutes|seconds|hours)[ \t]+of[ \t]+"
    r"(?P<year>(?:19|20)\d\d)\b",
    "es": r"\b(?:en[ \t]+)?los[ \t]+(?:(?P<first>primeros)|últimos)[ \t]+(?:minutos|segundos|horas)[ \t]+del?[ \t]+"
    r"(?:año[ \t]+)?(?P<year>(?:19|20)\d\d)\b",
    "fr": r"(?<!\w)(?:dans[ \t]+)?les[ \t]+(?:(?P<first>premières)|dernières)[ \t]+(?:minutes|secondes|heures)"
    r"[ \t]+de[ \t]+(?:l['’]année[ \t]+)?(?P<year>(?:19|20)\d\d)\b",
    "de": r"\b(?:in[ \t]+)?den[ \t]+(?:(?P<first>ersten)|letzten)[ \t]+(?:Minuten|Sekunden|Stunden)[ \t]+"
    r"(?:des[ \t]+Jahres[ \t]+|von[ \t]+)?(?P<year>(?:19|20)\d\d)\b",
    "it": r"\b(?:nei[ \t]+)?(?:(?P<first>primi)|ultimi)[ \t]+(?:minuti|secondi)[ \t]+del[ \t]+"
    r"(?P<year>(?:19|20)\d\d)\b",
    "ru": r"(?<!\w)(?:в[ \t]+)?(?:(?P<first>первые)|последние)[ \t]+(?:минуты|секунды|часы)[ \t]+"
    r"(?P<year>(?:19|20)\d\d)[ \t]+года(?!\w)",
}

#: The first or last day, or the first week, of the year under way or of one written ("el primer día del año", "the
#: last day of the year", "la primera semana del año"): group ``first`` or ``week`` say which, ``year`` where written.
_DAY_OF_YEAR: dict[str, str] = {
    "en": r"\b(?:on[ \t]+)?the[ \t]+(?:(?P<first>first)|last)[ \t]+(?:day|(?P<week>week))[ \t]+of[ \t]+"
    r"(?:the[ \t]+year|(?P<year>(?:19|20)\d\d))\b",
    "es": r"\b(?:el|la)[ \t]+(?:(?P<first>primer|primera)|último|última)[ \t]+(?:día|(?P<week>semana))[ \t]+"
    r"del?[ \t]+(?:año|(?P<year>(?:19|20)\d\d))\b",
    "fr": r"(?<!\w)(?:le|la)[ \t]+(?:(?P<first>premier|première)|dernier|dernière)[ \t]+"
    r"(?:jour|(?P<week>semaine))[ \t]+de[ \t]+(?:l['’]année|(?P<year>(?:19|20)\d\d))\b",
    "de": r"\b(?:am|der|die|in[ \t]+der)[ \t]+(?:(?P<first>ersten?)|letzten?)[ \t]+(?:Tag|(?P<week>Woche))[ \t]+"
    r"(?:des[ \t]+Jahres|(?P<year>(?:19|20)\d\d))\b",
    "it": r"\b(?:il|la|nel|nella)[ \t]+(?:(?P<first>primo|prima)|ultimo|ultima)[ \t]+"
    r"(?:giorno|(?P<week>settimana))[ \t]+(?:dell['’]anno|del[ \t]+(?P<year>(?:19|20)\d\d))\b",
}

#: "In the last 24 hours" and its kin: the reference day.
_LAST_DAY: dict[str, str] = {
    "en": r"\b(?:in|over|during|within)[ \t]+the[ \t]+(?:last|past|previous)[ \t]+(?:24|twenty-four)[ \t]+hours\b",
    "fr": r"(?<!\w)(?:au[ \t]+cours[ \t]+des|ces|dans[ \t]+les|durant[ \t]+les|lors[ \t]+des|en)[ \t]+"
    r"(?:dernières[ \t]+24[ \t]+heures|24[ \t]+dernières[ \t]+heures)",
    "de": r"\b(?:in|binnen|während)[ \t]+den[ \t]+(?:letzten|vergangenen|zurückliegenden)[ \t]+24[ \t]+Stunden\b",
    "es": r"\b(?:en|durante)[ \t]+las[ \t]+(?:últimas|pasadas)[ \t]+24[ \t]+horas\b",
    "it": r"\b(?:nelle|nell['’]arco[ \t]+delle|durante[ \t]+le)[ \t]+ultime[ \t]+24[ \t]+ore\b",
    "pl": r"(?<!\w)(?:(?:w[ \t]+ciągu|przez|w)[ \t]+)?(?:ostatniej[ \t]+doby|ostatnich[ \t]+24[ \t]+godzin(?:ach)?)"
    r"(?!\w)",
    "ru": r"(?<!\w)(?:за|в[ \t]+течение)[ \t]+(?:последние|прошедшие|минувшие)[ \t]+(?:сутки|24[ \t]+часа)(?!\w)",
    "tr": r"(?<!\w)(?:son|geçtiğimiz)[ \t]+24[ \t]+saat(?:te|tir|lik)?(?!\w)",
    "ar": r"(?:خلال|في)[ \t]+(?:الـ[ \t]?|ال)?24[ \t]+ساعة[ \t]+(?:الماضية|الأخيرة)",
    "zh": r"(?:过去|最近|近)[ \t]?24[ \t]?(?:个)?小时",
}

#: A season of a year written after it, where the parser reads the year alone ("весной 2019 года", "wiosną 2019
#: r."): groups ``season`` and ``year``; winter, which spans two years, has no entry.
_SEASON_OF_YEAR: dict[str, str] = {
    "ru": r"(?<!\w)(?P<season>весн(?:ой|а|у|е)|лет(?:ом|о)|осен(?:ью|ь))[ \t]+(?P<year>(?:19|20)\d\d)"
    r"(?:[ \t]+года|[ \t]?г\.)?",
    "pl": r"(?<!\w)(?P<season>wiosn(?:ą|a|y|ę)|latem|lato|jesieni(?:ą)?|jesień)[ \t]+(?P<year>(?:19|20)\d\d)"
    r"(?:[ \t]?r\.|[ \t]+roku)?",
    "zh": r"(?P<year>(?:19|20)\d\d)[ \t]?年[ \t]?的?(?P<season>春天|春季|夏天|夏季|秋天|秋季)",
}
#: The first N months of a year ("in the first nine months of 2019", "en los primeros cinco meses del año", "bu yılın
#: ilk 3 ayında"): group ``n`` the count (digits or a word of :data:`date_words.NUMBER_WORDS`), group ``year`` the
#: year written, else ``this`` (the reference date's year, "of the year", "dieses Jahres") or ``last`` (the one before).
_FIRST_MONTHS: dict[str, str] = {
    "en": r"\b(?:the[ \t]+)?first[ \t]+(?P<n>\d{1,2}|[a-z]{3,6})[ \t]+months[ \t]+of[ \t]+"
    r"(?:(?P<this>the[ \t]+year|this[ \t]+year)|(?P<last>last[ \t]+year)|(?P<year>(?:19|20)\d\d))\b",
    "fr": r"(?<!\w)(?:les|des|aux)[ \t]+(?P<n>\d{1,2}|[a-z]{3,6})[ \t]+premiers[ \t]+mois[ \t]+(?:de[ \t]+)?"
    r"(?:(?P<this>l['’]année|cette[ \t]+année)|(?P<last>l['’]année[ \t]+dernière|l['’]an[ \t]+dernier)|"
    r"(?P<year>(?:19|20)\d\d))",
    "de": r"\b(?:in[ \t]+)?den[ \t]+ersten[ \t]+(?P<n>\d{1,2}|[a-zö]{3,6})[ \t]+Monaten[ \t]+"
    r"(?:(?P<this>des[ \t]+Jahres|dieses[ \t]+Jahres|des[ \t]+laufenden[ \t]+Jahres)|"
    r"(?P<last>des[ \t]+Vorjahres|des[ \t]+vergangenen[ \t]+Jahres)|"
    r"(?:des[ \t]+Jahres[ \t]+)?(?P<year>(?:19|20)\d\d))\b",
    "es": r"\b(?:(?:en|durante)[ \t]+)?(?:los[ \t]+)?primeros[ \t]+(?P<n>\d{1,2}|[a-z]{3,6})[ \t]+meses[ \t]+"
    r"(?:(?P<this>del[ \t]+año|de[ \t]+este[ \t]+año)|(?P<last>del[ \t]+año[ \t]+pasado)|de(?:l)?[ \t]+"
    r"(?P<year>(?:19|20)\d\d))\b",
    "it": r"\b(?:nei[ \t]+)?primi[ \t]+(?P<n>\d{1,2}|[a-z]{3,8})[ \t]+mesi[ \t]+"
    r"(?:(?P<this>dell['’]anno|di[ \t]+quest['’]anno)|(?P<last>dell['’]anno[ \t]+scorso)|del[ \t]+"
    r"(?P<year>(?:19|20)\d\d))\b",
    "pl": r"(?<!\w)(?:w[ \t]+)?pierwszych[ \t]+(?P<n>\d{1,2}|[a-ząćęłńóśźż]{3,12})[ \t]+miesiąc(?:ach|ów)[ \t]+"
    r"(?:(?P<this>(?:tego|bieżącego)[ \t]+roku|roku)|(?P<last>ubiegłego[ \t]+roku|zeszłego[ \t]+roku)|"
    r"(?P<year>(?:19|20)\d\d)(?:[ \t]+roku|[ \t]?r\.)?)(?!\w)",
    "ru": r"(?<!\w)(?:за[ \t]+)?(?:первые|первых)[ \t]+(?P<n>\d{1,2}|[а-яё]{3,12})[ \t]+месяц(?:а|ев)[ \t]+"
    r"(?:(?P<this>(?:этого|текущего)[ \t]+года)|(?P<last>прошлого[ \t]+года)|(?P<year>(?:19|20)\d\d)"
    r"(?:[ \t]+года|[ \t]?г\.)?)(?!\w)",
    "tr": r"(?<!\w)(?:(?P<this>bu[ \t]+yılın)|(?P<last>geçen[ \t]+yılın)|(?P<year>(?:19|20)\d\d)(?:['’]n?[ıiuü]n|"
    r"[ \t]+yılının))[ \t]+ilk[ \t]+(?P<n>\d{1,2}|[a-zçğıöşü]{2,5})[ \t]+ay\w{0,5}",
}
#: The first month of each season whose word starts so.
_SEASON_FIRST_MONTH = {"весн": 3, "лет": 6, "осен": 9, "wios": 3, "lat": 6, "jesi": 9, "春": 3, "夏": 6, "秋": 9}

_FIRST_THIRD = re.compile(_EARLY, re.IGNORECASE)
_MIDDLE_THIRD = re.compile(_MIDDLE, re.IGNORECASE)
_LAST_THIRD = re.compile(_LATE, re.IGNORECASE)
#: The last day of the last month of a season (May, August, November).
_LAST_DAYS = {5: 31, 8: 31, 11: 30}
#: How far ahead "the new decade" looks: written in the last months of a decade, it is the next one.
_NEW_DECADE_LEAD = timedelta(days=92)


#: Words each table's patterns need, per language, looked for in the lower-cased text before the patterns run:
#: most texts name no century, decade or last 24 hours, and a substring test costs far less than the patterns.
_NEEDED_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "centuries": {
        "en": ("century",),
        "fr": ("siècle",),
        "de": ("jahrhundert",),
        "es": ("siglo",),
        "it": ("secolo",),
        "pl": ("wiek",),
        "ru": ("век",),
        "tr": ("yüzyıl",),
        "ar": ("القرن",),
        "zh": ("世纪",),
    },
    "decades": {
        "en": ("decade",),
        "fr": ("décennie",),
        "de": ("jahrzehnt",),
        "es": ("década",),
        "it": ("decennio",),
        "pl": ("dekad", "dziesięciolec"),
        "ru": ("десятилети",),
        "tr": ("on yıl",),
        "zh": ("十年",),
    },
    "day": {"en": ("24", "twenty-four"), "pl": ("doby", "24"), "ru": ("сутки", "24")},
    "yearday": {
        "en": ("day of", "week of"),
        "es": ("día del", "semana del", "día de", "semana de"),
        "fr": ("jour de", "semaine de"),
        "de": ("tag des", "woche des", "tag 2", "tag 1", "woche 2", "woche 1"),
        "it": ("giorno del", "settimana del"),
    },
    "edge": {
        "en": ("minutes", "seconds", "hours"),
        "es": ("minutos", "segundos", "horas"),
        "fr": ("minutes", "secondes", "heures"),
        "de": ("minuten", "sekunden", "stunden"),
        "it": ("minuti", "secondi"),
        "ru": ("минуты", "секунды", "часы"),
    },
    "season": {"ru": ("весн", "лет", "осен"), "pl": ("wiosn", "lat", "jesie"), "zh": ("春", "夏", "秋")},
    "months": {
        "en": ("first",),
        "fr": ("premiers mois",),
        "de": ("ersten",),
        "es": ("primeros",),
        "it": ("primi",),
        "pl": ("pierwszych",),
        "ru": ("первы",),
        "tr": ("ilk",),
    },
}


def _needs(table: str, language: str, lowered: str) -> bool:
    words = _NEEDED_WORDS[table].get(language, ("24",) if table == "day" else ())
    return any(word in lowered for word in words)


@lru_cache(maxsize=16)
def _compiled(table_name: str, language: str) -> re.Pattern[str] | None:
    table = {
        "centuries": _CENTURIES,
        "new": _NEW_DECADE,
        "this": _THIS_DECADE,
        "day": _LAST_DAY,
        "season": _SEASON_OF_YEAR,
        "past": _PAST_DECADE,
        "edge": _EDGE_OF_YEAR,
        "yearday": _DAY_OF_YEAR,
        "months": _FIRST_MONTHS,
    }[table_name]
    pattern = table.get(language)
    if pattern is None:
        return None
    if table_name == "centuries":
        pattern = pattern.replace("{n}", _number(language))
    return re.compile(pattern, re.IGNORECASE)


def _century_number(raw: str, language: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if raw.upper() in _ROMAN:
        return _ROMAN[raw.upper()]
    words = _ORDINAL_WORDS.get(language, {})
    return words.get(raw.casefold()) or words.get(raw)


def _century_value(number: int, modifier: str | None) -> str:
    first, last = 100 * (number - 1) + 1, 100 * number
    if modifier:
        # Thirds of the century's hundred years: 1801-1833, 1834-1866, 1867-1900.
        if _LAST_THIRD.fullmatch(modifier):
            first = last - 33
        elif _MIDDLE_THIRD.fullmatch(modifier):
            first, last = first + 33, first + 65
        elif _FIRST_THIRD.fullmatch(modifier):
            last = first + 32
    return f"{first:04d}-01-01/{last:04d}-12-31"


def _day_of_year(match: re.Match[str], reference: date) -> str:
    """The first or last day of the year a match names, or its first or last (Monday to Sunday) week; with no year
    written, of the year that puts it nearest the reference date, a future one counting double ("the last day of
    the year" written on 2 January is the one just gone)."""
    if match.group("year"):
        years: tuple[int, ...] = (int(match.group("year")),)
    else:
        years = (reference.year - 1, reference.year, reference.year + 1)
    spans: list[tuple[date, date]] = []
    for year in years:
        day = date(year, 1, 1) if match.group("first") else date(year, 12, 31)
        if match.group("week"):
            monday = day - timedelta(days=day.weekday())
            spans.append((monday, monday + timedelta(days=6)))
        else:
            spans.append((day, day))
    first, last = min(spans, key=lambda span: weighted_distance(span[0], span[1], reference))
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _decade_value(year: int) -> str:
    first = year - year % 10
    return f"{first:04d}-01-01/{first + 9:04d}-12-31"


def era_candidates(text: str, language: str, reference: date) -> Iterator[tuple[int, int, str]]:
    """Candidate dates ``(start, end, value)`` for centuries, decades named by a word and the last 24 hours.

    Args:
        text: The article text.
        language: ISO 639-1 code of the text.
        reference: The reference date.

    Yields:
        The span of each expression and its value, a range of days or the reference day.
    """
    lowered = text.lower()
    centuries = _compiled("centuries", language) if _needs("centuries", language, lowered) else None
    if centuries is not None:
        for match in centuries.finditer(text):
            number = _century_number(match.group("n"), language)
            if number is None or not 1 <= number <= 22:
                continue
            groups = match.groupdict()
            yield match.start(), match.end(), _century_value(number, groups.get("mod") or groups.get("mod2"))
    decades = _needs("decades", language, lowered)
    new_decade = _compiled("new", language) if decades else None
    if new_decade is not None:
        opening = _decade_value((reference + _NEW_DECADE_LEAD).year)
        for match in new_decade.finditer(text):
            yield match.start(), match.end(), opening
    past_decade = _compiled("past", language) if decades or language == "ar" else None
    if past_decade is not None:
        with contextlib.suppress(ValueError):  # 29 February ten years on
            ten_years = reference.replace(year=reference.year - 10) + timedelta(days=1)
            for match in past_decade.finditer(text):
                yield match.start(), match.end(), f"{ten_years.isoformat()}/{reference.isoformat()}"
    this_decade = _compiled("this", language) if decades else None
    if this_decade is not None:
        for match in this_decade.finditer(text):
            yield match.start(), match.end(), _decade_value(reference.year)
    seasons = _compiled("season", language) if _needs("season", language, lowered) else None
    if seasons is not None:
        for match in seasons.finditer(text):
            word = match.group("season").casefold()
            month = next(first for stem, first in _SEASON_FIRST_MONTH.items() if word.startswith(stem))
            year = int(match.group("year"))
            yield (
                match.start(),
                match.end(),
                f"{year:04d}-{month:02d}-01/{year:04d}-{month + 2:02d}-{_LAST_DAYS[month + 2]}",
            )
    edges = _compiled("edge", language) if _needs("edge", language, lowered) else None
    if edges is not None:
        for match in edges.finditer(text):
            year = int(match.group("year"))
            yield match.start(), match.end(), f"{year:04d}-01-01" if match.group("first") else f"{year:04d}-12-31"
    year_days = _compiled("yearday", language) if _needs("yearday", language, lowered) else None
    if year_days is not None:
        for match in year_days.finditer(text):
            yield match.start(), match.end(), _day_of_year(match, reference)
    first_months = _compiled("months", language) if _needs("months", language, lowered) else None
    if first_months is not None:
        for match in first_months.finditer(text):
            months = count_of(match.group("n"), language)
            if not months or not 1 <= months <= 11:
                continue
            year = int(match.group("year")) if match.group("year") else reference.year - bool(match.group("last"))
            yield match.start(), match.end(), month_range(year, 1, months)
    last_day = _compiled("day", language) if _needs("day", language, lowered) else None
    if last_day is not None:
        for match in last_day.finditer(text):
            yield match.start(), match.end(), reference.isoformat()
