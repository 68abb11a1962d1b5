"""Checks that the bundled sample corpus is well formed and that its gold labels hold.

The corpus (``src/newsprism/data/sample/``) is what ``make demo`` ingests and what the
story-grouping and prism stages are measured on, so its gold file must stay true to
the texts. Gold file: ``tests/fixtures/sample_gold.json``, schema
``newsprism-sample-gold/1``::

    {
      "schema": "newsprism-sample-gold/1",
      "articles": {                       # every article in the corpus, keyed by id
        "a07": {
          "file": "a07.json",             # file name inside the corpus folder
          "story": "sidi-amrane-desalination",   # story label (distractors: their own label)
          "language": "en", "source": "Global Wire Service",
          "published": "2026-11-04T15:20:00+00:00"  # also for .txt files, which carry no date
        }, ...
      },
      "stories": {
        "<label>": {
          "title": "...", "distractor": false,
          "articles": ["a07", ...],
          # a fact every article reports: per language, keywords that occur together
          # (case-insensitive substrings) in one sentence of each article in that language
          "shared_fact": {"description": "...", "keywords": {"en": ["300,000 cubic metres"], ...}},
          # a fact only one article reports: every keyword occurs in it, none in the others
          "unique_fact": {"description": "...", "article": "a10", "keywords": ["Hidrotec Levante"]},
          # one value per article for the same quantity (kind "number") or day (kind "date",
          # with "dates" giving each value as an ISO date)
          "disputed": [{"about": "...", "kind": "number", "values": {"a21": "4,1 milliards de dirhams",
                                                                    "a07": "3.2 billion dirhams"}}],
          # the same statement quoted in two languages: the speaker's name as written in
          # each article, the cue verb, and keywords that lie inside the quotation marks
          "voice": {"speaker": "Youssef Benali", "articles": {
              "a33": {"speaker_text": "يوسف بنعلي", "cue": "قال", "quote": ["تضمن الماء للأجيال القادمة"]}, ...}},
          # dated events: "explicit" keywords name the date (with weekday), "relative" ones
          # ("yesterday", "on Wednesday") resolve against the article's publication date
          "events": [{"date": "2026-11-04", "article": "a33", "keyword": "الأربعاء 4 نونبر", "kind": "explicit"}]
        },
        "<distractor label>": {"title": "...", "distractor": true, "articles": ["a18"],
                               "resembles": "<story label>",   # the story it is easily confused with
                               "shares": ["بنعلي", ...]}        # words it has in common with that story
      }
    }

Ids of ``.txt`` and ``.html`` files are their file stems (those formats carry no id).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

GOLD_PATH = Path(__file__).resolve().parent / "fixtures" / "sample_gold.json"
REQUIRED_JSON_FIELDS = ("id", "title", "text", "source", "published", "language", "url")
REQUIRED_LANGUAGES = {"fr", "en", "de", "es", "ru", "ar"}
MIN_WORDS, MAX_WORDS = 120, 350

WEEKDAYS: dict[str, list[tuple[str, ...]]] = {
    "en": [("monday",), ("tuesday",), ("wednesday",), ("thursday",), ("friday",), ("saturday",), ("sunday",)],
    "fr": [("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",), ("dimanche",)],
    "de": [("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",), ("samstag",), ("sonntag",)],
    "es": [("lunes",), ("martes",), ("miércoles",), ("jueves",), ("viernes",), ("sábado",), ("domingo",)],
    "it": [("lunedì",), ("martedì",), ("mercoledì",), ("giovedì",), ("venerdì",), ("sabato",), ("domenica",)],
    "ru": [
        ("понедельник",),
        ("вторник",),
        ("среда", "среду", "среды"),
        ("четверг",),
        ("пятница", "пятницу", "пятницы"),
        ("суббота", "субботу", "субботы"),
        ("воскресенье", "воскресенья"),
    ],
    "ar": [("الاثنين",), ("الثلاثاء",), ("الأربعاء",), ("الخميس",), ("الجمعة",), ("السبت",), ("الأحد",)],
}
MONTHS: dict[str, list[tuple[str, ...]]] = {
    "en": [
        ("january",),
        ("february",),
        ("march",),
        ("april",),
        ("may",),
        ("june",),
        ("july",),
        ("august",),
        ("september",),
        ("october",),
        ("november",),
        ("december",),
    ],
    "fr": [
        ("janvier",),
        ("février",),
        ("mars",),
        ("avril",),
        ("mai",),
        ("juin",),
        ("juillet",),
        ("août",),
        ("septembre",),
        ("octobre",),
        ("novembre",),
        ("décembre",),
    ],
    "de": [
        ("januar",),
        ("februar",),
        ("märz",),
        ("april",),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("dezember",),
    ],
    "es": [
        ("enero",),
        ("febrero",),
        ("marzo",),
        ("abril",),
        ("mayo",),
        ("junio",),
        ("julio",),
        ("agosto",),
        ("septiembre",),
        ("octubre",),
        ("noviembre",),
        ("diciembre",),
    ],
    "it": [
        ("gennaio",),
        ("febbraio",),
        ("marzo",),
        ("aprile",),
        ("maggio",),
        ("giugno",),
        ("luglio",),
        ("agosto",),
        ("settembre",),
        ("ottobre",),
        ("novembre",),
        ("dicembre",),
    ],
    "ru": [
        ("января",),
        ("февраля",),
        ("марта",),
        ("апреля",),
        ("мая",),
        ("июня",),
        ("июля",),
        ("августа",),
        ("сентября",),
        ("октября",),
        ("ноября",),
        ("декабря",),
    ],
    # Middle-East / Egyptian names, then the Maghreb (French-derived) names.
    "ar": [
        ("يناير",),
        ("فبراير",),
        ("مارس",),
        ("أبريل", "ابريل"),
        ("مايو", "ماي"),
        ("يونيو",),
        ("يوليو", "يوليوز"),
        ("أغسطس", "غشت"),
        ("سبتمبر", "شتنبر"),
        ("أكتوبر",),
        ("نوفمبر", "نونبر"),
        ("ديسمبر", "دجنبر"),
    ],
}
# Each language's quotation-mark pairs; spans are bounded so hostile text cannot blow up the scan.
QUOTE_SPAN = re.compile(r"«[^«»\n]{1,1200}»|“[^“”\n]{1,1200}”|„[^„“\n]{1,1200}“|\"[^\"\n]{1,1200}\"")
QUOTE_PAIRS = {"en": ("“", "”"), "de": ("„", "“"), "fr": ("«", "»"), "ru": ("«", "»"), "ar": ("«", "»")}
# Sentence ends: punctuation not preceded by a digit (keeps "15. Oktober" or "9.52" together).
SENTENCE_BREAK = re.compile(r"(?<=[^\d\s][.!?؟])\s+|\n\n+")


@dataclass(frozen=True)
class CorpusArticle:
    """One article as read from the sample folder, whatever its file format."""

    id: str
    path: Path
    title: str
    text: str
    language: str | None
    published: str | None


class _ArticlePageParser(HTMLParser):
    """Pulls the title, the publication meta tag and the article's paragraphs out of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.h1 = ""
        self.published: str | None = None
        self.lang: str | None = None
        self.paragraphs: list[str] = []
        self._in_article = False
        self._current: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        elif tag == "meta" and attributes.get("property") == "article:published_time":
            self.published = attributes.get("content")
        elif tag == "article":
            self._in_article = True
        elif tag in ("title", "h1") or (tag == "p" and self._in_article and not attributes.get("class")):
            self._current, self._buffer = tag, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article = False
        elif tag == self._current:
            content = "".join(self._buffer).strip()
            if tag == "title":
                self.title = content
            elif tag == "h1":
                self.h1 = content
            else:
                self.paragraphs.append(content)
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._buffer.append(data)


