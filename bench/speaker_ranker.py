"""Experiment: a learned ranker over each quote's possible speakers, against the rules alone.

The quote finder's rules (newsprism.analyze.quotes) name one speaker per quote, or nobody.
This experiment scores every person or organisation named near a quote, and "nobody",
from where they are named (before or after the quote, same sentence or paragraph, a verb
of saying between), how often the article names them, whether the previous quote was
theirs and whether the rules chose them; a LightGBM model picks the best-scored one. It
is evaluated out of fold, grouped by article, on the hand-annotated gold quotes, with the
counting of bench/eval_quotes.py. Against the rules of commit da4a820 it lost (speaker F1
0.591 against 0.602 on all gold); against the rules that also find reported speech after
its attribution (ef2731c) it gains 0.009 to 0.016 by seed (0.629-0.636 against 0.620).
That is within what one fold split moves, on 492 gold quotes, so nothing of it ships yet;
it stays here so that the comparison can be rerun as the gold grows. On 1,001 dev quotes
(session 6, rules of 85883a9) it gives 0.667-0.673 against 0.668: no gain. On 1,214 dev quotes
(session 8, rules of 8fc0270, ``--set dev``) 0.679-0.683 against 0.678: still none worth shipping.

Usage: .venv/bin/python bench/speaker_ranker.py [--set dev | --files a,b] [--folds 5] [--seeds 0,1,2]

Without ``--set`` or ``--files`` it reads every gold file, the blind sets too: use ``--set dev``.
"""

from __future__ import annotations

import argparse
import math
import random
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import lightgbm
import numpy as np

from _gold import gold_files, gold_records, gold_set, load_texts
from eval_quotes import same_speaker
from newsprism.analyze import cues
from newsprism.analyze.entities import find_entities
from newsprism.analyze.quotes import NamedMention, QuoteSite, quote_sites
from newsprism.records import Quote

#: People named this far before a quote (characters) are candidates for it.
WINDOW_BEFORE = 2_500
#: People named this far after a quote are candidates for it.
WINDOW_AFTER = 600
#: Distances are log-scaled and capped; a side with no mention reads the cap.
_FAR = math.log1p(5_000)
_SENTENCE_END = re.compile(r"[.!?。！？](?=[\s\"”»“]|$)|\n")

