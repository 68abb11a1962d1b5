"""Online story clustering: each new article joins the best matching story or starts one.

For every arriving article (in arrival order, so runs are repeatable):

1. candidates: its nearest stored articles in the ANN index (cosine of
   document vectors), kept only if published within the time window;
2. each candidate story is judged by the pairwise same-story judge against the
   story's most similar members (mean of the best ``link_members`` judgements),
   so one stray member cannot chain two stories together;
3. it joins the best story whose judged Overall (SemEval 1-4 scale) is at or
   below the threshold, else it starts a new story.

After a batch, stories touched by it are checked against neighbouring stories
and merged when they converged (their members judged the same story).
Per article the cost is one ANN search plus a bounded number of judgements,
so it does not grow with the size of the store.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from newsprism.cluster.judge import PairJudge
from newsprism.records import AnalyzedArticle
from newsprism.store.base import Store
from newsprism.store.index import VectorIndex

#: Analysed articles kept in memory between judgements (about 30 KB each).
_RECENT_ITEMS = 2_000


def story_id_for(first_article_id: str) -> str:
    """A stable story id derived from the story's first article."""
    return "s-" + hashlib.sha1(first_article_id.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed.astimezone().replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one article went and why."""

    article_id: str
    story_id: str
    created: bool
    score: float | None


class OnlineClusterer:
    """Assigns articles to stories one at a time.

    Args:
        judge: Predicts Overall (1 = same event ... 4 = unrelated) for a pair.
        threshold: Join a story when its judged Overall is at or below this.
        candidates: How many nearest articles to consider per new article.
        window_days: Articles further apart in publication time never share a story.
        min_cosine: Candidates below this document cosine are not judged at all.
        link_members: A story's score is the mean of its best this-many member judgements.
    """

    def __init__(
        self,
        judge: PairJudge,
        threshold: float = 2.0,
        candidates: int = 20,
        window_days: float = 7.0,
        min_cosine: float = 0.3,
        link_members: int = 2,
    ) -> None:
        self.judge = judge
        self.threshold = threshold
        self.candidates = candidates
        self.window_days = window_days
        self.min_cosine = min_cosine
        self.link_members = link_members
        self._recent: OrderedDict[str, AnalyzedArticle] = OrderedDict()

    def _analyzed(self, store: Store, article_ids: list[str]) -> list[AnalyzedArticle]:
        """Stored analyses, the recently judged ones from memory.

        Keeping the same objects also lets the judge reuse what it derived from them
        (names, numbers) instead of recomputing it for every new article.
        """
        missing = [a for a in article_ids if a not in self._recent]
        for item in store.analyzed(missing):
            self._recent[item.article.id] = item
        found: list[AnalyzedArticle] = []
        for article_id in article_ids:
            if article_id in self._recent:
                self._recent.move_to_end(article_id)
                found.append(self._recent[article_id])
        while len(self._recent) > _RECENT_ITEMS:
            self._recent.popitem(last=False)
        return found

    def _within_window(self, a: str | None, b: str | None) -> bool:
        time_a, time_b = _parse_time(a), _parse_time(b)
        if time_a is None or time_b is None:
            return True
        return abs((time_a - time_b).total_seconds()) <= self.window_days * 86_400

    def _neighbours(self, item: AnalyzedArticle, store: Store, index: VectorIndex) -> list[str]:
        hits = index.search(item.analysis.doc_vector, self.candidates + 1)
        hits = [(key, cosine) for key, cosine in hits if cosine >= self.min_cosine]
        ids = store.ids_for_seqs([key for key, _ in hits])
        ordered = [ids[key] for key, _ in hits if key in ids and ids[key] != item.article.id]
        published = store.published_of(ordered)
        return [other for other in ordered if self._within_window(item.article.published, published.get(other))]

    def _story_scores(self, item: AnalyzedArticle, neighbours: list[str], store: Store) -> dict[str, float]:
        story_of = store.story_of(neighbours)
        by_story: dict[str, list[str]] = {}
        for other in neighbours:
            if other in story_of:
                by_story.setdefault(story_of[other], []).append(other)
        scores: dict[str, float] = {}
        for story_id, members in by_story.items():
            # Nearest members first (neighbours are ordered by cosine); judge only a few.
            judged = self._analyzed(store, members[: self.link_members + 1])
            values = sorted(self.judge.overall_many(item, judged))
            best = values[: self.link_members]
            scores[story_id] = float(np.mean(best))
        return scores

    def assign(self, item: AnalyzedArticle, store: Store, index: VectorIndex) -> Assignment:
        """Assign one stored article (already in ``store`` and ``index``) to a story."""
        neighbours = self._neighbours(item, store, index)
        scores = self._story_scores(item, neighbours, store)
        joinable = sorted((score, story) for story, score in scores.items() if score <= self.threshold)
        if joinable:
            score, story = joinable[0]
            store.assign(item.article.id, story)
            return Assignment(item.article.id, story, False, score)
        story = story_id_for(item.article.id)
        store.assign(item.article.id, story)
        return Assignment(item.article.id, story, True, None)

    def merge_converged(self, story_ids: Sequence[str], store: Store, index: VectorIndex) -> list[tuple[str, str]]:
        """Merge touched stories into neighbouring stories they converged with.

        Returns:
            ``(kept, absorbed)`` story id pairs, in the order merged.
        """
        merges: list[tuple[str, str]] = []
        absorbed: set[str] = set()
        for story_id in sorted(set(story_ids)):
            if story_id in absorbed:
                continue
            members = store.story_members(story_id)
            if not members:
                continue
            representatives = self._analyzed(store, members[:3])
            other_scores: dict[str, list[float]] = {}
            for item in representatives:
                neighbours = [n for n in self._neighbours(item, store, index) if n not in members]
                for other_story, score in self._story_scores(item, neighbours, store).items():
                    if other_story != story_id and other_story not in absorbed:
                        other_scores.setdefault(other_story, []).append(score)
            for other_story, values in sorted(other_scores.items()):
                # Converged: a majority of the representatives judge the other story the same story.
                if len(values) * 2 > len(representatives) and float(np.mean(values)) <= self.threshold:
                    keep, absorb = sorted([story_id, other_story], key=lambda s: (-len(store.story_members(s)), s))
                    store.merge_stories(keep, absorb)
                    absorbed.add(absorb)
                    merges.append((keep, absorb))
                    if absorb == story_id:
                        break
        return merges
