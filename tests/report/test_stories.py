from __future__ import annotations

from newsprism.report.stories import short_time, stories_to_html, stories_to_markdown

STORY = {
    "id": "s-1",
    "title": "<script>alert(1)</script> Flood",
    "size": 1,
    "languages": ["en"],
    "first_published": None,
    "last_published": None,
    "articles": [
        {
            "id": "a'1",
            "title": "Flood <b>hits</b>",
            "source": "<i>Herald</i>",
            "language": "en",
            "published": "2026-10-07T08:15:00+02:00",
            "path_or_url": None,
        }
    ],
}


def test_html_escapes_everything_from_articles():
    page = stories_to_html([STORY], links={"s-1": "x.html"}, article_links={"a'1": "/articles/a'1"})
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert "<b>hits</b>" not in page
    assert "<i>Herald</i>" not in page
    assert "href='/articles/a&#x27;1'" in page
    assert "2026-10-07 08:15" in page


def test_markdown_lists_stories_and_articles():
    text = stories_to_markdown([STORY])
    assert "# Stories (1)" in text
    assert "2026-10-07 08:15" in text


def test_short_time():
    assert short_time(None) == "undated"
    assert short_time("2026-10-07") == "2026-10-07"