FEATURE_NAMES: tuple[str, ...] = (
    "rule_pick",
    "is_nobody",
    "rule_nobody",
    "has_cue",
    "indirect",
    "quote_words",
    "is_person",
    "rank",
    "gap_before",
    "gap_after",
    "same_sentence_before",
    "same_paragraph_before",
    "same_sentence_after",
    "same_paragraph_after",
    "cue_between_before",
    "cue_between_after",
    "others_between_before",
    "others_between_after",
    "before_oblique",
    "before_quoted",
    "before_sentence_initial",
    "named_in_quote",
    "mentions",
    "mentions_near",
    "first_position",
    "previous_speaker",
    "previous_gap",
    "next_rule_speaker",
    "most_named_person",
    "name_words",
    "colon_lead",
    "candidates",
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible speaker of one quote (``key`` None: nobody) and its feature row."""

    key: str | None
    name: str | None
    entity_id: str | None
    features: tuple[float, ...]
    #: The surface forms the article names this candidate by (for matching gold names).
    surfaces: tuple[str, ...] = ()


def candidate_rows(
    text: str, language: str, sites: Sequence[QuoteSite], mentions: Sequence[NamedMention]
) -> list[list[Candidate]]:
    """Candidates and their features for each quote, in the order of ``sites``.

    The first candidate of each list is always "nobody"; then everyone named within
    :data:`WINDOW_BEFORE` before / :data:`WINDOW_AFTER` after the quote, and the rules'
    choice wherever it is named.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    by_key: dict[str, list[NamedMention]] = {}
    for mention in ordered:
        by_key.setdefault(mention.key, []).append(mention)
    person_counts = {key: len(group) for key, group in by_key.items() if any(m.is_person for m in group)}
    most_named = max(person_counts, key=lambda k: person_counts[k]) if person_counts else None
    cue_re = cues.cue_pattern(language)
    length = max(1, len(text))
    rows: list[list[Candidate]] = []
    for index, site in enumerate(sites):
        quote = site.quote
        rule_key = _rule_key(quote, by_key)
        previous = sites[index - 1] if index > 0 else None
        following = sites[index + 1] if index + 1 < len(sites) else None
        previous_key = _rule_key(previous.quote, by_key) if previous else None
        next_key = _rule_key(following.quote, by_key) if following else None
        previous_gap = math.log1p(max(0, site.open_start - previous.close_end)) if previous else _FAR
        lead = text[max(0, site.open_start - 40) : site.open_start].rstrip()
        common = {
            "rule_nobody": float(rule_key is None),
            "has_cue": float(quote.cue is not None),
            "indirect": float(quote.kind == "indirect"),
            "quote_words": math.log1p(len(quote.text.split())),
            "previous_gap": previous_gap,
            "colon_lead": float(lead.endswith(":")),
        }
        near_keys = [
            key
            for key, group in by_key.items()
            if key == rule_key
            or any(site.open_start - WINDOW_BEFORE <= m.start < site.close_end + WINDOW_AFTER for m in group)
        ]
        candidates = [
            Candidate(
                None,
                None,
                None,
                _row({**common, "rule_pick": float(rule_key is None), "is_nobody": 1.0, "candidates": len(near_keys)}),
            )
        ]
        if rule_key is not None and rule_key not in by_key:
            # The rules named someone no mention stands for (a name found by another route): keep that choice.
            named = {**common, "rule_pick": 1.0, "candidates": float(len(near_keys)), "is_person": 1.0}
            named.update(gap_before=_FAR, gap_after=_FAR, name_words=float(len((quote.speaker or "").split())))
            candidates.append(Candidate(rule_key, quote.speaker, quote.speaker_id, _row(named), ()))
        before_last = {key: _last_before(by_key[key], site) for key in near_keys}
        after_first = {key: _first_after(by_key[key], site) for key in near_keys}
        for key in near_keys:
            group = by_key[key]
            before, after = before_last[key], after_first[key]
            values: dict[str, float] = {
                **common,
                "rule_pick": float(key == rule_key),
                "is_nobody": 0.0,
                "candidates": float(len(near_keys)),
                "is_person": float(any(m.is_person for m in group)),
                "rank": float(min(m.rank for m in group)),
                "gap_before": _FAR,
                "gap_after": _FAR,
                "same_sentence_before": 0.0,
                "same_paragraph_before": 0.0,
                "same_sentence_after": 0.0,
                "same_paragraph_after": 0.0,
                "cue_between_before": 0.0,
                "cue_between_after": 0.0,
                "others_between_before": 0.0,
                "others_between_after": 0.0,
                "before_oblique": 0.0,
                "before_quoted": 0.0,
                "before_sentence_initial": 0.0,
                "named_in_quote": float(any(quote.start <= m.start < quote.end for m in group)),
                "mentions": math.log1p(len(group)),
                "mentions_near": float(
                    sum(site.open_start - WINDOW_BEFORE <= m.start < site.close_end + WINDOW_AFTER for m in group)
                ),
                "first_position": group[0].start / length,
                "previous_speaker": float(previous_key is not None and key == previous_key),
                "next_rule_speaker": float(next_key is not None and key == next_key),
                "most_named_person": float(key == most_named),
                "name_words": float(len(group[0].name.split())),
            }
            if before is not None:
                values.update(_gap_features(text[before.end : site.open_start], cue_re, "before"))
                values["others_between_before"] = float(
                    len({k for k in near_keys if k != key and before_last[k] and before_last[k].start > before.end})  # type: ignore[union-attr]
                )
                values["before_oblique"] = float(before.oblique)
                values["before_quoted"] = float(before.quoted)
                values["before_sentence_initial"] = float(_sentence_initial(text, before.start))
            if after is not None:
                values.update(_gap_features(text[site.close_end : after.start], cue_re, "after"))
                values["others_between_after"] = float(
                    len({k for k in near_keys if k != key and after_first[k] and after_first[k].start < after.start})  # type: ignore[union-attr]
                )
            representative = group[0]
            surfaces = tuple(sorted({text[m.start : m.end] for m in group}))
            candidates.append(Candidate(key, representative.name, representative.entity_id, _row(values), surfaces))
        rows.append(candidates)
    return rows


def _gap_features(gap: str, cue_re: re.Pattern[str] | None, side: str) -> dict[str, float]:
    """Distance and boundaries between a candidate's mention and the quote, on one side of it."""
    return {
        f"gap_{side}": math.log1p(len(gap)),
        f"same_sentence_{side}": float(_SENTENCE_END.search(gap) is None),
        f"same_paragraph_{side}": float("\n" not in gap),
        f"cue_between_{side}": float(cue_re is not None and cue_re.search(gap) is not None),
    }


_RULE_PICK = FEATURE_NAMES.index("rule_pick")


def _row(values: dict[str, float]) -> tuple[float, ...]:
    return tuple(float(values.get(name, 0.0)) for name in FEATURE_NAMES)


def _rule_key(quote: Quote, by_key: dict[str, list[NamedMention]]) -> str | None:
    if quote.speaker is None:
        return None
    if quote.speaker_id and quote.speaker_id in by_key:
        return quote.speaker_id
    for key, group in by_key.items():
        if group[0].name == quote.speaker:
            return key
    return quote.speaker_id or quote.speaker


def _last_before(group: Sequence[NamedMention], site: QuoteSite) -> NamedMention | None:
    found = None
    for mention in group:
        if mention.end <= site.open_start:
            found = mention
        else:
            break
    return found


def _first_after(group: Sequence[NamedMention], site: QuoteSite) -> NamedMention | None:
    return next((m for m in group if m.start >= site.close_end), None)


def _sentence_initial(text: str, start: int) -> bool:
    head = text[max(0, start - 40) : start].rstrip()
    return not head or head[-1] in '.!?\n:;"”»“«'


@dataclass
class SpeakerRanker:
    """Scores (quote, candidate) rows; the best-scored candidate of a quote is its speaker.

    Follows the estimator convention: ``__init__`` stores settings, :meth:`fit` learns ``booster_``.
    """

    num_leaves: int = 7
    n_estimators: int = 150
    learning_rate: float = 0.05
    min_child_samples: int = 10
    seed: int = 0
    booster_: lightgbm.Booster | None = None

    def fit(self, rows: Sequence[Sequence[float]], labels: Sequence[int]) -> SpeakerRanker:
        """Train on candidate rows labelled 1 (the gold speaker) or 0."""
        data = lightgbm.Dataset(
            np.asarray(rows, dtype=np.float64),
            label=np.asarray(labels, dtype=np.float64),
            feature_name=list(FEATURE_NAMES),
            free_raw_data=False,
        )
        params = {
            "objective": "binary",
            "num_leaves": self.num_leaves,
            "learning_rate": self.learning_rate,
            "min_child_samples": self.min_child_samples,
            "seed": self.seed,
            "deterministic": True,
            "num_threads": 1,
            "verbose": -1,
        }
        self.booster_ = lightgbm.train(params, data, num_boost_round=self.n_estimators)
        return self

    def scores(self, candidates: Sequence[Candidate]) -> list[float]:
        """The model's score of each candidate of one quote."""
        if self.booster_ is None:
            raise ValueError("SpeakerRanker is not fitted")
        if not candidates:
            return []
        matrix = np.asarray([c.features for c in candidates], dtype=np.float64)
        return [float(v) for v in self.booster_.predict(matrix, num_threads=1)]

    def choose(self, candidates: Sequence[Candidate]) -> Candidate:
        """The best-scored candidate (the first, "nobody", on a tie)."""
        scores = self.scores(candidates)
        return candidates[max(range(len(candidates)), key=lambda i: (scores[i], -i))]


@dataclass(frozen=True, slots=True)
class LabelledQuote:
    """A quote the rules found, matched (or not) to a gold quote, with its labelled candidates."""

    gold_file: str
    article_id: str
    matched: bool
    candidates: tuple[Candidate, ...]
    #: Per candidate: 1 where it names the gold speaker.
    labels: tuple[int, ...]
    #: Index of the rules' choice among ``candidates``.
    rule_choice: int


def label_articles(records: Sequence[dict[str, Any]], texts: dict[tuple[str, int], str]) -> list[LabelledQuote]:
    """Run entities and the quote rules on each gold article and label each found quote's candidates."""
    labelled: list[LabelledQuote] = []
    for record in records:
        text = texts[record["text_sha1"]]
        language = record["language"]
        article_id = record["pair_id"].split("_")[record["text"] - 1]
        sites, mentions = quote_sites(text, language, tuple(find_entities(text, language)))
        used: set[int] = set()
        for site, candidates in zip(sites, candidate_rows(text, language, sites, mentions), strict=True):
            quote = site.quote
            match = next(
                (
                    i
                    for i, g in enumerate(record["quotes"])
                    if i not in used and quote.start < g["end"] and g["start"] < quote.end
                ),
                None,
            )
            if match is not None:
                used.add(match)
            gold = record["quotes"][match]["speaker"] if match is not None else None
            labels = tuple(int(match is not None and same_speaker(gold, c.name, c.surfaces)) for c in candidates)
            rule_choice = next(i for i, c in enumerate(candidates) if c.features[_RULE_PICK] == 1.0)
            labelled.append(
                LabelledQuote(record["_file"], article_id, match is not None, tuple(candidates), labels, rule_choice)
            )
    return labelled


def _fit(quotes: Sequence[LabelledQuote], ranker: SpeakerRanker) -> SpeakerRanker:
    # Only quotes whose gold speaker is among the candidates teach a choice.
    rows = [c.features for q in quotes if q.matched and any(q.labels) for c in q.candidates]
    labels = [label for q in quotes if q.matched and any(q.labels) for label in q.labels]
    return ranker.fit(rows, labels)


def compare(
    records: Sequence[dict[str, Any]], labelled: Sequence[LabelledQuote], folds: int, seed: int
) -> dict[str, tuple[float, float]]:
    """Speaker F1 of the rules and of the out-of-fold ranker, overall and per gold file."""
    articles = sorted({q.article_id for q in labelled})
    random.Random(seed).shuffle(articles)
    fold_of = {article: index % folds for index, article in enumerate(articles)}
    choice: dict[int, int] = {}
    for fold in range(folds):
        model = _fit([q for q in labelled if fold_of[q.article_id] != fold], SpeakerRanker(seed=seed))
        for index, quote in enumerate(labelled):
            if fold_of[quote.article_id] == fold:
                choice[index] = quote.candidates.index(model.choose(quote.candidates))
    gold: dict[str, int] = defaultdict(int)
    for record in records:
        for key in ("all", record["_file"]):
            gold[key] += len(record["quotes"])
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # predicted, rules correct, ranker correct
    for index, quote in enumerate(labelled):
        for key in ("all", quote.gold_file):
            counts[key][0] += 1
            counts[key][1] += quote.labels[quote.rule_choice]
            counts[key][2] += quote.labels[choice[index]]
    return {key: (_f1(c[1], c[0], gold[key]), _f1(c[2], c[0], gold[key])) for key, c in sorted(counts.items())}


def _f1(correct: int, predicted: int, gold: int) -> float:
    return 2 * correct / (predicted + gold) if predicted + gold else 0.0


def main(files: set[str] | None, folds: int, seeds: list[int]) -> None:
    records = _with_files(files)
    texts = load_texts(r["text_sha1"] for r in records)
    labelled = label_articles(records, texts)
    print(f"{len(records)} articles, {sum(len(r['quotes']) for r in records)} gold quotes, {len(labelled)} found")
    results = [compare(records, labelled, folds, seed) for seed in seeds]
    print(f"{'gold file':<12}{'rules F1':>10}" + "".join(f"{'ranker s' + str(s):>12}" for s in seeds))
    for key in results[0]:
        print(f"{key:<12}{results[0][key][0]:>10.3f}" + "".join(f"{r[key][1]:>12.3f}" for r in results))


def _with_files(files: set[str] | None) -> list[dict[str, Any]]:
    """Gold records of the quote files (all, or the stems in ``files``), each with its file's stem as ``_file``."""
    return [
        {**record, "_file": path.stem}
        for path in gold_files("quotes", files)
        for record in gold_records("quotes", {path.stem})
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", help="comma-separated gold file stems (default: all)")
    parser.add_argument("--set", help="a set of bench/gold/quotes/sets.json (dev) instead of --files")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", default="0,1,2")
    args = parser.parse_args()
    if args.set and args.files:
        parser.error("--set and --files both name the files to read: give one")
    chosen = gold_set("quotes", args.set) if args.set else None
    main(
        chosen or ({f.strip() for f in args.files.split(",")} if args.files else None),
        args.folds,
        [int(s) for s in args.seeds.split(",")],
    )
