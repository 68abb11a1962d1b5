"""HTML pages: main text without boilerplate, metadata, refusals."""

from __future__ import annotations

import pytest

from newsprism.config import Settings
from newsprism.errors import BadInputError
from newsprism.extract import extract_html
from tests.extract.pages import (
    ARTICLE_HTML,
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    FRENCH_CP1252_HTML,
    FRENCH_TITLE,
    NAVIGATION_ONLY_HTML,
)


def test_main_text_without_navigation_and_footer() -> None:
    page = extract_html(ARTICLE_HTML, "page.html", Settings())
    assert page.text == "\n\n".join(ARTICLE_PARAGRAPHS)
    for boilerplate in ("cookies", "Most read", "Privacy policy", "All rights reserved", "Business"):
        assert boilerplate not in page.text


def test_metadata_is_extracted() -> None:
    page = extract_html(ARTICLE_HTML, "page.html", Settings())
    assert page.title == ARTICLE_TITLE
    assert page.author == "Jane Doe"
    assert page.source == "The Channel Herald"
    assert page.published == "2024-03-05T08:30:00+00:00"
    assert page.language == "en"
    assert page.url == "https://herald.example/2024/03/05/port-reopens"


def test_given_url_wins_over_canonical_link() -> None:
    page = extract_html(ARTICLE_HTML, "u", Settings(), url="https://mirror.example/port")
    assert page.url == "https://mirror.example/port"


def test_bytes_are_decoded_with_the_declared_charset() -> None:
    page = extract_html(FRENCH_CP1252_HTML.encode("cp1252"), "fr.html", Settings())
    assert page.title == FRENCH_TITLE
    assert "« Nous avons dû attendre que les vents tombent »" in page.text
    assert page.language == "fr"
    assert "Accueil" not in page.text


def _without_dates(html: str) -> str:
    return (
        html.replace('<meta property="article:published_time" content="2024-03-05T08:30:00+00:00">', "")
        .replace("https://herald.example/2024/03/05/port-reopens", "https://herald.example/port-reopens")
        .replace("© 2024 ", "")
    )


def test_date_from_the_byline_when_there_is_no_meta_date() -> None:
    html = _without_dates(ARTICLE_HTML).replace("By Jane Doe</p>", "By Jane Doe, March 4, 2024</p>")
    assert extract_html(html, "p", Settings()).published == "2024-03-04"


def test_date_from_the_text_as_a_last_resort() -> None:
    html = _without_dates(ARTICLE_HTML).replace("<p>The port", "<p>Dover, 4 March 2024</p><p>The port", 1)
    assert extract_html(html, "p", Settings()).published == "2024-03-04"


def test_a_copyright_year_is_no_publication_date() -> None:
    html = _without_dates(ARTICLE_HTML).replace("<p>The Channel Herald. All", "<p>© 2024 The Channel Herald. All")
    assert "© 2024 The Channel Herald" in html
    assert extract_html(html, "p", Settings()).published is None


def test_no_date_at_all() -> None:
    assert extract_html(_without_dates(ARTICLE_HTML), "p", Settings()).published is None


def test_json_ld_gives_the_time_of_day() -> None:
    html = ARTICLE_HTML.replace(
        '<meta property="article:published_time" content="2024-03-05T08:30:00+00:00">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05T10:15:00+01:00"}'
        "</script>",
    )
    assert extract_html(html, "p", Settings()).published == "2024-03-05T10:15:00+01:00"


@pytest.mark.parametrize(
    "html",
    [
        NAVIGATION_ONLY_HTML,
        "<html><body></body></html>",
        "<html></html>",
        "   \n",
        "<p>x</p>",
        "<div><img src=a.png></div>",
    ],
)
def test_page_without_article_text_is_refused_with_e007(html: str) -> None:
    with pytest.raises(BadInputError, match=r"^\[E007\] empty\.html: no article text found$"):
        extract_html(html, "empty.html", Settings())


def test_page_size_is_bounded_before_parsing() -> None:
    settings = Settings(max_file_bytes=1_000)
    with pytest.raises(BadInputError, match=r"^\[E002\] big\.html: file is too large \(\d+ bytes, limit 1000\)"):
        extract_html(ARTICLE_HTML, "big.html", settings)


def test_url_strings_are_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    # htmldate downloads when handed a URL string; the extractor must only hand it trees.
    import htmldate.utils

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(htmldate.utils, "fetch_url", no_network)
    with pytest.raises(BadInputError, match=r"E007"):
        extract_html("https://example.com/article", "u", Settings())
