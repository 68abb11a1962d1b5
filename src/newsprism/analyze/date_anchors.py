"""Days and years counted from one the article has just named: "the next day", "la veille", "ertesi gün", "a year
earlier", "im Vorjahr".

News tells events in order: "Johnson tested positive on 27 March; ten days later he was taken to hospital, and
the next day to intensive care." Such a day counts from the day named just before it, not from the publication
date. Where the paragraph names no day shortly before, "the day before" and "the next day" count from the
reference date (a market report's "mehr als am Vortag" is the day before the report), and "the same day" or
"that day" is left undated: it points back to a day the article does not give.

The patterns are alternations of literals with bounded spaces and one optional count; the guards against an
event named after the words ("the day before the vote", "la veille du scrutin": that day counts from the vote,
which carries no date) are fixed lookaheads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from typing import Literal, NamedTuple

from newsprism.analyze.date_words import NUMBER_WORDS
from newsprism.records import DateMention

#: "near": counts from the day named shortly before, else from the reference date; "named": only from a day named
#: before (else no date); "now": always from the reference date ("bundan 20 gün önce": 20 days before now).
Anchor = Literal["near", "named", "now"]


class _Shift(NamedTuple):
    """One pattern: which way it counts (-1 back, 0 the same day, +1 ahead), from what, and in days, weeks or
    years."""

    pattern: str
    direction: int
    anchor: Anchor
    unit: Literal["day", "week", "year"] = "day"


#: A count of days in words or digits, per language (group ``n``).
_COUNT = r"(?P<n>\d{1,2}|[^\W\d_]{2,8})"

#: What may not follow an English day counted from something: an event named after it ("the day before the vote").
_EN_NO_EVENT = r"(?![ \t]+(?:the|a|an|his|her|their|its|our|my|your|this|that|he|she|they|it|we|I|of|(?-i:[A-Z0-9])))"
_FR_NO_EVENT = r"(?![ \t]*(?:de|du|des|d['’]|au|à|que|qu['’])(?!\w))"
#: "la veille" is also a watch ("la veille sanitaire"): it counts only before punctuation or a clause's next word.
_FR_AFTER_VEILLE = (
    r"(?=[ \t]*[,.;:!?)]|[ \t]+(?:il|elle|ils|elles|on|les|le|la|l['’]|un|une|déjà|encore|et|dans|en|pour|"
    r"avec|sur|lors|alors|même|aussi|mais|était|avait|a)\b)"
)
_ES_NO_EVENT = r"(?![ \t]+(?:de|del|a|al|que)\b)"
_IT_NO_EVENT = r"(?![ \t]+(?:di|del|della|dello|dei|degli|delle|a|al|alla|che|essere|aver|avere)\b)"
_PL_NO_EVENT = r"(?![ \t]+(?:przed|po|od)\b)"

#: Where a Chinese day word may start: after punctuation, a space, the text's start or a word of time ("在第二天").
_ZH_OPEN = r"(?:(?<=[，。、；：\s“”\"（(])|(?<=[在于而但并])|^)"

_SHIFTS: dict[str, tuple[_Shift, ...]] = {
    "en": (
        _Shift(
            r"\b(?:on[ \t]+)?the[ \t]+(?:day|night|evening)[ \t]+before" + _EN_NO_EVENT + r"(?![ \t]+yesterday)",
            -1,
            "near",
        ),
        _Shift(r"\b(?:on[ \t]+)?the[ \t]+(?:previous|preceding|prior)[ \t]+(?:day|evening|night)\b", -1, "near"),
        _Shift(r"\b(?:a|one)[ \t]+day[ \t]+(?:earlier\b(?![ \t]+than)|before\b" + _EN_NO_EVENT + ")", -1, "near"),
        _Shift(
            r"\b(?:on[ \t]+)?the[ \t]+(?:next|following)[ \t]+(?:day|morning|afternoon|evening|night)\b", 1, "named"
        ),
        _Shift(r"\b(?:on[ \t]+)?the[ \t]+day[ \t]+after" + _EN_NO_EVENT + r"(?![ \t]+tomorrow)", 1, "named"),
        _Shift(r"\b(?:a|one)[ \t]+day[ \t]+later\b", 1, "named"),
        _Shift(r"\b(?:a|one)[ \t]+week[ \t]+later\b", 1, "named", "week"),
        _Shift(
            r"\b(?:a|one)[ \t]+week[ \t]+(?:earlier\b(?![ \t]+than)|before\b" + _EN_NO_EVENT + ")", -1, "named", "week"
        ),
        # Not "the same day or next day" (a delivery promise)
        _Shift(r"\b(?:on[ \t]+|later[ \t]+|earlier[ \t]+)?(?:that|the)[ \t]+same[ \t]+day\b(?![ \t]+or\b)", 0, "named"),
        _Shift(r"\b(?:on[ \t]+|later[ \t]+|earlier[ \t]+)that[ \t]+day\b", 0, "named"),
        _Shift(r"\b(?:later|earlier)[ \t]+that[ \t]+(?:morning|afternoon|evening|night)\b", 0, "named"),
        _Shift(r"\bthat[ \t]+same[ \t]+(?:morning|afternoon|evening|night)\b", 0, "named"),
        _Shift(r"\b" + _COUNT + r"[ \t]+days[ \t]+(?:later|afterwards)\b", 1, "named"),
        _Shift(r"\b" + _COUNT + r"[ \t]+days[ \t]+(?:earlier|before)\b" + _EN_NO_EVENT, -1, "named"),
        # Years counted from the year named before ("In 2018 sales rose; a year earlier they fell")
        _Shift(
            r"\b(?:a|one)[ \t]+year[ \t]+(?:earlier\b(?![ \t]+than)|before\b" + _EN_NO_EVENT + ")", -1, "near", "year"
        ),
        _Shift(r"\b(?:the[ \t]+)?(?:previous|preceding|prior)[ \t]+year\b", -1, "near", "year"),
        _Shift(r"\b" + _COUNT + r"[ \t]+years[ \t]+(?:earlier|before)\b" + _EN_NO_EVENT, -1, "named", "year"),
        _Shift(r"\b(?:a|one)[ \t]+year[ \t]+later\b|\bthe[ \t]+following[ \t]+year\b", 1, "named", "year"),
        _Shift(r"\bthe[ \t]+year[ \t]+after[ \t]+that\b", 1, "named", "year"),
        _Shift(r"\b" + _COUNT + r"[ \t]+years[ \t]+later\b", 1, "named", "year"),
    ),
    "fr": (
        _Shift(r"(?<!\w)la[ \t]+veille(?:[ \t]+au[ \t]+soir)?" + _FR_AFTER_VEILLE, -1, "near"),
        _Shift(r"(?<!\w)(?:le|la)[ \t]+(?:jour|journée)[ \t]+(?:précédente?|d['’]avant)\b", -1, "near"),
        _Shift(r"(?<!\w)le[ \t]+lendemain\b" + _FR_NO_EVENT + r"(?:[ \t]+(?:matin|soir)\b)?", 1, "named"),
        _Shift(r"(?<!\w)(?:le|la)[ \t]+(?:jour|journée)[ \t]+(?:suivante?|d['’]après)\b", 1, "named"),
        _Shift(r"(?<!\w)(?:le[ \t]+jour[ \t]+même|(?:le|ce)[ \t]+même[ \t]+jour|ce[ \t]+jour-là)\b", 0, "named"),
        _Shift(r"(?<!\w)(?:ce[ \t]+(?:soir|matin)-là|cette[ \t]+(?:nuit|soirée|journée|matinée)-là)", 0, "named"),
        _Shift(
            r"(?<!\w)"
            + _COUNT
            + r"[ \t]+jours[ \t]+(?:plus[ \t]+tard\b"
            + _FR_NO_EVENT
            + r"|après(?=[ \t]*[,.;:!?)]))",
            1,
            "named",
        ),
        _Shift(r"(?<!\w)" + _COUNT + r"[ \t]+jours[ \t]+(?:plus[ \t]+tôt|auparavant)\b", -1, "named"),
        _Shift(
            r"(?<!\w)(?:un[ \t]+an[ \t]+plus[ \t]+tôt|l['’]année[ \t]+(?:précédente|d['’]avant))",
            -1,
            "near",
            "year",
        ),
        _Shift(
            r"(?<!\w)(?:un[ \t]+an[ \t]+plus[ \t]+tard|l['’]année[ \t]+(?:suivante|d['’]après))",
            1,
            "named",
            "year",
        ),
    ),
    "de": (
        _Shift(r"\b(?:am[ \t]+Vortag|am[ \t]+Vorabend|des[ \t]+Vortag(?:e?s)|tags[ \t]+zuvor)\b", -1, "near"),
        _Shift(r"\b(?:einen|ein|am)[ \t]+Tag[ \t]+(?:zuvor|vorher|davor|früher)\b", -1, "near"),
        _Shift(r"\b(?:am[ \t]+(?:nächsten|folgenden|darauffolgenden)[ \t]+Tag|am[ \t]+Folgetag)\b", 1, "named"),
        _Shift(r"\b(?:tags[ \t]+darauf|einen[ \t]+Tag[ \t]+(?:später|danach)|am[ \t]+Tag[ \t]+danach)\b", 1, "named"),
        _Shift(
            r"\b(?:(?:noch[ \t]+)?am[ \t]+(?:selben|gleichen|selbigen)[ \t]+(?:Tag|Abend)|"
            r"an[ \t]+(?:diesem|jenem)[ \t]+(?:Tag|Abend))\b",
            0,
            "named",
        ),
        _Shift(r"\b" + _COUNT + r"[ \t]+Tage[ \t]+(?:später|danach)\b", 1, "named"),
        _Shift(r"\b" + _COUNT + r"[ \t]+Tage[ \t]+(?:zuvor|vorher|davor|früher)\b", -1, "named"),
        _Shift(
            r"\b(?:ein[ \t]+Jahr[ \t]+(?:zuvor|davor|vorher|früher)|im[ \t]+Jahr[ \t]+(?:zuvor|davor)|"
            r"(?:im|gegenüber[ \t]+dem|zum|vom|als[ \t]+im)[ \t]+Vorjahr|des[ \t]+Vorjahres)\b",
            -1,
            "near",
            "year",
        ),
        _Shift(
            r"\b(?:ein[ \t]+Jahr[ \t]+(?:später|danach)|im[ \t]+Jahr[ \t]+darauf|im[ \t]+Folgejahr)\b",
            1,
            "named",
            "year",
        ),
    ),
    "es": (
        _Shift(r"\b(?:el|un)[ \t]+día[ \t]+(?:anterior|antes|previo)\b" + _ES_NO_EVENT, -1, "near"),
        _Shift(r"\b(?:la[ \t]+)?víspera\b" + _ES_NO_EVENT, -1, "near"),
        _Shift(r"\b(?:al|el)[ \t]+día[ \t]+siguiente\b|\bal[ \t]+otro[ \t]+día\b", 1, "named"),
        _Shift(r"\bun[ \t]+día[ \t]+(?:después|más[ \t]+tarde)\b" + _ES_NO_EVENT, 1, "named"),
        _Shift(
            r"\b(?:(?:ese[ \t]+mismo|ese|el[ \t]+mismo|aquel)[ \t]+día|"
            r"(?:esa[ \t]+misma|esa|aquella)[ \t]+(?:noche|tarde))\b"
            r"(?![ \t]+(?:en[ \t]+)?(?:que|de)\b)",
            0,
            "named",
        ),
        _Shift(r"\b" + _COUNT + r"[ \t]+días[ \t]+(?:después|más[ \t]+tarde)\b" + _ES_NO_EVENT, 1, "named"),
        _Shift(r"\b" + _COUNT + r"[ \t]+días[ \t]+antes\b" + _ES_NO_EVENT, -1, "named"),
        _Shift(
            r"\b(?:un[ \t]+año[ \t]+antes|(?:el[ \t]+)?año[ \t]+(?:anterior|previo))\b" + _ES_NO_EVENT,
            -1,
            "near",
            "year",
        ),
        _Shift(
            r"\b(?:un[ \t]+año[ \t]+(?:después|más[ \t]+tarde)|(?:al|el)[ \t]+año[ \t]+siguiente)\b" + _ES_NO_EVENT,
            1,
            "named",
            "year",
        ),
    ),
    "it": (
        _Shift(r"\b(?:il|un)[ \t]+giorno[ \t]+(?:prima|precedente)\b" + _IT_NO_EVENT, -1, "near"),
        _Shift(r"\b(?:il[ \t]+giorno[ \t]+(?:dopo|seguente|successivo)|l['’]indomani)\b" + _IT_NO_EVENT, 1, "named"),
        _Shift(r"\bun[ \t]+giorno[ \t]+(?:dopo|più[ \t]+tardi)\b" + _IT_NO_EVENT, 1, "named"),
        _Shift(r"\b(?:lo[ \t]+stesso|quel(?:lo[ \t]+stesso)?)[ \t]+giorno\b(?![ \t]+(?:in[ \t]+)?cui\b)", 0, "named"),
        _Shift(r"\b" + _COUNT + r"[ \t]+giorni[ \t]+(?:dopo|più[ \t]+tardi)\b" + _IT_NO_EVENT, 1, "named"),
        _Shift(r"\b" + _COUNT + r"[ \t]+giorni[ \t]+prima\b" + _IT_NO_EVENT, -1, "named"),
        _Shift(
            r"\b(?:un[ \t]+anno[ \t]+prima|l['’]anno[ \t]+(?:precedente|prima))\b" + _IT_NO_EVENT,
            -1,
            "near",
            "year",
        ),
        _Shift(
            r"\b(?:un[ \t]+anno[ \t]+dopo|l['’]anno[ \t]+(?:successivo|seguente|dopo))\b" + _IT_NO_EVENT,
            1,
            "named",
            "year",
        ),
    ),
    "pl": (
        _Shift(r"(?<!\w)(?:dzień[ \t]+wcześniej|poprzedniego[ \t]+dnia|dzień[ \t]+przedtem)\b", -1, "near"),
        _Shift(r"(?<!\w)(?:następnego|kolejnego)[ \t]+dnia\b|(?<!\w)nazajutrz\b", 1, "named"),
        _Shift(r"(?<!\w)dzień[ \t]+później\b" + _PL_NO_EVENT, 1, "named"),
        _Shift(r"(?<!\w)tydzień[ \t]+później\b" + _PL_NO_EVENT, 1, "named", "week"),
        _Shift(r"(?<!\w)tydzień[ \t]+(?:wcześniej|przedtem)\b", -1, "named", "week"),
        _Shift(r"(?<!\w)(?:tego[ \t]+samego[ \t]+dnia|w[ \t]+tym[ \t]+samym[ \t]+dniu|tego[ \t]+dnia)\b", 0, "named"),
        _Shift(r"(?<!\w)" + _COUNT + r"[ \t]+dni[ \t]+później\b", 1, "named"),
        _Shift(r"(?<!\w)" + _COUNT + r"[ \t]+dni[ \t]+wcześniej\b", -1, "named"),
        _Shift(r"(?<!\w)rok[ \t]+(?:wcześniej|przedtem)\b", -1, "near", "year"),
        _Shift(r"(?<!\w)" + _COUNT + r"[ \t]+lat[a]?[ \t]+wcześniej\b", -1, "near", "year"),
        _Shift(r"(?<!\w)(?:rok[ \t]+później|w[ \t]+(?:następnym|kolejnym)[ \t]+roku)\b", 1, "named", "year"),
        _Shift(r"(?<!\w)" + _COUNT + r"[ \t]+lat[a]?[ \t]+później\b", 1, "named", "year"),
    ),
    "ru": (
        # "накануне выборов" is the eve of an event; only "накануне" before a verb, a pronoun or punctuation counts
        _Shift(
            r"(?<!\w)накануне(?=[ \t]*[,.;:!?)—–-]|[ \t]+(?:вечером|утром|днём|днем|ночью|он|она|они|мы|я|в|во|на|"
            r"уже|также|был|была|были|было|\w{1,20}л[аио]?)\b)",
            -1,
            "near",
        ),
        _Shift(
            r"(?<!\w)(?:дн[её]м[ \t]+ранее|за[ \t]+день[ \t]+до[ \t]+этого|в[ \t]+предыдущий[ \t]+день)\b", -1, "near"
        ),
        _Shift(
            r"(?<!\w)(?:на[ \t]+следующий[ \t]+день|на[ \t]+другой[ \t]+день|назавтра|днём[ \t]+позже)\b"
            r"(?![ \t]+после)",
            1,
            "named",
        ),
        _Shift(
            r"(?<!\w)(?:в[ \t]+тот[ \t]+же[ \t]+день|в[ \t]+этот[ \t]+же[ \t]+день|тем[ \t]+же[ \t]+днём)\b", 0, "named"
        ),
        _Shift(
            r"(?<!\w)(?:спустя[ \t]+"
            + _COUNT
            + r"[ \t]+(?:дня|дней)|"
            + r"(?P<m>\d{1,2})[ \t]+дн(?:я|ей)[ \t]+спустя)\b",
            1,
            "named",
        ),
        _Shift(r"(?<!\w)(?:годом[ \t]+(?:ранее|раньше)|в[ \t]+предыдущем[ \t]+году)(?!\w)", -1, "near", "year"),
        _Shift(r"(?<!\w)(?:годом[ \t]+(?:позже|позднее)|год[ \t]+спустя)(?!\w)", 1, "named", "year"),
    ),
    "tr": (
        # "seçimden bir gün önce" counts from the election: not after a word in the ablative
        _Shift(r"(?<![dt][ae]n[ \t])(?<!\w)(?:bir[ \t]+gün[ \t]+önce|bir[ \t]+önceki[ \t]+gün)(?!\w)", -1, "near"),
        _Shift(r"(?<!\w)ertesi[ \t]+(?:gün|günü|sabah|akşam)(?!\w)", 1, "named"),
        _Shift(r"(?<![dt][ae]n[ \t])(?<!\w)bir[ \t]+gün[ \t]+sonra(?!\w)", 1, "named"),
        _Shift(r"(?<!\w)(?:ayn[ıi][ \t]+gün(?:ü|de)?|o[ \t]+gün(?:ü|de)?)(?!\w)", 0, "named"),
        _Shift(r"(?<!\w)(?:bu[ \t]+tarihten|bundan)[ \t]+" + _COUNT + r"[ \t]+gün[ \t]+sonra(?!\w)", 1, "named"),
        _Shift(r"(?<!\w)bundan[ \t]+" + _COUNT + r"[ \t]+gün[ \t]+önce(?:si)?(?:n[ea])?(?!\w)", -1, "now"),
        _Shift(r"(?<!\w)bir[ \t]+önceki[ \t]+yıl(?:ın|a|da)?(?!\w)", -1, "near", "year"),
        _Shift(r"(?<!\w)ertesi[ \t]+yıl(?:ı|a|da)?(?!\w)", 1, "named", "year"),
    ),
    "ar": (
        _Shift(r"(?<!\w)(?:و?في[ \t]+)?اليوم[ \t]+السابق(?!\w)(?![ \t]+(?:ل|على))", -1, "near"),
        _Shift(r"(?<!\w)(?:و?في[ \t]+|و?صباح[ \t]+|و?مساء[ \t]+)?اليوم[ \t]+التالي(?!\w)(?![ \t]+ل)", 1, "named"),
        _Shift(
            r"(?<!\w)(?:و?في[ \t]+)?(?:اليوم[ \t]+نفسه|نفس[ \t]+اليوم|ذات[ \t]+اليوم|اليوم[ \t]+ذاته|"
            r"ذلك[ \t]+اليوم)(?!\w)",
            0,
            "named",
        ),
        _Shift(r"(?<!\w)(?:و?في[ \t]+)?(?:العام|السنة)[ \t]+(?:السابق|السابقة)(?!\w)", -1, "near", "year"),
        _Shift(r"(?<!\w)(?:و?في[ \t]+)?(?:العام|السنة)[ \t]+(?:التالي|التالية)(?!\w)", 1, "named", "year"),
    ),
    # Chinese: only where no noun stands before it ("选举前一天" is the day before the election)
    "zh": (
        _Shift(_ZH_OPEN + r"(?:前一天|前一日|头一天)", -1, "near"),
        _Shift(_ZH_OPEN + r"(?:第二天|次日|翌日|隔天)", 1, "named"),
        _Shift(_ZH_OPEN + r"(?:当天|当日|同一天|同日)", 0, "named"),
        _Shift(_ZH_OPEN + r"(?:次年|翌年)", 1, "named", "year"),
    ),
}

#: Days counted from an event named after them ("la veille du scrutin", "the day after the vote", "seçimden bir gün
#: önce"): no date, and the parser's reading of their first words from the reference date gives way.
_FROM_AN_EVENT: dict[str, str] = {
    "en": r"\bthe[ \t]+(?:day|night|evening)[ \t]+(?:before|after)[ \t]+(?:the|a|an|his|her|their|its|(?-i:[A-Z]))"
    r"|(?<!\w)\w{1,12}[ \t]+days?[ \t]+(?:after|before)[ \t]+(?:the|a|an|his|her|their|its)\b",
    "fr": r"(?<!\w)(?:la[ \t]+veille|le[ \t]+lendemain|au[ \t]+lendemain)[ \t]*(?:de|du|des|d['’])(?!\w)"
    # "la veille sanitaire" is a watch, not the day before
    r"|(?<!\w)la[ \t]+veille[ \t]+(?!au\b|déjà\b|encore\b|dans\b|pour\b|avec\b|lors\b|alors\b|même\b|aussi\b|"
    r"mais\b|était\b|avait\b)[a-zàâçéèêëîïôûù]{4,}"
    r"|(?<!\w)\w{1,12}[ \t]+jours?[ \t]+(?:après|avant)[ \t]+(?:la|le|les|l['’]|son|sa|ses|leurs?|une?|cette|ce|cet)"
    r"(?!\w)",
    "es": r"\b(?:el|un)[ \t]+día[ \t]+(?:anterior|antes|siguiente|después)[ \t]+(?:a|al|de|del)\b"
    r"|\bla[ \t]+víspera[ \t]+de|(?<!\w)\w{1,12}[ \t]+días?[ \t]+(?:después|antes)[ \t]+de\b",
    "it": r"\b(?:il|un)[ \t]+giorno[ \t]+(?:prima|dopo)[ \t]+"
    r"(?:di|del|della|dello|dei|degli|delle|essere|aver|avere)\b"
    r"|(?<!\w)\w{1,12}[ \t]+giorni[ \t]+(?:dopo|prima)[ \t]+(?:il|la|lo|l['’]|i|le|gli|di|del|della|dei|delle)(?!\w)",
    "de": r"\bam[ \t]+Tag[ \t]+(?:vor|nach)[ \t]+(?:der|dem|den)\b"
    r"|(?<!\w)\w{1,12}[ \t]+Tage?n?[ \t]+(?:nach|vor)[ \t]+(?:dem|der|den|seinem|seiner|ihrem|ihrer)\b",
    "ru": r"(?<!\w)накануне[ \t]+[А-ЯЁа-яё]{2,20}(?:ов|ев|ей|ий|ия|ии|ого|его|ых|их|а|я|ы|и)(?!\w)"
    # "через шесть месяцев после того, как...": counted from an event, not from now
    r"|(?<!\w)(?:через|спустя)[ \t]+(?:\w{1,12}[ \t]+)?\w{1,10}[ \t]+после(?!\w)",
    "tr": r"(?<!\w)\w{1,30}[dt][ae]n[ \t]+bir[ \t]+gün[ \t]+(?:önce|sonra)(?!\w)",
    "zh": r"(?<![，。、；：\s“”\"（(在于而但并])(?:前一天|第二天|次日)",
}


#: How far before the words the day they count from may be named, for "near" and for "named" patterns.
_NEAR_REACH = 300
_NAMED_REACH = 600
_ONE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    shifts = _SHIFTS.get(language)
    if not shifts:
        return None
    # The count's group is named once per pattern: the joined pattern leaves it unnamed, and the one pattern
    # that matched reads it again.
    joined = "|".join(f"(?P<s{i}>{shift.pattern})" for i, shift in enumerate(shifts))
    return re.compile(joined.replace("(?P<n>", "(?:").replace("(?P<m>", "(?:"), re.IGNORECASE)


@cache
def _one_pattern(language: str, index: int) -> re.Pattern[str]:
    return re.compile(_SHIFTS[language][index].pattern, re.IGNORECASE)


def _count(match: re.Match[str], language: str) -> int | None:
    """The number of days the words count (1 where they name none); None for a count that is no number."""
    raw = match.groupdict().get("n") or match.groupdict().get("m")
    if raw is None:
        return 1
    if raw.isdigit():
        return int(raw)
    return NUMBER_WORDS.get(language, {}).get(raw.casefold())


#: A word every pattern of the language holds (its unit: day, night, year...): the patterns are tried only around
#: one, which saves most of their cost on a text that has none.
_UNIT_WORDS: dict[str, str] = {
    "en": r"days?|weeks?|years?|night|evening|morning|afternoon",
    "fr": r"veille|lendemain|jour|soir|matin|nuit|an\b|année",
    "de": r"tag|abend|jahr",
    "es": r"d[íi]as?|v[íi]spera|noche|tarde|año",
    "it": r"giorn|indomani|anno",
    "pl": r"dzie|dni|nazajutrz|rok|lat",
    "ru": r"накануне|д[её]н|дн[яеёи]|назавтра|год|после",
    "tr": r"gün|yıl|ertesi",
    "ar": r"اليوم|العام|السنة",
    "zh": r"[天日年]",
}
#: Characters read before and after a unit word for the patterns that hold it.
_WINDOW_BEFORE, _WINDOW_AFTER = 60, 40


@cache
def _unit_pattern(language: str) -> re.Pattern[str]:
    return re.compile(_UNIT_WORDS.get(language, r"(?!x)x"), re.IGNORECASE)


@cache
def _event_pattern(language: str) -> re.Pattern[str] | None:
    words = _FROM_AN_EVENT.get(language)
    return re.compile(words, re.IGNORECASE) if words else None


def _windows(text: str, language: str) -> list[tuple[int, int]]:
    """The stretches around the language's unit words, merged where they overlap, in text order."""
    windows: list[tuple[int, int]] = []
    for unit in _unit_pattern(language).finditer(text):
        start, end = max(0, unit.start() - _WINDOW_BEFORE), min(len(text), unit.end() + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


#: "Since" right before or opening a mention: "the highest since 2015" names no year the story is told in.
_SINCE = re.compile(r"(?:since|desde|depuis|seit|od|с|со|منذ|dal|dall['’]|自|从)[ \t]*$", re.IGNORECASE)
_SINCE_LEAD = re.compile(r"(?:since|desde|depuis|seit|od|с|со|منذ|dal|dall['’]|自|从)(?!\w)", re.IGNORECASE)


def _since(text: str, mention: DateMention) -> bool:
    return bool(_SINCE_LEAD.match(mention.text) or _SINCE.search(text, max(0, mention.start - 10), mention.start))


class _Mentions:
    """Non-overlapping mentions in text order, with the look-ups the pass needs in logarithmic time (a hostile
    text holds tens of thousands of them)."""

    def __init__(self, mentions: Sequence[DateMention]) -> None:
        self.mentions = list(mentions)
        self.starts = [m.start for m in self.mentions]
        self.counted: set[int] = set()  # starts of the mentions this pass added

    def touching(self, start: int, end: int) -> tuple[int, int]:
        """The index range of the mentions that overlap [start, end)."""
        first = bisect_left(self.starts, start)
        if first > 0 and self.mentions[first - 1].end > start:
            first -= 1
        last = bisect_left(self.starts, end, lo=first)
        return first, last

    def remove_inside(self, start: int, end: int) -> None:
        """Drop the mentions that lie wholly inside [start, end)."""
        first, last = self.touching(start, end)
        kept = [m for m in self.mentions[first:last] if not (start <= m.start and m.end <= end)]
        self.mentions[first:last] = kept
        self.starts[first:last] = [m.start for m in kept]

    def insert(self, mention: DateMention) -> None:
        index = bisect_left(self.starts, mention.start)
        self.mentions.insert(index, mention)
        self.starts.insert(index, mention.start)
        self.counted.add(mention.start)

    def named_before(self, text: str, position: int, anchor: Anchor, unit: str) -> date | None:
        """The first day of the day (``unit`` "day") or of a span within one year ("year") named last before
        ``position`` within reach (for "near", in the same paragraph), if any."""
        reach = _NEAR_REACH if anchor == "near" else _NAMED_REACH
        index = bisect_left(self.starts, position) - 1
        while index >= 0:
            mention = self.mentions[index]
            if position - mention.end > reach or (anchor == "near" and "\n" in text[mention.end : position]):
                return None
            value = mention.value
            # Years count from a year the article names ("rok wcześniej, a dwa lata wcześniej": both from it), days
            # from the last day, counted or named ("the next day, and the day after that").
            if (
                mention.end <= position
                and (_ONE_DAY.fullmatch(value) or (unit == "year" and value[:4] == value[-10:-6]))
                and not (unit == "year" and (mention.start in self.counted or _since(text, mention)))
            ):
                return date.fromisoformat(value[:10])
            index -= 1
        return None


def anchored_days(
    text: str, language: str, reference: date, mentions: tuple[DateMention, ...]
) -> tuple[DateMention, ...]:
    """``mentions`` with the days counted from a day named before them added, in text order.

    A mention the words hold (the parser's reading of "the next day" from the reference date) gives way, also
    where no day is named before words that need one; a longer mention that holds the words ("le lendemain, 6
    mars") stays, and the words are not read again.

    Args:
        text: The article text.
        language: ISO 639-1 code of the text.
        reference: The reference date ("now" of the article).
        mentions: The dates found so far, non-overlapping, in text order.

    Returns:
        The mentions in text order, without overlaps.
    """
    pattern = _pattern(language)
    if pattern is None:
        return mentions
    found = _Mentions(mentions)
    windows = _windows(text, language)
    from_an_event = _event_pattern(language)
    if from_an_event is not None:
        for window_start, window_end in windows:
            for match in from_an_event.finditer(text, window_start, window_end):
                found.remove_inside(match.start(), match.end())
    matches = (match for start, end in windows for match in pattern.finditer(text, start, end))
    for match in matches:
        start, end = match.start(), match.end()
        first, last = found.touching(start, end)
        if any(m.start < start or m.end > end for m in found.mentions[first:last]):
            continue
        index = int(next(name for name, value in match.groupdict().items() if value is not None and name[0] == "s")[1:])
        shift = _SHIFTS[language][index]
        count = _count(_one_pattern(language, index).match(text, start, end) or match, language)
        if count is None:
            continue
        found.remove_inside(start, end)
        anchor = None if shift.anchor == "now" else found.named_before(text, start, shift.anchor, shift.unit)
        if anchor is None:
            if shift.anchor == "named":  # the parser's reading from the reference date is no better: no date
                continue
            anchor = reference
        if shift.unit == "year":
            year = anchor.year + shift.direction * count
            if not 1 <= year <= 9999:
                continue
            value = f"{year:04d}-01-01/{year:04d}-12-31"
        else:
            days = shift.direction * count * (7 if shift.unit == "week" else 1)
            try:
                value = (anchor + timedelta(days=days)).isoformat()
            except OverflowError:  # a day named at the calendar's edge ("31 December 9999")
                continue
        found.insert(DateMention(text=text[start:end], start=start, end=end, value=value))
    return tuple(found.mentions)
