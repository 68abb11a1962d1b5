"""How many quoted stretches of unlabelled articles the quote finder covers: a recall probe without gold.

It reads SemEval-2022 Task 8 texts of one language that no gold file (quotes, entities, dates) uses, finds
every stretch of five words or more between a pair of quotation marks of a common style, and counts those
no found quote overlaps. Not every stretch is a quote (titles, slogans, names), so the figure is an upper
bound on what is missed; ``--show`` prints missed stretches with their context, which is safe to read:
these texts are annotated nowhere.

Usage: .venv/bin/python bench/probe_quotes.py --language tr [--texts 400] [--seed 7] [--show 20]
[--translated]

``--translated`` reads the machine-translated pairs (the data's only Italian, Russian and Chinese texts).
"""

from __future__ import annotations

import argparse
import json
import random
import re

from _gold import GOLD, real_texts, translated_texts
from newsprism.analyze.entities import find_entities
from newsprism.analyze.quotes import find_quotes

#: A pair of quotation marks of one common style around 10 to 1,500 characters of one line.
_QUOTED = re.compile(
    r"“([^“”\n]{10,1500})”|«([^«»\n]{10,1500})»|„([^„“”\n]{10,1500})[“”]|\"([^\"\n]{10,1500})\"|"
    r"‘([^‘’\n]{10,1500})’|''([^'\n]{10,1500})''|「([^」\n]{4,800})」"
)
#: Fewest words of a stretch counted.
_MIN_WORDS = 5


def _used_pairs() -> set[str]:
    """The pair ids any gold file annotates."""
    used: set[str] = set()
    for path in GOLD.rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                used.add(json.loads(line)["pair_id"])
    return used


def main(language: str, count: int, seed: int, show: int, translated: bool) -> None:
    used = _used_pairs()
    source = translated_texts() if translated else real_texts()
    texts = [(key, text) for key, text, lang in source if lang == language and key.rsplit("-", 1)[0] not in used]
    random.Random(seed).shuffle(texts)
    seen: set[str] = set()  # some texts occur in several pairs
    stretches = missed = 0
    shown: list[str] = []
    for key, text in texts:
        if len(seen) >= count:
            break
        if text[:200] in seen:
            continue
        seen.add(text[:200])
        quotes = find_quotes(text, language, find_entities(text, language))
        for match in _QUOTED.finditer(text):
            group = next(i for i in range(1, (match.lastindex or 0) + 1) if match.group(i) is not None)
            start, end = match.span(group)
            if len(match.group(group).split()) < _MIN_WORDS:
                continue
            stretches += 1
            if not any(q.start < end and start < q.end for q in quotes):
                missed += 1
                if len(shown) < show:
                    before = text[max(0, start - 150) : start].replace("\n", " ¶ ")
                    shown.append(f"{key}: …{before}[[{text[start:end][:200]}]]")
    covered = stretches - missed
    print(
        f"{language}: {len(seen)} texts, {stretches} quoted stretches of {_MIN_WORDS} words or more, "
        f"{covered} covered by a found quote ({covered / stretches if stretches else 0.0:.2f}), {missed} not"
    )
    for line in shown:
        print(line)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--language", required=True)
    parser.add_argument("--texts", type=int, default=400, help="how many distinct texts to read")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="print this many missed stretches")
    parser.add_argument("--translated", action="store_true", help="read the machine-translated pairs")
    args = parser.parse_args()
    main(args.language, args.texts, args.seed, args.show, args.translated)
