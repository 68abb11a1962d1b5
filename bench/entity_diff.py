"""The entity spans (or quotes) two versions of the code find differently on texts no gold file uses.

The closing notes' "on N unlabelled texts, M spans fixed" counts come from here: each version's
``find_entities`` runs, in its own process, on the first ``--texts`` articles of one language that
no gold file (entities, quotes or dates, blind sets included) refers to, each cut to its first
5,000 characters. Lines starting "-" are spans (with label) only the base finds, "+" spans only the
other one finds, each with its context. Reading them says what a rule changes on text nobody
annotated; it is no measurement against gold.

Usage: .venv/bin/python bench/entity_diff.py --base /tmp/start/src [--other src] --language de
[--texts 300] [--translated] [--quotes]

``--base`` and ``--other`` are ``src`` folders of two checkouts (``git worktree add /tmp/start COMMIT``).
``--translated`` reads the machine-translated pairs, the data's only Italian, Russian and Chinese texts.
``--quotes`` compares the quotes instead (span, kind and speaker), each version finding them on its own entities.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from _gold import GOLD, real_texts, translated_texts

#: Characters of each article the finders read: enough for several paragraphs, fast on two cores.
ARTICLE_CHARS = 5_000

_RUN = """
import json, sys
from newsprism.analyze.entities import find_entities
articles = json.load(sys.stdin)
json.dump({key: [(e.start, e.end, e.label) for e in find_entities(text, language)]
           for key, (text, language) in articles.items()}, sys.stdout)
"""
_RUN_QUOTES = """
import json, sys
from newsprism.analyze.entities import find_entities
from newsprism.analyze.quotes import find_quotes
articles = json.load(sys.stdin)
json.dump({key: [(q.start, q.end, f"{q.kind} -> {q.speaker}")
                 for q in find_quotes(text, language, find_entities(text, language))]
           for key, (text, language) in articles.items()}, sys.stdout)
"""


def unlabelled_texts(language: str, count: int, translated: bool) -> dict[str, str]:
    """The first ``count`` texts of ``language`` whose pair no gold file refers to, cut to ARTICLE_CHARS."""
    used = {json.loads(line)["pair_id"] for path in GOLD.rglob("*.jsonl") for line in path.open(encoding="utf-8")}
    source = translated_texts() if translated else real_texts()
    found: dict[str, str] = {}
    for text_id, text, text_language in source:
        if text_language == language and text_id.rsplit("-", 1)[0] not in used:
            found[text_id] = text[:ARTICLE_CHARS]
            if len(found) == count:
                break
    return found


def spans_of(
    src: Path, texts: dict[str, str], language: str, quotes: bool = False
) -> dict[str, set[tuple[int, int, str]]]:
    """Each text's entity spans (or quotes) as the code under ``src`` finds them, with their label (or kind and
    speaker), in a fresh process so that no module is shared."""
    environment = {**os.environ, "PYTHONPATH": str(src)}
    payload = json.dumps({key: (text, language) for key, text in texts.items()})
    result = subprocess.run(
        [sys.executable, "-c", _RUN_QUOTES if quotes else _RUN],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    return {
        key: {(start, end, label) for start, end, label in spans} for key, spans in json.loads(result.stdout).items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--base", type=Path, required=True, help="src folder of the version compared against")
    parser.add_argument("--other", type=Path, default=Path(__file__).resolve().parent.parent / "src")
    parser.add_argument("--language", required=True)
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--translated", action="store_true")
    parser.add_argument("--quotes", action="store_true", help="compare quotes and their speakers, not entities")
    args = parser.parse_args()
    texts = unlabelled_texts(args.language, args.texts, args.translated)
    base = spans_of(args.base, texts, args.language, args.quotes)
    other = spans_of(args.other, texts, args.language, args.quotes)
    changed = 0
    for key, text in texts.items():
        for sign, spans in (("-", base[key] - other[key]), ("+", other[key] - base[key])):
            for start, end, label in sorted(spans):
                changed += 1
                context = text[max(0, start - 40) : min(end, start + 200) + 80].replace("\n", " ")
                print(f"{sign} {key} {text[start:end]!r} {label} | {context!r}")
    print(f"{len(texts)} texts, {changed} {'quotes' if args.quotes else 'spans'} differ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
