"""Centuries, decades named by a word and the last 24 hours, read by the date finder."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze.date_eras import era_candidates
from newsprism.analyze.dates import find_dates

REFERENCE = "2019-12-31"


def values(text: str, language: str, reference: str = REFERENCE) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, language, reference)}


@pytest.mark.parametrize(
    ("language", "text", "surface", "value"),
    [
        ("en", "In the 20th century, dictators ruled.", "the 20th century", "1901-01-01/2000-12-31"),
        ("en", "The world's 20th-century dictators read him.", "20th-century", "1901-01-01/2000-12-31"),
        ("en", "By the late 19th century it was built.", "the late 19th century", "1867-01-01/1900-12-31"),
        (
            "en",
            "Since the beginning of the twenty-first century.",
            "the beginning of the twenty-first century",
            "2001-01-01/2033-12-31",
        ),
        ("fr", "Au XXe siècle, tout a changé.", "Au XXe siècle", "1901-01-01/2000-12-31"),
        ("de", "Ende des 19. Jahrhunderts wuchs die Stadt.", "Ende des 19. Jahrhunderts", "1867-01-01/1900-12-31"),
        ("es", "A mediados del siglo XX creció.", "mediados del siglo XX", "1934-01-01/1966-12-31"),
        ("it", "Nel XX secolo tutto cambiò.", "Nel XX secolo", "1901-01-01/2000-12-31"),
        ("pl", "Pod koniec XIX wieku miasto rosło.", "Pod koniec XIX wieku", "1867-01-01/1900-12-31"),
        ("ru", "В XX веке всё изменилось.", "В XX веке", "1901-01-01/2000-12-31"),
        ("tr", "19. yüzyılın sonlarında şehir büyüdü.", "19. yüzyılın sonlarında", "1867-01-01/1900-12-31"),
        ("ar", "في أواخر القرن التاسع عشر نمت المدينة.", "أواخر القرن التاسع عشر", "1867-01-01/1900-12-31"),
        ("zh", "20世纪一切都变了。", "20世纪", "1901-01-01/2000-12-31"),
    ],
)
def test_a_century_is_its_hundred_years_or_a_third_of_them(language: str, text: str, surface: str, value: str) -> None:
    assert values(text, language)[surface] == value


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Roman fort dates from the 2nd century BC."),
        ("de", "Der Tempel stammt aus dem 5. Jahrhundert v. Chr."),
        ("ar", "في القرن الثالث عشر الهجري"),
    ],
)
def test_centuries_before_the_era_or_of_another_calendar_are_no_dates(language: str, text: str) -> None:
    assert find_dates(text, language, REFERENCE) == ()


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "As we head into a new decade, prices are low.", "a new decade"),
        ("pl", "Ekspert: nowa dekada przyniesie nowe zagrożenia.", "nowa dekada"),
        ("de", "Das neue Jahrzehnt beginnt.", "Das neue Jahrzehnt"),
        ("zh", "新的十年开始了。", "新的十年"),
    ],
)
def test_the_new_decade_is_the_one_it_opens(language: str, text: str, surface: str) -> None:
    assert values(text, language)[surface] == "2020-01-01/2029-12-31"
    assert values(text, language, "2020-05-04")[surface] == "2020-01-01/2029-12-31"


def test_this_decade_is_the_one_under_way() -> None:
    assert values("I mercati azionari chiudono il decennio con il miglior anno.", "it")["chiudono il decennio"] == (
        "2010-01-01/2019-12-31"
    )
    assert values("This decade has been hard.", "en", "2020-03-01")["This decade"] == "2020-01-01/2029-12-31"


def test_a_decade_long_war_is_no_date() -> None:
    assert find_dates("It ended this decade-long war.", "en", REFERENCE) == ()


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "82 people have died in the past 24 hours.", "in the past 24 hours"),
        ("pl", "W ciągu ostatniej doby w Chinach odnotowano 118 przypadków.", "W ciągu ostatniej doby"),
        ("tr", "Son 24 saatte 561 tanı kondu.", "Son 24 saatte"),
        ("ar", "خلال الـ24 ساعة الماضية 500 حالة.", "خلال الـ24 ساعة الماضية"),
        ("ru", "За последние сутки 500 случаев.", "За последние сутки"),
    ],
)
def test_the_last_24_hours_are_the_reference_day(language: str, text: str, surface: str) -> None:
    assert values(text, language, "2020-04-15")[surface] == "2020-04-15"


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "Over the past decade prices rose.", "Over the past decade"),
        ("ru", "Что изменилось за последнее десятилетие", "за последнее десятилетие"),
        ("zh", "过去十年房价上涨。", "过去十年"),
    ],
)
def test_the_past_decade_is_the_ten_years_ending_on_the_reference_date(language: str, text: str, surface: str) -> None:
    assert values(text, language)[surface] == "2010-01-01/2019-12-31"


@pytest.mark.parametrize(
    ("language", "text", "surface", "value"),
    [
        ("es", "Ganó $1 millón en los primeros minutos de 2020.", "en los primeros minutos de 2020", "2020-01-01"),
        ("en", "The ball dropped in the last seconds of 2019.", "in the last seconds of 2019", "2019-12-31"),
    ],
)
def test_the_first_or_last_minutes_of_a_year_are_its_first_or_last_day(
    language: str, text: str, surface: str, value: str
) -> None:
    assert values(text, language)[surface] == value


@pytest.mark.parametrize(
    ("language", "text", "surface", "value"),
    [
        ("es", "El primer día del año, desde las siete, hubo controles.", "El primer día del año", "2020-01-01"),
        ("es", "El equipo afronta la primera semana del año.", "la primera semana del año", "2019-12-30/2020-01-05"),
        # Written on 2 January: the last day of the year just gone
        ("en", "He left on the last day of the year.", "on the last day of the year", "2019-12-31"),
    ],
)
def test_the_first_or_last_day_or_week_of_the_year_is_the_nearest(
    language: str, text: str, surface: str, value: str
) -> None:
    assert values(text, language, "2020-01-02")[surface] == value


def test_a_language_without_patterns_yields_nothing() -> None:
    assert list(era_candidates("XX secolo", "xx", date(2020, 1, 1))) == []


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="XIVe siècle 20th century new decade 24 hours\n", max_size=300))
def test_candidates_lie_inside_the_text_with_ordered_values(text: str) -> None:
    for start, end, value in era_candidates(text, "en", date(2020, 1, 1)):
        assert 0 <= start < end <= len(text)
        first, _, last = value.partition("/")
        assert not last or first <= last


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Exports rose in the first nine months of 2019.", "2019-01-01/2019-09-30"),
        ("en", "Sales fell in the first three months of the year.", "2020-01-01/2020-03-31"),
        ("fr", "Les ventes ont chuté au cours des neuf premiers mois de 2019.", "2019-01-01/2019-09-30"),
        ("de", "Die Ausfuhren stiegen in den ersten neun Monaten des Vorjahres.", "2019-01-01/2019-09-30"),
        ("es", "Las muertes subieron en los primeros cinco meses del año.", "2020-01-01/2020-05-31"),
        ("it", "Le vendite sono calate nei primi tre mesi dell'anno.", "2020-01-01/2020-03-31"),
        ("pl", "Sprzedaż spadła w pierwszych trzech miesiącach roku.", "2020-01-01/2020-03-31"),
        ("ru", "Продажи выросли за первые девять месяцев 2019 года.", "2019-01-01/2019-09-30"),
        ("tr", "Bu yılın ilk 3 ayında 220 hastayı tedavi ettiler.", "2020-01-01/2020-03-31"),
    ],
)
def test_the_first_months_of_a_year_run_from_its_first_day(language: str, text: str, value: str) -> None:
    assert [mention.value for mention in find_dates(text, language, "2020-06-14")] == [value]
