"""JSON objects to articles: fields, types, normalisation."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.config import Settings
from newsprism.errors import BadInputError
from newsprism.extract import article_from_mapping, content_id, parse_published
from newsprism.extract.metadata import normalize_language, site_of
from tests.extract.pages import ARTICLE_HTML, ARTICLE_PARAGRAPHS, ARTICLE_TITLE

TEXT = "The port of Dover reopened on Tuesday after a three-day storm closure."


def read(obj: Any, settings: Settings | None = None) -> Any:
    return article_from_mapping(obj, "in.jsonl:3", settings or Settings(), path_or_url="in.jsonl").article


def test_all_fields() -> None:
    article = read(
        {
            "id": "herald-1",
            "url": "https://www.herald.example/port",
            "title": "  Port   reopens ",
            "text": TEXT,
            "published": "2024-03-05T08:30:00Z",
            "source": "The Channel Herald",
            "language": "en-GB",
            "author": "Jane Doe",
            "extra": {"ignored": True},
        }
    )
    assert article.id == "herald-1"
    assert article.url == "https://www.herald.example/port"
    assert article.title == "Port reopens"
    assert article.text == TEXT
    assert article.published == "2024-03-05T08:30:00+00:00"
    assert article.source == "The Channel Herald"
    assert article.language == "en"
    assert article.author == "Jane Doe"
    assert article.path_or_url == "in.jsonl"


def test_minimal_object_gets_a_content_id() -> None:
    article = read({"text": TEXT})
    assert article.id == content_id("", TEXT)
    assert article.title == ""
    assert (article.url, article.source, article.published, article.language, article.author) == (None,) * 5


def test_null_fields_count_as_absent() -> None:
    article = read({"text": TEXT, "title": None, "published": None, "id": None, "author": None})
    assert article.id == content_id("", TEXT)


def test_integer_ids_and_author_lists() -> None:
    article = read({"id": 42, "text": TEXT, "author": ["Jane Doe", " John  Roe "]})
    assert article.id == "42"
    assert article.author == "Jane Doe; John Roe"


def test_source_defaults_to_the_url_host() -> None:
    assert read({"text": TEXT, "url": "https://www.herald.example/port"}).source == "herald.example"


def test_html_field_goes_through_the_extractor() -> None:
    article = read({"html": ARTICLE_HTML, "source": "Herald (print)"})
    assert article.text == "\n\n".join(ARTICLE_PARAGRAPHS)
    assert article.title == ARTICLE_TITLE
    assert article.source == "Herald (print)"  # the object's fields win over the page's
    assert article.published == "2024-03-05T08:30:00+00:00"
    assert article.language == "en"


def test_text_wins_over_html() -> None:
    assert read({"text": TEXT, "html": ARTICLE_HTML}).text == TEXT


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ({"text": 5}, "field 'text' must be a string, not a number"),
        ({"text": TEXT, "title": ["a"]}, "field 'title' must be a string, not an array"),
        ({"text": TEXT, "url": {"href": "x"}}, "field 'url' must be a string, not an object"),
        ({"text": TEXT, "published": 1709627400}, "field 'published' must be a string, not a number"),
        ({"text": TEXT, "source": True}, "field 'source' must be a string, not a boolean"),
        ({"text": TEXT, "language": 1}, "field 'language' must be a string, not a number"),
        ({"text": TEXT, "author": [1, 2]}, "field 'author' must be a string or a list of strings, not an array"),
        ({"text": TEXT, "id": 1.5}, "field 'id' must be a string or an integer, not a number"),
        ({"text": TEXT, "id": True}, "field 'id' must be a string or an integer, not a boolean"),
        ({"text": TEXT, "id": "  "}, "field 'id' is empty"),
        ({"text": TEXT, "id": "x" * 300}, "field 'id' is longer than 256 characters"),
        ({"text": TEXT, "published": "yesterday"}, "field 'published' is not an ISO 8601 date ('yesterday')"),
        ({"title": "No body"}, "field 'text' is missing (give 'text' or 'html')"),
    ],
)
def test_wrong_fields_are_refused_with_e006_naming_the_field(obj: dict[str, Any], message: str) -> None:
    with pytest.raises(BadInputError) as caught:
        read(obj)
    assert caught.value.message == f"[E006] in.jsonl:3: {message}"


@pytest.mark.parametrize(("value", "kind"), [([1], "an array"), ("text", "a string"), (3, "a number"), (None, "null")])
def test_non_objects_are_refused_with_e005(value: object, kind: str) -> None:
    with pytest.raises(BadInputError) as caught:
        read(value)
    assert caught.value.message == f"[E005] in.jsonl:3: invalid JSON: expected an object, got {kind}"


def test_html_without_article_is_e007() -> None:
    with pytest.raises(BadInputError, match=r"^\[E007\] in\.jsonl:3"):
        read({"html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"})


def test_short_text_is_e008() -> None:
    with pytest.raises(BadInputError, match=r"^\[E008\] in\.jsonl:3: text too short \(3 characters"):
        read({"text": "Hi!"})


def test_long_text_is_cut_with_w001() -> None:
    extracted = article_from_mapping({"text": "word " * 100}, "in.json", Settings(max_text_chars=100))
    assert len(extracted.article.text) <= 100
    assert extracted.warnings == ("[W001] in.json: text cut to 100 characters",)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T08:30:00Z", "2024-03-05T08:30:00+00:00"),
        ("2024-03-05T08:30:00.123456+01:00", "2024-03-05T08:30:00+01:00"),
        ("2024-03-05 08:30", "2024-03-05T08:30:00"),
        ("20240305T083000Z", "2024-03-05T08:30:00+00:00"),
        ("Tue, 05 Mar 2024 08:30:00 GMT", "2024-03-05T08:30:00+00:00"),
        (" 2024-03-05 ", "2024-03-05"),
    ],
)
def test_published_is_normalised(value: str, expected: str) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["", "yesterday", "2024-13-01", "5 March"])
def test_bad_published_values(value: str) -> None:
    with pytest.raises(ValueError, match="ISO 8601"):
        parse_published(value)


@pytest.mark.parametrize(
    ("hint", "expected"),
    [("fr-FR", "fr"), ("pt_BR", "pt"), ("EN", "en"), ("und", None), ("English", None), ("", None), (None, None)],
)
def test_language_hints(hint: str | None, expected: str | None) -> None:
    assert normalize_language(hint) == expected


def test_site_of() -> None:
    assert site_of("https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert site_of("not a url") is None
    assert site_of(None) is None
