"""The engine end to end: ingest, deduplication, stories, crash safety."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsprism.engine import Engine
from newsprism.errors import NotFoundError
from newsprism.records import Article

FLOOD_EN = Article(
    id="flood-en",
    title="Floods force thousands from their homes in Valdoria",
    text=(
        "Heavy rain caused the river Sarn to burst its banks in the town of Valdoria on Monday.\n\n"
        "About 3,000 residents were evacuated overnight, the regional governor Marta Ilves said.\n\n"
        "Emergency services rescued dozens of people trapped on rooftops."
    ),
    source="Daily Courier",
    published="2024-03-05T08:00:00+00:00",
)
FLOOD_FR = Article(
    id="flood-fr",
    title="Inondations : des milliers d'habitants évacués à Valdoria",
    text=(
        "Des pluies diluviennes ont fait déborder la rivière Sarn lundi dans la ville de Valdoria.\n\n"
        "Environ 3 000 habitants ont été évacués pendant la nuit, a indiqué la gouverneure régionale Marta Ilves.\n\n"
        "Les secours ont sauvé des dizaines de personnes réfugiées sur les toits."
    ),
    source="Le Quotidien",
    published="2024-03-05T09:30:00+00:00",
)
BUDGET_EN = Article(
    id="budget-en",
    title="Parliament approves new budget after long debate",
    text=(
        "Lawmakers passed the annual budget on Tuesday by a narrow margin.\n\n"
        "The finance minister said spending on schools would rise by four percent.\n\n"
        "Opposition parties criticised cuts to public transport."
    ),
    source="Daily Courier",
    published="2024-03-06T08:00:00+00:00",
)


@pytest.fixture
def engine(tmp_path):
    with Engine(tmp_path / "news.db") as engine:
        yield engine


def test_same_event_in_two_languages_is_one_story_and_other_news_is_not(engine):
    report = engine.add([FLOOD_EN, FLOOD_FR, BUDGET_EN])
    assert set(report.added) == {"flood-en", "flood-fr", "budget-en"}
    stories = {frozenset(s.article_ids) for s in engine.stories()}
    assert frozenset({"flood-en", "flood-fr"}) in stories
    assert frozenset({"budget-en"}) in stories


def test_reingesting_changes_nothing(engine):
    engine.add([FLOOD_EN, BUDGET_EN])
    before = [(s.id, s.article_ids) for s in engine.stories()]
    again = engine.add([FLOOD_EN, BUDGET_EN])
    assert again.added == ()
    assert set(again.unchanged) == {"flood-en", "budget-en"}
    assert [(s.id, s.article_ids) for s in engine.stories()] == before
    assert engine.store.article_count() == 2


def test_story_ids_are_stable_across_runs(tmp_path):
    ids = []
    for run in range(2):
        with Engine(tmp_path / f"r{run}.db") as engine:
            engine.add([FLOOD_EN, FLOOD_FR, BUDGET_EN])
            ids.append(sorted((s.id, s.article_ids) for s in engine.stories()))
    assert ids[0] == ids[1]


def test_unknown_ids_raise_not_found(engine):
    with pytest.raises(NotFoundError, match="E014"):
        engine.story("nope")
    with pytest.raises(NotFoundError, match="E015"):
        engine.article("nope")


def test_undeterminable_language_is_reported_and_skipped(engine):
    numbers = Article(id="digits", title="123 456", text="1234 5678 9012 3456 7890 1234 5678 9012 3456")
    report = engine.add([numbers, BUDGET_EN])
    assert report.added == ("budget-en",)
    assert len(report.issues) == 1
    assert "E019" in report.issues[0].reason


def test_index_is_rebuilt_when_its_file_is_lost(tmp_path):
    path = tmp_path / "news.db"
    with Engine(path) as engine:
        engine.add([FLOOD_EN])
    Path(str(path) + ".usearch").unlink()
    with Engine(path) as engine:
        engine.add([FLOOD_FR])
        assert {frozenset(s.article_ids) for s in engine.stories()} == {frozenset({"flood-en", "flood-fr"})}


def _synthetic_jsonl(path: Path, count: int) -> None:
    topics = [FLOOD_EN, FLOOD_FR, BUDGET_EN]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            base = topics[i % 3]
            record = {
                "id": f"n{i:04d}",
                "title": base.title,
                "text": f"{base.text}\n\nUpdate number {i}.",
                "published": base.published,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_store_and_rerun_finishes(tmp_path):
    source = tmp_path / "many.jsonl"
    _synthetic_jsonl(source, 400)
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "newsprism.cli", "--db", str(db), "ingest", str(source)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    count = 0
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as connection:
                    count = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0
            if count > 0:
                break
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be killed; raise the article count"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        unassigned = connection.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
        ).fetchone()[0]
    assert 0 < stored < 400
    assert unassigned == 0  # each committed article already has its story
    finished = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert finished.returncode == 0, finished.stderr
    with Engine(db) as engine:
        assert engine.store.article_count() == 400
        members = [a for s in engine.stories() for a in s.article_ids]
        assert len(members) == len(set(members)) == 400


def test_index_of_a_replaced_store_is_rebuilt(tmp_path):
    path = tmp_path / "news.db"
    with Engine(path) as engine:
        engine.add([FLOOD_EN, BUDGET_EN])
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)  # the store goes, its index file stays
    with Engine(path) as engine:
        engine.add([FLOOD_FR])
        assert len(engine.index) == 1
        assert [s.article_ids for s in engine.stories()] == [("flood-fr",)]
