"""The default store: one SQLite file in WAL mode, schema versioned by migrations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from newsprism.errors import Errors, NewsprismError
from newsprism.records import Analysis, AnalyzedArticle, Article, Story, Vector
from newsprism.store.base import Store
from newsprism.store.codec import decode_analysis, encode_analysis, unpack_vectors

#: Each migration moves the schema from version i to i+1; never edit a released one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        url TEXT,
        source TEXT,
        published TEXT,
        language_hint TEXT,
        author TEXT,
        path_or_url TEXT,
        added_at TEXT NOT NULL
    );
    CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        language_confidence REAL NOT NULL,
        reference_date TEXT,
        sentences TEXT NOT NULL,
        sentence_vectors BLOB NOT NULL,
        doc_vector BLOB NOT NULL,
        entities TEXT NOT NULL,
        quotes TEXT NOT NULL,
        dates TEXT NOT NULL,
        places TEXT NOT NULL
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        created_seq INTEGER NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id)
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE INDEX articles_published ON articles(published);
    """,
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    END;
    """,
    """
    CREATE TABLE feed_entries (
        feed TEXT NOT NULL,
        entry TEXT NOT NULL,
        article_id TEXT,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed, entry)
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

_ARTICLE_COLUMNS = "id, title, text, url, source, published, language_hint, author, path_or_url"


def _article_from_row(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        source=row["source"],
        published=row["published"],
        language=row["language_hint"],
        author=row["author"],
        path_or_url=row["path_or_url"],
    )


def _placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


