from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from newsprism.errors import NewsprismError
from newsprism.store.sqlite import SCHEMA_VERSION, SQLiteStore
from tests.store.helpers import analysed, unit


@pytest.fixture
def store(tmp_path):
    s = SQLiteStore(tmp_path / "t.db")
    yield s
    s.close()


def test_new_store_is_migrated_to_current_schema_in_wal_mode(tmp_path):
    store = SQLiteStore(tmp_path / "t.db")
    assert store.schema_version == SCHEMA_VERSION
    mode = store._connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    store.close()


def test_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "t.db"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(NewsprismError, match="E017"):
        SQLiteStore(path)


def test_article_and_analysis_round_trip(store):
    item = analysed("a1", unit(1), published="2024-03-05T10:00:00+00:00")
    seq = store.add_article(item.article, item.analysis, "hash-a1")
    assert seq == 1
    (back,) = store.analyzed(["a1"])
    assert back.article == item.article
    assert back.analysis.entities == item.analysis.entities
    assert back.analysis.dates == item.analysis.dates
    assert back.analysis.sentences == item.analysis.sentences
    # float16 storage: cosine to the original stays ~1
    assert float(back.analysis.sentence_vectors[0] @ item.analysis.sentence_vectors[0]) > 0.999
    assert np.allclose(back.analysis.doc_vector, item.analysis.doc_vector)


def test_content_hash_and_id_are_unique(store):
    item = analysed("a1", unit(1))
    store.add_article(item.article, item.analysis, "h")
    assert store.has_content("h") == "a1"
    assert store.has_article("a1")
    other = analysed("a2", unit(2))
    with pytest.raises(sqlite3.IntegrityError):
        store.add_article(other.article, other.analysis, "h")
    assert store.article_count() == 1


def test_failed_batch_leaves_nothing_behind(store):
    item = analysed("a1", unit(1))
    with pytest.raises(RuntimeError), store.batch():
        store.add_article(item.article, item.analysis, "h1")
        store.assign("a1", "s1")
        raise RuntimeError("killed midway")
    assert store.article_count() == 0
    assert store.stories() == []


def test_stories_assign_merge_and_order(store):
    for i, story in [(1, "s1"), (2, "s1"), (3, "s2")]:
        item = analysed(f"a{i}", unit(i), published=f"2024-03-0{i}T00:00:00")
        store.add_article(item.article, item.analysis, f"h{i}")
        store.assign(item.article.id, story)
    store.set_story_title("s1", "First")
    listed = store.stories()
    assert [s.id for s in listed] == ["s1", "s2"]  # larger first
    assert listed[0].article_ids == ("a1", "a2")
    assert listed[0].title == "First"
    assert listed[0].first_published.startswith("2024-03-01")
    store.merge_stories("s1", "s2")
    assert store.story("s2") is None
    assert store.story_members("s1") == ["a1", "a2", "a3"]
    assert store.story_of(["a3"]) == {"a3": "s1"}


def test_full_text_search(store):
    item = analysed("a1", unit(1), text="The flood reached Valdoria on Monday.")
    store.add_article(item.article, item.analysis, "h1")
    other = analysed("a2", unit(2), text="Parliament voted the budget.")
    store.add_article(other.article, other.analysis, "h2")
    assert [a.id for a in store.articles(query="flood")] == ["a1"]
    assert [a.id for a in store.articles()] == ["a1", "a2"]


def test_with_languages_keeps_the_order_asked(store):
    for i in (1, 2):
        item = analysed(f"a{i}", unit(i))
        store.add_article(item.article, item.analysis, f"h{i}")
    pairs = store.with_languages(["a2", "missing", "a1"])
    assert [(article.id, language) for article, language in pairs] == [("a2", "en"), ("a1", "en")]
