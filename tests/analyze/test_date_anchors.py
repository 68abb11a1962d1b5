"""Days counted from a day the article named before them ("the next day", "la veille", "ertesi gün")."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.analyze.date_anchors import anchored_days
from newsprism.analyze.dates import find_dates
from newsprism.records import DateMention

REFERENCE = "2020-03-10"  # a Tuesday


def values(text: str, language: str, reference: str = REFERENCE) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, language, reference)}


@pytest.mark.parametrize(
    ("language", "text", "surface", "value"),
    [
        ("en", "On March 5, police arrested him. The next day he was released.", "The next day", "2020-03-06"),
        ("en", "On March 5, police arrested him. The day before, he had fled.", "The day before", "2020-03-04"),
        ("en", "He was arrested on March 5 and released two days later.", "two days later", "2020-03-07"),
        ("en", "He was arrested on March 5 and released the same day.", "the same day", "2020-03-05"),
        ("fr", "Le 5 mars, la police l'a arrêté. Le lendemain, il a été libéré.", "Le lendemain", "2020-03-06"),
        ("fr", "Le 5 mars, la police l'a arrêté. La veille, il avait fui.", "La veille", "2020-03-04"),
        ("fr", "Il a été arrêté le 5 mars et libéré le jour même.", "le jour même", "2020-03-05"),
        (
            "fr",
            "Le 3 avril 2018, il roulait vite, étant donné la pluie qui tombait ce soir-là.",
            "ce soir-là",
            "2018-04-03",
        ),
        ("en", "He was arrested on March 5. Later that night he was released.", "Later that night", "2020-03-05"),
        ("de", "Am 5. März wurde er festgenommen. Einen Tag zuvor war er geflohen.", "Einen Tag zuvor", "2020-03-04"),
        ("de", "Am 5. März wurde er festgenommen. Am nächsten Tag kam er frei.", "Am nächsten Tag", "2020-03-06"),
        ("es", "El 5 de marzo fue detenido. Al día siguiente quedó libre.", "Al día siguiente", "2020-03-06"),
        ("es", "Fue detenido el 5 de marzo y liberado ese mismo día.", "ese mismo día", "2020-03-05"),
        ("it", "Il 5 marzo è stato arrestato. Il giorno prima era fuggito.", "Il giorno prima", "2020-03-04"),
        ("pl", "5 marca został zatrzymany. Następnego dnia został zwolniony.", "Następnego dnia", "2020-03-06"),
        ("ru", "5 марта его задержали. Накануне он сбежал.", "Накануне", "2020-03-04"),
        ("tr", "5 Mart'ta gözaltına alındı. Ertesi gün serbest bırakıldı.", "Ertesi gün", "2020-03-06"),
        (
            "tr",
            "Testi 27 Mart'ta pozitif çıktı. Bu tarihten 10 gün sonra hastaneye kaldırıldı.",
            "Bu tarihten 10 gün sonra",
            "2020-04-06",
        ),
        ("ar", "اعتقل في 5 مارس. وفي اليوم التالي أطلق سراحه.", "وفي اليوم التالي", "2020-03-06"),
        ("zh", "他于3月5日被捕。第二天他被释放。", "第二天", "2020-03-06"),
    ],
)
def test_a_day_counts_from_the_day_named_before_it(language: str, text: str, surface: str, value: str) -> None:
    assert values(text, language)[surface] == value


@pytest.mark.parametrize(
    ("language", "text", "surface", "value"),
    [
        ("en", "In 2018 sales rose 5% from the previous year.", "the previous year", "2017-01-01/2017-12-31"),
        ("en", "In 2018 sales rose. A year earlier they fell.", "A year earlier", "2017-01-01/2017-12-31"),
        ("es", "En 2018 creció un 5% respecto al año anterior.", "año anterior", "2017-01-01/2017-12-31"),
        (
            "de",
            "Der Umsatz stieg 2018 um 5 Prozent gegenüber dem Vorjahr.",
            "gegenüber dem Vorjahr",
            "2017-01-01/2017-12-31",
        ),
        (
            "en",
            "Whether it happens next year or the year after that, nobody knows.",
            "the year after that",
            "2022-01-01/2022-12-31",
        ),
        # Both count from the year named, not the second from the first
        (
            "pl",
            "W 2019 roku przewiózł więcej niż rok wcześniej, a dwa lata wcześniej mniej.",
            "dwa lata wcześniej",
            "2017-01-01/2017-12-31",
        ),
        # "Since 2015" names no year the story is told in: the year before the reference date's
        (
            "es",
            "La tasa más alta desde 2015. Hubo 89, frente a los 72 del año anterior.",
            "año anterior",
            "2019-01-01/2019-12-31",
        ),
        # No year named: the year before the reference date's
        ("de", "Im Vorjahr waren es 300.", "Im Vorjahr", "2019-01-01/2019-12-31"),
    ],
)
def test_a_year_counts_from_the_year_named_before_it(language: str, text: str, surface: str, value: str) -> None:
    assert values(text, language)[surface] == value


def test_the_following_year_with_no_year_named_is_no_date() -> None:
    assert find_dates("The following year he moved away.", "en", REFERENCE) == ()


def test_chained_days_count_from_each_other() -> None:
    found = values("On March 5 he was arrested. The next day he was charged, and the next day he was freed.", "en")
    assert "2020-03-07" in found.values()


@pytest.mark.parametrize(
    ("language", "text", "surface", "value"),
    [
        # A market report: the day before the report, named nowhere
        (
            "de",
            "Die Feinunze Gold kostete 1553 Dollar. Das war etwa ein Dollar mehr als am Vortag.",
            "am Vortag",
            "2020-03-09",
        ),
        (
            "pl",
            "Liczba chorych wzrosła o 900 osób. Dzień wcześniej było to o połowę mniej.",
            "Dzień wcześniej",
            "2020-03-09",
        ),
        ("tr", "Olay bundan 20 gün öncesine aittir.", "bundan 20 gün öncesine", "2020-02-19"),
    ],
)
def test_the_day_before_with_no_day_named_counts_from_the_reference_date(
    language: str, text: str, surface: str, value: str
) -> None:
    assert values(text, language)[surface] == value


def test_a_day_named_in_an_earlier_paragraph_is_no_anchor_for_the_day_before() -> None:
    text = "Die Vorschriften gelten seit dem 17. März.\n\nDas Land zählt 23.660 Tote, 367 mehr als einen Tag zuvor."
    assert values(text, "de", "2020-04-28")["einen Tag zuvor"] == "2020-04-27"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "He was released the next day."),  # no day named: the next day after what?
        ("en", "She left the day before the vote."),  # counts from the vote, which has no date here
        ("fr", "La veille du scrutin, il a parlé."),
        ("fr", "Le système de veille sanitaire est actif depuis le 5 mars. La veille sanitaire continue."),
        ("es", "Un día antes de la votación, habló."),
        ("fr", "« Deux jours après la déclaration de l'état d'urgence, ils sont partis."),
        ("en", "Two days after the election, he resigned."),
        ("de", "Zwei Tage nach der Wahl trat er zurück."),
        ("it", "È stata arrestata il 5 marzo, un giorno dopo essere stata rilasciata."),
        ("ru", "Накануне выборов он выступил."),
        ("ru", "Почти через шесть месяцев после того, как их задержали, они вышли."),
        ("tr", "Seçimden bir gün önce konuştu."),
        ("zh", "选举前一天他发表了讲话。"),
        ("en", "That day was the best of my life."),  # bare "that day" in a quote: no day named before it
    ],
)
def test_days_counted_from_an_undated_event_are_no_dates(language: str, text: str) -> None:
    found = find_dates(text, language, REFERENCE)
    assert all(d.value == "2020-03-05" for d in found), found


def test_a_longer_date_holding_the_words_is_kept() -> None:
    text = "Le 5 mars il est arrêté; le lendemain, 6 mars 2020, il est libéré."
    found = values(text, "fr")
    assert "2020-03-06" in found.values()


def test_the_pass_keeps_mentions_in_text_order_without_overlaps() -> None:
    text = "On March 5 he left. The next day he came back. The day before, he had called."
    mentions = find_dates(text, "en", REFERENCE)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def test_a_language_without_patterns_keeps_its_mentions() -> None:
    mentions = (DateMention(text="5 mars", start=0, end=6, value="2020-03-05"),)
    assert anchored_days("5 mars", "xx", date(2020, 3, 10), mentions) == mentions


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="the next day before same 5 March накануне veille\n,.", max_size=400))
def test_any_text_gives_ordered_spans_inside_it(text: str) -> None:
    for language in ("en", "fr", "ru"):
        mentions = anchored_days(text, language, date(2020, 3, 10), ())
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.text
        assert all(a.end <= b.start for a, b in pairwise(mentions))
