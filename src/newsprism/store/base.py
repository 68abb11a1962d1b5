"""The store interface: every backend (SQLite by default) implements :class:`Store`."""

from __future__ import annotations

import abc
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager

from newsprism.records import Analysis, AnalyzedArticle, Article, Story, Vector


class Store(abc.ABC):
    """Persistent articles, analyses and story assignments.

    Writes happen inside :meth:`batch`, a context manager that commits all of
    them at once (or none, if the block raises or the process dies).
    """

    @abc.abstractmethod
    def batch(self) -> AbstractContextManager[None]:
        """Group writes into one atomic transaction."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the backend's resources."""

    # -- articles -------------------------------------------------------
    @abc.abstractmethod
    def has_content(self, content_hash: str) -> str | None:
        """The id of the stored article with this content hash, if any."""

    @abc.abstractmethod
    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""

    @abc.abstractmethod
    def add_article(self, article: Article, analysis: Analysis, content_hash: str) -> int:
        """Store an article and its analysis; returns its arrival number (1, 2, ...)."""

    @abc.abstractmethod
    def article(self, article_id: str) -> Article | None:
        """One article, or None."""

    @abc.abstractmethod
    def analyzed(self, article_ids: Sequence[str]) -> list[AnalyzedArticle]:
        """Articles with their analyses, in the order asked (missing ids left out)."""

    @abc.abstractmethod
    def with_languages(self, article_ids: Sequence[str]) -> list[tuple[Article, str]]:
        """Articles with their detected language, in the order asked (cheaper than :meth:`analyzed`)."""

    @abc.abstractmethod
    def article_count(self) -> int:
        """How many articles are stored."""

    @abc.abstractmethod
    def doc_vectors(self, after_seq: int = 0) -> Iterator[tuple[int, str, Vector]]:
        """``(seq, article_id, doc_vector)`` of articles with arrival number above ``after_seq``."""

    @abc.abstractmethod
    def ids_for_seqs(self, seqs: Sequence[int]) -> dict[int, str]:
        """Map arrival numbers to article ids."""

    @abc.abstractmethod
    def published_of(self, article_ids: Sequence[str]) -> dict[str, str | None]:
        """Publication times of articles."""

    # -- stories --------------------------------------------------------
    @abc.abstractmethod
    def story_of(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Map article ids to their story ids."""

    @abc.abstractmethod
    def assign(self, article_id: str, story_id: str) -> None:
        """Put an article into a story (creating the story if new)."""

    @abc.abstractmethod
    def merge_stories(self, keep: str, absorb: str) -> None:
        """Move every article of ``absorb`` into ``keep`` and drop ``absorb``."""

    @abc.abstractmethod
    def story_members(self, story_id: str) -> list[str]:
        """Article ids of a story, in arrival order."""

    @abc.abstractmethod
    def stories(self) -> list[Story]:
        """All stories, largest and most recent first."""

    @abc.abstractmethod
    def story(self, story_id: str) -> Story | None:
        """One story, or None."""

    @abc.abstractmethod
    def set_story_title(self, story_id: str, title: str) -> None:
        """Record a story's display title."""

    # -- feeds ------------------------------------------------------------
    @abc.abstractmethod
    def seen_feed_entries(self, feed: str) -> set[str]:
        """Keys of the entries of ``feed`` already handled by ``watch``."""

    @abc.abstractmethod
    def mark_feed_entry(self, feed: str, entry: str, article_id: str | None) -> None:
        """Record that an entry of ``feed`` was handled (and which article it gave)."""
