"""Following feeds against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from newsprism.cli.main import app
from newsprism.engine import Engine
from newsprism.watch import watch, watch_round
from tests.test_engine import BUDGET_EN, FLOOD_EN

PAGE = (
    "<html><head><title>{title}</title><meta property='article:published_time' content='2024-03-05T08:00:00Z'>"
    "</head><body><nav>Home | World | Sports</nav><article><h1>{title}</h1>{paragraphs}</article>"
    "<footer>(c) Herald</footer></body></html>"
)


def _page(article) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in article.text.split("\n\n"))
    return PAGE.format(title=article.title, paragraphs=paragraphs).encode()


class _Site:
    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = [("/flood", FLOOD_EN.title)]
        self.pages = {"/flood": _page(FLOOD_EN), "/budget": _page(BUDGET_EN)}
        self.hits: dict[str, int] = {}

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>{title}</title><link>{path}</link><guid>{path}</guid>"
            "<pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate><description>Short summary.</description></item>"
            for path, title in self.items
        )
        return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Herald</title>{items}</channel></rss>".encode()


@pytest.fixture
def site() -> Iterator[tuple[_Site, str]]:
    state = _Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            if self.path == "/feed.xml":
                body, kind, status = state.feed(), "application/rss+xml", 200
            elif self.path in state.pages:
                body, kind, status = state.pages[self.path], "text/html; charset=utf-8", 200
            else:
                body, kind, status = b"missing", "text/plain", 404
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()


def test_new_entries_are_ingested_once(tmp_path, site):
    state, feed = site
    with Engine(tmp_path / "w.db") as engine:
        first = watch_round(engine, [feed])
        assert first.new_entries == 1
        assert len(first.ingest.added) == 1
        stored = engine.article(first.ingest.added[0])
        assert stored.title == FLOOD_EN.title
        assert "Home | World" not in stored.text  # the page's boilerplate is gone
        again = watch_round(engine, [feed])
        assert again.new_entries == 0
        assert state.hits["/flood"] == 1
        state.items.append(("/budget", BUDGET_EN.title))
        third = watch_round(engine, [feed])
        assert third.new_entries == 1
        assert engine.store.article_count() == 2


def test_unfetchable_entry_is_retried_and_bad_feed_reported(tmp_path, site):
    state, feed = site
    state.items = [("/gone", "Gone")]
    with Engine(tmp_path / "w.db") as engine:
        report = watch_round(engine, [feed, str(tmp_path / "missing.xml")])
        assert report.ingest.added == ()
        reasons = " ".join(i.reason for i in report.issues)
        assert "E010" in reasons  # the missing feed file
        assert "/gone" in reasons
        state.pages["/gone"] = _page(BUDGET_EN)
        later = watch_round(engine, [feed])
        assert len(later.ingest.added) == 1


def test_watch_runs_the_requested_rounds(tmp_path, site):
    _, feed = site
    rounds = []
    waits = []
    with Engine(tmp_path / "w.db") as engine:
        watch(engine, [feed], interval=5, rounds=3, on_round=rounds.append, sleep=waits.append)
    assert len(rounds) == 3
    assert waits == [5, 5]


def test_cli_watch_once(tmp_path, site):
    _, feed = site
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "w.db"), "watch", "--once", feed])
    assert result.exit_code == 0, result.output
    assert "1 new entries, 1 articles added" in result.stdout