def _read_article(path: Path) -> CorpusArticle:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        record = json.loads(raw)
        return CorpusArticle(
            record["id"], path, record["title"], record["text"], record["language"], record["published"]
        )
    if path.suffix == ".txt":
        title, _, body = raw.partition("\n")
        return CorpusArticle(path.stem, path, title.strip(), body.strip(), None, None)
    if path.suffix == ".html":
        page = _ArticlePageParser()
        page.feed(raw)
        return CorpusArticle(path.stem, path, page.h1, "\n\n".join(page.paragraphs), page.lang, page.published)
    raise AssertionError(f"unexpected file in the sample corpus: {path.name}")


@pytest.fixture(scope="module")
def corpus(sample_dir: Path) -> dict[str, CorpusArticle]:
    """Every article of the sample corpus by id."""
    articles = [_read_article(p) for p in sorted(sample_dir.iterdir()) if p.name != "README.md"]
    return {a.id: a for a in articles}


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    """The gold labels."""
    data: dict[str, Any] = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return data


def _stories(gold: dict[str, Any], *, distractors: bool = False) -> dict[str, dict[str, Any]]:
    return {label: s for label, s in gold["stories"].items() if s["distractor"] is distractors}


def _language(gold: dict[str, Any], article_id: str) -> str:
    language: str = gold["articles"][article_id]["language"]
    return language


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_BREAK.split(text) if s.strip()]


