"""Mention finders shared out to worker processes give exactly what the serial path gives."""

from __future__ import annotations

import time

import pytest

from newsprism.analyze.mention_worker import MentionWorker, SharedChunks
from newsprism.analyze.mentions import _MIN_PARALLEL, find_mentions_many
from newsprism.analyze.pipeline import Analyzer
from newsprism.config import Settings
from newsprism.records import Article

# Invented texts, one or two per language, with names, places, quotes and dates for every finder.
TEXTS: list[tuple[str, str]] = [
    (
        "en",
        'Prime Minister Jane Holloway met Chancellor Olaf Brenner in Berlin on Tuesday. "We agreed on the gas '
        'deal," Holloway told reporters. The talks, first planned for March 3, were moved after NATO asked.',
    ),
    (
        "en",
        "Storms hit the coast of Portugal last week. Lisbon mayor Rui Carvalho said on Friday that 300 homes "
        "were damaged. The Red Cross sent help from Madrid.",
    ),
    (
        "fr",
        "Le président Emmanuel Macron a reçu mardi 3 mars à l'Élysée la chancelière allemande. « Nous "
        "avançons ensemble », a déclaré Macron. L'OTAN se réunira à Bruxelles le 12 avril.",
    ),
    (
        "fr",
        "Selon la préfecture de Lyon, l'incendie a commencé dimanche soir. Le maire, Jean Dupuis, a dit que "
        "l'usine Michelin restera fermée jusqu'en juin.",
    ),
    (
        "es",
        "El presidente Pedro Sánchez viajó a México el lunes. «Es un acuerdo histórico», afirmó Sánchez ante "
        "la prensa en la capital. La ONU celebró el pacto firmado el 5 de mayo.",
    ),
    (
        "de",
        "Bundeskanzlerin Angela Merkel besuchte am Montag die Firma Siemens in München. „Wir brauchen mehr "
        "Tempo“, sagte Merkel. Die Reise nach Paris ist für den 4. Juli geplant.",
    ),
    (
        "pl",
        "Premier Mateusz Morawiecki spotkał się w Warszawie z prezydentem Ukrainy. „To ważny dzień”, "
        "powiedział Morawiecki we wtorek 3 marca.",
    ),
    (
        "tr",
        'Cumhurbaşkanı Recep Tayyip Erdoğan salı günü Ankara\'da konuştu. Erdoğan, "Yeni bir dönem başlıyor" '
        "dedi. Toplantı 3 Mart 2020 tarihinde yapıldı.",
    ),
    (
        "ar",
        "قال الرئيس عبد الفتاح السيسي يوم الثلاثاء في القاهرة إن مصر ستواصل دعم السودان. وأعلنت وزارة الصحة "
        "عن حملة جديدة في الإسكندرية.",
    ),
    ("it", "Il presidente Sergio Mattarella ha incontrato a Roma il sindaco di Milano martedì 3 marzo."),
]


def _batch(copies: int = 2) -> tuple[list[Article], list[str], list[str]]:
    """Enough articles for the batch to be shared out (each text twice, under another id)."""
    articles = [
        Article(id=f"a{i}-{copy}", title="", text=text, language=language)
        for copy in range(copies)
        for i, (language, text) in enumerate(TEXTS)
    ]
    return articles, [article.language for article in articles], ["2020-03-10"] * len(articles)


def test_worker_processes_give_the_serial_results() -> None:
    articles, languages, references = _batch()
    assert len(articles) >= _MIN_PARALLEL  # else no worker would be asked
    sentences = [()] * len(articles)
    serial = find_mentions_many(articles, languages, sentences, references, workers=0)
    parallel = find_mentions_many(articles, languages, sentences, references, workers=1)
    assert parallel == serial
    for finder in ("entities", "quotes", "dates", "places"):
        assert any(getattr(m, finder) for m in serial), finder


def test_a_worker_process_answers_a_chunk_as_the_caller_would() -> None:
    articles, languages, references = _batch(copies=1)
    sentences = [()] * len(articles)
    with_dates = find_mentions_many(articles, languages, sentences, references)
    without_dates = find_mentions_many(articles, languages, sentences, references, dates=[()] * len(articles))
    worker = MentionWorker()
    try:
        assert worker.call((articles, languages, references, True)) == with_dates
        assert worker.call((articles, languages, references, False)) == without_dates
    finally:
        worker.close()


def test_analyzer_results_do_not_depend_on_the_workers() -> None:
    articles, _, _ = _batch()
    alone = Analyzer(Settings(mention_workers=0))
    serial = alone.analyze_many(articles)
    parallel = Analyzer(Settings(mention_workers=1), encoder=alone.get_encoder()).analyze_many(articles)
    for a, b in zip(serial, parallel, strict=True):
        assert (a.entities, a.quotes, a.dates, a.places) == (b.entities, b.quotes, b.dates, b.places)


def test_a_failing_worker_gives_its_chunk_back() -> None:
    calls: list[int] = []

    def failing(chunk: int) -> int | None:
        calls.append(chunk)
        return None

    shared = SharedChunks(list(range(10)), lambda chunk: chunk * 2, [failing])
    assert shared.result() == [chunk * 2 for chunk in range(10)]
    assert len(calls) == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_shared_chunks_keep_their_order(workers: int) -> None:
    shared = SharedChunks(list(range(25)), lambda chunk: -chunk, [lambda chunk: -chunk] * workers)
    assert shared.result() == [-chunk for chunk in range(25)]


def test_a_failing_caller_stops_the_workers() -> None:
    taken: list[int] = []

    def slow(chunk: int) -> int:
        taken.append(chunk)
        time.sleep(0.002)
        return chunk

    def failing(chunk: int) -> int:
        raise ValueError(chunk)

    shared = SharedChunks(list(range(200)), failing, [slow])
    with pytest.raises(ValueError):
        shared.result()
    for thread in shared._threads:
        thread.join()
    assert len(taken) < 200
