"""Quote-speaker attribution against the hand-annotated gold set (bench/gold/quotes/*.jsonl).

A predicted quote is correct when its span overlaps a gold quote's span (each gold quote
matched once) and the speakers agree: both unknown, or the same person by name (the gold
surname appears among the predicted name's words, or one name contains the other).
Also printed: span detection alone (overlap, speaker ignored).

Speakers come from ``newsprism.analyze.entities.find_entities`` when that module exists,
else from the quote finder's own fallback (capitalised names); the line "entities:" says which.

Usage: .venv/bin/python bench/eval_quotes.py [--verbose] [--no-entities] [--by-kind] [--by-form] [--breakdown]
[--files a,b] [--exclude a,b] [--set blind|dev]

``--by-kind`` adds span recall by kind of gold quote, over all languages and per language:
direct quotes of five words or more, direct quotes of four words or fewer (mostly partial
quotes), and reported clauses.

``--by-form`` adds span recall of gold direct quotes by how they are written, as counts only
(safe on a blind set): the mark that opens them (the first non-space character before the span,
or none), whether they run over a line break, and their length in words.

``--breakdown`` adds where speaker F1 is lost, as counts only (safe on a blind set), over all languages and
per language: gold quotes
not found (by kind, and whether the gold names a speaker), found quotes given no speaker or
the wrong one, and predicted quotes that match no gold quote; and, for found quotes of each kind,
how many were attributed by a verb of saying beside them and how many of those got the right speaker.

``--files``/``--exclude`` take gold file stems (``heldout``, ``fr``...), e.g. the original seven
files are ``--exclude heldout`` and the held-out set is ``--files heldout``. ``--set`` names a
set of ``bench/gold/quotes/sets.json`` instead: ``--set blind`` reads the files nobody has looked
at the errors of (report them in aggregate only), ``--set dev`` the ones the rules are written from.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import Counter, defaultdict

from _gold import file_stems, first_overlap, gold_records, gold_set, load_texts, prf
from newsprism.analyze.quotes import find_quotes
from newsprism.records import Entity


def _entities(text: str, language: str, use_entities: bool = True) -> tuple[tuple[Entity, ...] | None, str]:
    if not use_entities:
        return None, "fallback (capitalised names; --no-entities)"
    try:
        from newsprism.analyze.entities import find_entities  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None, "fallback (capitalised names; analyze/entities.py absent)"
    return tuple(find_entities(text, language)), "newsprism.analyze.entities.find_entities"


def _words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in "".join(c if c.isalnum() else " " for c in folded).split() if len(w) > 1]


def same_speaker(gold: str | None, predicted: str | None, aliases: tuple[str, ...] = ()) -> bool:
    """Both unknown, or the gold surname among the predicted name's words, or one name inside the other.

    ``aliases`` are the surfaces of the predicted speaker's entity in the article (its canonical
    name may be a transliteration, e.g. for Arabic); a match on any of them counts.
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return any(_same_name(gold, name) for name in (predicted, *aliases))


def _same_name(gold: str, predicted: str) -> bool:
    gold_words, predicted_words = _words(gold), _words(predicted)
    if not gold_words or not predicted_words:
        # Names of one-letter words only ("D.K.", initials the press uses for a suspect): compare them whole.
        letters = [_initials(name) for name in (gold, predicted)]
        return bool(letters[0]) and letters[0] == letters[1]
    if gold_words[-1] in predicted_words:
        return True
    joined_gold, joined_predicted = " ".join(gold_words), " ".join(predicted_words)
    return joined_gold in joined_predicted or joined_predicted in joined_gold


def _initials(name: str) -> str:
    """A name's letters and digits alone, lower-cased ("D.K." -> "dk")."""
    return "".join(c for c in name.casefold() if c.isalnum())


#: Gold direct quotes of at most this many words count as short (partial quotes, mostly) in ``--by-kind``.
SHORT_QUOTE_WORDS = 4