def _contains(text: str, keyword: str) -> bool:
    return keyword.casefold() in text.casefold()


def _weekday_dates(text: str, language: str) -> list[tuple[str, int, int, int]]:
    """Explicit "weekday + day + month" mentions as (matched text, weekday index, day, month)."""
    weekday_of = {form: i for i, forms in enumerate(WEEKDAYS[language]) for form in forms}
    month_of = {form: i + 1 for i, forms in enumerate(MONTHS[language]) for form in forms}
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(sorted(weekday_of, key=len, reverse=True)) + r")(?!\w)"
        r"[^\d\n]{0,12}?(\d{1,2})\.?\s+(?:de\s+)?(" + "|".join(sorted(month_of, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    return [
        (m.group(0), weekday_of[m.group(1).casefold()], int(m.group(2)), month_of[m.group(3).casefold()])
        for m in pattern.finditer(text)
    ]


# --- the files themselves -------------------------------------------------------------------------------------


def test_every_json_article_has_the_documented_fields(sample_dir: Path) -> None:
    json_files = sorted(sample_dir.glob("*.json"))
    assert json_files, "no JSON article in the sample corpus"
    for path in json_files:
        record = json.loads(path.read_text(encoding="utf-8"))
        missing = [f for f in REQUIRED_JSON_FIELDS if not isinstance(record.get(f), str) or not record[f].strip()]
        assert not missing, f"{path.name}: missing or empty {missing}"
        assert record["id"] == path.stem, f"{path.name}: id {record['id']!r} differs from the file name"
        assert record["url"].startswith("https://"), f"{path.name}: url not https"
        assert ".test/" in record["url"], f"{path.name}: url not on a reserved fictional domain"
        published = dt.datetime.fromisoformat(record["published"])
        assert published.tzinfo is not None, f"{path.name}: publication time has no time zone"


def test_every_article_parses_with_title_and_paragraphs(corpus: dict[str, CorpusArticle]) -> None:
    for article in corpus.values():
        assert article.title, f"{article.path.name}: no title"
        assert "\n" not in article.title, f"{article.path.name}: title spans lines"
        paragraphs = article.text.split("\n\n")
        assert len(paragraphs) >= 3, f"{article.path.name}: fewer than 3 paragraphs"
        assert all(p.strip() and "\n" not in p for p in paragraphs), f"{article.path.name}: broken paragraphs"


def test_html_pages_carry_title_heading_and_date(sample_dir: Path) -> None:
    for path in sorted(sample_dir.glob("*.html")):
        page = _ArticlePageParser()
        page.feed(path.read_text(encoding="utf-8"))
        assert page.h1, f"{path.name}: no <h1>"
        assert page.title.startswith(page.h1), f"{path.name}: <title> does not start with the <h1>"
        assert page.published is not None, f"{path.name}: no article:published_time"
        assert dt.datetime.fromisoformat(page.published).tzinfo is not None
        assert page.lang, f"{path.name}: no lang attribute"


def test_every_reader_format_is_exercised(sample_dir: Path) -> None:
    counts = {ext: len(list(sample_dir.glob(f"*.{ext}"))) for ext in ("json", "txt", "html")}
    assert counts["txt"] >= 3, counts
    assert counts["html"] >= 3, counts
    assert counts["json"] >= 30, counts
    unexpected = [p.name for p in sample_dir.iterdir() if p.suffix not in (".json", ".txt", ".html", ".md")]
    assert not unexpected


def test_ids_are_unique_and_neutral(sample_dir: Path, corpus: dict[str, CorpusArticle]) -> None:
    files = [p for p in sample_dir.iterdir() if p.name != "README.md"]
    assert len(corpus) == len(files), "two files share an id"
    assert all(re.fullmatch(r"a\d{2}", article_id) for article_id in corpus)


def test_article_lengths_are_in_range(corpus: dict[str, CorpusArticle]) -> None:
    for article in corpus.values():
        words = len(article.text.split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{article.path.name}: {words} words"


def test_corpus_spans_at_least_six_languages_and_their_scripts(
    corpus: dict[str, CorpusArticle], gold: dict[str, Any]
) -> None:
    languages = {_language(gold, a) for a in corpus}
    assert len(languages) >= 6, languages
    assert languages >= REQUIRED_LANGUAGES, languages
    for article in corpus.values():
        language = _language(gold, article.id)
        if language == "ru":
            assert re.search(r"[А-Яа-яЁё]{20}", article.text.replace(" ", "")), article.path.name
        if language == "ar":
            assert re.search(r"[\u0600-\u06FF]{20}", article.text.replace(" ", "")), article.path.name


# --- gold against the files ---------------------------------------------------------------------------------


def test_gold_lists_exactly_the_corpus(corpus: dict[str, CorpusArticle], gold: dict[str, Any]) -> None:
    assert gold["schema"] == "newsprism-sample-gold/1"
    assert set(gold["articles"]) == set(corpus)
    for article_id, entry in gold["articles"].items():
        article = corpus[article_id]
        assert entry["file"] == article.path.name
        if article.language is not None:
            assert entry["language"] == article.language, article_id
        if article.published is not None:
            assert entry["published"] == article.published, article_id
        dt.datetime.fromisoformat(entry["published"])
    labelled = {a for story in gold["stories"].values() for a in story["articles"]}
    assert labelled == set(corpus)
    for label, story in gold["stories"].items():
        assert all(gold["articles"][a]["story"] == label for a in story["articles"]), label


def test_stories_have_enough_sources_languages_and_a_tight_time_window(gold: dict[str, Any]) -> None:
    stories = _stories(gold)
    assert len(stories) >= 7
    for label, story in stories.items():
        ids = story["articles"]
        assert 4 <= len(ids) <= 7, label
        assert 2 <= len({_language(gold, a) for a in ids}) <= 4, label
        assert len({gold["articles"][a]["source"] for a in ids}) == len(ids), f"{label}: one outlet twice"
        times = [dt.datetime.fromisoformat(gold["articles"][a]["published"]) for a in ids]
        assert max(times) - min(times) <= dt.timedelta(days=4), label


def test_distractors_are_single_articles_sharing_words_with_their_look_alike(
    corpus: dict[str, CorpusArticle], gold: dict[str, Any]
) -> None:
    distractors = _stories(gold, distractors=True)
    assert len(distractors) >= 5
    stories = _stories(gold)
    for label, distractor in distractors.items():
        assert len(distractor["articles"]) == 1, label
        twin = stories[distractor["resembles"]]
        text = corpus[distractor["articles"][0]].text
        for word in distractor["shares"]:
            assert _contains(text, word), f"{label}: {word!r} not in the distractor"
            assert any(_contains(corpus[a].text, word) for a in twin["articles"]), f"{label}: {word!r} not in story"


def test_shared_fact_sentence_is_in_every_article_of_the_story(
    corpus: dict[str, CorpusArticle], gold: dict[str, Any]
) -> None:
    for label, story in _stories(gold).items():
        keywords = story["shared_fact"]["keywords"]
        for article_id in story["articles"]:
            words = keywords[_language(gold, article_id)]
            sentences = _sentences(corpus[article_id].text)
            assert any(all(_contains(s, w) for w in words) for s in sentences), f"{label}/{article_id}: {words}"


def test_unique_fact_is_reported_by_one_article_only(corpus: dict[str, CorpusArticle], gold: dict[str, Any]) -> None:
    for label, story in _stories(gold).items():
        unique = story["unique_fact"]
        assert unique["article"] in story["articles"], label
        for word in unique["keywords"]:
            assert _contains(corpus[unique["article"]].text, word), f"{label}: {word!r} missing"
            others = [a for a in story["articles"] if a != unique["article"] and _contains(corpus[a].text, word)]
            assert not others, f"{label}: {word!r} also in {others}"


def test_disputed_values_differ_between_the_two_articles(
    corpus: dict[str, CorpusArticle], gold: dict[str, Any]
) -> None:
    kinds: list[str] = []
    for label, story in _stories(gold).items():
        for dispute in story["disputed"]:
            kinds.append(dispute["kind"])
            (first, first_value), (second, second_value) = dispute["values"].items()
            assert {first, second} <= set(story["articles"]), label
            assert first_value != second_value, label
            assert _contains(corpus[first].text, first_value), f"{label}: {first_value!r} not in {first}"
            assert _contains(corpus[second].text, second_value), f"{label}: {second_value!r} not in {second}"
            assert not _contains(corpus[first].text, second_value), label
            assert not _contains(corpus[second].text, first_value), label
            if dispute["kind"] == "date":
                days = {dt.date.fromisoformat(d) for d in dispute["dates"].values()}
                assert len(days) == 2, label
    assert kinds.count("number") >= 4, kinds
    assert kinds.count("date") >= 1, kinds


def test_voice_is_one_quote_carried_in_two_languages(corpus: dict[str, CorpusArticle], gold: dict[str, Any]) -> None:
    stories_with_voice = 0
    for label, story in _stories(gold).items():
        voice = story["voice"]
        assert len(voice["articles"]) == 2, label
        assert len({_language(gold, a) for a in voice["articles"]}) == 2, f"{label}: quote not translated"
        for article_id, carried in voice["articles"].items():
            text = corpus[article_id].text
            paragraph = next((p for p in text.split("\n\n") if _contains(p, carried["quote"][0])), "")
            assert paragraph, f"{label}/{article_id}: quote keyword missing"
            spans = [m.group(0) for m in QUOTE_SPAN.finditer(paragraph)]
            for word in carried["quote"]:
                assert any(_contains(s, word) for s in spans), f"{label}/{article_id}: {word!r} not inside quotes"
            assert _contains(paragraph, carried["speaker_text"]), f"{label}/{article_id}: speaker not named"
            assert _contains(paragraph, carried["cue"]), f"{label}/{article_id}: cue verb missing"
        stories_with_voice += 1
    assert stories_with_voice >= 4


def test_quotation_marks_are_balanced(corpus: dict[str, CorpusArticle], gold: dict[str, Any]) -> None:
    for article in corpus.values():
        pair = QUOTE_PAIRS.get(_language(gold, article.id))
        if pair is None:
            continue
        opening, closing = pair
        for paragraph in article.text.split("\n\n"):
            assert paragraph.count(opening) == paragraph.count(closing), f"{article.path.name}: {paragraph[:60]}"


def test_events_are_in_the_text_and_on_the_right_day(corpus: dict[str, CorpusArticle], gold: dict[str, Any]) -> None:
    for label, story in _stories(gold).items():
        assert story["events"], label
        for event in story["events"]:
            article_id, keyword = event["article"], event["keyword"]
            assert article_id in story["articles"], (label, keyword)
            assert _contains(corpus[article_id].text, keyword), (label, keyword)
            day = dt.date.fromisoformat(event["date"])
            published = dt.datetime.fromisoformat(gold["articles"][article_id]["published"]).date()
            if event["kind"] == "explicit":
                found = _weekday_dates(keyword, _language(gold, article_id))
                assert len(found) == 1, (label, keyword)
                _, weekday, day_of_month, month = found[0]
                assert (day.weekday(), day.day, day.month) == (weekday, day_of_month, month), (label, keyword)
            else:
                assert event["kind"] == "relative"
                assert dt.timedelta(0) <= published - day <= dt.timedelta(days=6), (label, keyword)


def test_weekdays_in_explicit_dates_agree_with_the_calendar(
    corpus: dict[str, CorpusArticle], gold: dict[str, Any]
) -> None:
    checked = 0
    for article in corpus.values():
        year = dt.datetime.fromisoformat(gold["articles"][article.id]["published"]).year
        for text, weekday, day, month in _weekday_dates(article.text, _language(gold, article.id)):
            assert dt.date(year, month, day).weekday() == weekday, f"{article.path.name}: {text!r}"
            checked += 1
    assert checked >= 15, f"only {checked} explicit weekday dates found"
