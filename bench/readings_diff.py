"""What a change does to the dates or quotes read from unannotated SemEval texts: dump, then compare.

A rule measured on gold only shows the sentences the gold happens to hold. This reads a fixed sample of
corpus texts with whatever code ``PYTHONPATH`` points at, and lists every reading that differs between two
dumps, with its context, so that a reader can judge the changes by eye. Run it with the code before a change
(a worktree) and after it::

    git worktree add /tmp/before COMMIT~1
    PYTHONPATH=/tmp/before/src .venv/bin/python bench/readings_diff.py dump dates /tmp/before.json
    .venv/bin/python bench/readings_diff.py dump dates /tmp/after.json
    .venv/bin/python bench/readings_diff.py compare /tmp/before.json /tmp/after.json

Dates are read against one reference date for every text (``--reference``, 2020-03-15 by default): the
corpus has no publication dates, so a rule that looks at the reference date is judged here only roughly.
Quotes are read from texts outside the quote gold (``--outside-gold``), so that the gold stays unread.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from _gold import GOLD, hashed_texts

#: Characters of context on each side of a changed reading.
CONTEXT = 90


def sample(languages: list[str], per_language: int, seed: int, bounds: tuple[int, int], exclude: set[str]) -> dict:
    """``per_language`` texts of each language, by SHA-1, drawn with ``seed`` from the texts within ``bounds``
    characters that ``exclude`` (SHA-1s) leaves out."""
    by_language: dict[str, dict[str, str]] = {}
    for digest, language, text in hashed_texts():
        if digest not in exclude and bounds[0] <= len(text) <= bounds[1]:
            by_language.setdefault(language, {})[digest] = text
    drawn: dict[str, tuple[str, str]] = {}
    for language in languages:
        keys = sorted(by_language.get(language, {}))
        random.Random(seed).shuffle(keys)
        drawn.update({key: (language, by_language[language][key]) for key in keys[:per_language]})
    return drawn


def gold_sha1s(task: str) -> set[str]:
    """The SHA-1s of the texts a task's gold annotates."""
    found: set[str] = set()
    for path in (GOLD / task).glob("**/*.jsonl"):
        found.update(json.loads(line)["text_sha1"] for line in path.open(encoding="utf-8") if line.strip())
    return found


def readings(task: str, text: str, language: str, reference: str) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of each date, or ``(start, end, speaker)`` of each quote, the code reads."""
    if task == "dates":
        from newsprism.analyze.dates import find_dates

        return [(d.start, d.end, d.value) for d in find_dates(text, language, reference)]
    from newsprism.analyze.entities import find_entities
    from newsprism.analyze.quotes import find_quotes

    return [(q.start, q.end, str(q.speaker)) for q in find_quotes(text, language, tuple(find_entities(text, language)))]


def dump(arguments: argparse.Namespace) -> None:
    exclude = gold_sha1s(arguments.task) if arguments.outside_gold else set()
    texts = sample(arguments.languages.split(","), arguments.per_language, arguments.seed, arguments.bounds, exclude)
    rows = []
    for digest, (language, text) in sorted(texts.items()):
        for start, end, value in readings(arguments.task, text, language, arguments.reference):
            context = text[max(0, start - CONTEXT) : start] + "[[" + text[start:end] + "]]" + text[end : end + CONTEXT]
            rows.append([language, digest, start, end, value, context.replace("\n", " / ")])
    Path(arguments.out).write_text(json.dumps({"texts": len(texts), "rows": rows}, ensure_ascii=False))
    print(f"{len(texts)} texts, {len(rows)} readings -> {arguments.out}")


def compare(arguments: argparse.Namespace) -> None:
    before, after = (json.loads(Path(path).read_text()) for path in (arguments.before, arguments.after))
    old = {tuple(row[:5]): row[5] for row in before["rows"]}
    new = {tuple(row[:5]): row[5] for row in after["rows"]}
    for sign, keys, contexts in (("-", old.keys() - new.keys(), old), ("+", new.keys() - old.keys(), new)):
        for key in sorted(keys):
            print(sign, key[0], key[4], "|", contexts[key])
    print(
        f"{before['texts']} texts: {len(old)} -> {len(new)} readings, {len(old.keys() - new.keys())} gone, "
        f"{len(new.keys() - old.keys())} new"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="read the sample with the code on PYTHONPATH")
    dumping.add_argument("task", choices=["dates", "quotes"])
    dumping.add_argument("out")
    dumping.add_argument("--languages", default="en,de,fr,es,it,pl,ru,tr,ar")
    dumping.add_argument("--per-language", type=int, default=120)
    dumping.add_argument("--seed", type=int, default=3)
    dumping.add_argument("--reference", default="2020-03-15", help="reference date of every text (dates)")
    dumping.add_argument("--outside-gold", action="store_true", help="only texts the task's gold leaves out")
    dumping.add_argument("--bounds", type=int, nargs=2, default=(0, 10**9), help="fewest and most characters")
    comparing = commands.add_parser("compare", help="list the readings that differ between two dumps")
    comparing.add_argument("before")
    comparing.add_argument("after")
    arguments = parser.parse_args()
    dump(arguments) if arguments.command == "dump" else compare(arguments)


if __name__ == "__main__":
    main()
