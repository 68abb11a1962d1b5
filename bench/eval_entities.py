"""Entity finder against the hand-annotated gold set (bench/gold/entities/*.jsonl).

The gold files hold offsets and labels only; the texts are read from the
SemEval-2022 Task 8 pairs in ../shared (never copied into the project). Each gold
record covers the first ``window`` characters of one article; the finder runs on
the whole text and its spans inside the window are scored.

Records carry their ``language``; the first files, one per language (``en.jsonl`` ...), take it
from their name. ``bench/gold/entities/sets.json`` says which files are blind (nobody has read
their errors: report them in aggregate only, never with ``--diff``) and which are development sets.

``--hostile`` also times the finder on texts built to make its scans costly: thousands of distinct
names (every one looked for again elsewhere), one name repeated, names after sentence ends.

``--boundaries`` counts, per language, how found spans that overlap a gold span without matching it
differ at each edge (which side, longer or shorter, and what the extra or missing piece is), as
counts only: safe on a blind set.

``--without-russian-model`` scores Russian with the rules alone, as where natasha is not installed.

Usage: .venv/bin/python bench/eval_entities.py [--set blind|dev | --files a,b] [--diff LANG] [--boundaries] [--speed]
[--hostile] [--without-russian-model]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

from _gold import PAIRS, file_stems, gold_set, real_texts
from newsprism.analyze import entities
from newsprism.analyze.entities import MAX_CHARS, find_entities, find_entities_many

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold" / "entities"

Span = tuple[int, int, str]


def load_texts() -> dict[tuple[str, int, str], str]:
    """(pair_id, 1|2, sha1 prefix) -> text, for every article in the pairs file."""
    texts: dict[tuple[str, int, str], str] = {}
    with PAIRS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for which in (1, 2):
                text = record[f"text{which}"]
                texts[(record["pair_id"], which, hashlib.sha1(text.encode()).hexdigest()[:12])] = text
    return texts


def match(gold: list[Span], found: list[Span], overlap: bool, labelled: bool) -> int:
    """Number of one-to-one matches between gold and found spans."""
    used = [False] * len(found)
    hits = 0
    for g_start, g_end, g_label in gold:
        for k, (f_start, f_end, f_label) in enumerate(found):
            if used[k] or (labelled and f_label != g_label):
                continue
            same = f_start < g_end and g_start < f_end if overlap else (f_start, f_end) == (g_start, g_end)
            if same:
                used[k] = True
                hits += 1
                break
    return hits


def prf(hits: int, n_gold: int, n_found: int) -> tuple[float, float, float]:
    p = hits / n_found if n_found else 0.0
    r = hits / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="also time the finder on 500-word articles")
    parser.add_argument("--hostile", action="store_true", help="also time the finder on hostile texts")
    parser.add_argument("--diff", metavar="LANG", help="print the missed and spurious spans of one language")
    parser.add_argument("--boundaries", action="store_true", help="count how overlapping spans differ at their edges")
    parser.add_argument("--files", help="comma-separated gold file stems to read (default: all)")
    parser.add_argument("--set", help="a set of bench/gold/entities/sets.json (blind, dev) instead of --files")
    parser.add_argument(
        "--without-russian-model",
        action="store_true",
        help="Russian names from the rules alone, as where natasha is not installed (what the model adds)",
    )
    args = parser.parse_args()
    if args.without_russian_model:
        # The same fallback find_entities takes when the package is missing.
        entities.russian_model_spans = lambda texts: None  # type: ignore[assignment]
    if not PAIRS.exists():
        print(f"evaluation data not found at {PAIRS}", file=sys.stderr)
        return 1
    stems = gold_set("entities", args.set) if args.set else file_stems(args.files)
    texts = load_texts()
    header = f"{'lang':5} {'docs':>4} {'gold':>5} {'found':>5}  {'exact P/R/F1':>20}"
    print(f"{header}  {'exact+label F1':>14}  {'overlap P/R/F1':>20}")
    by_language: dict[str, dict[str, int]] = {}
    edges: Counter[tuple[str, str]] = Counter()  # (language, how an edge differs), for --boundaries
    for path in sorted(GOLD.glob("*.jsonl")):
        if stems is not None and path.stem not in stems:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            language = record.get("language", path.stem)
            text = texts[(record["pair_id"], record["text"], record["sha1"])]
            window = record["window"]
            gold = [(s["start"], s["end"], s["label"]) for s in record["spans"]]
            found = [(e.start, e.end, e.label) for e in find_entities(text, language) if e.start < window]
            counts = by_language.setdefault(language, dict.fromkeys(_COUNTS, 0))
            counts["docs"] += 1
            counts["gold"] += len(gold)
            counts["found"] += len(found)
            counts["exact"] += match(gold, found, overlap=False, labelled=False)
            counts["labelled"] += match(gold, found, overlap=False, labelled=True)
            counts["overlap"] += match(gold, found, overlap=True, labelled=False)
            if args.boundaries:
                for difference in edge_differences(text, gold, found):
                    edges[(language, difference)] += 1
                    edges[("all", difference)] += 1
            if args.diff == language:
                show_diff(text, gold, found)
    if by_language:
        by_language["all"] = {key: sum(counts[key] for counts in by_language.values()) for key in _COUNTS}
    for language, counts in by_language.items():
        exact = prf(counts["exact"], counts["gold"], counts["found"])
        labelled = prf(counts["labelled"], counts["gold"], counts["found"])
        overlap = prf(counts["overlap"], counts["gold"], counts["found"])
        print(
            f"{language:5} {counts['docs']:4d} {counts['gold']:5d} {counts['found']:5d}  "
            f"{exact[0]:.3f}/{exact[1]:.3f}/{exact[2]:.3f}{'':3}  {labelled[2]:14.3f}  "
            f"{overlap[0]:.3f}/{overlap[1]:.3f}/{overlap[2]:.3f}"
        )
    if args.boundaries:
        print(f"\n{'lang':5} {'edge of a found span overlapping a gold one':<52} {'count':>5}")
        for (language, difference), count in sorted(edges.items(), key=lambda item: (item[0][0] != "all", item)):
            print(f"{language:5} {difference:<52} {count:5d}")
    if args.speed:
        speed(texts)
    if args.hostile:
        hostile()
    return 0


_COUNTS = ("docs", "gold", "found", "exact", "labelled", "overlap")


def edge_differences(text: str, gold: list[Span], found: list[Span]) -> list[str]:
    """How each found span that overlaps a gold span, without the same offsets, differs from it at each edge."""
    exact = {(start, end) for start, end, _ in gold}
    differences = []
    for f_start, f_end, _ in found:
        if (f_start, f_end) in exact:
            continue
        overlapping = [(g_start, g_end) for g_start, g_end, _ in gold if f_start < g_end and g_start < f_end]
        if len(overlapping) > 1:
            differences.append("covers several gold spans")
            continue
        if not overlapping:
            continue
        g_start, g_end = overlapping[0]
        if f_start != g_start:
            side = "found starts earlier" if f_start < g_start else "found starts later"
            differences.append(f"{side}: {_piece(text[min(f_start, g_start) : max(f_start, g_start)])}")
        if f_end != g_end:
            side = "found ends later" if f_end > g_end else "found ends earlier"
            differences.append(f"{side}: {_piece(text[min(f_end, g_end) : max(f_end, g_end)])}")
    return differences


def _piece(piece: str) -> str:
    """What kind of text a span's edge gains or loses ("an elided article", "lower-case words" ...)."""
    words = piece.split()
    if not words:
        return "white space"
    if any(mark in piece for mark in "'’") and len(piece.strip()) <= 5:
        return "an apostrophe piece (elision, possessive)"
    if not any(c.isalnum() for c in piece):
        return "punctuation"
    if len(words) > 1 and any(c.isalnum() for c in piece) and "\n" in piece:
        return "text over a line break"
    capitalised = [word[0].isupper() for word in words if word[0].isalpha()]
    if not capitalised:
        return "digits or symbols"
    if all(capitalised):
        return f"{'one' if len(words) == 1 else 'several'} capitalised word{'s' * (len(words) > 1)}"
    if not any(capitalised):
        return f"{'one' if len(words) == 1 else 'several'} lower-case word{'s' * (len(words) > 1)}"
    if len(words) == 1:
        return "part of a word (a hyphen, a suffix)"
    return "mixed words"


