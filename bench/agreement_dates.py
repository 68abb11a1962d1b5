"""How far two annotators of the same articles agree on dates and their values: the ceiling of bench/eval_dates.py.

``bench/gold/dates/second/`` holds a second, independent annotation of some gold files: the same
articles, the same guideline and the same reference dates (given to the second annotator, as
``find_dates`` is given them), by annotators who saw neither the first annotation nor the date
finder. This scores the second annotation against the first exactly as ``eval_dates.py`` scores
the finder: each first date takes the first unused second date that overlaps it, and the two agree
when their values are equal. Accuracy is then the share of the first annotation's dates the second
annotator found with the same value: a date finder cannot be expected to score much above it.

Counts only are printed (the second files annotate blind sets): nothing of the articles.

Usage: .venv/bin/python bench/agreement_dates.py [--files heldout26,heldout50] [--breakdown]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from _gold import GOLD, file_stems, gold_files, records_by_article
from eval_dates import print_breakdown, print_table, score

SECOND = GOLD / "dates" / "second"


def agreement(stems: set[str] | None = None) -> tuple[dict[str, list[int]], Counter[tuple[str, str]]]:
    """Per language ``[same value, overlapping, second's dates, first's dates]``, and disagreements by kind.

    Args:
        stems: Gold file stems to compare (default: every file that has a second annotation).

    Raises:
        SystemExit: when a second annotation covers other articles, other texts or other reference dates than
            the first.
    """
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    kinds: Counter[tuple[str, str]] = Counter()
    for second_path in sorted(SECOND.glob("*.jsonl")):
        if stems is not None and second_path.stem not in stems:
            continue
        (first_path,) = gold_files("dates", {second_path.stem})
        first, second = records_by_article(first_path), records_by_article(second_path)
        if set(first) != set(second):
            raise SystemExit(f"{second_path}: annotates other articles than {first_path.name}")
        for key, record in first.items():
            other = second[key]
            if other["text_sha1"] != record["text_sha1"] or other["reference_date"] != record["reference_date"]:
                raise SystemExit(f"{second_path}: {key} annotates another text or reference date")
            found = [(d["start"], d["end"], d["value"], d["surface"]) for d in other["dates"]]
            by_kind: Counter[str] = Counter()
            score(record["dates"], found, totals[record["language"]], by_kind)
            for kind, count in by_kind.items():
                kinds[(kind, record["language"])] += count
    return totals, kinds


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", help="comma-separated gold file stems (default: all with a second annotation)")
    parser.add_argument("--breakdown", action="store_true", help="counts of each way the two disagree")
    args = parser.parse_args()
    agreed, disagreements = agreement(file_stems(args.files))
    if not agreed:
        raise SystemExit(f"no second annotation found in {SECOND}")
    print_table(agreed, last_column="agreement")
    if args.breakdown:
        print_breakdown(disagreements, sorted(agreed))
