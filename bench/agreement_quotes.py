"""How far two annotators of the same articles agree on quotes and speakers: the ceiling of bench/eval_quotes.py.

``bench/gold/quotes/second/`` holds a second, independent annotation of some gold files (same
articles, same guideline, annotators who saw neither the first annotation nor the quote finder).
This scores the second annotation against the first exactly as ``eval_quotes.py`` scores the
quote finder: quotes match on overlapping spans, each first-annotation quote once, and speakers
agree by ``same_speaker``. Span and speaker F1 are symmetric up to the greedy matching, so the
figures say how well one careful reader reproduces another; a system cannot be expected to
score much above them on this gold.

Counts only are printed (the second files annotate blind sets): nothing of the articles.

Usage: .venv/bin/python bench/agreement_quotes.py [--files heldout9,heldout10] [--by-kind]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from _gold import GOLD, file_stems, first_overlap, gold_files, prf, records_by_article
from eval_quotes import same_speaker

SECOND = GOLD / "quotes" / "second"


def agreement(stems: set[str] | None = None) -> tuple[dict[str, list[int]], Counter[str]]:
    """Per language ``[speakers agreeing, spans agreeing, second's quotes, first's quotes]``, and outcome counts.

    Args:
        stems: Gold file stems to compare (default: every file that has a second annotation).

    Raises:
        SystemExit: when a second annotation covers other articles or other texts than the first.
    """
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    outcomes: Counter[str] = Counter()
    for second_path in sorted(SECOND.glob("*.jsonl")):
        if stems is not None and second_path.stem not in stems:
            continue
        (first_path,) = gold_files("quotes", {second_path.stem})
        first, second = records_by_article(first_path), records_by_article(second_path)
        if set(first) != set(second):
            raise SystemExit(f"{second_path}: annotates other articles than {first_path.name}")
        for key, record in first.items():
            other = second[key]
            if other["text_sha1"] != record["text_sha1"]:
                raise SystemExit(f"{second_path}: {key} annotates another version of the text")
            counts = totals[record["language"]]
            counts[2] += len(other["quotes"])
            counts[3] += len(record["quotes"])
            used: set[int] = set()
            for quote in other["quotes"]:
                match = first_overlap(quote["start"], quote["end"], record["quotes"], used)
                if match is None:
                    outcomes[f"second only ({quote['kind']})"] += 1
                    continue
                used.add(match)
                counts[1] += 1
                first_quote = record["quotes"][match]
                if same_speaker(first_quote["speaker"], quote["speaker"]):
                    counts[0] += 1
                    outcomes["both, same speaker"] += 1
                elif first_quote["speaker"] is None or quote["speaker"] is None:
                    outcomes["both, one names nobody"] += 1
                else:
                    outcomes["both, different speakers"] += 1
                if first_quote["kind"] != quote["kind"]:
                    outcomes["both, different kinds"] += 1
            for index, first_quote in enumerate(record["quotes"]):
                if index not in used:
                    outcomes[f"first only ({first_quote['kind']})"] += 1
    return totals, outcomes


def main(stems: set[str] | None, show_outcomes: bool) -> None:
    totals, outcomes = agreement(stems)
    print(f"{'lang':<6}{'first':>6}{'second':>7}{'span F1':>9}{'spk P':>8}{'spk R':>8}{'spk F1':>8}")
    grand = [0, 0, 0, 0]
    for language in sorted(totals):
        counts = totals[language]
        grand = [a + b for a, b in zip(grand, counts, strict=True)]
        _print_row(language, counts)
    _print_row("all", grand)
    if show_outcomes:
        for outcome, count in sorted(outcomes.items()):
            print(f"{outcome:<34}{count:>6}")


def _print_row(label: str, counts: list[int]) -> None:
    correct, hits, n_second, n_first = counts
    span_f1 = prf(hits, n_second, n_first)[2]
    speaker = prf(correct, n_second, n_first)
    print(f"{label:<6}{n_first:>6}{n_second:>7}{span_f1:>9.3f}" + "".join(f"{v:>8.3f}" for v in speaker))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", help="comma-separated gold file stems (default: all with a second annotation)")
    parser.add_argument("--outcomes", action="store_true", help="counts of agreeing and disagreeing quotes")
    args = parser.parse_args()
    stems = file_stems(args.files)
    main(stems, args.outcomes)