def _kind(record_quote: dict[str, object], text: str) -> str:
    if record_quote["kind"] != "direct":
        return "reported clause"
    start, end = int(str(record_quote["start"])), int(str(record_quote["end"]))
    return "direct, short" if len(text[start:end].split()) <= SHORT_QUOTE_WORDS else "direct, long"


#: Upper bounds of the word-count buckets of ``--by-form``.
_FORM_LENGTHS = (4, 15, 40, 100)


def _form(record_quote: dict[str, object], text: str) -> tuple[str, str, str]:
    """How a gold direct quote is written: its opening mark, its lines and its length bucket."""
    start, end = int(str(record_quote["start"])), int(str(record_quote["end"]))
    before = text[max(0, start - 3) : start].rstrip(" \u00a0")
    mark = before[-1] if before and unicodedata.category(before[-1])[0] in "P" else "none"
    if mark in "-\u2013\u2014\u2012":
        mark = "dash"
    lines = "one line" if "\n" not in text[start:end] else "over lines"
    words = len(text[start:end].split())
    bucket = next((f"<={bound} words" for bound in _FORM_LENGTHS if words <= bound), f">{_FORM_LENGTHS[-1]} words")
    return f"opens {mark}", lines, bucket


def main(
    verbose: bool = False,
    use_entities: bool = True,
    files: set[str] | None = None,
    exclude: set[str] | None = None,
    by_kind: bool = False,
    breakdown: bool = False,
    by_form: bool = False,
) -> None:
    records = list(gold_records("quotes", files, exclude))
    texts = load_texts(r["text_sha1"] for r in records)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # correct, span_hits, predicted, gold
    kinds: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # (language, kind) -> found, gold
    outcomes: Counter[tuple[str, str]] = Counter()  # (language, outcome), for --breakdown
    forms: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # (language, form) -> found, gold
    source = ""
    for record in records:
        text = texts[record["text_sha1"]]
        language = record["language"]
        entities, source = _entities(text, language, use_entities)
        predicted = find_quotes(text, language, entities)
        used: set[int] = set()
        counts = totals[language]
        counts[2] += len(predicted)
        counts[3] += len(record["quotes"])
        for quote in predicted:
            match = first_overlap(quote.start, quote.end, record["quotes"], used)
            if match is None:
                outcomes[(language, "predicted, matching no gold quote")] += 1
                if verbose:
                    print(
                        f"  FP {language} {record['pair_id']}:{record['text']} {quote.text[:50]!r} -> {quote.speaker}"
                    )
                continue
            used.add(match)
            counts[1] += 1
            gold_speaker = record["quotes"][match]["speaker"]
            aliases = tuple(e.text for e in entities or () if quote.speaker_id and e.entity_id == quote.speaker_id)
            outcome = _outcome(gold_speaker, quote.speaker, aliases)
            outcomes[(language, outcome)] += 1
            # Attribution by a verb of saying next to the quote, or by the thread of the story without one.
            cued = "with a verb of saying" if quote.cue else "without a verb of saying"
            outcomes[(language, f"found {quote.kind} {cued}")] += 1
            outcomes[(language, f"found {quote.kind} {cued}, right speaker")] += outcome == _RIGHT_SPEAKER
            if outcome == _RIGHT_SPEAKER:
                counts[0] += 1
            elif verbose:
                print(f"  SPK {language} {quote.text[:50]!r}: gold {gold_speaker} / got {quote.speaker} ({quote.cue})")
        for i, g in enumerate(record["quotes"]):
            for key in ((language, _kind(g, text)), ("all", _kind(g, text))):
                kinds[key][1] += 1
                kinds[key][0] += i in used
            if g["kind"] == "direct":
                for form in _form(g, text):
                    for key in ((language, form), ("all", form)):
                        forms[key][1] += 1
                        forms[key][0] += i in used
            if i not in used:
                named = "named" if g["speaker"] is not None else "no speaker"
                outcomes[(language, f"gold {g['kind']} quote not found (gold speaker: {named})")] += 1
        if verbose:
            for i, g in enumerate(record["quotes"]):
                if i not in used:
                    shown = text[g["start"] : g["end"]][:50]  # the newer sets leave `surface` empty
                    where = f"{record['pair_id']}:{record['text']}"
                    print(f"  FN {language} {where} {g['kind']} {shown!r} ({g['speaker']})")
    print(f"entities: {source}")
    print(
        f"{'lang':<6}{'gold':>6}{'pred':>6}{'span P':>9}{'span R':>9}{'span F1':>9}"
        f"{'spk P':>8}{'spk R':>8}{'spk F1':>8}"
    )
    grand = [0, 0, 0, 0]
    for language in sorted(totals):
        correct, hits, n_predicted, n_gold = totals[language]
        grand = [a + b for a, b in zip(grand, totals[language], strict=True)]
        span = prf(hits, n_predicted, n_gold)
        speaker = prf(correct, n_predicted, n_gold)
        print(
            f"{language:<6}{n_gold:>6}{n_predicted:>6}"
            + "".join(f"{v:>9.3f}" for v in span)
            + "".join(f"{v:>8.3f}" for v in speaker)
        )
    span = prf(grand[1], grand[2], grand[3])
    speaker = prf(grand[0], grand[2], grand[3])
    print(
        f"{'all':<6}{grand[3]:>6}{grand[2]:>6}"
        + "".join(f"{v:>9.3f}" for v in span)
        + "".join(f"{v:>8.3f}" for v in speaker)
    )
    if by_kind:
        print(f"{'lang':<6}{'gold quote kind':<18}{'gold':>6}{'found':>7}{'span R':>9}")
        # "all" first, then each language, so the per-language rows show where recall is lost.
        for language, kind in sorted(kinds, key=lambda key: (key[0] != "all", key)):
            found, gold = kinds[(language, kind)]
            print(f"{language:<6}{kind:<18}{gold:>6}{found:>7}{found / gold if gold else 0.0:>9.3f}")
    if by_form:
        print(f"{'lang':<6}{'gold direct quote form':<26}{'gold':>6}{'found':>7}{'span R':>9}")
        for language, form in sorted(forms, key=lambda key: (key[0] != "all", key)):
            found, gold = forms[(language, form)]
            print(f"{language:<6}{form:<26}{gold:>6}{found:>7}{found / gold if gold else 0.0:>9.3f}")
    if breakdown:
        languages = sorted(totals)
        print(f"{'outcome':<58}{'all':>6}" + "".join(f"{language:>5}" for language in languages))
        for outcome in sorted({outcome for _, outcome in outcomes}):
            row = [outcomes[(language, outcome)] for language in languages]
            print(f"{outcome:<58}{sum(row):>6}" + "".join(f"{count:>5}" for count in row))


