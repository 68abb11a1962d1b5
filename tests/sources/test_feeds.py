"""RSS and Atom feeds: entries, from bytes, files and URLs; unparsable feeds are E018."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.config import Settings
from newsprism.errors import BadInputError
from newsprism.sources import FeedEntry, load_feed, parse_feed

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>The Channel Herald</title>
    <link>https://herald.example/</link>
    <description>News</description>
    <item>
      <title>Port reopens after storm</title>
      <link>https://herald.example/2024/03/05/port</link>
      <guid>herald-1</guid>
      <pubDate>Tue, 05 Mar 2024 08:30:00 +0100</pubDate>
      <description>&lt;p&gt;The port of Dover &lt;b&gt;reopened&lt;/b&gt; on Tuesday.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Lorries queue on the M20</title>
      <link>https://herald.example/2024/03/04/lorries</link>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Gazette du Nord</title>
  <id>urn:gazette</id>
  <updated>2024-03-05T10:00:00Z</updated>
  <entry>
    <title>Le port rouvre après la tempête</title>
    <link href="/2024/03/05/port"/>
    <id>urn:gazette:1</id>
    <published>2024-03-05T09:00:00+01:00</published>
    <updated>2024-03-05T10:00:00Z</updated>
    <summary type="html">Le port de Calais a rouvert &lt;em&gt;mardi&lt;/em&gt;.</summary>
  </entry>
</feed>
""".encode()


def test_rss_entries() -> None:
    first, second = parse_feed(RSS, "herald.xml")
    assert first == FeedEntry(
        url="https://herald.example/2024/03/05/port",
        title="Port reopens after storm",
        published="2024-03-05T07:30:00+00:00",
        summary="The port of Dover reopened on Tuesday.",
        id="herald-1",
        source="The Channel Herald",
    )
    assert second.title == "Lorries queue on the M20"
    assert second.published is None
    assert second.summary == ""


def test_atom_entries_with_relative_links_resolved_against_the_feed_address() -> None:
    [entry] = parse_feed(ATOM, "gazette.xml", base_url="https://gazette.example/feed.atom")
    assert entry.url == "https://gazette.example/2024/03/05/port"
    assert entry.title == "Le port rouvre après la tempête"
    assert entry.published == "2024-03-05T08:00:00+00:00"
    assert entry.summary == "Le port de Calais a rouvert mardi."
    assert entry.source == "Gazette du Nord"


def test_empty_but_valid_feed_has_no_entries() -> None:
    assert parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>') == []


@pytest.mark.parametrize(
    "data",
    [b"this is not a feed", b"<html><body><p>A web page</p></body></html>", b"", b"<rss><channel><item>"],
)
def test_unparsable_feeds_are_e018(data: bytes) -> None:
    with pytest.raises(BadInputError, match=r"^\[E018\] bad\.xml: could not parse feed: "):
        parse_feed(data, "bad.xml")


def test_load_feed_from_a_file_and_bytes(tmp_path: Path) -> None:
    path = tmp_path / "herald.rss"
    path.write_bytes(RSS)
    assert [e.title for e in load_feed(str(path), Settings())] == [
        "Port reopens after storm",
        "Lorries queue on the M20",
    ]
    assert len(load_feed(ATOM, Settings())) == 1
    with pytest.raises(BadInputError, match=r"^\[E010\]"):
        load_feed(str(tmp_path / "missing.rss"), Settings())
    with pytest.raises(BadInputError, match=r"^\[E002\]"):
        load_feed(str(path), Settings(max_file_bytes=100))


def test_load_feed_from_a_url(http_server: str) -> None:
    [entry] = load_feed(f"{http_server}/feed.xml", Settings(), timeout=5)
    assert entry.url == f"{http_server}/2024/port"  # relative link resolved against the feed's address
    assert entry.published == "2024-03-05T08:30:00+00:00"
    assert entry.summary == "The port reopened on Tuesday."
    with pytest.raises(BadInputError, match=r"^\[E011\] .*HTTP 404"):
        load_feed(f"{http_server}/no-feed.xml", Settings(), timeout=5)
    with pytest.raises(BadInputError, match=r"^\[E018\]"):
        load_feed(f"{http_server}/plain", Settings(), timeout=5)
