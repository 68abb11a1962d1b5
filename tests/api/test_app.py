"""The REST API and web pages, over a real store, through HTTP (TestClient) and a real server process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from newsprism.api import create_app
from newsprism.engine import Engine
from tests.test_engine import BUDGET_EN, FLOOD_EN, FLOOD_FR

HOSTILE = {
    "id": "hostile",
    "title": "<script>alert('x')</script> Storm \"hits\" coast",
    "text": (
        "A storm <img src=x onerror=alert(1)> hit the coast of Marvella on Friday, the mayor said.\n\n"
        '"We are ready," said mayor Ana Lopes. Waves reached four metres near the harbour.'
    ),
    "source": "<b>Evil</b> Times",
    "published": "2024-03-08T08:00:00+00:00",
    "url": "javascript:alert(1)",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    engine = Engine(tmp_path_factory.mktemp("api") / "api.db")
    engine.add([FLOOD_EN, FLOOD_FR, BUDGET_EN])
    with TestClient(create_app(engine=engine)) as test_client:
        yield test_client
    engine.close()


def test_health(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["articles"] == 3


def test_stories_contract(client):
    body = client.get("/api/stories").json()
    assert body["total"] == 2
    flood = next(s for s in body["stories"] if len(s["articles"]) == 2)
    assert {a["id"] for a in flood["articles"]} == {"flood-en", "flood-fr"}
    one = client.get(f"/api/stories/{flood['id']}").json()
    assert one["id"] == flood["id"]
    prism = client.get(f"/api/stories/{flood['id']}/prism").json()
    assert {"units", "voices", "timeline"} <= prism.keys()


def test_unknown_ids_are_404(client):
    assert client.get("/api/stories/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/stories/nope").status_code == 404


def test_articles_listing_search_and_detail(client):
    listed = client.get("/api/articles").json()["articles"]
    assert {a["id"] for a in listed} == {"flood-en", "flood-fr", "budget-en"}
    found = client.get("/api/articles", params={"q": "budget"}).json()["articles"]
    assert [a["id"] for a in found] == ["budget-en"]
    assert client.get("/api/articles", params={"q": '"unbalanced'}).status_code == 400
    detail = client.get("/api/articles/flood-fr").json()
    assert detail["analysis"]["language"] == "fr"
    assert detail["story"]


def test_posting_articles_ingests_good_and_reports_bad(client):
    response = client.post("/api/articles", json=[HOSTILE, {"title": "no text"}])
    body = response.json()
    assert body["added"] == ["hostile"]
    assert len(body["issues"]) == 1
    assert "body[1]" in body["issues"][0]
    again = client.post("/api/articles", json=HOSTILE).json()
    assert again["unchanged"] == ["hostile"]


def test_pages_escape_article_content(client):
    client.post("/api/articles", json=HOSTILE)
    for path in ("/", "/articles/hostile"):
        page = client.get(path)
        assert page.status_code == 200
        assert "<script>alert" not in page.text
        assert "<img src=x" not in page.text
        assert "<b>Evil</b>" not in page.text
        assert "href='javascript" not in page.text
        assert 'href="javascript' not in page.text
    story_id = client.get("/api/articles/hostile").json()["story"]
    prism_page = client.get(f"/stories/{story_id}").text
    assert "<script>alert" not in prism_page
    assert "onerror=alert(1)>" not in prism_page


def test_compare_api_and_form(client):
    scores = client.post("/api/compare", json={"text1": "Title\n" + FLOOD_EN.text, "text2": "Titre\n" + FLOOD_FR.text})
    body = scores.json()
    assert set(body) == {"Geography", "Entities", "Time", "Narrative", "Overall", "Style", "Tone"}
    assert all(1.0 <= v <= 4.0 for v in body.values())
    page = client.post("/compare", data={"text1": FLOOD_EN.text, "text2": "<script>x</script>"})
    assert page.status_code == 200
    assert "id='scores'" in page.text
    assert "<script>x</script>" not in page.text
    empty = client.post("/compare", data={"text1": " ", "text2": "x"})
    assert "Paste two articles" in empty.text


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_runs_a_real_server(tmp_path):
    port = _free_port()
    command = [sys.executable, "-m", "newsprism.cli", "--db", str(tmp_path / "s.db"), "serve", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        assert response.json()["status"] == "ok"
        home = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert home.status_code == 200
        assert "text/html" in home.headers["content-type"]
        posted = httpx.post(
            f"http://127.0.0.1:{port}/api/articles",
            content=json.dumps(HOSTILE),
            timeout=60,
            headers={"content-type": "application/json"},
        )
        assert posted.json()["added"] == ["hostile"]
    finally:
        process.terminate()
        process.wait(timeout=10)