def show_diff(text: str, gold: list[Span], found: list[Span]) -> None:
    """Gold spans not found exactly (-), found spans not in gold (+), and label mismatches (~)."""
    found_at = {(s, e): label for s, e, label in found}
    gold_at = {(s, e): label for s, e, label in gold}
    for (start, end), label in sorted(gold_at.items()):
        if (start, end) not in found_at:
            print(f"  - {label:4} {text[start:end]!r} @{start}")
        elif found_at[(start, end)] != label:
            print(f"  ~ {label:4}<-{found_at[(start, end)]:4} {text[start:end]!r} @{start}")
    for (start, end), label in sorted(found_at.items()):
        if (start, end) not in gold_at:
            print(f"  + {label:4} {text[start:end]!r} @{start}")
    print("  --")


def speed(texts: dict[tuple[str, int, str], str]) -> None:
    """Articles per second per language on 500-word articles (real texts, repeated to 500 words)."""
    by_language: dict[str, list[str]] = {}
    for _, text, language in real_texts():
        words = text.split()
        if len(words) >= 100:
            while len(words) < 500:
                words = words + words
            by_language.setdefault(language, []).append(" ".join(words[:500]))
    print("\nspeed (single process, after warm-up): one call per article, then one batched call")
    for language, articles in sorted(by_language.items()):
        sample = articles[:100]
        find_entities(sample[0], language)
        start = time.perf_counter()
        for article in sample:
            find_entities(article, language)
        single = len(sample) / (time.perf_counter() - start)
        start = time.perf_counter()
        find_entities_many(sample, [language] * len(sample))
        batched = len(sample) / (time.perf_counter() - start)
        print(f"{language:5} {single:7.1f} {batched:7.1f} articles/s ({len(sample)} articles of 500 words)")


