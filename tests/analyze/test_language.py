from __future__ import annotations

import pytest

from newsprism.analyze.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le gouvernement a annoncé mardi de nouvelles mesures contre l'inflation.", "fr"),
        ("The government announced new measures against inflation on Tuesday.", "en"),
        ("Die Regierung kündigte am Dienstag neue Maßnahmen gegen die Inflation an.", "de"),
        ("El gobierno anunció el martes nuevas medidas contra la inflación.", "es"),
        ("Правительство во вторник объявило о новых мерах против инфляции.", "ru"),
        ("أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لمكافحة التضخم.", "ar"),
        ("政府周二宣布了应对通货膨胀的新措施。", "zh"),
    ],
)
def test_supported_languages(text, code):
    guess = detect_language(text)
    assert guess.code == code
    assert guess.confidence > 0.5


def test_text_without_letters_is_undetermined():
    assert detect_language("12345 67 890 !!!").code == "und"
    assert detect_language("").code == "und"


def test_unsupported_language_is_not_forced_onto_a_supported_one():
    # Finnish is not supported; it must not come out as a confident supported language.
    guess = detect_language("Hallitus ilmoitti tiistaina uusista toimista inflaatiota vastaan.")
    assert guess.code == "und" or guess.confidence < 0.9


def test_hint_breaks_a_near_tie():
    # Short and ambiguous between Spanish and Portuguese/Italian; the declared language wins.
    assert detect_language("Gobierno", hint="es").code == "es"
