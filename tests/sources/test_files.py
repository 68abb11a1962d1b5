"""Files and folders: every format's happy path and every bad-input case, one issue per bad input."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.config import Settings
from newsprism.extract import Extracted, content_id
from newsprism.records import Article, IngestIssue
from newsprism.sources import is_warning, iter_articles, iter_extracted, read_bytes
from newsprism.sources.formats import Kind
from tests.extract.pages import (
    ARTICLE_HTML,
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    FRENCH_CP1252_HTML,
    FRENCH_TEXT,
    FRENCH_TITLE,
    NAVIGATION_ONLY_HTML,
)

TEXT = "The port of Dover reopened on Tuesday after a three-day storm closure."
RUSSIAN_TITLE = "Переговоры продолжатся"
KINDS: tuple[Kind, ...] = ("txt", "html", "json", "jsonl")
RUSSIAN_TEXT = "Президент России заявил во вторник, что переговоры продолжатся на следующей неделе в Москве."


def read(
    *inputs: str | Path, settings: Settings | None = None, stdin: str | None = None
) -> list[Article | IngestIssue]:
    stream = io.StringIO(stdin) if stdin is not None else None
    return list(iter_articles([str(i) for i in inputs], settings or Settings(), stdin=stream))


def articles(items: list[Article | IngestIssue]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def issues(items: list[Article | IngestIssue]) -> list[IngestIssue]:
    return [item for item in items if isinstance(item, IngestIssue)]


def only_issue(items: list[Article | IngestIssue]) -> IngestIssue:
    assert len(items) == 1, items
    assert isinstance(items[0], IngestIssue)
    return items[0]


# --- happy paths -----------------------------------------------------------------------------


def test_txt_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        f"\n\n  {ARTICLE_TITLE}  \n\n{ARTICLE_PARAGRAPHS[0]}\n\n\n{ARTICLE_PARAGRAPHS[1]}\n", encoding="utf-8"
    )
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.title == ARTICLE_TITLE
    assert article.text == f"{ARTICLE_PARAGRAPHS[0]}\n\n{ARTICLE_PARAGRAPHS[1]}"
    assert article.path_or_url == str(path)
    assert article.id == content_id(ARTICLE_TITLE, article.text)


def test_txt_of_a_single_paragraph_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(TEXT, encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article)
    assert (article.title, article.text) == ("", TEXT)


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.HTM"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.title == ARTICLE_TITLE
    assert article.text == "\n\n".join(ARTICLE_PARAGRAPHS)
    assert article.source == "The Channel Herald"
    assert article.author == "Jane Doe"
    assert article.language == "en"
    assert article.published == "2024-03-05T08:30:00+00:00"
    assert article.url == "https://herald.example/2024/03/05/port-reopens"


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x1", "title": "Port", "text": TEXT, "language": "en"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": TEXT}, {"text": 5}, {"id": "x3", "text": TEXT + " Again."}]), encoding="utf-8")
    items = read(one, many)
    assert [a.id for a in articles(items)] == ["x1", content_id("", TEXT), "x3"]
    [issue] = issues(items)
    assert issue.where == f"{many}[1]"
    assert issue.reason == f"[E006] {many}[1]: field 'text' must be a string, not a number"


def test_jsonl_bad_lines_are_reported_by_number_and_good_lines_kept(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": TEXT}),
        "{not json",
        "",
        json.dumps({"id": "c", "text": TEXT, "published": "last week"}),
        "[1, 2]",
        json.dumps({"id": "f", "text": TEXT}),
        "   ",
    ]
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    items = read(path)
    assert [a.id for a in articles(items)] == ["a", "f"]
    assert [(i.where, i.reason[:6]) for i in issues(items)] == [
        (f"{path}:2", "[E005]"),
        (f"{path}:4", "[E006]"),
        (f"{path}:5", "[E005]"),
    ]
    assert issues(items)[0].reason.startswith(f"[E005] {path}:2: invalid JSON: ")
    assert all(a.path_or_url == str(path) for a in articles(items))


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(f"B2\n{TEXT}", encoding="utf-8")
    (tmp_path / "a" / "z.txt").write_text(f"AZ\n{TEXT}", encoding="utf-8")
    (tmp_path / "a" / "y.json").write_text(json.dumps({"title": "AY", "text": TEXT}), encoding="utf-8")
    (tmp_path / "0.txt").write_text(f"ROOT\n{TEXT}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(f"HIDDEN\n{TEXT}", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(f"GIT\n{TEXT}", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    items = read(tmp_path)
    assert [a.title for a in articles(items)] == ["ROOT", "AY", "AZ", "B2"]
    assert issues(items) == []
    assert articles(items)[1].path_or_url == str(tmp_path / "a" / "y.json")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_folder_symlink_cycles_are_not_followed(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(f"X\n{TEXT}", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [a.title for a in articles(read(tmp_path))] == ["X"]


def test_stdin_jsonl(tmp_path: Path) -> None:
    stdin = "\ufeff" + json.dumps({"id": "s1", "text": TEXT}) + "\n\n{oops}\n" + json.dumps({"text": TEXT}) + "\n"
    items = read("-", stdin=stdin)
    assert [a.id for a in articles(items)] == ["s1", content_id("", TEXT)]
    assert all(a.path_or_url == "-" for a in articles(items))
    [issue] = issues(items)
    assert issue.where == "<stdin>:3"
    assert issue.reason.startswith("[E005] <stdin>:3: invalid JSON")


def test_empty_stdin_is_e001() -> None:
    assert only_issue(read("-", stdin="\n  \n")).reason == "[E001] <stdin>: file is empty"


def test_stdin_line_over_the_limit_is_skipped(tmp_path: Path) -> None:
    long_line = json.dumps({"text": "x" * 500})
    stdin = f"{long_line}\n{json.dumps({'id': 'ok', 'text': TEXT})}\n"
    items = read("-", stdin=stdin, settings=Settings(max_file_bytes=200))
    assert [a.id for a in articles(items)] == ["ok"]
    assert only_issue(issues(items)).reason == "[E002] <stdin>:1: file is too large (over 200 bytes, limit 200)"


def test_legacy_encoded_files_are_decoded(tmp_path: Path) -> None:
    western = tmp_path / "western.txt"
    western.write_bytes(f"{FRENCH_TITLE}\n\n{FRENCH_TEXT}".encode("cp1252"))
    cyrillic = tmp_path / "cyrillic.txt"
    cyrillic.write_bytes(f"{RUSSIAN_TITLE}\n{RUSSIAN_TEXT}".encode("cp1251"))
    page = tmp_path / "page.html"
    page.write_bytes(FRENCH_CP1252_HTML.encode("cp1252"))
    first, second, third = read(western, cyrillic, page)
    assert isinstance(first, Article)
    assert (first.title, first.text) == (FRENCH_TITLE, FRENCH_TEXT)
    assert isinstance(second, Article)
    assert (second.title, second.text) == (RUSSIAN_TITLE, RUSSIAN_TEXT)
    assert isinstance(third, Article)
    assert third.title == FRENCH_TITLE


def test_utf16_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(f"{RUSSIAN_TITLE}\n{RUSSIAN_TEXT}".encode("utf-16"))
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.text == RUSSIAN_TEXT


def test_reingesting_with_different_whitespace_gives_the_same_id(tmp_path: Path) -> None:
    tidy = tmp_path / "tidy.txt"
    tidy.write_text(f"{ARTICLE_TITLE}\n{ARTICLE_PARAGRAPHS[0]}\n\n{ARTICLE_PARAGRAPHS[1]}", encoding="utf-8")
    messy = tmp_path / "messy.txt"
    messy.write_text(
        f"\r\n  {ARTICLE_TITLE}\r\n\r\n{ARTICLE_PARAGRAPHS[0].replace(' ', '  ')}\r\n\r\n\r\n{ARTICLE_PARAGRAPHS[1]}  ",
        encoding="utf-8",
    )
    first, second = read(tidy, messy)
    assert isinstance(first, Article)
    assert isinstance(second, Article)
    assert first.id == second.id
    assert read(tidy) == [first]


def test_long_text_is_cut_with_a_warning_before_its_article(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Title\n" + "word " * 100, encoding="utf-8")
    warning, article = read(path, settings=Settings(max_text_chars=100))
    assert isinstance(warning, IngestIssue)
    assert is_warning(warning)
    assert warning.reason == f"[W001] {path}: text cut to 100 characters"
    assert isinstance(article, Article)
    assert len(article.text) <= 100
    [extracted] = iter_extracted([str(path)], Settings(max_text_chars=100))
    assert not isinstance(extracted, IngestIssue)
    assert extracted.warnings == (warning.reason,)


# --- bad inputs: one issue each, the rest of the batch kept ------------------------------------


def test_every_bad_input_is_reported_and_the_rest_kept(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(f"Good\n{TEXT}", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.json"
    blank.write_text(" \n\t\n", encoding="utf-8")
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(0x80, 0x100)) * 3)
    nav = tmp_path / "nav.html"
    nav.write_text(NAVIGATION_ONLY_HTML, encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "unterminated', encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("Title\nToo short.", encoding="utf-8")
    docx = tmp_path / "report.docx"
    docx.write_bytes(b"PK\x03\x04")
    missing = tmp_path / "missing.txt"
    items = read(empty, blank, binary, junk, nav, broken, short, docx, missing, good)
    assert [a.title for a in articles(items)] == ["Good"]
    assert [i.reason for i in issues(items)] == [
        f"[E001] {empty}: file is empty",
        f"[E001] {blank}: file is empty",
        f"[E003] {binary}: looks like a binary file, not text, HTML or JSON",
        f"[E004] {junk}: could not decode the text (tried UTF-8 and detected encodings)",
        f"[E007] {nav}: no article text found",
        f"[E005] {broken}: invalid JSON: Unterminated string starting at: line 1 column 10 (char 9)",
        f"[E008] {short}: text too short (10 characters, minimum 20)",
        f"[E009] {docx}: unsupported file type '.docx'",
        f"[E010] {missing}: no such file or folder",
    ]
    assert all(i.where in i.reason and "\n" not in i.reason for i in issues(items))


def test_enormous_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(6_000_000_000)  # sparse: 6 GB on paper, nothing on disk; reading it would take long
    issue = only_issue(read(path))
    assert issue.reason == f"[E002] {path}: file is too large (6000000000 bytes, limit 5000000)"


def test_file_just_over_a_small_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Title\n{TEXT}", encoding="utf-8")
    size = path.stat().st_size
    assert only_issue(read(path, settings=Settings(max_file_bytes=size - 1))).reason.startswith("[E002]")
    assert isinstance(read(path, settings=Settings(max_file_bytes=size))[0], Article)


def test_empty_json_list_and_non_object_json(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    scalar = tmp_path / "scalar.json"
    scalar.write_text('"just a string"', encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    first, second, third = read(empty, scalar, deep)
    assert isinstance(first, IngestIssue)
    assert first.reason == f"[E001] {empty}: file is empty"
    assert isinstance(second, IngestIssue)
    assert second.reason == f"[E005] {scalar}: invalid JSON: expected an object, got a string"
    assert isinstance(third, IngestIssue)
    assert third.reason.startswith(f"[E005] {deep}")


def test_wrong_field_types_name_the_field_and_line(tmp_path: Path) -> None:
    path = tmp_path / "types.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(obj)
            for obj in (
                {"text": TEXT, "title": 3},
                {"text": TEXT, "published": ["2024"]},
                {"html": 1},
                {"title": "no body"},
            )
        ),
        encoding="utf-8",
    )
    assert [i.reason for i in issues(read(path))] == [
        f"[E006] {path}:1: field 'title' must be a string, not a number",
        f"[E006] {path}:2: field 'published' must be a string, not an array",
        f"[E006] {path}:3: field 'html' must be a string, not a number",
        f"[E006] {path}:4: field 'text' is missing (give 'text' or 'html')",
    ]


def test_unsupported_extension_named_explicitly(tmp_path: Path) -> None:
    path = tmp_path / "notes"
    path.write_text(f"Title\n{TEXT}", encoding="utf-8")
    assert only_issue(read(path)).reason == f"[E009] {path}: unsupported file type '(none)'"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_special_files_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert only_issue(read(fifo)).reason.startswith(f"[E009] {fifo}")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_an_issue(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(f"Title\n{TEXT}", encoding="utf-8")
    path.chmod(0)
    try:
        assert only_issue(read(path)).reason.startswith(f"[E011] {path}: could not fetch: Permission denied")
    finally:
        path.chmod(0o600)


def test_text_of_invisible_characters_only(tmp_path: Path) -> None:
    path = tmp_path / "invisible.txt"
    path.write_text("\u200b\u200b\n\ufeff\u00ad\n", encoding="utf-8")
    assert only_issue(read(path)).reason.startswith(f"[E008] {path}: text too short (0 characters")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(max_size=400).map(str.encode), kind=st.sampled_from(list(KINDS)))
def test_any_bytes_give_articles_or_issues_never_exceptions(data: bytes, kind: Kind) -> None:
    for item in read_bytes(data, kind, "fuzz", Settings(min_text_chars=1)):
        assert isinstance(item, Extracted | IngestIssue)
        if isinstance(item, IngestIssue):
            assert item.reason.startswith("[E")
            assert "\n" not in item.reason
