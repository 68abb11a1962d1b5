"""Reading every input of an ingest run: files, folders, stdin, URLs."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

import httpx

from newsprism.config import Settings
from newsprism.errors import BadInputError, Errors
from newsprism.extract import Extracted
from newsprism.records import Article, IngestIssue
from newsprism.sources.fetch import DEFAULT_TIMEOUT_S, Fetched, fetch_url, is_url
from newsprism.sources.formats import Item, Kind, issue, json_line, kind_of, read_bytes

#: How standard input is named in messages (``<stdin>:3`` for its third line).
STDIN = "<stdin>"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_JSON_TYPES = frozenset({"application/json", "text/json"})
_JSONL_TYPES = frozenset({"application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines"})
_UNTYPED = frozenset({"", "application/octet-stream", "binary/octet-stream"})


def is_warning(item: IngestIssue) -> bool:
    """Whether an issue is a warning (``[W...]``: the article was still read) rather than a refusal."""
    return item.reason.startswith("[W")


def _walk(folder: Path) -> list[Path]:
    """Readable files under ``folder``, recursively, sorted; hidden files and folders skipped.

    Files whose ending names no supported format are left out. Symbolic links to
    folders are not followed (no cycles).
    """
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, name) for name in files if not name.startswith(".") and kind_of(name))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _read_file(path: Path, where: str, settings: Settings) -> Iterator[Item]:
    kind = kind_of(path)
    if kind is None:
        yield issue(where, Errors.E009.format(where=where, suffix=path.suffix or "(none)"))
        return
    limit = settings.max_file_bytes
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size == 0:
                raise BadInputError(Errors.E001.format(where=where))
            if size > limit:
                raise BadInputError(Errors.E002.format(where=where, size=size, limit=limit))
            data = handle.read(limit + 1)
    except BadInputError as exc:
        yield issue(where, exc.message)
        return
    except FileNotFoundError:
        yield issue(where, Errors.E010.format(where=where))
        return
    except OSError as exc:
        yield issue(where, Errors.E011.format(where=where, detail=exc.strerror or type(exc).__name__))
        return
    if len(data) > limit:  # grew since it was measured
        yield issue(where, Errors.E002.format(where=where, size=f"over {limit}", limit=limit))
        return
    yield from read_bytes(data, kind, where, settings, path_or_url=where)


def _read_path(raw: str, settings: Settings) -> Iterator[Item]:
    path = Path(raw)
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        yield issue(raw, Errors.E010.format(where=raw))
        return
    except OSError as exc:
        yield issue(raw, Errors.E011.format(where=raw, detail=exc.strerror or type(exc).__name__))
        return
    if stat.S_ISDIR(mode):
        for file in _walk(path):
            yield from _read_file(file, str(file), settings)
    elif stat.S_ISREG(mode):
        yield from _read_file(path, raw, settings)
    else:
        yield issue(raw, Errors.E009.format(where=raw, suffix="(not a regular file)"))


def _skip_rest_of_line(stream: TextIO, limit: int) -> None:
    while True:
        rest = stream.readline(limit)
        if not rest or rest.endswith("\n"):
            return


def _read_stdin(stream: TextIO, settings: Settings) -> Iterator[Item]:
    """JSONL on standard input, read line by line (each line bounded by ``max_file_bytes``)."""
    limit = settings.max_file_bytes
    number = 0
    seen = False
    while True:
        where = f"{STDIN}:{number + 1}"
        try:
            line = stream.readline(limit + 1)
        except UnicodeDecodeError:
            yield issue(where, Errors.E004.format(where=where))
            return
        if not line:
            break
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            _skip_rest_of_line(stream, limit)
            seen = True
            yield issue(where, Errors.E002.format(where=where, size=f"over {limit}", limit=limit))
            continue
        if number == 1:
            line = line.removeprefix("\ufeff")
        if line.strip():
            seen = True
            yield json_line(line, where, settings, "-")
    if not seen:
        yield issue(STDIN, Errors.E001.format(where=STDIN))


def _kind_of_response(fetched: Fetched) -> Kind | None:
    media = fetched.content_type
    if media in _HTML_TYPES:
        return "html"
    if media == "text/plain":
        return "txt"
    if media in _JSON_TYPES:
        return "json"
    if media in _JSONL_TYPES:
        return "jsonl"
    if media in _UNTYPED:
        return kind_of(urlsplit(fetched.final_url).path) or "html"
    return None


def _read_url(url: str, settings: Settings, timeout: float, client: httpx.Client | None) -> Iterator[Item]:
    try:
        fetched = fetch_url(url, settings, timeout=timeout, client=client)
    except BadInputError as exc:
        yield issue(url, exc.message)
        return
    kind = _kind_of_response(fetched)
    if kind is None:
        detail = f"unsupported content type '{fetched.content_type}'"
        yield issue(url, Errors.E011.format(where=url, detail=detail))
        return
    if not fetched.content:
        yield issue(url, Errors.E001.format(where=url))
        return
    page_url = fetched.final_url if kind in ("html", "txt") else None
    yield from read_bytes(fetched.content, kind, url, settings, path_or_url=url, url=page_url, declared=fetched.charset)


def iter_extracted(
    inputs: Sequence[str],
    settings: Settings,
    stdin: TextIO | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    client: httpx.Client | None = None,
) -> Iterator[Extracted | IngestIssue]:
    """Like :func:`iter_articles`, with each article's warnings kept beside it in :class:`Extracted`."""
    for raw in inputs:
        if raw == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, settings)
        elif is_url(raw):
            yield from _read_url(raw, settings, timeout, client)
        else:
            yield from _read_path(raw, settings)


def iter_articles(
    inputs: Sequence[str],
    settings: Settings,
    stdin: TextIO | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    client: httpx.Client | None = None,
) -> Iterator[Article | IngestIssue]:
    """Read articles from files, folders, standard input and URLs, in order.

    Inputs:
        - ``.txt`` (first non-empty line = title), ``.html``/``.htm``, ``.json`` (an
          object or a list of objects), ``.jsonl`` (an object per line) files;
        - folders, recursively in sorted order, hidden files and files of other
          types skipped;
        - ``-``: JSONL on ``stdin`` (``sys.stdin`` when None);
        - ``http://`` and ``https://`` URLs (HTML pages; also plain text and JSON).

    Args:
        inputs: Paths, ``-`` and URLs, as given on the command line.
        settings: Size and length limits.
        stdin: The stream ``-`` reads.
        timeout: Seconds per network step for URLs.
        client: An HTTP client to reuse for URLs.

    Yields:
        An :class:`Article` for each article read, and an :class:`IngestIssue` for each
        input (file, JSON line, list item, URL) that could not be read, with a coded
        one-line reason; reading goes on with the next. Warnings (``[W001]`` text cut)
        come as issues just before their article; :func:`is_warning` tells them apart.
    """
    for item in iter_extracted(inputs, settings, stdin, timeout=timeout, client=client):
        if isinstance(item, IngestIssue):
            yield item
            continue
        for warning in item.warnings:
            yield issue(item.where or item.article.path_or_url or "", warning)
        yield item.article
