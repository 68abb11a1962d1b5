"""The word tables every date rule reads: each language's months and weekdays must be found by all of them."""

from __future__ import annotations

import pytest

from newsprism.analyze import date_words

#: The twelve months and seven weekdays of each language, as news writes them (Polish months in the genitive).
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "zh": "星期一 星期二 星期三 星期四 星期五 星期六 星期日",
}


@pytest.mark.parametrize("language", sorted(MONTHS))
def test_every_month_is_a_month_and_a_trigger(language: str) -> None:
    # "se?tiembre" once matched "setiembre" but not "septiembre": no window around it reached the parser
    months, triggers = date_words.month_pattern(language), date_words.trigger_pattern(language)
    missed = [word for word in MONTHS[language].split() if not months.search(word) or not triggers.search(word)]
    assert missed == []


@pytest.mark.parametrize("language", sorted(WEEKDAYS))
def test_every_weekday_is_named_in_order_and_a_trigger(language: str) -> None:
    triggers = date_words.trigger_pattern(language)
    names = WEEKDAYS[language].split()
    assert [date_words.weekday_in(name, language) for name in names] == list(range(7))
    assert [name for name in names if not triggers.search(name)] == []
