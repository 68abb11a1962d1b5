"""A real HTTP server on 127.0.0.1, started in a thread, serving the pages the URL tests fetch."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.extract.pages import ARTICLE_HTML, FRENCH_CP1252_HTML

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Herald</title><link>https://herald.example/</link>
<item><title>Port reopens</title><link>/2024/port</link><pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate>
<description>The port &lt;b&gt;reopened&lt;/b&gt; on Tuesday.</description></item>
</channel></rss>"""

Route = Callable[[BaseHTTPRequestHandler], None]


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(2.0)
    _send(handler, 200, ARTICLE_HTML.encode(), "text/html")


def _drip(handler: BaseHTTPRequestHandler) -> None:
    # Headers at once, then a byte every 0.1 s for 5 s: no single read times out.
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(50):
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.1)


def _unsized(handler: BaseHTTPRequestHandler) -> None:
    # No Content-Length: the size is only known while reading.
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    handler.close_connection = True
    for _ in range(100):
        handler.wfile.write(b"<p>" + b"x" * 1_000 + b"</p>")


def _redirect(handler: BaseHTTPRequestHandler, location: str = "/article.html") -> None:
    handler.send_response(302)
    handler.send_header("Location", location)
    handler.send_header("Content-Length", "0")
    handler.end_headers()


ROUTES: dict[str, Route] = {
    "/article.html": lambda h: _send(h, 200, ARTICLE_HTML.encode(), "text/html; charset=utf-8"),
    "/legacy": lambda h: _send(h, 200, FRENCH_CP1252_HTML.encode("cp1252"), "text/html; charset=windows-1252"),
    "/untyped/story.html": lambda h: _send(h, 200, ARTICLE_HTML.encode(), "application/octet-stream"),
    "/plain": lambda h: _send(
        h, 200, b"Port reopens\n\nThe port of Dover reopened on Tuesday after the storm.", "text/plain"
    ),
    "/articles.jsonl": lambda h: _send(
        h,
        200,
        b'{"id": "a1", "text": "The port of Dover reopened on Tuesday after the storm."}\n{"id": 5.5}\n',
        "application/x-ndjson",
    ),
    "/empty": lambda h: _send(h, 200, b"", "text/html"),
    "/image.png": lambda h: _send(h, 200, b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
    "/nav": lambda h: _send(h, 200, b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html"),
    "/feed.xml": lambda h: _send(h, 200, RSS, "application/rss+xml"),
    "/error": lambda h: _send(h, 500, b"oops", "text/plain"),
    "/redirect": _redirect,
    "/loop": lambda h: _redirect(h, "/loop"),
    "/slow": _slow,
    "/drip": _drip,
    "/big": lambda h: _send(h, 200, b"<p>" + b"x" * 50_000 + b"</p>", "text/html"),
    "/unsized": _unsized,
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        route = ROUTES.get(self.path)
        try:
            if route is None:
                _send(self, 404, b"not found", "text/plain")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeouts, size limits): expected

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that hang up early (timeouts, size limits, redirect loops) are expected.
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def http_server() -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT``) of a server in a background thread."""
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _no_proxy_for_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    """Proxy settings of the machine running the tests must not capture 127.0.0.1."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
