from __future__ import annotations

import numpy as np

from newsprism.cluster import CosineJudge, OnlineClusterer, story_id_for
from newsprism.store.index import UsearchIndex
from newsprism.store.sqlite import SQLiteStore
from tests.store.helpers import analysed, near, unit


def _ingest(items, clusterer, store, index):
    assignments = []
    for n, item in enumerate(items, start=1):
        seq = store.add_article(item.article, item.analysis, f"h-{item.article.id}")
        assert seq == n
        index.add([seq], item.analysis.doc_vector[None, :])
        assignments.append(clusterer.assign(item, store, index))
    return assignments


def _topics():
    a, b = unit(100), unit(200)
    items = []
    for i in range(4):
        items.append(analysed(f"a{i}", near(a, i, 0.25), published="2024-03-05T10:00:00"))
        items.append(analysed(f"b{i}", near(b, 50 + i, 0.25), published="2024-03-05T11:00:00"))
    return items


def test_similar_articles_share_a_story_and_others_do_not(tmp_path):
    store = SQLiteStore(tmp_path / "t.db")
    clusterer = OnlineClusterer(CosineJudge(), threshold=2.0)
    assignments = _ingest(_topics(), clusterer, store, UsearchIndex())
    by_article = {x.article_id: x.story_id for x in assignments}
    assert len({by_article[f"a{i}"] for i in range(4)}) == 1
    assert len({by_article[f"b{i}"] for i in range(4)}) == 1
    assert by_article["a0"] != by_article["b0"]
    assert by_article["a0"] == story_id_for("a0")
    assert assignments[0].created
    assert not assignments[2].created


def test_time_window_keeps_distant_events_apart(tmp_path):
    store = SQLiteStore(tmp_path / "t.db")
    base = unit(7)
    items = [
        analysed("early", base, published="2024-01-01T00:00:00"),
        analysed("late", near(base, 3, 0.05), published="2024-02-15T00:00:00"),
    ]
    clusterer = OnlineClusterer(CosineJudge(), window_days=7)
    first, second = _ingest(items, clusterer, store, UsearchIndex())
    assert first.story_id != second.story_id


def test_same_input_order_gives_same_stories(tmp_path):
    runs = []
    for run in range(2):
        store = SQLiteStore(tmp_path / f"r{run}.db")
        assignments = _ingest(_topics(), OnlineClusterer(CosineJudge()), store, UsearchIndex())
        runs.append([(x.article_id, x.story_id) for x in assignments])
    assert runs[0] == runs[1]


class _CountingJudge(CosineJudge):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def overall(self, a, b):
        self.calls += 1
        return super().overall(a, b)


def test_judgements_per_article_are_bounded_by_candidates(tmp_path):
    store = SQLiteStore(tmp_path / "t.db")
    index = UsearchIndex()
    judge = _CountingJudge()
    clusterer = OnlineClusterer(judge, candidates=5, link_members=2)
    rng = np.random.default_rng(0)
    centres = [unit(1000 + k) for k in range(30)]
    items = [analysed(f"x{i}", near(centres[int(rng.integers(30))], i, 0.3)) for i in range(150)]
    _ingest(items, clusterer, store, index)
    # at most one judged story per candidate, each judged on at most link_members+1 members
    assert judge.calls <= 150 * 5 * 3


def test_converged_stories_are_merged(tmp_path):
    store = SQLiteStore(tmp_path / "t.db")
    index = UsearchIndex()
    base = unit(3)
    items = [analysed(f"m{i}", near(base, i, 0.2)) for i in range(4)]
    for n, item in enumerate(items, start=1):
        store.add_article(item.article, item.analysis, f"h{n}")
        index.add([n], item.analysis.doc_vector[None, :])
        store.assign(item.article.id, f"split-{n % 2}")  # as if an earlier, stricter run had split them
    clusterer = OnlineClusterer(CosineJudge())
    merges = clusterer.merge_converged(["split-0", "split-1"], store, index)
    assert len(merges) == 1
    assert len(store.stories()) == 1
    assert len(store.stories()[0].article_ids) == 4
