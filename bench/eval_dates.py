"""Date resolution against the hand-annotated gold set (bench/gold/dates/*.jsonl).

Each gold article declares the reference date it is resolved against. A gold date is
resolved correctly when a predicted mention overlaps its span and has the same value.
Accuracy = correct / gold mentions; also printed: detection precision and recall
(overlap only) and the share of predictions that are correct (precision of values).

``--breakdown`` adds, as counts only (safe on a blind set), how the wrong values are wrong: off by whole
years only, a day where the gold has a span or the other way round, a span with the gold's start but
another end, the right year but another month or day, or further off.

Usage: .venv/bin/python bench/eval_dates.py [--verbose] [--breakdown] [--set blind|dev | --files STEMS]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from _gold import file_stems, gold_records, gold_set, load_texts, overlaps, prf
from newsprism.analyze.dates import find_dates


def kind_of_error(gold: str, predicted: str) -> str:
    """How a predicted value differs from the gold one (both ``YYYY-MM-DD`` or ``YYYY-MM-DD/YYYY-MM-DD``)."""
    gold_first, _, gold_last = gold.partition("/")
    first, _, last = predicted.partition("/")
    gold_last, last = gold_last or gold_first, last or first
    if gold_first[4:] == first[4:] and gold_last[4:] == last[4:]:
        return "off by whole years only"
    if (gold_first == gold_last) != (first == last):
        inside = gold_first <= first <= last <= gold_last or first <= gold_first <= gold_last <= last
        shape = "a day where the gold has a span" if first == last else "a span where the gold has a day"
        return f"{shape}{', inside it' if inside else ', elsewhere'}"
    if gold_first == first:
        return "the gold's start, another end"
    if gold_first[:4] == first[:4]:
        return "the right year, another month or day"
    return "further off"


def score(
    gold_dates: list[dict[str, Any]],
    predicted: Sequence[tuple[int, int, str, str]],
    counts: list[int],
    errors: Counter[str],
    on_error: Callable[[str, dict[str, Any] | None, tuple[int, int, str, str] | None], None] | None = None,
) -> None:
    """Add one article's counts: ``counts`` ``[correct, detected, predicted, gold]``, ``errors`` by kind.

    ``predicted`` holds ``(start, end, value, surface)``; each gold date takes the first unused prediction that
    overlaps it, and is correct when their values are equal. ``on_error`` hears of each miss ("FN"), wrong value
    ("VAL") and extra prediction ("FP").
    """
    counts[2] += len(predicted)
    counts[3] += len(gold_dates)
    used: set[int] = set()
    for gold in gold_dates:
        match = next(
            (i for i, p in enumerate(predicted) if i not in used and overlaps(p[0], p[1], gold["start"], gold["end"])),
            None,
        )
        if match is None:
            errors["missed"] += 1
            if on_error:
                on_error("FN", gold, None)
            continue
        used.add(match)
        counts[1] += 1
        if predicted[match][2] == gold["value"]:
            counts[0] += 1
            continue
        errors[kind_of_error(gold["value"], predicted[match][2])] += 1
        if on_error:
            on_error("VAL", gold, predicted[match])
    for i, p in enumerate(predicted):
        if i not in used and on_error:
            on_error("FP", None, p)


def print_table(totals: dict[str, list[int]], last_column: str = "accuracy") -> None:
    """Per-language and overall detection precision and recall, share of predictions right, and accuracy."""
    print(f"{'lang':<6}{'gold':>6}{'pred':>6}{'det P':>8}{'det R':>8}{'value P':>9}{last_column:>10}")
    grand = [0, 0, 0, 0]
    for language in sorted(totals):
        correct, detected, n_predicted, n_gold = totals[language]
        grand = [a + b for a, b in zip(grand, totals[language], strict=True)]
        det_p, det_r, _ = prf(detected, n_predicted, n_gold)
        value_p = correct / n_predicted if n_predicted else 0.0
        accuracy = correct / n_gold if n_gold else 0.0
        print(f"{language:<6}{n_gold:>6}{n_predicted:>6}{det_p:>8.3f}{det_r:>8.3f}{value_p:>9.3f}{accuracy:>10.3f}")
    correct, detected, n_predicted, n_gold = grand
    det_p, det_r, _ = prf(detected, n_predicted, n_gold)
    print(
        f"{'all':<6}{n_gold:>6}{n_predicted:>6}{det_p:>8.3f}{det_r:>8.3f}"
        f"{(correct / n_predicted if n_predicted else 0):>9.3f}{(correct / n_gold if n_gold else 0):>10.3f}"
    )


def main(verbose: bool = False, files: set[str] | None = None, breakdown: bool = False) -> None:
    records = list(gold_records("dates", files))
    texts = load_texts(r["text_sha1"] for r in records)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # correct, detected, predicted, gold
    errors: Counter[tuple[str, str]] = Counter()
    for record in records:
        text = texts[record["text_sha1"]]
        language = record["language"]
        predicted = [(p.start, p.end, p.value, p.text) for p in find_dates(text, language, record["reference_date"])]

        def report(
            kind: str,
            gold: dict[str, Any] | None,
            found: tuple[int, int, str, str] | None,
            record: dict[str, Any] = record,
        ) -> None:
            where = f"{record['pair_id']}:{record['text']}"
            if kind == "FN" and gold:
                print(f"  FN {record['language']} {where} {gold['surface']!r} = {gold['value']}")
            elif kind == "VAL" and gold and found:
                print(f"  VAL {record['language']} {gold['surface']!r}: gold {gold['value']} / got {found[2]}")
            elif kind == "FP" and found:
                print(f"  FP {record['language']} {where} {found[3]!r} = {found[2]}")

        by_kind: Counter[str] = Counter()
        score(record["dates"], predicted, totals[language], by_kind, report if verbose else None)
        for kind, count in by_kind.items():
            errors[(kind, language)] += count
    print_table(totals)
    if breakdown:
        print_breakdown(errors, sorted(totals))


def print_breakdown(errors: Counter[tuple[str, str]], languages: list[str]) -> None:
    """Counts of each way a gold date is lost (:func:`kind_of_error`, and "missed"), over all and per language."""
    kinds = sorted({kind for kind, _ in errors}, key=lambda kind: (kind != "missed", kind))
    print(f"{'gold dates lost':<52}{'all':>5}" + "".join(f"{language:>5}" for language in languages))
    for kind in kinds:
        row = [errors[(kind, language)] for language in languages]
        print(f"{kind:<52}{sum(row):>5}" + "".join(f"{count:>5}" for count in row))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--verbose", action="store_true", help="list each miss, wrong value and extra date")
    parser.add_argument("--breakdown", action="store_true", help="counts of each way a gold date is lost")
    parser.add_argument("--files", help="comma-separated gold file stems to read (default: all)")
    parser.add_argument("--set", help="a set of bench/gold/dates/sets.json (blind, dev) instead of --files")
    args = parser.parse_args()
    if args.set and args.files:
        parser.error("--set and --files both name the files to read: give one")
    main(args.verbose, gold_set("dates", args.set) if args.set else file_stems(args.files), args.breakdown)
