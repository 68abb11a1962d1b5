"""Date expressions resolved against a reference date (Duckling, own patterns, news rules)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.analyze.dates import find_dates, most_recent_weekday, nearest_year, resolve_weekday_date

REFERENCE = "2022-03-10"  # a Thursday


def values(text: str, language: str, reference: str = REFERENCE) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, language, reference)}


@pytest.mark.parametrize(
    ("language", "text", "surface", "value"),
    [
        ("fr", "Le mardi 1er février, il a parlé.", "Le mardi 1er février", "2022-02-01"),
        ("fr", "Il l'a dit la semaine dernière.", "la semaine dernière", "2022-02-28/2022-03-06"),
        ("de", "Das sagte er letzten Dienstag.", "letzten Dienstag", "2022-03-08"),
        ("de", "Er kam am 3. März 2022 an.", "am 3. März 2022", "2022-03-03"),
        ("es", "Ocurrió hace tres días en Madrid.", "hace tres días", "2022-03-07"),
        ("zh", "他2月1日到达。", "2月1日", "2022-02-01"),
        # Machine translation spaces Chinese dates out; the date is read whole all the same.
        ("zh", "她是在 2 月 1 日被捕的。", "2 月 1 日", "2022-02-01"),
        ("zh", "他在 1 月表示。", "1 月", "2022-01-01/2022-01-31"),
        # A 下 ("next", also "down") counts only right before the day.
        ("zh", "拖车从甲板上滚下。它说他周一遇到现场时", "周一", "2022-03-07"),
        ("zh", "下周一他会来。", "下周一", "2022-03-14"),
        ("en", "He said so yesterday.", "yesterday", "2022-03-09"),
        ("en", "It happened on March 3 in Kyiv.", "on March 3", "2022-03-03"),
        ("tr", "Toplantı 3 Mart 2022 tarihinde yapıldı.", "3 Mart 2022", "2022-03-03"),
        ("ar", "وصل أمس إلى القاهرة", "أمس", "2022-03-09"),
        ("pl", "Wczoraj prezydent przyjechał.", "Wczoraj", "2022-03-09"),
        ("pl", "Spotkanie odbyło się 1 lutego 2022 r. w Warszawie.", "1 lutego 2022 r.", "2022-02-01"),
        ("pl", "Stało się to trzy dni temu.", "trzy dni temu", "2022-03-07"),
        ("pl", "w zeszłym tygodniu", "w zeszłym tygodniu", "2022-02-28/2022-03-06"),
        # Abbreviated years after a month ("ub.r.": last year, "br.": this year), counts in the instrumental
        ("pl", "W kwietniu ub.r. było inaczej.", "W kwietniu ub.r.", "2021-04-01/2021-04-30"),
        ("pl", "13 lutego br. zamknięto szkoły.", "13 lutego br.", "2022-02-13"),
        ("pl", "W ub. roku wzrosło.", "W ub. roku", "2021-01-01/2021-12-31"),
        ("pl", "Przed dwoma laty wygrał.", "Przed dwoma laty", "2020-01-01/2020-12-31"),
        # "In the New Year" is the year it opens; "Nowy Rok" its first day
        ("pl", "Życzę nam w Nowym Roku zdrowia.", "w Nowym Roku", "2022-01-01/2022-12-31"),
        ("pl", "W Nowy Rok było zimno.", "W Nowy Rok", "2022-01-01"),
        ("pl", "Poczekajmy, jak się skończy ten miesiąc.", "ten miesiąc", "2022-03-01/2022-03-31"),
        # A day with "last" or "next" after it is one span, the day put before or after the reference
        ("ar", "وأغلقت الجزائر الحدود في 17 فبراير الماضي", "في 17 فبراير الماضي", "2022-02-17"),
        ("ar", "سيعقد الاجتماع في 17 فبراير المقبل", "في 17 فبراير المقبل", "2023-02-17"),
        ("ar", "وصل قبل عامين", "قبل عامين", "2020-01-01/2020-12-31"),
        ("ar", "وصل قبل شهرين", "قبل شهرين", "2022-01-01/2022-01-31"),
        ("ar", "سيعلن في نهاية الشهر الجاري", "في نهاية الشهر الجاري", "2022-03-21/2022-03-31"),
        ("ar", "احتفلوا عشية عيد الميلاد", "عشية عيد الميلاد", "2021-12-24"),
        ("ar", "بتاريخ 2022/03/01 صدر القرار", "2022/03/01", "2022-03-01"),
        # Turkish: a sentence opening with a dotted capital, a year's parts after it, the month's end
        ("tr", "İki gün önce geldi.", "İki gün önce", "2022-03-08"),
        ("tr", "Bu yılın başında büyüdü.", "Bu yılın başında", "2022-01-01/2022-04-30"),
        ("tr", "Ay sonunda açıklanacak.", "Ay sonunda", "2022-03-21/2022-03-31"),
        ("tr", "Pazartesi gününden itibaren açık olacak.", "Pazartesi", "2022-03-14"),
        # "Of next year" after a month; the year's end with its modifier and no article; the month's start
        ("es", "En enero del próximo año hablará.", "enero del próximo año", "2023-01-01/2023-01-31"),
        ("de", "Im Januar kommenden Jahres spricht er.", "Januar kommenden Jahres", "2023-01-01/2023-01-31"),
        ("de", "Ende vergangenen Jahres trat er zurück.", "Ende vergangenen Jahres", "2021-12-31"),
        ("de", "Anfang des Monats trat er zurück.", "Anfang des Monats", "2022-03-01/2022-03-10"),
        # The night of New Year's Eve is two days; "ab" looks ahead; "el año nuevo" is the year it opens
        ("de", "Im Zoo starben in der Silvesternacht 50 Tiere.", "Silvesternacht", "2021-12-31/2022-01-01"),
        ("de", "Voi pausiert den Betrieb ab Freitag.", "ab Freitag", "2022-03-11"),
        ("es", "El año nuevo trae la prohibición.", "El año nuevo", "2022-01-01/2022-12-31"),
        ("en", "Its commitment in 2018-19 was at a high.", "in 2018-19", "2018-01-01/2019-12-31"),
        # A year after "before" alone is that year, not its first day
        ("de", "in den Grenzen von vor 1967", "vor 1967", "1967-01-01/1967-12-31"),
        # Chinese parts written after a month or year with no space before the next word, a year word before a
        # month, "上" of "晚上" (evening) is no "last"
        ("zh", "3月中旬病例增加。", "3月中旬", "2022-03-11/2022-03-20"),
        ("zh", "去年年底他辞职了。", "去年年底", "2021-12-31"),
        ("zh", "去年3月他发言。", "去年3月", "2021-03-01/2021-03-31"),
        ("zh", "明年1月他将发言。", "明年1月", "2023-01-01/2023-01-31"),
        ("zh", "周二晚上他被捕了。", "周二晚上", "2022-03-08"),
        ("zh", "2019年春天他离开了。", "2019年春天", "2019-03-01/2019-05-31"),
        # Russian weeks in the genitive, a month's end after "до", seasons of a year, New Year's night
        ("ru", "В начале этой недели он ушёл.", "этой недели", "2022-03-07/2022-03-13"),
        ("ru", "До конца апреля школы закрыты.", "До конца апреля", "2022-04-21/2022-04-30"),
        ("ru", "Весной 2019 года он уехал.", "Весной 2019 года", "2019-03-01/2019-05-31"),
        ("ru", "В новогоднюю ночь он ушёл.", "В новогоднюю ночь", "2021-12-31/2022-01-01"),
        ("it", "Nel weekend ha parlato.", "weekend", "2022-03-05/2022-03-06"),
        ("it", "All'inizio del 2017 ha firmato.", "All'inizio del 2017", "2017-01-01/2017-04-30"),
        ("it", "Si è dimesso lo scorso autunno.", "scorso autunno", "2021-09-01/2021-11-30"),
        # A weekday and day a few weeks into the next year; a month after a year named in its sentence; a quarter
        # with no year is the nearest one
        ("en", "In 2019, sales rose in March and fell in December.", "in December", "2019-12-01/2019-12-31"),
        ("it", "Gli utili del terzo trimestre sono calati.", "del terzo trimestre", "2021-07-01/2021-09-30"),
        ("it", "Questo pomeriggio un convoglio partirà.", "Questo pomeriggio", "2022-03-10"),
        # A month or day after "since" is past; "seit letztem Jahr"; a decade with a hyphen; the turn of the year
        ("en", "Clashes around Tripoli since April 4 have killed 280 civilians.", "since April 4", "2021-04-04"),
        ("de", "Schweden hat seit letztem Jahr mehr Explosionen.", "seit letztem Jahr", "2021-01-01/2021-12-31"),
        ("de", "Er war in den 2000-er Jahren Senator.", "in den 2000-er Jahren", "2000-01-01/2009-12-31"),
        # "9/11" is the day of the attacks; "im kommenden Jahr" the year after (the parser read this one)
        ("en", "The city changed after 9/11.", "after 9/11", "2001-09-11"),
        ("de", "Im kommenden Jahr geht es um viel.", "Im kommenden Jahr", "2023-01-01/2023-12-31"),
    ],
)
def test_expressions_resolve_against_the_reference_date(language: str, text: str, surface: str, value: str) -> None:
    assert values(text, language).get(surface) == value


def test_before_the_weekend_on_a_weekday_is_the_weekend_ending_its_week() -> None:
    # Friday 10 January 2020: the markets moved little before the weekend of 11-12 January, told in the past
    assert values("Der Eurokurs hat sich vor dem Wochenende kaum bewegt.", "de", "2020-01-10")["Wochenende"] == (
        "2020-01-11/2020-01-12"
    )


def test_a_weekday_and_day_a_few_weeks_into_the_next_year_is_that_day() -> None:
    # Written on Wednesday 28 December 2022: Monday 2 January is five days away, not back in 2017
    assert values("Il corso inizierà lunedì 2 gennaio.", "it", "2022-12-28")["lunedì 2 gennaio"] == "2023-01-02"


def test_a_morning_and_a_clock_time_with_a_dot_are_no_dates() -> None:
    assert values("De la STJM señaló una mañana local que el acuerdo sigue.", "es") == {}
    assert values("Será a las 20.30 en el Gran Teatro.", "es") == {}
    assert values("Mañana habrá sol.", "es") == {"Mañana": "2022-03-11"}


def test_the_turn_of_the_year_is_the_nearest_one_and_a_usual_weekday_no_date() -> None:
    assert values("16 Menschen starben kurz vor dem Jahreswechsel.", "de", "2020-01-01") == {
        "kurz vor dem Jahreswechsel": "2019-12-31"
    }
    assert values("ويبدأ عادة يوم الاثنين", "ar", "2020-02-10") == {}
    # "od" is also "from": a day after it may come ("Od 8 stycznia koniec z papierami", written on 2 January)
    assert values("Od 8 stycznia koniec z papierami.", "pl", "2020-01-02") == {"8 stycznia": "2020-01-08"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Syrians in liberated areas celebrate Christmas, just like we do.", {"Christmas": "2021-12-25"}),
        ("If they win, Christmas would not be celebrated.", {"Christmas": "2021-12-25"}),
        ("Merry Christmas!", {}),
        ("A Christmas tree fell.", {}),
        ("We support anti-Christmas terrorists.", {}),
    ],
)
def test_a_holidays_bare_name_is_its_day_before_punctuation_or_a_verb(text: str, found: dict[str, str]) -> None:
    assert values(text, "en", "2021-12-27") == found


def test_a_german_weekday_told_in_the_present_of_something_to_come_is_the_coming_one() -> None:
    # Written on Monday 4 May 2020
    assert values("Am Dienstag steht der Mann vor dem Landgericht.", "de", "2020-05-04") == {
        "Am Dienstag": "2020-05-05"
    }
    assert values("Am Dienstag stand der Mann vor dem Landgericht.", "de", "2020-05-04") == {
        "Am Dienstag": "2020-04-28"
    }


def test_an_english_weekday_after_a_present_verb_of_happening_is_the_coming_one() -> None:
    # Written on Wednesday 1 January 2020
    got = values("The Turkish parliament votes on Thursday to deploy troops.", "en", "2020-01-01")
    assert set(got.values()) == {"2020-01-02"}
    got = values("The Turkish parliament voted on Thursday to deploy troops.", "en", "2020-01-01")
    assert set(got.values()) == {"2019-12-26"}


def test_a_weekday_beside_a_day_of_the_coming_week_is_in_that_week() -> None:
    # Written on Monday 16 March 2020: a forecast for the days ahead
    text = "Rain is likely late on Tuesday 17 March 2020, with scattered showers on Wednesday."
    assert values(text, "en", "2020-03-16") == {"on Tuesday 17 March 2020": "2020-03-17", "on Wednesday": "2020-03-18"}
    # Told in the past, the weekday stays the last one
    text = "The ministry announced on Wednesday that the app opens on Tuesday 17 March 2020."
    assert values(text, "en", "2020-03-16")["on Wednesday"] == "2020-03-11"


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Sales were up 3% on the same day last year.", "2019-04-08"),
        ("en", "Sales rose from the same month last year.", "2019-04-01/2019-04-30"),
        ("fr", "Les ventes ont progressé par rapport au même jour de l'année dernière.", "2019-04-08"),
        ("de", "Der Umsatz lag über dem Wert vom gleichen Tag des Vorjahres.", "2019-04-08"),
        ("es", "Las ventas subieron frente al mismo día del año pasado.", "2019-04-08"),
        ("tr", "Euro dolar karşısında geçen yılın aynı gününe göre yüzde 3 aşağıda.", "2019-04-08"),
        ("ru", "Продажи выросли по сравнению с тем же месяцем прошлого года.", "2019-04-01/2019-04-30"),
        ("ar", "ارتفعت المبيعات مقارنة بنفس اليوم من العام الماضي.", "2019-04-08"),
    ],
)
def test_the_same_day_last_year_is_the_reference_day_a_year_before(language: str, text: str, value: str) -> None:
    assert set(values(text, language, "2020-04-08").values()) == {value}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "Я прошу прощения за вчерашний плохой пример.", "2020-04-07"),
        ("ru", "На сегодняшнем заседании ничего не решили.", "2020-04-08"),
        ("pl", "W momencie zamknięcia dzisiejszych notowań kurs spadł.", "2020-04-08"),
        ("pl", "Pojutrzejszy mecz odwołano.", "2020-04-10"),
        ("de", "Bei der gestrigen Sitzung wurde nichts beschlossen.", "2020-04-07"),
        ("ru", "Сделки составили менее половины прошлогодних.", "2019-01-01/2019-12-31"),
    ],
)
def test_yesterdays_and_todays_as_adjectives_are_those_days(language: str, text: str, value: str) -> None:
    assert set(values(text, language, "2020-04-08").values()) == {value}


def test_an_ordinal_before_in_and_a_month_counts_things_not_days() -> None:
    text = "There were two elections in 2019 - one held in April, the second in September."
    assert values(text, "en", "2020-01-01")["in September"] == "2019-09-01/2019-09-30"
    assert values("Rain fell on the second of September.", "en", "2020-01-01") == {
        "on the second of September": "2019-09-02"
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أسقطت الولايات المتحدة طائرة قبل 32 عاما.", "1988-01-01/1988-12-31"),
        ("فمنذ نحو 32 عام أسقطت الولايات المتحدة طائرة.", "1988-01-01/1988-12-31"),
        ("زار المصابون بلدانا خلال الأسبوعين الماضيين.", "2020-01-12/2020-01-25"),
        ("سجلت حالات خلال الأيام الثلاثة الماضية.", "2020-01-23/2020-01-25"),
    ],
)
def test_arabic_counts_from_eleven_and_duals_of_the_last_days(text: str, value: str) -> None:
    assert set(values(text, "ar", "2020-01-25").values()) == {value}


def test_russian_months_in_the_instrumental_and_bracketed_years_of_works() -> None:
    got = values("По сравнению с ноябрем 2018 года число выросло.", "ru", "2019-12-31")
    assert set(got.values()) == {"2018-11-01/2018-11-30"}
    # The film's year in brackets is not the year of the death told in the same sentence
    got = values("«Звездный путь» (1979), скончался 30 декабря после борьбы с болезнью.", "ru", "2019-12-31")
    assert got["30 декабря"] == "2019-12-30"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wbrew wtorkowej deklaracji Kim Dzong Una.", "2019-12-31"),
        ("Po niedzielnych wyborach rząd upadł.", "2019-12-29"),
        ("Na poniedziałkowym posiedzeniu rządu.", "2019-12-30"),
        ("Wybory mogą się odbyć do połowy lipca.", "2019-07-11/2019-07-20"),
    ],
)
def test_polish_weekday_adjectives_and_until_mid_month(text: str, value: str) -> None:
    assert set(values(text, "pl", "2020-01-01").values()) == {value}


def test_polish_environments_are_no_wednesday() -> None:
    assert values("Ochrona środowisk naturalnych i środowiska.", "pl", "2020-01-01") == {}


def test_the_turkish_name_kasim_is_no_november() -> None:
    assert values("Kudüs Gücü Komutanı Kasım Süleymani öldürüldü.", "tr", "2020-01-03") == {}
    assert values("Seçim Kasım ayında yapıldı.", "tr", "2020-01-03") == {"Kasım": "2019-11-01/2019-11-30"}
    assert set(values("15 Kasım Pazartesi günü seçim yapıldı.", "tr", "2021-12-01").values()) == {"2021-11-15"}


def test_days_listed_with_their_month_written_once() -> None:
    got = values("Kuaförler 20, 21 ve 22 Mayıs tarihlerinde kapalı olacak.", "tr", "2020-05-16")
    assert sorted(got.values()) == ["2020-05-20", "2020-05-21", "2020-05-22"]
    got = values("Erdoğan 16-17-18-19 Mayıs tarihlerinde sokağa çıkma yasağı ilan etti.", "tr", "2020-05-16")
    assert got == {"16-17-18-19 Mayıs": "2020-05-16/2020-05-19"}
    assert sorted(values("Voting runs on May 16, 17 and 18.", "en", "2020-05-10").values()) == [
        "2020-05-16",
        "2020-05-17",
        "2020-05-18",
    ]
    # A count after a day is no day: "On May 16, 17 people died"; nor an addendum's number before a dotted day
    assert values("On May 16, 17 people died.", "en", "2020-05-10") == {"On May 16": "2020-05-16"}
    assert set(values("Nachtrag 2, 19. März: Und auch", "de", "2020-03-20").values()) == {"2020-03-19"}


def test_a_weekday_is_no_tense_word_of_its_own_clause() -> None:
    # Polish "niedzieli" ends as a verb in the past does ("-eli"); the clause's "będzie" puts it ahead
    assert values("Od niedzieli będzie można wędrować.", "pl", "2020-05-28") == {"Od niedzieli": "2020-05-31"}


def test_two_days_of_a_month_joined_by_and_are_two_dates() -> None:
    found = values("Modi estará en Karnataka el 2 y 3 de enero cuando inaugurará.", "es", "2020-01-01")
    assert found == {"el 2": "2020-01-02", "3 de enero": "2020-01-03"}


@pytest.mark.parametrize(
    ("language", "text", "surface", "value"),
    [
        ("es", "Hace unos diez años, algunos padres se reunieron.", "Hace unos diez años", "2010-01-01/2010-12-31"),
        ("fr", "Il y a une dizaine d'années, il est parti.", "Il y a une dizaine d'années", "2010-01-01/2010-12-31"),
        ("de", "Vor rund zehn Jahren ging er.", "Vor rund zehn Jahren", "2010-01-01/2010-12-31"),
        ("ru", "Это объявят в начале следующего года.", "в начале следующего года", "2021-01-01/2021-04-30"),
    ],
)
def test_about_n_years_ago_and_the_early_part_of_next_year(language: str, text: str, surface: str, value: str) -> None:
    assert values(text, language, "2020-01-01")[surface] == value


def test_years_in_the_plural_with_no_number_are_no_date() -> None:
    assert values("Es gibt Fotos der vergangenen Jahre.", "de") == {}


def test_arabic_names_days_ago_and_law_numbers_are_no_dates() -> None:
    assert values("وخالد سرحان، ومحمد جمعة وشادي أسعد", "ar") == {}
    assert values("التي جرى تداولها قبل أيام على مواقع التواصل", "ar") == {}
    assert values("امر الدفاع رقم 2 لسنة 2020، ومنحهم", "ar") == {"2020": "2020-01-01/2020-12-31"}


def test_a_number_before_a_percentage_is_no_day_and_a_newspaper_no_morning() -> None:
    assert all("30" not in surface for surface in values("Las tarifas subirán en enero un 30 por ciento.", "es"))
    assert "Morgen" not in values("© Mannheimer Morgen, Donnerstag, 02.04.2020", "de")


def test_letters_and_digits_of_one_code_are_no_time() -> None:
    assert values("她是 Bytes For All (B4A) 的研究员。", "zh") == {}
    assert "4pm" in " ".join(values("The A380 landed at 4pm on Monday.", "en"))


def test_a_bare_weekday_is_the_most_recent_such_day_on_or_before_the_reference() -> None:
    assert values("The vote took place on Tuesday.", "en") == {"on Tuesday": "2022-03-08"}
    assert values("Es geschah am Donnerstag.", "de") == {"am Donnerstag": "2022-03-10"}


def test_a_bare_weekday_in_a_clause_about_the_future_is_the_coming_one() -> None:
    # The reference, 2022-03-10, is a Thursday.
    assert values("Monday afternoon will be mostly cloudy and mild.", "en") == {"Monday afternoon": "2022-03-14"}
    assert values("Les deux autres avions doivent partir mardi.", "fr") == {"mardi": "2022-03-15"}
    # Must not move: a past verb in the clause, or the reference day's own weekday.
    assert values("Officials said Monday the talks will resume.", "en") == {"Monday": "2022-03-07"}
    assert values("The doll is available starting Thursday.", "en") == {"Thursday": "2022-03-10"}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # A quarter is its three months; without a year, the nearest one, past preferred.
        ("fr", "Le chiffre a baissé au premier trimestre 2020.", "2020-01-01/2020-03-31"),
        ("de", "Im vierten Quartal 2019 sank der Umsatz.", "2019-10-01/2019-12-31"),
        ("es", "Las ventas del cuarto trimestre cayeron.", "2021-10-01/2021-12-31"),
        ("it", "Nel primo trimestre le vendite sono salite.", "2022-01-01/2022-03-31"),
        # Early, mid and late in a month are its thirds.
        ("de", "Die Zahlen kommen Mitte Juni.", "2022-06-11/2022-06-20"),
        ("es", "Ocurrió a finales de enero.", "2022-01-21/2022-01-31"),
        ("fr", "Les vols reprendront début juillet.", "2022-07-01/2022-07-10"),
        ("en", "Cases have risen since early February.", "2022-02-01/2022-02-10"),
        # A half of a year is its six months.
        ("en", "In the first half of last year, prices rose.", "2021-01-01/2021-06-30"),
        ("fr", "Les ventes ont baissé au second semestre 2019.", "2019-07-01/2019-12-31"),
        ("de", "Im ersten Halbjahr 2020 sank der Umsatz.", "2020-01-01/2020-06-30"),
        # The end of a year is its last day.
        ("en", "Sales will double by the end of the year.", "2022-12-31"),
        ("en", "It closed at the end of 2019.", "2019-12-31"),
        ("fr", "Les travaux dureront jusqu'à la fin de l'année.", "2022-12-31"),
        ("es", "Los precios subieron a finales del año pasado.", "2021-12-31"),
        ("it", "Saranno 250 milioni entro la fine dell'anno.", "2022-12-31"),
    ],
)
def test_parts_of_years_and_months_are_their_days(language: str, text: str, value: str) -> None:
    assert list(values(text, language).values()) == [value]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # The reference is Thursday 2022-03-10: Easter 2022 fell on 17 April, nearer than Easter 2021.
        ("de", "Über Ostern bleiben die Schulen zu.", "2022-04-17"),
        ("en", "They will meet again next Christmas.", "2022-12-25"),
        ("en", "Christmas Eve was cold and wet.", "2021-12-24"),
        ("fr", "Le magasin fermera pour la Saint-Sylvestre.", "2021-12-31"),
        ("it", "Un pedone è stato investito alla vigilia di Capodanno.", "2021-12-31"),
        ("es", "El lunes de Pascua y el Viernes Santo cerrarán.", "2022-04-15"),
        ("fr", "Les terrasses rouvriront d'ici la Pentecôte.", "2022-06-05"),
        ("de", "Am Pfingstmontag bleiben die Geschäfte zu.", "2022-06-06"),
    ],
)
def test_holidays_named_as_dates_fall_on_their_day(language: str, text: str, value: str) -> None:
    assert value in values(text, language).values()


def test_a_holiday_written_with_its_weekday_is_the_holidays_day() -> None:
    text = "It becomes colder for New Year’s Eve Tuesday."
    assert list(values(text, "en", "2019-12-29").values()) == ["2019-12-31"]
    # Must not move: the weekday disagrees with the holiday, so the parser's reading stands.
    assert list(values("On Christmas Day, Friday, he came.", "en", "2019-12-29").values()) == ["2019-12-27"]


def test_a_holiday_naming_a_thing_is_no_date() -> None:
    assert values("We bought a Christmas tree and an Easter egg.", "en") == {}
    assert values("Il a reçu le plus beau cadeau de Noël.", "fr") == {}


def test_a_span_of_years_written_as_one_covers_them_all() -> None:
    assert values("The 2020-30 plan is ready.", "en") == {"2020-30": "2020-01-01/2030-12-31"}
    assert values("It was the best of the 2019-20 season.", "en") == {"2019-20": "2019-01-01/2020-12-31"}
    # Must not fire: the second number is no later year within three decades.
    found = values("Scores were 2019-15 and 2019-99.", "en").values()
    assert not any(value.endswith(("2015-12-31", "2099-12-31")) for value in found)


def test_a_season_counts_only_where_a_word_places_it() -> None:
    assert values("Prices will fall sharply. En hiver, il neige.", "en") == {}
    assert values("En hiver, il neige beaucoup.", "fr") == {}
    # A season is its three whole months (the parser counts from the solstice).
    assert list(values("We met this summer.", "en").values()) == ["2022-06-01/2022-08-31"]
    assert list(values("Ils sont partis l’été dernier.", "fr").values()) == ["2021-06-01/2021-08-31"]
    assert list(values("Die Offensive begann im Frühjahr 2018.", "de").values()) == ["2018-03-01/2018-05-31"]
    assert list(values("Este invierno será frío.", "es", "2020-01-15").values()) == ["2019-12-01/2020-02-29"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The market opens every Monday at nine."),
        ("it", "Il corso si terrà il lunedì e il venerdì dalle 17:30."),
        ("es", "El mercado abre los lunes y cada viernes."),
        ("de", "Der Markt öffnet jeden Montag."),
        ("pl", "Sklepy są zamknięte w niedziele, a co sobotę otwarte."),
    ],
)
def test_a_weekly_habit_is_no_date(language: str, text: str) -> None:
    assert values(text, language) == {}


def test_one_weekday_stays_a_date_beside_the_habit_rule() -> None:
    assert list(values("El lunes hubo lluvia en Madrid.", "es").values()) == ["2022-03-07"]
    assert list(values("Il lunedì 6 gennaio è festa.", "it").values()) == ["2020-01-06"]


def test_numbers_verbs_and_parts_of_a_day_alone_are_no_dates() -> None:
    assert values("The index rose 7.38 points as protesters will march in the streets.", "en") == {}
    assert values("It rained heavily in the afternoon.", "en") == {}
    assert list(values("We met this morning, and in March prices rose.", "en").values()) == [
        "2022-03-10",
        "2022-03-01/2022-03-31",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Dans la matinée, la police est arrivée."),
        ("es", "Por la tarde llovió en la capital."),
        ("it", "Nel pomeriggio la nave è partita."),
        # A length of time counted in months or years, not a day: "the highest in 10 years".
        ("en", "Murders rose to the highest in 10 years."),
        ("en", "Fines double for a second offence within five years."),
        ("es", "En cinco años la tasa ha aumentado más del 50%."),
        ("it", "Dovrà trasferirsi entro tre mesi."),
        ("de", "Über 44'000 Firmen wurden in einem Jahr gegründet."),
        ("tr", "Hedefleri tutamazsanız 3 ay içinde atılıyorsunuz."),
    ],
)
def test_parts_of_a_day_alone_and_lengths_of_months_or_years_are_no_dates(language: str, text: str) -> None:
    assert values(text, language) == {}


def test_a_weekday_put_in_this_week_is_the_one_of_the_reference_week() -> None:
    # Wednesday 2020-04-01: "este lunes" is two days before, "este jueves" the next day.
    assert values("El buque arribó este lunes al puerto.", "es", "2020-04-01") == {"este lunes": "2020-03-30"}
    assert values("La reunión es este jueves.", "es", "2020-04-01") == {"este jueves": "2020-04-02"}
    assert values("Das Schiff kam diesen Montag an.", "de", "2020-04-01") == {"diesen Montag": "2020-03-30"}
    # A clause in the future moves a day already past to the coming week.
    assert values("The ship will arrive this Monday.", "en", "2020-04-01") == {"this Monday": "2020-04-06"}
    # Must not change: "next" is the next one, as before.
    assert values("The vote is next Monday.", "en", "2020-04-01") == {"next Monday": "2020-04-06"}


@pytest.mark.parametrize(
    ("language", "text", "reference", "value"),
    [
        # Monday 2020-03-09: the weekend just past; Thursday 2020-03-12: the coming one.
        ("fr", "« Je ne vais nulle part », a déclaré Netanyahu ce week-end", "2020-03-09", "2020-03-07/2020-03-08"),
        ("en", "Rain and cool temperatures are expected this weekend.", "2020-03-12", "2020-03-14/2020-03-15"),
        ("en", "He spoke last weekend.", "2020-03-12", "2020-03-07/2020-03-08"),
        ("es", "Iremos el fin de semana próximo.", "2020-03-09", "2020-03-14/2020-03-15"),
        ("de", "Am vergangenen Wochenende brannte es.", "2020-03-12", "2020-03-07/2020-03-08"),
        # Written on a Sunday: the weekend it falls in.
        ("en", "Crowds gathered this weekend.", "2020-03-08", "2020-03-07/2020-03-08"),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(language: str, text: str, reference: str, value: str) -> None:
    assert list(values(text, language, reference).values()) == [value]


def test_relative_words_the_parser_misses_count_from_the_reference() -> None:
    found = values("Anoche hubo un incendio, frente a los 72 del año anterior.", "es", "2019-12-31")
    assert found == {"Anoche": "2019-12-30", "año anterior": "2018-01-01/2018-12-31"}


def test_the_last_n_days_weeks_months_or_years_end_on_the_reference_date() -> None:
    assert values("Over the past two weeks, four restaurants were robbed.", "en", "2019-12-30") == {
        "Over the past two weeks": "2019-12-17/2019-12-30"
    }
    assert values("Au cours des deux dernières décennies, rien.", "fr", "2020-03-29") == {
        "Au cours des deux dernières décennies": "2000-03-30/2020-03-29"
    }
    assert list(values("In den letzten drei Monaten stieg er.", "de", "2020-03-31").values()) == [
        "2020-01-01/2020-03-31"
    ]
    # The parser's own span for it ("last one year", read as 2019) gets the same value.
    assert list(values("The index rose in last one year.", "en", "2020-01-01").values()) == ["2019-01-02/2020-01-01"]
    # Must not change: "last week" with no number is the calendar week before.
    assert values("Prices fell last week.", "en", "2022-03-10") == {"last week": "2022-02-28/2022-03-06"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("People go into the new year healthy.", "2020-01-01/2020-12-31"),
        ("Shots were fired in the early hours of the new year.", "2020-01-01"),
        ("Thousands ushered in the New Year by marching.", "2020-01-01"),
    ],
)
def test_the_new_year_is_the_year_it_opens_or_its_first_day(text: str, value: str) -> None:
    assert list(values(text, "en", "2019-12-30").values()) == [value]


def test_new_year_without_the_or_as_a_possessive_is_no_date() -> None:
    text = "Happy New Year! Most New Year's resolutions fail, said the New Year message."
    assert values(text, "en", "2019-12-30") == {}
    # Must not change: the holiday's own names.
    assert values("On New Year's Eve it rained.", "en", "2019-12-30") == {"On New Year's Eve": "2019-12-31"}


def test_next_year_is_the_year_after_the_reference_years() -> None:
    # Written on 1 January, "next year" starts a year ahead: it stays there, unlike a yearless month.
    assert values("Next year, Russia's share will drop.", "en", "2020-01-01") == {"Next year": "2021-01-01/2021-12-31"}
    assert values("El año entrante China superará a Norteamérica.", "es", "2020-01-01") == {
        "El año entrante": "2021-01-01/2021-12-31"
    }
    # Must not change: a holiday read a year ahead still moves back.
    assert values("On New Year's Eve it rained.", "en", "2020-01-01") == {"On New Year's Eve": "2019-12-31"}


def test_the_italian_new_year_is_the_one_the_reference_date_opens() -> None:
    assert values("Nel nuovo anno ci saranno elezioni.", "it", "2019-12-31") == {
        "Nel nuovo anno": "2020-01-01/2020-12-31"
    }
    assert values("Nel nuovo anno ci saranno elezioni.", "it", "2020-01-02") == {
        "Nel nuovo anno": "2020-01-01/2020-12-31"
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Du lundi au vendredi, le centre est ouvert."),
        ("en", "The office is open Monday through Friday."),
        ("de", "Die Praxis ist von Montag bis Freitag geöffnet."),
        ("es", "El mercado abre de lunes a viernes."),
        # A clock time alone, and a part of a day alone.
        ("de", "Gegen 6.30 Uhr fiel der Strom aus. Am Morgen kam er wieder."),
        ("fr", "Le matin, les enfants jouent. Quelques jours avant, il pleuvait."),
    ],
)
def test_spans_of_weekdays_clock_times_and_parts_of_a_day_are_no_dates(language: str, text: str) -> None:
    assert values(text, language, "2020-01-02") == {}


def test_german_weekdays_joined_to_a_part_of_the_day_and_new_years_eve() -> None:
    found = values("Am Samstagnachmittag brannte es, am Silvestertag auch.", "de", "2020-01-02")
    assert found == {"Samstagnachmittag": "2019-12-28", "am Silvestertag": "2019-12-31"}


def test_glued_readings_keep_the_year_and_drop_the_french_number_seven() -> None:
    # "2019, sept des neuf Länder": seven, not September; the half-year before the year stands.
    found = values("Au premier semestre 2019, sept des neuf Länder ont progressé.", "fr", "2019-12-31")
    assert list(found.values()) == ["2019-01-01/2019-06-30"]
    # A year glued to a clock time is the year.
    assert list(values("Contre 55 % en 2014, à 16 heures.", "fr", "2020-03-15").values()) == ["2014-01-01/2014-12-31"]
    # Must not change: September written short after its day.
    assert values("Le 7 sept. 2019 il pleuvait.", "fr") == {"Le 7 sept. 2019": "2019-09-07"}


def test_months_counted_back_are_the_whole_month() -> None:
    assert values("C'est ma mère qui m'a amené ici, il y a sept mois.", "fr", "2020-03-10") == {
        "il y a sept mois": "2019-08-01/2019-08-31"
    }
    assert list(values("Three months ago it began.", "en", "2020-03-10").values()) == ["2019-12-01/2019-12-31"]


def test_turkish_parts_written_after_the_month_or_year() -> None:
    text = "Mayıs ayı başında açıldı. Temmuz ayının sonunda kapanacak. 2020 yılı ilk yarısı zor geçti."
    assert values(text, "tr", "2020-05-10") == {
        "Mayıs ayı başında": "2020-05-01/2020-05-10",
        "Temmuz ayının sonunda": "2020-07-21/2020-07-31",
        "2020 yılı ilk yarısı": "2020-01-01/2020-06-30",
    }
    assert values("Proje 2020 yılı sonunda bitecek.", "tr", "2020-05-10") == {"2020 yılı sonunda": "2020-12-31"}


def test_turkish_capitals_plural_parts_and_spans_of_days() -> None:
    assert values("HAZİRAN ORTASINDA açılacak.", "tr", "2020-05-10") == {"HAZİRAN ORTASINDA": "2020-06-11/2020-06-20"}
    assert values("Haziran ortalarında açılacak.", "tr", "2020-05-10") == {
        "Haziran ortalarında": "2020-06-11/2020-06-20"
    }
    assert values("Fuar 4-5 Şubat 2020'de yapıldı.", "tr", "2020-05-10") == {"4-5 Şubat 2020": "2020-02-04/2020-02-05"}


def test_a_day_after_last_year_is_in_the_year_before() -> None:
    found = values("Ana geçen yıl 21 Ağustos'ta geldi.", "tr", "2020-06-20")
    assert list(found.values()) == ["2019-08-21"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Decimal numbers and the markets ("pazarlar"), not Sunday ("pazar").
        ("tr", "Deprem 6.8 büyüklüğündeydi ve oran yüzde 0.15 arttı."),
        ("tr", "Pazarlarda fiyatlar yükseldi."),
    ],
)
def test_decimals_and_look_alike_words_are_no_dates(language: str, text: str) -> None:
    assert values(text, language, "2020-05-10") == {}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Prices rose in the 2010s.", "2010-01-01/2019-12-31"),
        ("en", "It was big in the '90s.", "1990-01-01/1999-12-31"),
        ("fr", "Dans les années 90, tout changea.", "1990-01-01/1999-12-31"),
        ("de", "In den 2010er Jahren wuchs sie.", "2010-01-01/2019-12-31"),
        ("es", "En la década de 2010 creció.", "2010-01-01/2019-12-31"),
        ("it", "Negli anni '70 era diverso.", "1970-01-01/1979-12-31"),
        ("zh", "2010 年代的经济增长很快。", "2010-01-01/2019-12-31"),
    ],
)
def test_a_decade_is_its_ten_years(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-01-02").values()) == [value]


def test_a_date_of_many_calendar_words_is_read_whole() -> None:
    # Year, month and day are one date, whatever the window the parser is given.
    assert values("他在 2019 年 12 月 18 日到达。", "zh", "2020-01-02") == {"2019 年 12 月 18 日": "2019-12-18"}
    assert values("他在2019年12月18日到达。", "zh", "2020-01-02") == {"2019年12月18日": "2019-12-18"}


@pytest.mark.parametrize(
    ("language", "text", "reference", "value"),
    [
        # Umm al-Qura: Ramadan 1441 ran from 24 April to 23 May 2020.
        ("ar", "صام الناس في شهر رمضان الماضي.", "2020-06-15", "2020-04-24/2020-05-23"),
        ("tr", "Kurban Bayramı tatili dokuz gün olacak.", "2020-06-15", "2020-07-31/2020-08-03"),
        ("en", "Shops close for Eid al-Fitr.", "2020-05-01", "2020-05-24/2020-05-26"),
    ],
)
def test_ramadan_and_the_eids_fall_by_the_hijri_calendar(language: str, text: str, reference: str, value: str) -> None:
    assert list(values(text, language, reference).values()) == [value]


def test_a_turkish_ramazan_alone_is_a_name_not_the_month() -> None:
    assert values("Ramazan Kaya geldi ve konuştu.", "tr", "2020-06-15") == {}


def test_chinese_holidays_and_spans_counted_back() -> None:
    found = values("圣诞节和节礼日都下雨了。过去五年经济增长。", "zh", "2019-12-27")
    assert found == {"圣诞节": "2019-12-25", "节礼日": "2019-12-26", "过去五年": "2014-12-28/2019-12-27"}


def test_polish_holidays_and_decades_without_the_parser() -> None:
    text = "W noc sylwestrową padał śnieg. W Nowy Rok było zimno. W latach 90. było inaczej."
    assert values(text, "pl", "2020-01-05") == {
        "W noc sylwestrową": "2019-12-31",
        "W Nowy Rok": "2020-01-01",
        "W latach 90.": "1990-01-01/1999-12-31",
    }
    # "Sylwester" before a surname is a man's name.
    assert values("Sylwester Kowalski przyszedł do pracy.", "pl", "2020-01-05") == {}


def test_russian_weeks_decades_year_ends_holidays_and_habits() -> None:
    text = "На этой неделе он приехал. В 2010-х годах рос. К концу 2025 г. рынок вырастет. По воскресеньям закрыто."
    assert values(text, "ru", "2020-01-02") == {
        "На этой неделе": "2019-12-30/2020-01-05",
        "В 2010-х годах": "2010-01-01/2019-12-31",
        "К концу 2025 г.": "2025-12-31",
    }
    assert values("В канун Нового года шёл снег.", "ru", "2020-01-02") == {"В канун Нового года": "2019-12-31"}


def test_chinese_months_named_from_this_one_and_seconds_that_are_no_dates() -> None:
    found = values("本月的销量很好。上个月也是。37 秒后他到了。", "zh", "2019-12-27")
    assert found == {"本月": "2019-12-01/2019-12-31", "上个月": "2019-11-01/2019-11-30"}


def test_an_arabic_quarter_names_its_noun_first() -> None:
    found = values("ارتفعت الأرباح في الربع الأول من عام 2020.", "ar", "2020-05-05")
    assert list(found.values()) == ["2020-01-01/2020-03-31"]


def test_arabic_until_a_day_is_that_day_and_a_clock_time_is_no_date() -> None:
    assert values("يستمر العرض حتى 11 يناير الجاري.", "ar", "2020-01-05") == {"حتى 11 يناير": "2020-01-11"}
    assert values("يفتح في الساعة 7 صباحا وحتى 7 مساء.", "ar", "2020-01-05") == {}


def test_arabic_parts_of_a_month_are_its_thirds() -> None:
    found = values("يبدأ في بداية شهر أغسطس. وفي منتصف مارس الماضي أعلن.", "ar", "2020-06-05")
    assert list(found.values()) == ["2020-08-01/2020-08-10", "2020-03-11/2020-03-20"]


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        ("Wybory odbędą się 10 maja, a tydzień później może być druga tura.", "pl", "tydzień później", "2020-05-17"),
        (
            "The vote was held on March 3. One week later, the results were annulled.",
            "en",
            "One week later",
            "2020-03-10",
        ),
        ("The vote was held on March 3. A week before, the polls had opened.", "en", "A week before", "2020-02-25"),
    ],
)
def test_a_week_later_or_before_counts_from_the_day_named_before(
    text: str, language: str, surface: str, value: str
) -> None:
    assert values(text, language, "2020-04-27")[surface] == value
    # With no day named before, a week from the reference date is no date the article gives.
    assert values("A week later the market fell.", "en", "2020-04-27") == {}


def test_a_bare_weekday_opening_a_range_that_ends_ahead_is_the_coming_one() -> None:
    # Written on Saturday 25 April: "from Monday to 4 May" is from 27 April.
    text = "Zasiłek został przedłużony, czyli od poniedziałku do 4 maja."
    assert values(text, "pl", "2020-04-25") == {"od poniedziałku do 4 maja": "2020-04-27/2020-05-04"}


def test_turkish_half_of_a_match_is_no_tomorrow() -> None:
    assert values("İkinci yarının 10. dakikasında gol yedik.", "tr", "2020-01-19") == {}
    assert values("Yarından itibaren okullar kapalı.", "tr", "2020-01-19") == {"Yarından": "2020-01-20"}


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Zakupy zrobimy w ostatnią niedzielę w styczniu.", "w ostatnią niedzielę w styczniu", "2020-01-26"),
        ("W drugą sobotę czerwca był festyn.", "W drugą sobotę czerwca", "2019-06-08"),
    ],
)
def test_a_polish_weekday_counted_in_its_month_is_that_day(text: str, surface: str, value: str) -> None:
    assert values(text, "pl", "2020-01-02") == {surface: value}


def test_polish_last_year_and_decade_with_no_count_end_on_the_reference_date() -> None:
    found = values(
        "W ciągu ostatniej dekady liczba pracowników wzrosła, a przez ostatni rok spadła.", "pl", "2020-02-01"
    )
    assert found == {"W ciągu ostatniej dekady": "2010-02-02/2020-02-01", "przez ostatni rok": "2019-02-02/2020-02-01"}


def test_arabic_month_parts_with_a_glued_preposition() -> None:
    found = values("بلغت الأصول 6.7 مليار جنيه بنهاية ديسمبر 2018 مقابل 6 مليارات.", "ar", "2020-02-20")
    assert found == {"بنهاية ديسمبر 2018": "2018-12-21/2018-12-31"}


def test_arabic_date_words_in_the_egyptian_spelling_with_a_final_alif_maqsura() -> None:
    # "الماضى" for "الماضي": the same word; the surface stays as the article writes it.
    found = values("ارتفعت الأرباح العام الماضى، وافتتح البنك 7 فروع الشهر الحالى.", "ar", "2020-02-20")
    assert found == {"العام الماضى": "2019-01-01/2019-12-31", "الشهر الحالى": "2020-02-01/2020-02-29"}
    # Words that end in an alif maqsura of their own are left as they are.
    assert values("سافر إلى القاهرة حتى يوم الأحد", "ar", "2020-02-20") == {"حتى يوم الأحد": "2020-02-23"}


def test_arabic_end_of_the_previous_year_is_last_years_last_day() -> None:
    found = values("بلغت الودائع 59 مليار جنيه في نهاية العام المنصرم.", "ar", "2020-02-20")
    assert found == {"في نهاية العام المنصرم": "2019-12-31"}
    assert values("تراجعت المبيعات بنهاية العام السابق.", "ar", "2020-02-20") == {"نهاية العام السابق": "2019-12-31"}


def test_arabic_one_is_not_sunday_and_words_are_read_whole() -> None:
    # "أحد" alone is "one"; "احد" inside "الواحدة" is part of a word; Sunday takes the article or "يوم".
    assert values("تلقت عرض سعر من أحد المصانع للحبة الواحدة.", "ar", "2020-05-10") == {}
    assert values("وذكر بيان الأحد أنه", "ar", "2020-05-10") == {"الأحد": "2020-05-10"}
    assert values("زار يوم أحد الماضي", "ar", "2020-05-10") == {"يوم أحد الماضي": "2020-05-03"}
    assert values("في أمسية ثقافية", "ar", "2020-05-10") == {}


def test_arabic_days_with_no_number_or_counted_from_an_event_are_no_dates() -> None:
    text = "سجلت خلال الأيام الماضية، وسط توقعات بارتفاع في الأيام المقبلة. وإن لم تدفع خلال يومين سنضطر للتصعيد."
    assert values(text, "ar", "2020-05-10") == {}


def test_a_month_named_twice_in_arabic_is_one_date() -> None:
    found = values("أمر في 18 أيار/مايو الحكومة، منذ كانون الأول/ديسمبر الماضي.", "ar", "2020-05-23")
    assert found == {"في 18 أيار/مايو": "2020-05-18", "منذ كانون الأول/ديسمبر الماضي": "2019-12-01/2019-12-31"}
    # A span of days keeps its value when its month is named again.
    found = values("سيقام في الفترة من العاشر إلى الثاني عشر من آذار/ مارس.", "ar", "2020-03-05")
    assert list(found.values()) == ["2020-03-10/2020-03-12"]


def test_turkish_relative_days_with_case_endings_and_year_first_months() -> None:
    found = values("Bankalar yarından itibaren, dünden beri ve bugünden başlayarak açık.", "tr", "2020-03-31")
    assert found == {"yarından": "2020-04-01", "dünden": "2020-03-30", "bugünden": "2020-03-31"}
    assert values("Bugüne kadar 1 İHA düşürüldü.", "tr", "2020-03-31") == {}  # "so far", no day
    assert values("HSK'de 2014 yılı Ekim ayında işbaşına geldi.", "tr", "2020-01-24") == {
        "2014 yılı Ekim": "2014-10-01/2014-10-31"
    }
    # The year that closes a month is not the next month's: "from October 2019 to April 2020".
    found = values("İhracatın başladığı Ekim 2019'dan Nisan 2020'ye kadar", "tr", "2020-05-01")
    assert found == {"Ekim 2019": "2019-10-01/2019-10-31", "Nisan 2020": "2020-04-01/2020-04-30"}


def test_turkish_days_counted_from_an_event_are_no_dates_and_the_future_tense_moves_a_weekday() -> None:
    assert values("Sönmez, 3 gün sonra yoğun bakımdan çıkarıldı. Ama 3-5 gün sonra pozitif çıkabilir.", "tr") == {}
    assert values("OPEC+ Grubu, Perşembe günü düzenlenmesi beklenen toplantıda", "tr", "2020-04-08") == {
        "Perşembe": "2020-04-09"
    }
    assert values("Bakan Perşembe günü açıkladı.", "tr", "2020-04-08") == {"Perşembe": "2020-04-02"}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("tr", "Son 3 ayda yaklaşık yüz işim iptal oldu.", "2020-02-15/2020-05-14"),
        ("tr", "geçtiğimiz beş yılda", "2015-05-15/2020-05-14"),
        ("it", "negli ultimi tre mesi", "2020-02-15/2020-05-14"),
        ("ru", "за последние 10 лет", "2010-05-15/2020-05-14"),
        ("pl", "w ciągu ostatnich trzech miesięcy", "2020-02-15/2020-05-14"),
        ("pl", "w ostatnich 5 latach", "2015-05-15/2020-05-14"),
        # One unit with no count: the last 24 hours are the reference day.
        ("pl", "w ciągu ostatniego dnia", "2020-05-14"),
        ("pl", "w ciągu ostatniej doby", "2020-05-14"),
        ("pl", "przez ostatni tydzień", "2020-05-08/2020-05-14"),
        # The last N units of a named year end with that year.
        ("it", "per gli ultimi tre mesi del 2019.", "2019-10-01/2019-12-31"),
        ("en", "in the last two weeks of 2019,", "2019-12-18/2019-12-31"),
    ],
)
def test_the_last_n_units_end_on_the_reference_date(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-05-14").values()) == [value]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The virus will spread over the next two weeks.", "2020-03-29/2020-04-11"),
        ("tr", "Zamanla muhtemelen önümüzdeki 6 ay boyunca durumu gözden geçireceğiz.", "2020-03-29/2020-09-28"),
        # A range of counts reaches as far as its larger one.
        ("tr", "gelecek 2-3 gün içinde yağmur bekleniyor.", "2020-03-29/2020-03-31"),
        ("ar", "تنتظر السلطات تسجيل الإصابات خلال الـ 3 أيام المقبلة", "2020-03-29/2020-03-31"),
        ("de", "in den nächsten zwei Wochen", "2020-03-29/2020-04-11"),
        ("fr", "pendant les trois prochains mois", "2020-03-29/2020-06-28"),
        ("pl", "w ciągu najbliższych dwóch tygodni", "2020-03-29/2020-04-11"),
        ("ru", "в ближайшие две недели", "2020-03-29/2020-04-11"),
        ("zh", "未来3天", "2020-03-29/2020-03-31"),
    ],
)
def test_the_next_n_units_start_on_the_reference_date(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-03-29").values()) == [value]


def test_turkish_months_with_a_case_ending_and_no_apostrophe() -> None:
    text = "Termometreler Ağustosta gelecek. UEFA ligleri temmuzda bitirecek. 31 Martta yapılan seçimler."
    assert values(text, "tr", "2020-05-23") == {
        "Ağustosta": "2020-08-01/2020-08-31",
        "temmuzda": "2020-07-01/2020-07-31",
        "31 Martta": "2020-03-31",
    }
    # "ocak" (a quarry), "aralık" (an interval): months only capitalised or after a day.
    assert values("Taş ocakta çalışan işçiler bu aralıkta kaldı.", "tr", "2020-05-23") == {}


def test_arabic_indic_digits_and_the_year_a_day_belongs_to() -> None:
    # The parser reads Western digits only: the year in Arabic-Indic digits was lost, the day put in this year.
    assert values("وقع ذلك في 4 مايو ٢٠١٧", "ar", "2020-04-26") == {"في 4 مايو ٢٠١٧": "2017-05-04"}
    # A day and the year named after it ("of the year 2017"), or "of last year": one date.
    assert values("إعلان عدن التاريخي في الرابع من مايو من العام ٢٠١٧م", "ar", "2020-04-26") == {
        "في الرابع من مايو من العام ٢٠١٧": "2017-05-04"
    }
    assert values("في 15 يونيو من العام الماضي", "ar", "2020-04-26") == {"في 15 يونيو من العام الماضي": "2019-06-15"}


@pytest.mark.parametrize(
    ("language", "text", "reference", "value"),
    [
        # The first week of a month holds its first Thursday, as ISO weeks count a year.
        ("en", "from the third week of this month", "2020-01-01", "2020-01-13/2020-01-19"),
        ("it", "nella terza settimana di dicembre", "2019-12-31", "2019-12-16/2019-12-22"),
        ("en", "in the first week of March", "2020-02-10", "2020-03-02/2020-03-08"),
        ("fr", "la deuxième semaine de janvier", "2019-12-31", "2020-01-06/2020-01-12"),
    ],
)
def test_an_ordinal_week_of_a_month_counts_the_weeks_most_of_whose_days_it_holds(
    language: str, text: str, reference: str, value: str
) -> None:
    assert list(values(text, language, reference).values()) == [value]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "les écoles secondaires resteront fermées jusqu'en septembre.", "2020-09-01/2020-09-30"),
        ("de", "Áñez will bis August im Amt bleiben.", "2020-08-01/2020-08-31"),
        ("en", "Schools stay closed until September.", "2020-09-01/2020-09-30"),
        # A month just past stays past.
        ("en", "Until March, sales fell.", "2020-03-01/2020-03-31"),
    ],
)
def test_a_month_after_until_is_the_coming_one(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-04-27").values()) == [value]


def test_dates_inside_names_and_links_are_no_dates() -> None:
    assert values("wie die Bild am Sonntag berichtet, am Sonntag", "de", "2020-03-24") == {"am Sonntag": "2020-03-22"}
    assert values("من فريق اليوم السابع عبر خدمة واتس آب", "ar") == {}
    path = "photo -ireland/e5d1e/38825561.ece/AUTOCROP/h342/2020-01-01_new_55987915_I2 .JPG Correo"
    assert values(path, "es") == {}
    assert values("L.N.C. | 01/01/2020 La Cultural", "es") == {"01/01/2020": "2020-01-01"}
    # Chinese writes no spaces: a slash later in the sentence is no link.
    assert values("非洲代表将参加 6 月 19 日在莫斯科举行的会议。/TASS/。", "zh", "2020-06-01") == {
        "6 月 19 日": "2020-06-19"
    }


def test_scores_and_spanish_clock_times_are_no_dates() -> None:
    assert values("ganaron su tercer partido, 5-2 sobre los Senators, para poner el 4-2.", "es") == {}
    assert values("Sin embargo, a las 5 de la tarde, desde las siete de la mañana, ese número", "es") == {}
    assert values("4-5 Şubat'ta çığ düştü", "tr", "2020-03-01") == {"4-5 Şubat": "2020-02-04/2020-02-05"}


def test_polish_and_russian_parts_of_a_month_and_a_polish_day_of_may() -> None:
    found = values("miała miejsce 27 maja 2020 roku, a od początku kwietnia i pod koniec marca", "pl", "2020-05-28")
    assert found == {
        "27 maja 2020 roku": "2020-05-27",
        "od początku kwietnia": "2020-04-01/2020-04-10",
        "pod koniec marca": "2020-03-21/2020-03-31",
    }
    assert values("в начале марта", "ru", "2020-05-28") == {"в начале марта": "2020-03-01/2020-03-10"}


def test_austrian_january_and_arabic_tomorrow_and_two_days_ago() -> None:
    assert values("Finale am 25. Jänner entscheidet", "de", "2020-01-02") == {"am 25. Jänner": "2020-01-25"}
    found = values("إغلاق المبنى من غد الأربعاء، ودخلوا القرية قبل يومين.", "ar", "2020-03-24")
    assert found == {"غد الأربعاء": "2020-03-25", "قبل يومين": "2020-03-22"}
    assert values("وقت الغداء الأربعاء", "ar", "2020-03-24") == {"الأربعاء": "2020-03-18"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "over the past few years, they"),
        ("en", "A few weeks ago the editor wrote. In the coming days, he"),
        ("en", "Happy New Years!!"),
        ("es", "en los últimos días y en los próximos días"),
        ("de", "in den letzten Tagen und in den kommenden Wochen"),
        ("it", "nei prossimi giorni"),
        ("ru", "несколько недель назад"),
    ],
)
def test_days_to_years_with_no_number_are_vague_not_dates(language: str, text: str) -> None:
    assert values(text, language, "2020-01-15") == {}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "в следующем году", "2021-01-01/2021-12-31"),
        ("ru", "в будущем году", "2021-01-01/2021-12-31"),
        ("tr", "gelecek yıl", "2021-01-01/2021-12-31"),
        ("ar", "العام المقبل", "2021-01-01/2021-12-31"),
        ("zh", "明年", "2021-01-01/2021-12-31"),
        # "the next five years" count from the reference date's own year, as before.
        ("en", "over the next five years", "2020-01-01/2024-12-31"),
        ("de", "in diesem Jahr", "2020-01-01/2020-12-31"),
        ("de", "heuer", "2020-01-01/2020-12-31"),
        ("ru", "в этом году", "2020-01-01/2020-12-31"),
        ("ar", "خلال العام الجاري", "2020-01-01/2020-12-31"),
        ("ar", "الشهر الجاري", "2020-05-01/2020-05-31"),
        ("es", "en el año en curso", "2020-01-01/2020-12-31"),
        ("fr", "l'année en cours", "2020-01-01/2020-12-31"),
        ("it", "nell'anno in corso", "2020-01-01/2020-12-31"),
        ("ar", "نهاية العام الجاري", "2020-12-31"),
        ("ar", "حتى نهاية العام المقبل", "2021-12-31"),
    ],
)
def test_this_and_next_year_in_every_language(language: str, text: str, value: str) -> None:
    # "Next year" lies more than half a year ahead in May: it stays the year after all the same.
    assert list(values(text, language, "2020-05-04").values()) == [value]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "в марте", "2020-03-01/2020-03-31"),
        ("ru", "в марте 2019 года", "2019-03-01/2019-03-31"),
        ("ru", "1 марта 2020 года", "2020-03-01"),
        ("ru", "в первой половине 2020 года", "2020-01-01/2020-06-30"),
        ("ru", "в первом квартале 2020 года", "2020-01-01/2020-03-31"),
        ("ru", "послезавтра", "2020-05-08"),
        ("pl", "w pierwszym kwartale 2020 r.", "2020-01-01/2020-03-31"),
        ("pl", "W III kwartale 2019 r.", "2019-07-01/2019-09-30"),
        ("pl", "w pierwszej połowie 2020 roku", "2020-01-01/2020-06-30"),
        ("pl", "za trzy dni", "2020-05-09"),
        ("ar", "في النصف الأول من 2020", "2020-01-01/2020-06-30"),
        ("ar", "في التسعينيات", "1990-01-01/1999-12-31"),
        ("ar", "أمس الأول", "2020-05-04"),
        ("ar", "بعد غد", "2020-05-08"),
        ("tr", "1990'larda", "1990-01-01/1999-12-31"),
        ("tr", "evvelki gün", "2020-05-04"),
        ("it", "nella prima metà del 2020", "2020-01-01/2020-06-30"),
        ("it", "dopodomani", "2020-05-08"),
        ("it", "lunedì prossimo", "2020-05-11"),
        ("zh", "三天前", "2020-05-03"),
        ("zh", "3月初", "2020-03-01/2020-03-10"),
        ("zh", "3月底", "2020-03-21/2020-03-31"),
        ("zh", "2020年上半年", "2020-01-01/2020-06-30"),
        ("zh", "上世纪90年代", "1990-01-01/1999-12-31"),
        ("zh", "本周", "2020-05-04/2020-05-10"),
        ("zh", "流星雨将于本周末达到高峰", "2020-05-09/2020-05-10"),
    ],
)
def test_common_expressions_of_the_languages_the_parser_reads_least(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-05-06").values()) == [value]  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "until Friday", "2020-05-08"),
        ("fr", "jusqu'à vendredi", "2020-05-08"),
        ("de", "bis Freitag", "2020-05-08"),
        ("es", "hasta el viernes", "2020-05-08"),
        ("es", "a partir del lunes", "2020-05-11"),
        ("it", "a partire da lunedì", "2020-05-11"),
        ("es", "el 1º de mayo", "2020-05-01"),
        ("de", "vom 1. bis 3. März", "2020-03-01/2020-03-03"),
        ("es", "dentro de tres días", "2020-05-09"),
        ("en", "Q4 2019 earnings", "2019-10-01/2019-12-31"),
        ("en", "earlier this year", "2020-01-01/2020-05-06"),
        ("fr", "Plus tôt cette année", "2020-01-01/2020-05-06"),
        ("es", "en lo que va del año", "2020-01-01/2020-05-06"),
        ("de", "seit Jahresbeginn", "2020-01-01/2020-05-06"),
        ("tr", "yılbaşından bu yana", "2020-01-01/2020-05-06"),
        ("ar", "منذ بداية العام الجاري", "2020-01-01/2020-05-06"),
        # On a Wednesday, a weekend said with no tense is the last one (the guideline: "ce week-end" on a Monday).
        ("fr", "ce week-end", "2020-05-02/2020-05-03"),
    ],
)
def test_until_a_weekday_one_month_spans_and_the_year_so_far(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-05-06").values()) == [value]  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "depuis mi-2018", "2018-05-01/2018-08-31"),
        ("en", "in early 2019", "2019-01-01/2019-04-30"),
        ("de", "Anfang 2019", "2019-01-01/2019-04-30"),
        ("fr", "en début d'année", "2020-01-01/2020-04-30"),
        ("ar", "في مطلع العام", "2020-01-01/2020-04-30"),
        ("ru", "в середине 2019 года", "2019-05-01/2019-08-31"),
        ("fr", "fin 2019", "2019-12-31"),
        ("de", "heute Morgen", "2020-05-06"),
        ("de", "gestern Abend", "2020-05-05"),
    ],
)
def test_the_early_and_middle_thirds_of_a_year_and_days_with_their_part(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-05-06").values()) == [value]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("pl", "w marcu ubiegłego roku", "2019-03-01/2019-03-31"),
        ("pl", "4 listopada tego roku", "2020-11-04"),
        ("pl", "W najbliższą niedzielę, 31 maja", "2020-05-31"),
        ("pl", "W poniedziałek, 4 maja", "2020-05-04"),
        ("pl", "Głosowanie potrwa do piątku", "2020-05-08"),
        ("pl", "Wyniki będą znane w czwartek.", "2020-05-07"),
        ("pl", "do końca roku", "2020-12-31"),
        ("pl", "pod koniec zeszłego roku", "2019-12-31"),
        ("pl", "w latach 2018-2019", "2018-01-01/2019-12-31"),
        ("pl", "w ten weekend", "2020-05-02/2020-05-03"),
        ("pl", "na ten rok", "2020-01-01/2020-12-31"),
        ("pl", "od początku tego roku", "2020-01-01/2020-05-06"),
        ("pl", "do końca marca", "2020-03-21/2020-03-31"),
        ("pl", "zeszłej nocy", "2020-05-05"),
        ("pl", "przed tygodniem", "2020-04-29"),
        ("pl", "przed rokiem", "2019-01-01/2019-12-31"),
        ("pl", "na początku przyszłego miesiąca", "2020-06-01/2020-06-10"),
        ("pl", "w I połowie 2020 r.", "2020-01-01/2020-06-30"),
        ("pl", "w II półroczu", "2020-07-01/2020-12-31"),
        ("tr", "yılbaşında", "2020-01-01"),
        ("tr", "yılbaşı gecesi", "2019-12-31"),
    ],
)
def test_polish_years_by_their_words_weekdays_with_days_tense_and_weekends(
    language: str, text: str, value: str
) -> None:
    assert list(values(text, language, "2020-05-06").values()) == [value]  # a Wednesday


def test_plural_weekends_passing_days_and_clock_times_are_no_dates() -> None:
    assert values("Następujące weekendy w weekendy", "pl", "2020-05-06") == {}
    assert values("tarım her geçen gün düşüyor, rapor yaklaşık 1 ay içinde hazırlanacak", "tr", "2020-05-06") == {}
    assert values("около 1:10 утра группа полиции", "ru", "2020-05-06") == {}
    assert values("kilka dni temu", "pl", "2020-05-06") == {}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "проходит с 26 декабря по 1 января.", ["2019-12-26/2020-01-01"]),
        ("ru", "с 2018 по 2020 год", ["2018-01-01/2020-12-31"]),
        ("pl", "od 1 do 3 marca", ["2020-03-01/2020-03-03"]),
        ("pl", "od 2018 do 2020 roku", ["2018-01-01/2020-12-31"]),
        ("fr", "du 1er au 3 mars", ["2020-03-01/2020-03-03"]),
        # Two whole dates joined by "and" are two dates, as the guideline says.
        ("en", "broke the curfew between May 1 and May 3, the", ["2020-05-01", "2020-05-03"]),
        ("es", "entre el 1 y el 3 de mayo", ["2020-05-01/2020-05-03"]),
        ("es", "entre 2019 y el 30 de diciembre", ["2019-01-01/2019-12-29"]),
    ],
)
def test_ranges_written_as_one_are_one_date(language: str, text: str, value: list[str]) -> None:
    assert [d.value for d in find_dates(text, language, "2019-12-27" if language == "ru" else "2020-05-04")] == value


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ar", "قبل ثلاثة أعوام", "2017-01-01/2017-12-31"),
        ("ar", "قبل 3 أشهر", "2020-02-01/2020-02-29"),
        ("ar", "قبل عام", "2019-01-01/2019-12-31"),
        ("ar", "قبل شهر", "2020-04-01/2020-04-30"),
        ("ar", "الجمعة المقبل", "2020-05-08"),
        ("ar", "في أبريل المقبل", "2021-04-01/2021-04-30"),
        ("ar", "بحلول نهاية سبتمبر المقبل", "2020-09-21/2020-09-30"),
        ("fr", "le 3 mars prochain", "2021-03-03"),
        ("ar", "حتى عام 2030", "2030-01-01/2030-12-31"),
        ("en", "until 2030", "2030-01-01/2030-12-31"),
        ("ar", "مطلع الشهر الجاري", "2020-05-01/2020-05-10"),
        ("ar", "أواخر الشهر الماضي", "2020-04-21/2020-04-30"),
        ("ar", "من عام 2019", "2019-01-01/2019-12-31"),
        ("ar", "في النصف الأول من عام 2019", "2019-01-01/2019-06-30"),
        ("ar", "في النصف الثاني من العام", "2020-07-01/2020-12-31"),
        ("de", "im zweiten Halbjahr", "2020-07-01/2020-12-31"),
        ("en", "in the first half of the year", "2020-01-01/2020-06-30"),
    ],
)
def test_arabic_counts_back_next_months_until_a_year_parts_and_halves(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-05-06").values()) == [value]


def test_september_in_arabic_holds_no_saturday() -> None:
    # "سبتمبر" (September) holds "سبت" (Saturday): read as a weekday, it sent the day to a year where it fell on one.
    assert values("في 30 سبتمبر 2020", "ar", "2020-04-15") == {"في 30 سبتمبر 2020": "2020-09-30"}
    assert values("في نهاية سبتمبر", "ar", "2020-04-15") == {"في نهاية سبتمبر": "2019-09-21/2019-09-30"}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "Встреча состоится в пятницу.", "2020-05-08"),
        ("ru", "Он заявил в пятницу.", "2020-05-01"),
        ("ar", "سيعقد الاجتماع يوم الجمعة", "2020-05-08"),
        ("ar", "قال يوم الجمعة", "2020-05-01"),
        ("zh", "会议将于周五举行", "2020-05-08"),
        ("zh", "马克龙周二在演讲中表示，他预计政府将迅速达成妥协", "2020-05-05"),
    ],
)
def test_the_tense_of_a_weekdays_clause_in_russian_arabic_and_chinese(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-05-06").values()) == [value]  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "in May of last year", "2019-05-01/2019-05-31"),
        ("fr", "en mai de l'année dernière", "2019-05-01/2019-05-31"),
        ("it", "a maggio dell'anno scorso", "2019-05-01/2019-05-31"),
        ("ru", "в мае прошлого года", "2019-05-01/2019-05-31"),
        ("ru", "месяц назад", "2020-05-01/2020-05-31"),
        ("it", "un anno fa", "2019-01-01/2019-12-31"),
        ("ru", "в конце прошлого года", "2019-12-31"),
        ("it", "alla fine dell'anno scorso", "2019-12-31"),
        ("ru", "в эти выходные", "2020-06-06/2020-06-07"),  # the weekend the reference day is in
        ("ru", "в 90-е годы", "1990-01-01/1999-12-31"),
        ("it", "stamattina", "2020-06-06"),
    ],
)
def test_of_last_year_after_a_month_and_more_russian_and_italian(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-06-06").values()) == [value]  # a Saturday


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "by the end of the month", "2020-05-21/2020-05-31"),
        ("fr", "d'ici la fin du mois", "2020-05-21/2020-05-31"),
        ("de", "bis Ende des Monats", "2020-05-21/2020-05-31"),
        ("es", "a finales de mes", "2020-05-21/2020-05-31"),
        ("ru", "в конце месяца", "2020-05-21/2020-05-31"),
        ("en", "early next year", "2021-01-01/2021-04-30"),
        ("fr", "début de l'année prochaine", "2021-01-01/2021-04-30"),
        ("en", "31/12/2019", "2019-12-31"),
        ("fr", "courant mai", "2020-05-01/2020-05-31"),
    ],
)
def test_month_ends_next_years_thirds_and_days_only_the_day_can_open(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-05-06").values()) == [value]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "on Thanksgiving Day", "2019-11-28"),  # the parser put it on a Tuesday
        ("en", "on Martin Luther King Jr. Day", "2020-01-20"),
        ("en", "on Memorial Day", "2020-05-25"),
        ("en", "on Black Friday", "2019-11-29"),
        ("en", "during Chinese New Year", "2020-01-25"),
        ("zh", "春节期间", "2020-01-25"),
        ("zh", "除夕夜", "2020-01-24"),
        ("fr", "pour le Nouvel An chinois", "2020-01-25"),
        ("de", "am Muttertag", "2020-05-10"),
        ("ru", "в День Победы", "2020-05-09"),
        ("tr", "Babalar Günü sensiz geçti", "2020-06-21"),
        ("pl", "na Boże Ciało", "2020-06-11"),
        ("it", "a Ferragosto", "2020-08-15"),
    ],
)
def test_holidays_by_rule_weekday_and_lunar_calendar(language: str, text: str, value: str) -> None:
    assert list(values(text, language, "2020-05-06").values()) == [value]


def test_a_holiday_word_naming_a_thing_is_no_date() -> None:
    assert values("Thanksgiving dinner was late.", "en", "2020-05-06") == {}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("zh", "本周五", "2020-05-08"),
        ("zh", "下周五", "2020-05-15"),
        ("zh", "上周五", "2020-05-01"),
        ("zh", "今晨", "2020-05-06"),
        ("zh", "前年", "2018-01-01/2018-12-31"),
        ("zh", "2019年底", "2019-12-31"),
        ("zh", "去年年底", "2019-12-31"),
        ("zh", "两周前", "2020-04-22"),
        ("zh", "2020年第一季度", "2020-01-01/2020-03-31"),
        ("zh", "1月至3月", "2020-01-01/2020-03-31"),
        ("zh", "3月1日至3日", "2020-03-01/2020-03-03"),
        ("tr", "bu yılın sonunda", "2020-12-31"),
        ("tr", "bir ay önce", "2020-04-01/2020-04-30"),
        ("tr", "2020'nin ilk çeyreğinde", "2020-01-01/2020-03-31"),
    ],
)
def test_chinese_weeks_years_quarters_ranges_and_turkish_ends_and_quarters(
    language: str, text: str, value: str
) -> None:
    assert list(values(text, language, "2020-05-06").values()) == [value]  # a Wednesday


def test_chinese_years_later_count_from_an_event_not_from_now() -> None:
    assert values("在我读了他们的上一本书四年后", "zh", "2020-05-06") == {}


def test_arabic_ramadan_as_a_name_days_with_no_number_and_reference_numbers_are_no_dates() -> None:
    assert values("محمد رمضان يوضح حقيقة الأمر", "ar", "2020-06-01") == {}
    assert values("خلال شهر رمضان", "ar", "2020-06-01") == {"خلال شهر رمضان": "2020-04-24/2020-05-23"}
    # "During the month of Ramadan" is the month, not its first day (the parser reads "خلال شهر" as a month)
    assert values("خلال شهر رمضان المبارك", "ar", "2020-04-18") == {"خلال شهر رمضان": "2020-04-24/2020-05-23"}
    assert values("إيمان متكلمتش من يوم حفل الزفاف، لمدة عام واحد", "ar", "2020-06-01") == {}
    assert values("المواصفة القياسية المصرية رقم 8322/2020 أحكام", "ar", "2020-06-01") == {}


def test_a_year_after_a_months_second_name_is_the_days() -> None:
    found = values("بين 24 تموز/يوليو والتاسع من آب/أغسطس 2020، وسط", "ar", "2020-03-24")
    assert found["التاسع من آب/أغسطس 2020"] == "2020-08-09"


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ar", "الألعاب الأولمبية الصيف المقبل في طوكيو", "2020-06-01/2020-08-31"),
        ("ar", "في الشتاء الماضي", "2019-12-01/2020-02-29"),
        ("ru", "этим летом", "2020-06-01/2020-08-31"),
        ("tr", "geçen kış", "2019-12-01/2020-02-29"),
        ("pl", "tego lata", "2020-06-01/2020-08-31"),
        ("zh", "去年冬天", "2019-12-01/2020-02-29"),
        ("ar", "وتستمر فوق المملكة حتى مساء الأحد", "2020-03-29"),
    ],
)
def test_seasons_placed_by_a_modifier_in_the_languages_the_parser_reads_least(
    language: str, text: str, value: str
) -> None:
    assert list(values(text, language, "2020-03-24").values()) == [value]


def test_a_season_named_alone_is_still_no_date() -> None:
    assert values("في الصيف", "ar", "2020-03-24") == {}
    assert values("летом", "ru", "2020-03-24") == {}
    assert values("Eğer bu yazıyı okuyorsan dışarıdasın", "tr", "2020-03-24") == {}


def test_the_first_half_of_a_game_is_no_date() -> None:
    assert values("in the first half of the game", "en") == {}


def test_a_car_model_is_no_quarter() -> None:
    assert values("The Audi Q3 is", "en") == {}


def test_a_year_glued_to_letters_names_a_thing() -> None:
    for language in ("pl", "en", "fr"):
        assert values("wirus 2019-nCoV zabił", language) == {}


def test_days_written_in_full_that_the_parser_misreads() -> None:
    # An English date in a Turkish or Arabic text, a day with a two-digit year, a Turkish clock time.
    found = values("Olay 26.1.20 tarihinde oldu. March 30, 2020 açıklandı. Saat 12.00 idi.", "tr", "2020-04-02")
    assert found == {"26.1.20": "2020-01-26", "March 30, 2020": "2020-03-30"}
    assert values("أعلن في March 25, 2020 ذلك.", "ar", "2020-04-02") == {"March 25, 2020": "2020-03-25"}


def test_a_dotted_numeric_date_is_its_day_in_every_language() -> None:
    assert values("Annonce conformément à l'article 121 AktG 20.05.2020 / 15:06", "fr") == {"20.05.2020": "2020-05-20"}
    assert values("Son Güncelleme: 02.01.2020", "tr") == {"02.01.2020": "2020-01-02"}


def test_a_spanish_span_of_years_ends_with_its_last_year() -> None:
    found = values("El pronóstico (2020-2025) y el mandato de 2023 a 2028.", "es")
    assert set(found.values()) == {"2020-01-01/2025-12-31", "2023-01-01/2028-12-31"}
    # Must not change: the English parser's exclusive end already gives the whole last year.
    assert list(values("Between 2019 and 2021 it grew.", "en").values()) == ["2019-01-01/2021-12-31"]


def test_french_sept_alone_is_the_number_not_september() -> None:
    assert values("Il y a sept personnes dans la salle.", "fr") == {}
    assert list(values("Le 7 sept. 2019 il pleuvait.", "fr").values()) == ["2019-09-07"]


def test_a_weekday_with_a_yearless_date_picks_the_year_where_they_agree() -> None:
    # Monday 5 March: 2018 is the most recent year up to 2022 where 5 March is a Monday.
    assert values("el lunes 5 de marzo", "es") == {"el lunes 5 de marzo": "2018-03-05"}
    assert resolve_weekday_date(2, 1, 1, date(2022, 3, 10)) == date(2022, 2, 1)
    assert resolve_weekday_date(2, 31, 1, date(2022, 3, 10)) is None


def test_next_weekday_lies_after_the_reference() -> None:
    assert list(values("Die Regeln gelten ab kommendem Montag.", "de").values()) == ["2022-03-14"]
    assert list(values("The talks resume next Tuesday.", "en").values()) == ["2022-03-15"]


def test_a_yearless_date_is_put_in_the_nearest_year_past_preferred() -> None:
    assert nearest_year(12, 5, date(2022, 3, 10)) == date(2021, 12, 5)
    assert nearest_year(4, 20, date(2022, 3, 10)) == date(2022, 4, 20)
    assert values("It was signed on December 5.", "en") == {"on December 5": "2021-12-05"}


def test_most_recent_weekday_includes_the_reference_day() -> None:
    assert most_recent_weekday(3, date(2022, 3, 10)) == date(2022, 3, 10)
    assert most_recent_weekday(4, date(2022, 3, 10)) == date(2022, 3, 4)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The flight lasted 3 hours and landed at 5 pm."),
        ("fr", "Le bâtiment a été rénové à 15h."),  # "été" is the verb here, not summer
        ("en", "Tickets cost 2000 $ each."),
        ("en", "Over the years the first ones left."),
    ],
)
def test_times_durations_amounts_and_bare_units_are_not_dates(language: str, text: str) -> None:
    assert find_dates(text, language, REFERENCE) == ()


def test_bare_years_and_month_year_forms_are_whole_periods() -> None:
    found = values("After a tough 2019, the issue 4/2020 sold out.", "en")
    assert found["2019"] == "2019-01-01/2019-12-31"
    assert found["4/2020"] == "2020-04-01/2020-04-30"


def test_offsets_point_at_the_mention_in_the_text() -> None:
    text = "Intro.\n\nLe 14 mars 2020, l'expert a parlé."
    (mention,) = find_dates(text, "fr", REFERENCE)
    assert text[mention.start : mention.end] == mention.text == "Le 14 mars 2020"


def test_unknown_language_still_reads_iso_and_numeric_dates() -> None:
    assert values("Besluit van 2021-05-04 en 12.02.2021.", "nl") == {
        "2021-05-04": "2021-05-04",
        "12.02.2021": "2021-02-12",
    }


def test_empty_text_and_bad_reference_do_not_fail() -> None:
    assert find_dates("", "en", REFERENCE) == ()
    assert find_dates("It rained yesterday.", "en", "not a date")  # falls back to today


def test_arabic_windows_that_kill_duckling_do_not_kill_the_caller() -> None:
    # These end a window the way that made Duckling's runtime exit the whole process.
    for text in ("معرض القاهرة الدولي للكتاب هذا العام بالمجان.", "صفر إصابات بـ “كورونا” لليوم العشرين "):
        assert isinstance(find_dates(text, "ar", REFERENCE), tuple)
    assert values("وصل أمس إلى القاهرة", "ar") == {"أمس": "2022-03-09"}


def test_long_paragraphs_are_processed() -> None:
    text = ("The committee met again to discuss the budget of the city. " * 400) + "It voted on Tuesday."
    found = find_dates(text, "en", REFERENCE)
    assert [d.value for d in found] == ["2022-03-08"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet=st.sampled_from(list("abc 0123456789.,/-:\n«»“”' MarsTuesdayلامسأ年月日")), max_size=300),
    language=st.sampled_from(["en", "fr", "de", "es", "pl", "ar", "zh", "nl"]),
)
def test_never_fails_and_offsets_stay_inside_the_text(text: str, language: str) -> None:
    for mention in find_dates(text, language, REFERENCE):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        first = mention.value.split("/")[0]
        assert date.fromisoformat(first)


def test_gold_files_reference_offsets_not_texts(read_gold) -> None:  # type: ignore[no-untyped-def]
    records = read_gold("dates")
    assert {r["language"] for r in records} >= {"en", "fr", "de", "es", "pl", "tr", "ar"}
    for record in records:
        assert set(record) == {"pair_id", "text", "text_sha1", "language", "reference_date", "reference_basis", "dates"}
        date.fromisoformat(record["reference_date"])
        for mention in record["dates"]:
            assert mention["end"] - mention["start"] == len(mention["surface"])


def test_gold_offsets_match_the_shared_articles(shared_texts_by_sha1, read_gold) -> None:  # type: ignore[no-untyped-def]
    for record in read_gold("dates"):
        text = shared_texts_by_sha1[record["text_sha1"]]
        for mention in record["dates"]:
            assert text[mention["start"] : mention["end"]] == mention["surface"]


def test_second_date_annotations_cover_the_same_texts_and_reference_dates(gold_dir, shared_texts_by_sha1) -> None:  # type: ignore[no-untyped-def]
    # bench/agreement_dates.py compares them article by article: the same articles, texts, reference dates and
    # valid spans.
    folder = gold_dir / "dates"
    seconds = sorted((folder / "second").glob("*.jsonl"))
    assert seconds
    for path in seconds:
        first = [json.loads(line) for line in (folder / path.name).read_text(encoding="utf-8").splitlines() if line]
        second = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        assert [(r["pair_id"], r["text"], r["text_sha1"], r["reference_date"]) for r in second] == [
            (r["pair_id"], r["text"], r["text_sha1"], r["reference_date"]) for r in first
        ]
        for record in second:
            text = shared_texts_by_sha1[record["text_sha1"]]
            for mention in record["dates"]:
                assert text[mention["start"] : mention["end"]] == mention["surface"]
                date.fromisoformat(mention["value"].split("/")[0])


def test_a_match_running_into_the_end_of_the_text_stays_inside_it() -> None:
    # Duckling once read "0a" plus the " ." the parser appends as a time: its span ran past the text.
    for language in ("zh", "en", "fr"):
        for mention in find_dates("0a", language, REFERENCE):
            assert 0 <= mention.start < mention.end <= 2


@pytest.mark.parametrize(
    ("language", "text", "year"),
    [
        ("pl", "W stulecie bitwy warszawskiej 1920 roku przypomnimy zmagania.", "1920"),
        ("ru", "Праздник Победы 1945 года.", "1945"),
        ("tr", "Kamyon 1957 yılında üretildi.", "1957"),
        ("en", "It was founded in the year 1920.", "1920"),
    ],
)
def test_a_year_before_1950_named_as_a_year_by_a_word_beside_it(language: str, text: str, year: str) -> None:
    assert set(values(text, language, "2019-12-31").values()) == {f"{year}-01-01/{year}-12-31"}


def test_a_number_before_1950_alone_is_no_year() -> None:
    assert values("Some 1920 people died and 1850 were hurt.", "en", "2019-12-31") == {}


@pytest.mark.parametrize(
    ("language", "text", "reference", "expected"),
    [
        ("pl", "Co nas czeka od pierwszego stycznia?", "2019-12-31", {"pierwszego stycznia": "2020-01-01"}),
        (
            "pl",
            "Nowe prawo wejdzie w życie dwudziestego trzeciego marca.",
            "2020-03-01",
            {"dwudziestego trzeciego marca": "2020-03-23"},
        ),
        ("pl", "Przypomnimy losy świata sto lat temu.", "2019-12-31", {"sto lat temu": "1919-01-01/1919-12-31"}),
        ("pl", "Tegoroczne decyzje wzmocniły bezpieczeństwo.", "2019-12-31", {"Tegoroczne": "2019-01-01/2019-12-31"}),
        ("pl", "Papież w sylwestrowy wieczór spotkał wiernych.", "2020-01-08", {"w sylwestrowy wieczór": "2019-12-31"}),
        ("ar", "يحتفل المصريون بأعياد شم النسيم.", "2020-04-16", {"شم النسيم": "2020-04-20"}),
        ("ar", "علق الاتحاد النشاط اعتبارًا من الاثنين قبل الماضي.", "2020-03-24", {"الاثنين قبل الماضي": "2020-03-16"}),
        ("ar", "وشهد كوبري أكتوبر كثافات مرورية في مدينة 6 أكتوبر.", "2020-01-14", {}),
    ],
)
def test_polish_and_arabic_words_for_days_years_and_holidays(
    language: str, text: str, reference: str, expected: dict[str, str]
) -> None:
    assert values(text, language, reference) == expected


def test_a_polish_plural_unit_ago_without_a_count_read_is_no_date() -> None:
    assert values("Stało się to trzysta lat temu.", "pl", "2019-12-31") == {}


def test_spanish_end_of_year_and_the_morning_of_a_day() -> None:
    assert values("Celebran las Fiestas de Fin de Año separados por el muro.", "es", "2019-12-31") == {
        "Fin de Año": "2019-12-31"
    }
    # "La mañana de" is the morning of the day named, not tomorrow
    got = values("La reunión se prolongó hasta la mañana de este 1 de enero.", "es", "2020-01-01")
    assert set(got.values()) == {"2020-01-01"}
    assert values("Mañana llegará el frío.", "es", "2020-01-01") == {"Mañana": "2020-01-02"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Вот лица преступников за решеткой в течение последнего месяца.", "2019-12-02/2020-01-01"),
        ("Протесты шли в течение последних шести месяцев.", "2019-07-02/2020-01-01"),
        ("Цены выросли за последнюю неделю.", "2019-12-26/2020-01-01"),
    ],
)
def test_russian_last_units_in_the_genitive_and_the_singular(text: str, value: str) -> None:
    assert set(values(text, "ru", "2020-01-01").values()) == {value}


def test_a_copyright_line_is_no_date() -> None:
    assert values("Copyright 2020 The Associated Press. All rights reserved.", "en", "2020-01-01") == {}
    assert values("Copyright © 2018-2020 Le Monde", "fr", "2020-01-01") == {}
    assert set(values("En 2020, les ventes ont augmenté.", "fr", "2020-01-01").values()) == {"2020-01-01/2020-12-31"}


def test_italian_futures_in_ra_and_the_austrian_mit_montag_look_ahead() -> None:
    got = values("Probabilmente farà una prima apparizione in tribunale giovedì o venerdì.", "it", "2020-01-01")
    assert got == {"giovedì": "2020-01-02", "venerdì": "2020-01-03"}
    # Written on Saturday 14 March 2020
    assert values("Mit Montag ist der Ankauf von Schrott eingestellt.", "de", "2020-03-14") == {"Montag": "2020-03-16"}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("it", "MILANO, 30 dic (Reuters) - La maggior parte dei mercati è debole.", "2019-12-30"),
        ("es", "MADRID, 30 dic (Reuters) - La bolsa cayó.", "2019-12-30"),
        ("pl", "WARSZAWA, 30 gru (Reuters) - Giełda spadła.", "2019-12-30"),
        ("ru", "МОСКВА, 30 дек (Рейтер) - Биржа упала.", "2019-12-30"),
        ("tr", "İSTANBUL, 30 Ara (Reuters) - Borsa düştü.", "2019-12-30"),
        ("it", "Il 5 gen. 2019 è arrivato.", "2019-01-05"),
    ],
)
def test_a_day_and_an_abbreviated_month_of_a_dateline(language: str, text: str, value: str) -> None:
    assert set(values(text, language, "2019-12-30").values()) == {value}


def test_days_after_an_event_or_a_run_of_days_are_no_date() -> None:
    assert values("Aramco è scivolato dello 0,1%, dopo due giorni di rialzo.", "it", "2019-12-30") == {}
    assert values("Stocks fell after two days of gains.", "en", "2019-12-30") == {}
    assert values("In two days, we will know.", "en", "2019-12-30") == {"In two days": "2020-01-01"}


@pytest.mark.parametrize(
    ("language", "text", "reference", "value"),
    [
        ("pl", "Styczniowa uchwała trzech Izb Sądu Najwyższego jest niezgodna.", "2020-04-20", "2020-01-01/2020-01-31"),
        ("pl", "W grudniowym raporcie resort podał dane.", "2020-04-20", "2019-12-01/2019-12-31"),
        ("it", "Le foto prima delle vacanze del capodanno lunare.", "2020-01-02", "2020-01-25"),
        ("ru", "Охранники затмили всех на праздновании Хогманай в Эдинбурге.", "2020-01-01", "2019-12-31"),
        ("ru", "В новогоднее утро полиция стреляет на набережной.", "2020-01-01", "2020-01-01"),
    ],
)
def test_month_adjectives_and_more_holidays(language: str, text: str, reference: str, value: str) -> None:
    assert set(values(text, language, reference).values()) == {value}


def test_look_alikes_of_winter_monday_and_clock_times_are_no_dates() -> None:
    # Case-blind matching reads the Turkish "ı" as "i": "kişi" (person) is no "kış" (winter)
    assert values("Bu kişi ayrıca tasarımında bir oyundan esinlendi.", "tr", "2020-03-23") == {}
    assert values("Bu kış çok soğuk geçti.", "tr", "2020-03-23") == {"Bu kış": "2019-12-01/2020-02-29"}
    assert values("20 yaş altı saat 11.00 - 15.00 arasında dışarı çıkabilecek.", "tr", "2020-05-25") == {}
    # "اثنين" alone is the number two
    assert values("تعمل على مسافة اثنين على التوالي", "ar", "2020-04-21") == {}


@pytest.mark.parametrize(
    ("language", "text", "reference", "value"),
    [
        ("pl", "Poród odbył się w święto Trzech Króli.", "2020-01-07", "2020-01-06"),
        ("pl", "W Wielką Sobotę sklepy mogą być czynne do godz. 14.", "2020-04-01", "2020-04-11"),
        ("de", "Am Aschermittwoch trafen sich die Parteien in Passau.", "2020-02-27", "2020-02-26"),
        ("it", "Il giorno della Befana i negozi restano aperti.", "2020-01-07", "2020-01-06"),
    ],
)
def test_epiphany_and_the_days_around_easter(language: str, text: str, reference: str, value: str) -> None:
    assert set(values(text, language, reference).values()) == {value}


def test_polish_sunday_trading_and_plural_sundays_are_no_dates() -> None:
    text = "Ustawa, która ogranicza niedzielny handel, daje nam siedem niedziel na zakupy."
    assert values(text, "pl", "2020-01-02") == {}


def test_a_russian_length_of_time_without_last_is_no_date() -> None:
    assert values("В течение шести месяцев люди в Гонконге протестовали.", "ru", "2020-01-01") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يتوقع الاقتصاديون سعر الصرف في نهاية هذا العام 2020.", {"في نهاية هذا العام 2020": "2020-12-31"}),
        ("تحيي نساء مصر والعالم في اليوم العالمي للمرأة.", {"في اليوم العالمي للمرأة": "2020-03-08"}),
        ('وقال رامز جلال: "النهاردة هروقك".', {"النهاردة": "2020-03-08"}),
        ("وهو اليوم الذي يصادف الذكرى السنوية.", {}),
    ],
)
def test_arabic_end_of_this_year_womens_day_colloquial_today(text: str, expected: dict[str, str]) -> None:
    assert values(text, "ar", "2020-03-08") == expected


def test_spanish_september_without_its_year_is_found() -> None:
    # The month's pattern read "se?tiembre", which matches "setiembre" but not "septiembre"
    assert values("El teléfono se lanzó el 5 de septiembre.", "es", "2020-02-10") == {
        "el 5 de septiembre": "2019-09-05"
    }
    got = values("Se lanzó por primera vez en septiembre del año pasado.", "es", "2020-02-10")
    assert set(got.values()) == {"2019-09-01/2019-09-30"}


@pytest.mark.parametrize(
    ("language", "text", "reference", "value"),
    [
        # The preterite says "this Sunday" is the one just past
        ("es", "El equipo jugó este domingo en La Granja.", "2020-02-10", "2020-02-09"),
        # The future verb is the weekday's; the past one reports it
        ("es", "AMLO reiteró al señalar que el miércoles realizará una ceremonia.", "2020-06-29", "2020-07-01"),
        ("en", "He said Monday he will resign.", "2020-01-08", "2020-01-06"),
        # Yesterday in the weekday's span keeps it past
        ("ar", "قالت الحكومة البريطانية أمس الجمعة إنها ستعفي الوافدين.", "2020-06-27", "2020-06-26"),
    ],
)
def test_the_tense_nearest_a_weekday_decides_it(language: str, text: str, reference: str, value: str) -> None:
    assert value in values(text, language, reference).values()


@pytest.mark.parametrize(
    ("language", "text", "reference", "value"),
    [
        ("pl", "Laureat zostanie ogłoszony na początku października w Oslo.", "2020-02-03", "2020-10-01/2020-10-10"),
        ("en", "If Trump loses re-election in November, will he step down?", "2020-03-15", "2020-11-01/2020-11-30"),
        ("en", "The festival took place in October.", "2020-02-03", "2019-10-01/2019-10-31"),
        # A day of the last weeks stays past, and so does a month after "since"
        (
            "en",
            "Haftar's troops, fighting since April, will halt their offensive.",
            "2020-01-01",
            "2019-04-01/2019-04-30",
        ),
    ],
)
def test_a_month_told_in_the_future_is_the_coming_one(language: str, text: str, reference: str, value: str) -> None:
    assert value in values(text, language, reference).values()