class SQLiteStore(Store):
    """Articles, analyses and stories in one SQLite database.

    Args:
        path: Database file (created if missing); ``:memory:`` for a throw-away store.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local_lock = threading.RLock()
        self._connection = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._connection.row_factory = sqlite3.Row
        self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute("PRAGMA synchronous=NORMAL")
        self._connection.execute("PRAGMA foreign_keys=ON")
        self._connection.execute("PRAGMA busy_timeout=10000")
        self._in_batch = False
        self._migrate()

    # -- plumbing ---------------------------------------------------------
    def _migrate(self) -> None:
        found = int(self._connection.execute("PRAGMA user_version").fetchone()[0])
        if found > SCHEMA_VERSION:
            raise NewsprismError(Errors.E017.format(path=self.path, found=found, supported=SCHEMA_VERSION))
        for version in range(found, SCHEMA_VERSION):
            # executescript runs the DDL and the version bump as one transaction.
            self._connection.executescript(f"BEGIN;{MIGRATIONS[version]}PRAGMA user_version={version + 1};COMMIT;")

    @property
    def schema_version(self) -> int:
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def batch(self) -> Iterator[None]:
        with self._local_lock:
            if self._in_batch:  # nested: the outer batch commits
                yield
                return
            self._connection.execute("BEGIN IMMEDIATE")
            self._in_batch = True
            try:
                yield
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            else:
                self._connection.execute("COMMIT")
            finally:
                self._in_batch = False

    def close(self) -> None:
        with self._local_lock:
            self._connection.close()

    def _query(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._local_lock:
            return self._connection.execute(sql, parameters).fetchall()

    def _execute(self, sql: str, parameters: Sequence[object] = ()) -> sqlite3.Cursor:
        with self._local_lock:
            return self._connection.execute(sql, parameters)

    # -- articles -------------------------------------------------------
    def has_content(self, content_hash: str) -> str | None:
        rows = self._query("SELECT id FROM articles WHERE content_hash = ?", (content_hash,))
        return str(rows[0]["id"]) if rows else None

    def has_article(self, article_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def add_article(self, article: Article, analysis: Analysis, content_hash: str) -> int:
        with self.batch():
            cursor = self._execute(
                f"INSERT INTO articles ({_ARTICLE_COLUMNS}, content_hash, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id,
                    article.title,
                    article.text,
                    article.url,
                    article.source,
                    article.published,
                    article.language,
                    article.author,
                    article.path_or_url,
                    content_hash,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
            columns = encode_analysis(analysis)
            names = ", ".join(columns)
            self._execute(
                f"INSERT INTO analyses ({names}) VALUES ({_placeholders(list(columns))})",
                list(columns.values()),
            )
            return int(cursor.lastrowid or 0)

    def article(self, article_id: str) -> Article | None:
        rows = self._query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        return _article_from_row(rows[0]) if rows else None

    def articles(self, limit: int = 100, offset: int = 0, query: str | None = None) -> list[Article]:
        """Articles in arrival order, optionally matching a full-text ``query`` (FTS5 syntax)."""
        if query:
            rows = self._query(
                f"SELECT {', '.join('a.' + c.strip() for c in _ARTICLE_COLUMNS.split(','))} FROM articles_fts f "
                "JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
                (query, limit, offset),
            )
        else:
            rows = self._query(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY seq LIMIT ? OFFSET ?", (limit, offset)
            )
        return [_article_from_row(row) for row in rows]

    def analyzed(self, article_ids: Sequence[str]) -> list[AnalyzedArticle]:
        if not article_ids:
            return []
        rows = self._query(
            f"SELECT {', '.join('a.' + c.strip() for c in _ARTICLE_COLUMNS.split(','))}, n.* "
            f"FROM articles a JOIN analyses n ON n.article_id = a.id WHERE a.id IN ({_placeholders(article_ids)})",
            list(article_ids),
        )
        by_id = {row["id"]: AnalyzedArticle(_article_from_row(row), decode_analysis(row)) for row in rows}
        return [by_id[article_id] for article_id in article_ids if article_id in by_id]

    def with_languages(self, article_ids: Sequence[str]) -> list[tuple[Article, str]]:
        if not article_ids:
            return []
        rows = self._query(
            f"SELECT {', '.join('a.' + c.strip() for c in _ARTICLE_COLUMNS.split(','))}, n.language "
            f"FROM articles a JOIN analyses n ON n.article_id = a.id WHERE a.id IN ({_placeholders(article_ids)})",
            list(article_ids),
        )
        by_id = {row["id"]: (_article_from_row(row), str(row["language"])) for row in rows}
        return [by_id[article_id] for article_id in article_ids if article_id in by_id]

    def article_count(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM articles")[0][0])

    def doc_vectors(self, after_seq: int = 0) -> Iterator[tuple[int, str, Vector]]:
        rows = self._query(
            "SELECT a.seq, a.id, n.doc_vector FROM articles a JOIN analyses n ON n.article_id = a.id "
            "WHERE a.seq > ? ORDER BY a.seq",
            (after_seq,),
        )
        for row in rows:
            yield int(row["seq"]), str(row["id"]), unpack_vectors(row["doc_vector"], np.float32)[0]

    def ids_for_seqs(self, seqs: Sequence[int]) -> dict[int, str]:
        if not seqs:
            return {}
        rows = self._query(f"SELECT seq, id FROM articles WHERE seq IN ({_placeholders(seqs)})", list(seqs))
        return {int(row["seq"]): str(row["id"]) for row in rows}

    def published_of(self, article_ids: Sequence[str]) -> dict[str, str | None]:
        if not article_ids:
            return {}
        rows = self._query(
            f"SELECT id, published FROM articles WHERE id IN ({_placeholders(article_ids)})", list(article_ids)
        )
        return {str(row["id"]): row["published"] for row in rows}

    # -- stories --------------------------------------------------------
    def story_of(self, article_ids: Sequence[str]) -> dict[str, str]:
        if not article_ids:
            return {}
        rows = self._query(
            f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({_placeholders(article_ids)})",
            list(article_ids),
        )
        return {str(row["article_id"]): str(row["story_id"]) for row in rows}

    def assign(self, article_id: str, story_id: str) -> None:
        with self.batch():
            seq = self._query("SELECT seq FROM articles WHERE id = ?", (article_id,))[0]["seq"]
            self._execute("INSERT OR IGNORE INTO stories (id, created_seq) VALUES (?, ?)", (story_id, seq))
            self._execute(
                "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id",
                (article_id, story_id),
            )

    def merge_stories(self, keep: str, absorb: str) -> None:
        with self.batch():
            self._execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (keep, absorb))
            self._execute("DELETE FROM stories WHERE id = ?", (absorb,))

    def story_members(self, story_id: str) -> list[str]:
        rows = self._query(
            "SELECT s.article_id FROM story_articles s JOIN articles a ON a.id = s.article_id "
            "WHERE s.story_id = ? ORDER BY a.seq",
            (story_id,),
        )
        return [str(row[0]) for row in rows]

    def _story_rows(self, where: str = "", parameters: Sequence[object] = ()) -> list[Story]:
        rows = self._query(
            "SELECT s.id, s.title, s.created_seq, "
            "min(a.published) AS first, max(a.published) AS last, "
            "group_concat(DISTINCT n.language) AS languages, count(a.id) AS size, max(a.seq) AS latest "
            "FROM stories s JOIN story_articles sa ON sa.story_id = s.id "
            "JOIN articles a ON a.id = sa.article_id JOIN analyses n ON n.article_id = a.id "
            f"{where} GROUP BY s.id ORDER BY size DESC, latest DESC, s.id",
            parameters,
        )
        stories = []
        for row in rows:
            members = self.story_members(str(row["id"]))
            stories.append(
                Story(
                    id=str(row["id"]),
                    title=str(row["title"]),
                    article_ids=tuple(members),
                    first_published=row["first"],
                    last_published=row["last"],
                    languages=tuple(sorted(set((row["languages"] or "").split(",")) - {""})),
                )
            )
        return stories

    def stories(self) -> list[Story]:
        return self._story_rows()

    def story(self, story_id: str) -> Story | None:
        found = self._story_rows("WHERE s.id = ?", (story_id,))
        return found[0] if found else None

    def set_story_title(self, story_id: str, title: str) -> None:
        self._execute("UPDATE stories SET title = ? WHERE id = ?", (title, story_id))

    # -- feeds ----------------------------------------------------------
    def seen_feed_entries(self, feed: str) -> set[str]:
        rows = self._query("SELECT entry FROM feed_entries WHERE feed = ?", (feed,))
        return {str(row[0]) for row in rows}

    def mark_feed_entry(self, feed: str, entry: str, article_id: str | None) -> None:
        self._execute(
            "INSERT OR IGNORE INTO feed_entries (feed, entry, article_id, seen_at) VALUES (?, ?, ?, ?)",
            (feed, entry, article_id, datetime.now(UTC).isoformat(timespec="seconds")),
        )

    # -- maintenance ----------------------------------------------------
    def vectors_of(self, article_ids: Sequence[str]) -> dict[str, Vector]:
        """Document vectors of articles (cheaper than full analyses)."""
        if not article_ids:
            return {}
        rows = self._query(
            f"SELECT article_id, doc_vector FROM analyses WHERE article_id IN ({_placeholders(article_ids)})",
            list(article_ids),
        )
        return {str(row[0]): unpack_vectors(row[1], np.float32)[0] for row in rows}
