"""The engine: one object that runs the pipeline over a store.

``Engine`` wires the stages together (sources -> extract -> analyze -> store
-> cluster) and answers questions about what is stored (stories, articles,
prisms, comparisons). The CLI, the REST API and Python users all go through it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

import numpy as np

from newsprism.analyze.encoder import Encoder
from newsprism.analyze.language import UNDETERMINED
from newsprism.analyze.pipeline import Analyzer
from newsprism.cluster.judge import PairJudge, default_judge
from newsprism.cluster.online import OnlineClusterer
from newsprism.config import Settings
from newsprism.errors import Errors, NotFoundError
from newsprism.extract import content_hash
from newsprism.records import (
    Analysis,
    AnalyzedArticle,
    Article,
    IngestIssue,
    IngestReport,
    SimilarityScores,
    Story,
)
from newsprism.sources import is_warning, iter_articles
from newsprism.store.index import UsearchIndex, VectorIndex
from newsprism.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from newsprism.records import Prism

logger = logging.getLogger(__name__)

#: Articles analysed per encoder call and committed per transaction.
BATCH_SIZE = 32

ProgressCallback = Callable[[int], None]


class Engine:
    """Open (or create) a newsprism store and run the pipeline on it.

    Args:
        db_path: SQLite file; ``:memory:`` for a throw-away engine.
        settings: Limits and thresholds (defaults, then ``NEWSPRISM_*`` variables).
        encoder: Sentence encoder; the bundled USE model by default.
        judge: Same-story judge for clustering; the trained similarity model by default.

    Example::

        with Engine("news.db") as engine:
            report = engine.add(["articles/"])
            for story in engine.stories():
                print(story.title, len(story.article_ids))
    """

    def __init__(
        self,
        db_path: str | Path = "newsprism.db",
        settings: Settings | None = None,
        encoder: Encoder | None = None,
        judge: PairJudge | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env(db_path=str(db_path))
        self.db_path = str(db_path)
        self.store = SQLiteStore(self.db_path)
        self.analyzer = Analyzer(self.settings, encoder=encoder)
        self._judge = judge
        self._index: VectorIndex | None = None
        self._clusterer: OnlineClusterer | None = None

    # -- lifecycle ----------------------------------------------------------
    def __enter__(self) -> Engine:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Save the index and close the store."""
        if self._index is not None:
            self._index.save()
        self.store.close()

    # -- components, built on first use --------------------------------------
    @property
    def encoder(self) -> Encoder:
        """The sentence encoder the analyzer uses."""
        return self.analyzer.get_encoder()

    @property
    def judge(self) -> PairJudge:
        if self._judge is None:
            self._judge = default_judge(self.settings)
        return self._judge

    @property
    def index(self) -> VectorIndex:
        if self._index is None:
            self._index = self._open_index()
        return self._index

    def _open_index(self) -> VectorIndex:
        path = None if self.db_path == ":memory:" else self.db_path + ".usearch"
        index = UsearchIndex(dimension=512, path=path)
        if len(index) > self.store.article_count():
            index.clear()  # the file belongs to another store (replaced or restored): rebuild it
        # The store is the truth: add whatever the index missed (e.g. after a crash).
        missing = list(self.store.doc_vectors(after_seq=index.max_key()))
        if missing:
            index.add([seq for seq, _, _ in missing], np.stack([vector for _, _, vector in missing]))
            index.save()
        return index

    def clusterer(self) -> OnlineClusterer:
        """The story clusterer configured from the settings (one per engine: it keeps recent analyses)."""
        if self._clusterer is None:
            self._clusterer = OnlineClusterer(
                self.judge,
                threshold=self.settings.same_story_overall,
                candidates=self.settings.cluster_candidates,
                window_days=self.settings.cluster_window_days,
            )
        return self._clusterer

    # -- ingest ---------------------------------------------------------------
    def add(
        self,
        inputs: Iterable[str | Article],
        *,
        stdin: TextIO | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Ingest files, folders, URLs, ``-`` (JSONL on stdin) or :class:`Article` objects.

        Re-ingesting an article already stored (same id or same normalised
        content) changes nothing. Bad inputs are reported in the returned
        report's ``issues`` and skipped; every good article is kept.

        Args:
            inputs: Paths, URLs, ``-``, or Article records.
            stdin: Stream read for ``-`` (defaults to ``sys.stdin``).
            on_progress: Called with the number of articles handled so far.

        Returns:
            What was added, what was already there, what failed, which stories changed.
        """
        added: list[str] = []
        unchanged: list[str] = []
        issues: list[IngestIssue] = []
        warnings: list[IngestIssue] = []
        touched: set[str] = set()
        pending: list[tuple[Article, str]] = []
        pending_keys: set[str] = set()
        handled = 0

        def flush() -> None:
            nonlocal handled
            if pending:
                batch_added, batch_issues, batch_touched = self._ingest_batch(pending)
                added.extend(batch_added)
                issues.extend(batch_issues)
                touched.update(batch_touched)
                handled += len(pending)
                pending.clear()
                pending_keys.clear()
                if on_progress:
                    on_progress(handled + len(unchanged) + len(issues))

        for item in self._articles_of(inputs, stdin):
            if isinstance(item, IngestIssue):
                (warnings if is_warning(item) else issues).append(item)
                continue
            digest = content_hash(item.title, item.text)
            if digest in pending_keys or item.id in pending_keys or self._already_stored(item, digest):
                unchanged.append(item.id)
                continue
            pending.append((item, digest))
            pending_keys.update((digest, item.id))
            if len(pending) >= BATCH_SIZE:
                flush()
        flush()
        if touched:
            with self.store.batch():
                merges = self.clusterer().merge_converged(sorted(touched), self.store, self.index)
                touched.difference_update(absorbed for _, absorbed in merges)
                # Batches already titled what they touched; only merged stories changed since.
                self._retitle({kept for kept, _ in merges})
        return IngestReport(tuple(added), tuple(unchanged), tuple(issues), tuple(sorted(touched)), tuple(warnings))

    def _articles_of(self, inputs: Iterable[str | Article], stdin: TextIO | None) -> Iterable[Article | IngestIssue]:
        paths: list[str] = []
        for item in inputs:
            if isinstance(item, Article):
                if paths:
                    yield from iter_articles(paths, self.settings, stdin=stdin)
                    paths = []
                yield item
            else:
                paths.append(item)
        if paths:
            yield from iter_articles(paths, self.settings, stdin=stdin)

    def _already_stored(self, article: Article, digest: str) -> bool:
        return self.store.has_content(digest) is not None or self.store.has_article(article.id)

    def _analyze(self, articles: Sequence[Article]) -> list[Analysis | IngestIssue]:
        try:
            return list(self.analyzer.analyze_many(articles))
        except Exception:
            logger.debug("batch analysis failed; retrying article by article", exc_info=True)
        results: list[Analysis | IngestIssue] = []
        for article in articles:
            try:
                results.append(self.analyzer.analyze(article))
            except Exception as error:
                where = article.path_or_url or article.id
                results.append(IngestIssue(where, Errors.E020.format(where=where, detail=error)))
        return results

    def _ingest_batch(self, pending: Sequence[tuple[Article, str]]) -> tuple[list[str], list[IngestIssue], set[str]]:
        articles = [article for article, _ in pending]
        analyses = self._analyze(articles)
        added: list[str] = []
        issues: list[IngestIssue] = []
        touched: set[str] = set()
        clusterer = self.clusterer()
        index = self.index
        try:
            with self.store.batch():
                for (article, digest), analysis in zip(pending, analyses, strict=True):
                    if isinstance(analysis, IngestIssue):
                        issues.append(analysis)
                        continue
                    if analysis.language == UNDETERMINED:
                        where = article.path_or_url or article.id
                        issues.append(IngestIssue(where, Errors.E019.format(where=where)))
                        continue
                    seq = self.store.add_article(article, analysis, digest)
                    index.add([seq], analysis.doc_vector[None, :])
                    assignment = clusterer.assign(AnalyzedArticle(article, analysis), self.store, index)
                    touched.add(assignment.story_id)
                    added.append(article.id)
                self._retitle(touched)
        except BaseException:
            # The index and the clusterer's memory may hold rolled-back rows: rebuild them from the store.
            self._index = None
            self._clusterer = None
            raise
        index.save()
        return added, issues, touched

    def _retitle(self, story_ids: Iterable[str]) -> None:
        """Title a story after its most central article (closest to the mean vector)."""
        for story_id in story_ids:
            members = self.store.story_members(story_id)
            if not members:
                continue
            vectors = self.store.vectors_of(members)
            matrix = np.stack([vectors[m] for m in members])
            centre = matrix.mean(axis=0)
            best = members[int(np.argmax(matrix @ centre))]
            article = self.store.article(best)
            if article is not None:
                self.store.set_story_title(story_id, article.title or article.text[:80])

    # -- queries ----------------------------------------------------------------
    def stories(self) -> list[Story]:
        """All stories, largest and most recent first."""
        return self.store.stories()

    def story(self, story_id: str) -> Story:
        """One story; raises :class:`NotFoundError` when the id is unknown."""
        story = self.store.story(story_id)
        if story is None:
            raise NotFoundError(Errors.E014.format(id=story_id))
        return story

    def article(self, article_id: str) -> Article:
        """One article; raises :class:`NotFoundError` when the id is unknown."""
        article = self.store.article(article_id)
        if article is None:
            raise NotFoundError(Errors.E015.format(id=article_id))
        return article

    def articles(self, limit: int = 100, offset: int = 0, query: str | None = None) -> list[Article]:
        """Stored articles in arrival order, or those matching a full-text query."""
        return self.store.articles(limit=limit, offset=offset, query=query)

    def analyzed(self, article_id: str) -> AnalyzedArticle:
        """An article with its stored analysis."""
        found = self.store.analyzed([article_id])
        if not found:
            raise NotFoundError(Errors.E015.format(id=article_id))
        return found[0]

    def story_summary(self, story: Story) -> dict[str, Any]:
        """A story and its articles' metadata, as in ``newsprism stories --json`` (no analyses decoded)."""
        from newsprism.report.stories import story_to_dict

        return story_to_dict(story, self.store.with_languages(list(story.article_ids)))

    def story_articles(self, story_id: str) -> list[AnalyzedArticle]:
        """The analysed articles of a story, in arrival order."""
        return self.store.analyzed(list(self.story(story_id).article_ids))

    def prism(self, story_id: str, language: str | None = None) -> Prism:
        """The cross-source breakdown of one story."""
        from newsprism.analyze.linking import relink_story
        from newsprism.prism import build_prism

        story = self.story(story_id)
        # Entities and speakers are linked story-wide first (Macron / Emmanuel Macron, Poutine / Путин);
        # the encoder embeds quotes and the words around numbers on their own (voices, disputes).
        articles = relink_story(self.story_articles(story_id))
        return build_prism(story, articles, language=language, settings=self.settings, encoder=self.encoder)

    def compare(self, a: str | Article, b: str | Article) -> SimilarityScores:
        """Score two articles (stored ids or Article records) on the seven dimensions."""
        from newsprism.similarity.shared import text_scorer

        items = [self.analyzed(x) if isinstance(x, str) else self._analyze_one(x) for x in (a, b)]
        return text_scorer().score(items[0], items[1])

    def _analyze_one(self, article: Article) -> AnalyzedArticle:
        return AnalyzedArticle(article, self.analyzer.analyze(article))

    def stats(self) -> dict[str, Any]:
        """Counts of what the store holds."""
        return {"articles": self.store.article_count(), "stories": len(self.store.stories())}
