"""Input formats: the bytes of a file or response to articles, one format per reader.

- ``txt``: the first non-empty line is the title, the rest the text;
- ``html``: one page, main text and metadata extracted;
- ``json``: one object, or a list of objects (see :mod:`newsprism.extract.mapping`);
- ``jsonl``: one object per line; a bad line is reported as ``file:line`` and the others kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import PurePath
from typing import Literal

from newsprism.config import Settings
from newsprism.errors import BadInputError, Errors
from newsprism.extract import (
    Extracted,
    article_from_mapping,
    build_article,
    declared_charset,
    decode_bytes,
    extract_html,
    normalize_text,
)
from newsprism.records import IngestIssue

Kind = Literal["txt", "html", "json", "jsonl"]
#: File name endings read, lower case.
SUFFIXES: dict[str, Kind] = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
Item = Extracted | IngestIssue


def kind_of(path: str | PurePath) -> Kind | None:
    """The format a file name's ending names, or None when it is not read."""
    return SUFFIXES.get(PurePath(path).suffix.lower())


def issue(where: str, reason: str) -> IngestIssue:
    """An issue with its reason kept to one line."""
    return IngestIssue(where=where, reason=" ".join(reason.splitlines()))


def _json_detail(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _loads(text: str, where: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise BadInputError(Errors.E005.format(where=where, detail=_json_detail(exc))) from None


def json_line(line: str, where: str, settings: Settings, path_or_url: str | None) -> Item:
    """One JSONL line (not blank) to an article or an issue naming ``where`` (``file:line``)."""
    try:
        return article_from_mapping(_loads(line, where), where, settings, path_or_url=path_or_url)
    except BadInputError as exc:
        return issue(where, exc.message)


def _txt(text: str, where: str, settings: Settings, path_or_url: str | None, url: str | None) -> Extracted:
    lines = normalize_text(text).split("\n")
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    title, rest = "\n".join(lines[first : first + 1]), "\n".join(lines[first + 1 :])
    if not rest.strip():
        # A single paragraph: it is the text, not a headline.
        title, rest = "", title
    return build_article(text=rest, where=where, settings=settings, title=title, url=url, path_or_url=path_or_url)


def _html(text: str, where: str, settings: Settings, path_or_url: str | None, url: str | None) -> Extracted:
    page = extract_html(text, where, settings, url=url)
    return build_article(
        text=page.text,
        where=where,
        settings=settings,
        title=page.title,
        url=page.url,
        source=page.source,
        published=page.published,
        language=page.language,
        author=page.author,
        path_or_url=path_or_url,
    )


def read_bytes(
    data: bytes,
    kind: Kind,
    where: str,
    settings: Settings,
    *,
    path_or_url: str | None = None,
    url: str | None = None,
    declared: str | None = None,
) -> Iterator[Item]:
    """Read one input's bytes in the given format.

    Args:
        data: The file's or response's bytes (their size already checked).
        kind: The format.
        where: The input as messages name it (file path or URL).
        settings: Limits.
        path_or_url: Recorded on each article as where it was read from.
        url: The page's address for HTML and text fetched from the web.
        declared: An encoding the transport declares (HTTP ``charset``).

    Yields:
        Articles (with their warnings) and issues; one bad object or line does not
        stop the others.
    """
    try:
        if kind == "html":
            declared = declared or declared_charset(data)
        text = decode_bytes(data, where, declared=declared)
        if not text.strip():
            raise BadInputError(Errors.E001.format(where=where))
        if kind == "txt":
            yield _txt(text, where, settings, path_or_url, url)
        elif kind == "html":
            yield _html(text, where, settings, path_or_url, url)
        elif kind == "json":
            value = _loads(text, where)
            if isinstance(value, list):
                if not value:
                    raise BadInputError(Errors.E001.format(where=where))
                for index, obj in enumerate(value):
                    item_where = f"{where}[{index}]"
                    try:
                        yield article_from_mapping(obj, item_where, settings, path_or_url=path_or_url)
                    except BadInputError as exc:
                        yield issue(item_where, exc.message)
            else:
                yield article_from_mapping(value, where, settings, path_or_url=path_or_url)
        else:
            for number, line in enumerate(text.split("\n"), start=1):
                if line.strip():
                    yield json_line(line, f"{where}:{number}", settings, path_or_url)
    except BadInputError as exc:
        yield issue(where, exc.message)
