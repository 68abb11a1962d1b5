"""URLs fetched from a real local HTTP server: pages, redirects, and every failure as E011."""

from __future__ import annotations

import socket
import time

import httpx
import pytest

from newsprism.config import Settings
from newsprism.errors import BadInputError
from newsprism.records import Article, IngestIssue
from newsprism.sources import fetch_url, iter_articles
from tests.extract.pages import ARTICLE_PARAGRAPHS, ARTICLE_TITLE, FRENCH_TITLE


def read(url: str, settings: Settings | None = None, timeout: float = 5.0) -> list[Article | IngestIssue]:
    return list(iter_articles([url], settings or Settings(), timeout=timeout))


def only_issue(items: list[Article | IngestIssue]) -> IngestIssue:
    assert len(items) == 1
    assert isinstance(items[0], IngestIssue)
    return items[0]


def test_html_page_is_fetched_and_extracted(http_server: str) -> None:
    url = f"{http_server}/article.html"
    [article] = read(url)
    assert isinstance(article, Article)
    assert article.title == ARTICLE_TITLE
    assert article.text == "\n\n".join(ARTICLE_PARAGRAPHS)
    assert article.path_or_url == url
    assert article.url == url  # the address fetched, not the page's canonical link
    assert article.source == "The Channel Herald"
    assert article.published == "2024-03-05T08:30:00+00:00"


def test_redirects_are_followed(http_server: str) -> None:
    [article] = read(f"{http_server}/redirect")
    assert isinstance(article, Article)
    assert article.title == ARTICLE_TITLE
    assert article.url == f"{http_server}/article.html"
    assert article.path_or_url == f"{http_server}/redirect"


def test_charset_from_the_http_header(http_server: str) -> None:
    [article] = read(f"{http_server}/legacy")
    assert isinstance(article, Article)
    assert article.title == FRENCH_TITLE
    assert "« Nous avons dû attendre" in article.text


def test_untyped_response_goes_by_the_url_ending(http_server: str) -> None:
    [article] = read(f"{http_server}/untyped/story.html")
    assert isinstance(article, Article)
    assert article.title == ARTICLE_TITLE


def test_plain_text_and_jsonl_responses(http_server: str) -> None:
    [plain] = read(f"{http_server}/plain")
    assert isinstance(plain, Article)
    assert plain.title == "Port reopens"
    good, bad = read(f"{http_server}/articles.jsonl")
    assert isinstance(good, Article)
    assert good.id == "a1"
    assert good.url is None  # the JSONL file's address is not the article's
    assert isinstance(bad, IngestIssue)
    assert bad.where == f"{http_server}/articles.jsonl:2"
    assert bad.reason.startswith("[E006]")


def test_404_is_an_issue(http_server: str) -> None:
    url = f"{http_server}/missing"
    issue = only_issue(read(url))
    assert issue.where == url
    assert issue.reason == f"[E011] {url}: could not fetch: HTTP 404 Not Found"


def test_500_is_an_issue(http_server: str) -> None:
    assert "HTTP 500" in only_issue(read(f"{http_server}/error")).reason


def test_timeout_is_an_issue(http_server: str) -> None:
    started = time.monotonic()
    issue = only_issue(read(f"{http_server}/slow", timeout=0.3))
    assert issue.reason == f"[E011] {http_server}/slow: could not fetch: timed out after 0.3 s"
    assert time.monotonic() - started < 1.5


def test_a_slow_drip_hits_the_overall_deadline(http_server: str) -> None:
    started = time.monotonic()
    issue = only_issue(read(f"{http_server}/drip", timeout=0.25))
    assert issue.reason.startswith("[E011]")
    assert "timed out after 1 s" in issue.reason
    assert time.monotonic() - started < 3.0


def test_oversize_response_is_refused_from_its_content_length(http_server: str) -> None:
    issue = only_issue(read(f"{http_server}/big", Settings(max_file_bytes=10_000)))
    assert issue.reason == f"[E011] {http_server}/big: could not fetch: response too large (50007 bytes, limit 10000)"


def test_oversize_response_without_length_is_cut_off_while_reading(http_server: str) -> None:
    issue = only_issue(read(f"{http_server}/unsized", Settings(max_file_bytes=10_000)))
    assert issue.reason.endswith("could not fetch: response too large (over 10000 bytes)")


def test_redirect_loop_is_an_issue(http_server: str) -> None:
    assert "redirects" in only_issue(read(f"{http_server}/loop")).reason


def test_unsupported_content_types(http_server: str) -> None:
    assert only_issue(read(f"{http_server}/image.png")).reason.endswith("unsupported content type 'image/png'")
    assert only_issue(read(f"{http_server}/feed.xml")).reason.endswith("unsupported content type 'application/rss+xml'")


def test_empty_and_article_less_pages(http_server: str) -> None:
    assert only_issue(read(f"{http_server}/empty")).reason.startswith("[E001]")
    assert only_issue(read(f"{http_server}/nav")).reason.startswith("[E007]")


def test_connection_refused_is_an_issue() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    issue = only_issue(read(f"http://127.0.0.1:{port}/x"))
    assert issue.reason.startswith(f"[E011] http://127.0.0.1:{port}/x: could not fetch: ")
    assert "\n" not in issue.reason


def test_invalid_url_is_an_issue() -> None:
    assert only_issue(read("http://")).reason.startswith("[E011] http://: could not fetch")


def test_one_failing_url_does_not_stop_the_others(http_server: str, tmp_path: object) -> None:
    items = list(iter_articles([f"{http_server}/missing", f"{http_server}/article.html"], Settings(), timeout=5))
    assert [type(item) for item in items] == [IngestIssue, Article]


def test_fetch_url_with_a_shared_client(http_server: str) -> None:
    with httpx.Client(follow_redirects=True) as client:
        fetched = fetch_url(f"{http_server}/redirect", Settings(), client=client)
        assert fetched.content_type == "text/html"
        assert fetched.charset == "utf-8"
        assert fetched.final_url == f"{http_server}/article.html"
        with pytest.raises(BadInputError, match="HTTP 404"):
            fetch_url(f"{http_server}/nothing", Settings(), client=client)
        assert not client.is_closed
