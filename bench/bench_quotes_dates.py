"""Speed of the quote and date finders on real articles (SemEval pairs), per article.

Measures find_dates and find_quotes (with entities given, so the entity finder's
own time is not counted) on every real (non machine-translated) text of the
pairs file, cut or padded to about 500 words, after one warm-up pass. The stage
goal is >= 50 articles/s for 500-word articles on 2 cores.

``--hostile`` also times the quote finder on texts built to make its scans costly (many
marks, many mixed or unclosed pairs, many closing marks followed by a verb), and the date
finder on texts made of what its own rules look for (holidays, quarters, ends of years,
weekly habits, weekends, spans counted back, the new year, Turkish parts of months and
years): each must stay well under a second per 100,000 characters or so, as every scan is
linear (Duckling's own parse of dense dates excepted).

Usage: .venv/bin/python bench/bench_quotes_dates.py [--limit N] [--hostile [--repeat N]]
"""

from __future__ import annotations

import sys
import time

from _gold import real_texts
from newsprism.analyze.dates import find_dates
from newsprism.analyze.lemmas import dictionary
from newsprism.analyze.quotes import find_quotes

LANGUAGES = ("en", "fr", "de", "es", "pl", "tr", "ar")
WORDS = 500


def _articles(limit: int) -> list[tuple[str, str]]:
    seen: set[str] = set()
    articles: list[tuple[str, str]] = []
    for _, text, language in real_texts():
        if language not in LANGUAGES or text[:200] in seen or len(articles) >= limit:
            continue
        seen.add(text[:200])
        words = text.split(" ")
        while len(words) < WORDS:  # short texts are repeated up to the article size measured
            words = words + words
        articles.append((language, " ".join(words[:WORDS])))
    return articles


def main(limit: int) -> None:
    articles = _articles(limit)
    # Warm-up: Duckling contexts, regex caches, and each language's dictionaries and parser, loaded once
    # per process (seconds) and not part of the per-article cost.
    first_of_each = {language: (language, text) for language, text in reversed(articles)}
    for language in first_of_each:
        # The rules reach the word-form dictionary on some articles only: one that no warm-up article reached
        # would be loaded inside the timed loop, which then measured the load (a second or more) as much as the
        # articles.
        dictionary(language)
    for language, text in [*articles[:20], *first_of_each.values()]:
        find_dates(text, language, "2020-03-01")
        find_quotes(text, language, ())
    for name, run in (
        ("dates", lambda lang, text: find_dates(text, lang, "2020-03-01")),
        ("quotes", lambda lang, text: find_quotes(text, lang, ())),
    ):
        started = time.perf_counter()
        for language, text in articles:
            run(language, text)
        elapsed = time.perf_counter() - started
        print(
            f"{name:<7} {len(articles)} articles of {WORDS} words: {elapsed:.2f} s, "
            f"{len(articles) / elapsed:.0f} articles/s"
        )


#: Hostile inputs for the quote finder: (what, language, text).
HOSTILE: tuple[tuple[str, str, str], ...] = (
    ("glued closing marks, each before a verb", "en", "word,” he said. " * 20_000),
    ("long runs before glued closers", "en", ("a " * 1_500 + "b,” he said ") * 40),
    ("lone closing marks", "en", "x”" * 50_000),
    ("unclosed guillemets over long lines", "fr", ("« " + "a " * 999 + "\n") * 50),
    ("straight marks glued to words", "en", '"a' * 50_000),
    ("pairs of one style", "fr", "« b » " * 20_000),
    ("mixed pairs", "es", '"a b c d» ' * 20_000),
    # The dependency parse of reported speech: a verb of saying in every sentence, short or run-on.
    ("a verb of saying in every sentence", "en", "Officials said the plan would work. " * 5_000),
    ("run-on sentences with a verb of saying", "en", ("The minister, " + "who " * 140 + "said it works. ") * 100),
    # Polish dialogue dashes inside paragraphs: one after every sentence, or long sentences before "– powiedział".
    ("a dialogue dash after every sentence", "pl", "Jan poszedł do domu. – Tak jest " * 10_000),
    ("long paragraphs before a dash and a verb", "pl", ("Zdanie jest długie " * 60 + "– powiedział Jan. ") * 150),
    # German announcements before long clauses that never end on an infinitive (each looked for to its end).
    ("announcements before long clauses", "de", ("Sie kündigte an, " + "die Lage bleibt ernst " * 20 + ". ") * 400),
    # Channel phrases closing long attributions after every clause.
    (
        "channel phrases closing attributions",
        "es",
        ("La cifra subió mucho, " + "explicó el gobierno " * 4 + "en un comunicado oficial. ") * 2_000,
    ),
    # Institutions described at length as the subject of every attribution, with abbreviations inside.
    (
        "institution descriptions as subjects",
        "de",
        ("Die Zahl der Fälle stieg am 3. Mai, teilte die " + "zuständige " * 12 + "Polizei in Bad Ems mit. ") * 2_000,
    ),
    # Quoted subheadings in capitals, each heading a paragraph that names a speaker.
    (
        "quoted subheadings",
        "tr",
        ('"HAREKAT PLANLANDIĞI GİBİ SÜRÜYOR"\n\nBakan Hulusi Akar, hedeflere ulaşıldığını açıklamıştı.\n\n') * 2_500,
    ),
    # Sentence ends followed by a mark and capitals that never close: each one scans up to a subheading's length.
    ("unclosed glued subheadings", "tr", (".'" + "AB " * 60) * 1_100),
    # Announcing colons, each before a long unmarked line or a run of bullets: every line is read once.
    (
        "announcing colons before unmarked lines",
        "tr",
        ("Bakan Koca şunları söyledi: " + "tedbirler sürecek " * 40 + "\n\n* " + "kurallara uyulacak " * 30 + "\n")
        * 400,
    ),
    # Chinese full stops inside marks, each followed by text.
    ("Chinese quotes ending their sentence", "zh", "“我们愿意合作。”他表示他不急于寻求新的证词" * 10_000),
    # Page titles with their site's name after a bar, and descriptions apposed to names before the verb.
    ("page titles with site names", "en", "“quote here,” he says | Site Name " * 6_000),
    ("descriptions apposed to names", "en", "“We shut power,” Ikhsan Asaad, an official of PLN, said. " * 3_500),
)