_RIGHT_SPEAKER = "found, right speaker"


def _outcome(gold: str | None, predicted: str | None, aliases: tuple[str, ...]) -> str:
    """How a found quote's speaker compares with the gold one (a line of ``--breakdown``)."""
    if same_speaker(gold, predicted, aliases):
        return _RIGHT_SPEAKER
    if predicted is None:
        return "found, no speaker (gold names one)"
    if gold is None:
        return "found, a speaker (gold names none)"
    return "found, wrong speaker"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--no-entities", action="store_true")
    parser.add_argument("--by-kind", action="store_true", help="span recall by kind of gold quote")
    parser.add_argument("--by-form", action="store_true", help="span recall of direct quotes by how they are written")
    parser.add_argument("--breakdown", action="store_true", help="counts of each way speaker F1 is lost")
    parser.add_argument("--files", help="comma-separated gold file stems to read (default: all)")
    parser.add_argument("--exclude", help="comma-separated gold file stems to skip")
    parser.add_argument("--set", help="a set of bench/gold/quotes/sets.json (blind, dev) instead of --files")
    args = parser.parse_args()
    if args.set and args.files:
        parser.error("--set and --files both name the files to read: give one")
    files = gold_set("quotes", args.set) if args.set else file_stems(args.files)
    main(
        args.verbose, not args.no_entities, files, file_stems(args.exclude), args.by_kind, args.breakdown, args.by_form
    )