def _distinct_names(count: int) -> str:
    """``count`` two-word names that differ in their surnames ("Anna BergAaa Anna BergBaa ...")."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(
        f"Anna Berg{letters[i % 26].upper()}{letters[i // 26 % 26]}{letters[i // 676 % 26]}" for i in range(count)
    )


#: Hostile inputs for the entity finder: (what, text), each run in German, English, Polish and Russian up to MAX_CHARS.
HOSTILE: tuple[tuple[str, str], ...] = (
    ("20,000 distinct two-word names", _distinct_names(20_000)),
    ("one word repeated", "Krim " * 40_000),
    ("a name after every sentence end", "Die Krim. " + "Anna Berg und Anna Bergs. " * 8_000),
)


def _distinct_dotted_names(count: int) -> str:
    """``count`` Chinese foreign names written with a middle dot, each different ("阿巴·比博说。...")."""
    syllables = "阿埃艾安奥巴班贝比波伯博布达戴丹德迪杜多"
    return "".join(
        f"{syllables[i % 20]}{syllables[i // 20 % 20]}·{syllables[i // 400 % 20]}{syllables[i % 7]}说。"
        for i in range(count)
    )


#: Hostile inputs for the Chinese finder (foreign names with dots, their dotless repeats).
HOSTILE_ZH: tuple[tuple[str, str], ...] = (
    ("20,000 distinct dotted names", _distinct_dotted_names(20_000)),
    ("one dotted name repeated with its surname", "哈桑·鲁哈尼说。鲁哈尼" * 20_000),
    ("middle dots only", "·" * MAX_CHARS),
)


def hostile() -> None:
    """Seconds per hostile text (at most MAX_CHARS characters are read), per language."""
    print("\nhostile inputs (single process, after warm-up)")
    runs = [(language, HOSTILE) for language in ("de", "en", "pl", "ru")] + [("zh", HOSTILE_ZH)]
    for language, cases in runs:
        find_entities("Angela Merkel traf Emmanuel Macron in Paris. 普京在北京会见了习近平。", language)
        for what, long_text in cases:
            text = long_text[:MAX_CHARS]
            start = time.perf_counter()
            find_entities(text, language)
            print(f"{language:5} {what:<44} {len(text):>8,} chars: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