#: Hostile inputs for the date finder's own rules: (what, language, text).
HOSTILE_DATES: tuple[tuple[str, str, str], ...] = (
    ("holidays after words of time", "en", "on Christmas and over Easter, " * 6_500),
    ("ends of years", "en", "by the end of the year " * 8_500),
    ("weekly habits", "it", "ogni lunedì e il venerdì " * 8_000),
    ("quarters", "fr", "au premier trimestre 2020 " * 7_500),
    ("parts of months", "de", "Mitte Juni und Ende Januar " * 7_500),
    # Session 22's rules: spans counted back, the new year, weekends and spans of weekdays, parts written after
    # their month or year (Turkish), "last year" before a day, relative words.
    ("the last N units", "en", "over the past two weeks and in last one year " * 4_500),
    ("the new year", "en", "into the new year, the New Year message, Happy New Year " * 3_500),
    ("weekends and spans of weekdays", "fr", "ce week-end, du lundi au vendredi " * 6_000),
    ("parts after their month or year", "tr", "Mayıs ayı başında 2020 yılı ilk yarısı " * 5_000),
    ("last year before a day", "tr", "geçen yıl 21 Ağustos'ta önceki gün " * 5_500),
    ("relative words and decimals", "es", "anoche el año anterior 6.8 0.15 " * 6_500),
    ("years before months, case endings", "tr", "2014 yılı Ekim ayında yarından son 3 ayda 3 gün sonra " * 3_600),
    ("a month's two Arabic names", "ar", "في 18 أيار/مايو وكانون الأول/ديسمبر الماضي أحد الواحدة " * 3_600),
    ("links and paths without spaces", "es", "/a/h342/2020-01-01_new_5598/" * 7_000),
    ("scores and names with days", "de", "siegte 5-2 laut Bild am Sonntag am 25. Jänner " * 4_500),
    ("ranges, seasons and last year", "ru", "с 26 декабря по 1 января этим летом в мае прошлого года " * 3_600),
    ("halves, holidays and until", "en", "in the first half of the year on Thanksgiving Day until Friday " * 3_200),
    ("Chinese weeks, ranges and quarters", "zh", "下周五1月至3月2020年第一季度去年冬天两周前" * 8_000),
    # Session 24: days counted from a day named before them
    (
        "days counted from a named day",
        "en",
        "On March 5 the next day, the day before, two days later the same day " * 2_900,
    ),
    (
        "la veille, le lendemain",
        "fr",
        "le 5 mars la veille, le lendemain du vote la veille sanitaire le jour même " * 2_700,
    ),
    ("years counted from a named year", "de", "Im Jahr 2018 stieg er gegenüber dem Vorjahr, ein Jahr später " * 3_200),
    ("centuries, decades, the last 24 hours", "pl", "pod koniec XIX wieku nowa dekada w ciągu ostatniej doby " * 3_600),
    ("Chinese parts and year words", "zh", "3月中旬去年年底明年1月周二晚上2019年春天过去十年" * 7_000),
    ("Arabic days with last and next", "ar", "في 17 مارس الماضي قبل عامين في نهاية الشهر الجاري " * 4_000),
    # Session 25's readings: days listed with one month, dash runs, the first months of a year, Arabic counts and
    # duals, the same day last year, abbreviated months.
    (
        "listed days, first months, counts",
        "ar",
        "27 أبريل و4 و11 و25 مايو قبل 32 عاما خلال الأسبوعين الماضيين بنفس اليوم من العام الماضي " * 2_300,
    ),
    (
        "dash runs, first months, datelines",
        "tr",
        "16-17-18-19 Mayıs 20, 21 ve 22 Mayıs 2019 yılının ilk 3 ayında İSTANBUL, 30 Ara (Reuters) " * 2_200,
    ),
)


#: A sentence per language that loads what the quote finder loads once (dictionaries, the parser).
WARM_UP = {
    "en": "The minister said the plan works.",
    "fr": "Le ministre a dit que le plan marche.",
    "es": "El ministro dijo que el plan funciona.",
}


def hostile(repeat: int = 1) -> None:
    """Time each hostile text; each date text ``repeat`` times (the Duckling child's timeouts vary run to run)."""
    for language, sentence in WARM_UP.items():
        find_quotes(sentence, language, ())
    for what, language, text in HOSTILE:
        started = time.perf_counter()
        find_quotes(text, language, ())
        elapsed = time.perf_counter() - started
        print(f"hostile {what:<42} {len(text):>8,} chars: {elapsed:.2f} s")
    for _, language, _ in HOSTILE_DATES:
        find_dates("am 3. Mai 2020", language, "2020-03-01")  # the language's Duckling context, loaded once
    for what, language, text in HOSTILE_DATES:
        timings = []
        for _ in range(repeat):
            started = time.perf_counter()
            find_dates(text, language, "2020-03-01")
            timings.append(f"{time.perf_counter() - started:.2f}")
        print(f"hostile dates: {what:<35} {len(text):>8,} chars: {' '.join(timings)} s")


if __name__ == "__main__":
    main(int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 400)
    if "--hostile" in sys.argv:
        hostile(int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1)
