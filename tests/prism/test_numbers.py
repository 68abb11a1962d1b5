"""Numbers in the conventions of many languages."""

from __future__ import annotations

import pytest

from newsprism.prism import find_numbers


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1,5 million people", "fr", 1_500_000.0),
        ("1.5 million people", "en", 1_500_000.0),
        ("1.500 Soldaten", "de", 1_500.0),
        ("1,500 troops", "en", 1_500.0),
        ("130 000 soldats", "fr", 130_000.0),
        ("130\u00a0000 soldats", "fr", 130_000.0),
        ("130\u202f000 soldats", "fr", 130_000.0),
        ("prices rose 3.2 percent", "en", 3.2),
        ("um 3,2 Prozent", "de", 3.2),
        ("2.000,50 euros", "es", 2_000.5),
        ("1,234,567.8 dollars", "en", 1_234_567.8),
        ("2 Milliarden Euro", "de", 2e9),
        ("a $3bn deal", "en", 3e9),
        ("100.000 Soldaten", "de", 100_000.0),
        ("100,000 troops", "en", 100_000.0),
    ],
)
def test_values(text: str, language: str, value: float) -> None:
    numbers = find_numbers(text, language)
    assert [n.value for n in numbers] == [pytest.approx(value)]


def test_same_quantity_written_differently_has_one_key() -> None:
    keys = {
        find_numbers("100,000", "en")[0].key(),
        find_numbers("100.000", "de")[0].key(),
        find_numbers("100 000", "fr")[0].key(),
        find_numbers("0,1 Millionen", "de")[0].key(),
    }
    assert keys == {"100000"}


def test_percent_is_a_unit_and_text_and_offsets_are_kept() -> None:
    text = "Unemployment fell to 5% and then to 4,5 pour cent."
    first, second = find_numbers(text, "fr")
    assert (first.value, first.unit, text[first.start : first.end]) == (5.0, "%", "5%")
    assert (second.value, second.unit) == (4.5, "%")
    assert text[second.start : second.end].startswith("4,5 pour cent")
    assert first.key() != find_numbers("5 soldiers", "en")[0].key()


def test_dates_times_and_ordinals_are_not_quantities() -> None:
    assert find_numbers("at 10:30 on 12.03.2022", "de") == []
    assert [n.value for n in find_numbers("the 2nd round, 4 km away", "en")] == [4.0]


def test_years_are_marked_and_space_groups_need_three_digits() -> None:
    numbers = find_numbers("in 2022 100 people died", "en")
    assert [(n.value, n.is_year) for n in numbers] == [(2022.0, True), (100.0, False)]


def test_hostile_digit_runs_are_bounded() -> None:
    text = ("1," * 50_000) + " 9" + ("9 " * 50_000)
    numbers = find_numbers(text, "en")
    assert all(n.end - n.start <= 60 for n in numbers)
    assert find_numbers("", "en") == []


def test_arabic_scale_words() -> None:
    assert [n.value for n in find_numbers("300 ألف متر مكعب", "ar")] == [300_000.0]
    assert [n.value for n in find_numbers("بنحو 4 ملايين يورو", "ar")] == [4_000_000.0]
    assert [n.key() for n in find_numbers("4.1 مليار درهم", "ar")] == ["4.1e+09"]
