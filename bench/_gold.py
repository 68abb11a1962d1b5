"""Shared helpers of the benchmarks: gold files, article texts, CPU time, devices to measure on."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsprism.devices import resolve_device

BENCH = Path(__file__).resolve().parent
GOLD = BENCH / "gold"
PAIRS = BENCH.parent.parent / "shared" / "data" / "semeval2022t8" / "pairs.jsonl"


def load_texts(sha1s: Iterable[str], pairs: Path = PAIRS) -> dict[str, str]:
    """Article texts by the SHA-1 of their UTF-8 bytes, for the ``sha1s`` wanted, read from the shared pairs file.

    Gold records name their text by ``pair_id``, text number and ``text_sha1``; the SHA-1 alone is the key here,
    because some pair ids occur twice with different scrapes (or machine translations) of a text, and two gold
    records may annotate both versions of one (pair id, number).
    """
    wanted = set(sha1s)
    texts = {digest: text for digest, _, text in hashed_texts(pairs) if digest in wanted}
    missing = wanted - set(texts)
    if missing:
        raise SystemExit(f"annotated texts not found in {pairs}: {sorted(missing)[:5]}")
    return texts


def hashed_texts(pairs: Path = PAIRS) -> Iterator[tuple[str, str, str]]:
    """``(SHA-1, language, text)`` of both texts of every pair, in file order (a text shared by pairs recurs)."""
    with pairs.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for number in (1, 2):
                text = record[f"text{number}"]
                yield hashlib.sha1(text.encode("utf-8")).hexdigest(), record[f"lang{number}"], text


def real_texts(pairs: Path = PAIRS) -> Iterator[tuple[str, str, str]]:
    """``(id, text, language)`` of every text of the real (not machine-translated) pairs, ids ``PAIR-1``/``PAIR-2``."""
    return _pair_texts(pairs, machine_translated=False)


def translated_texts(pairs: Path = PAIRS) -> Iterator[tuple[str, str, str]]:
    """``(id, text, language)`` of the machine-translated pairs' texts: the data's only Italian, Russian and
    Chinese articles."""
    return _pair_texts(pairs, machine_translated=True)


def _pair_texts(pairs: Path, machine_translated: bool) -> Iterator[tuple[str, str, str]]:
    with pairs.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if bool(record.get("augmented_mt")) != machine_translated:
                continue
            for which in (1, 2):
                yield f"{record['pair_id']}-{which}", record[f"text{which}"], record[f"lang{which}"]


def gold_files(task: str, files: set[str] | None = None, exclude: set[str] | None = None) -> list[Path]:
    """The gold files of ``task`` (``quotes``, ``dates``): all or those named in ``files``, less ``exclude``."""
    return [
        path
        for path in sorted((GOLD / task).glob("*.jsonl"))
        if (files is None or path.stem in files) and not (exclude and path.stem in exclude)
    ]


def file_stems(value: str | None) -> set[str] | None:
    """The gold file stems of a comma-separated command-line value ("heldout1,heldout2"); None for none given."""
    return {v.strip() for v in value.split(",") if v.strip()} if value else None


def gold_set(task: str, name: str) -> set[str]:
    """The stems of the gold files of ``task`` in the set ``name`` (``blind``, ``dev``) of its ``sets.json``.

    Raises:
        SystemExit: when the task has no ``sets.json`` or no such set, with a one-line reason.
    """
    manifest = GOLD / task / "sets.json"
    try:
        sets = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SystemExit(f"{manifest}: cannot read the gold sets ({error})") from error
    if name.startswith("_") or not isinstance(sets.get(name), list):
        named = ", ".join(key for key in sets if not key.startswith("_"))
        raise SystemExit(f"{manifest}: no set {name!r} (sets: {named})")
    return set(sets[name])


def gold_records(task: str, files: set[str] | None = None, exclude: set[str] | None = None) -> Iterator[dict[str, Any]]:
    """Every annotated article of ``task`` (``quotes`` or ``dates``), all languages.

    Args:
        task: The gold folder under ``bench/gold``.
        files: When given, only the gold files with these stems (``fr``, ``heldout``).
        exclude: Gold file stems to skip.
    """
    for path in gold_files(task, files, exclude):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def records_by_article(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """The records of one gold file by ``(pair_id, text number)``.

    Raises:
        SystemExit: when the file annotates an article twice, naming the file and line.
    """
    records: dict[tuple[str, int], dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, 1):
            if line.strip():
                record = json.loads(line)
                key = (record["pair_id"], record["text"])
                if key in records:
                    raise SystemExit(f"{path}:{line_number}: article {key} annotated twice")
                records[key] = record
    return records


def devices_to_measure(devices: str, results: dict[str, object]) -> list[str]:
    """The comma-separated ``devices`` that can run here; a CUDA one without a GPU is noted in ``results`` instead."""
    usable: list[str] = []
    for device in devices.split(","):
        if device.startswith("cuda") and resolve_device("auto") == "cpu":
            results[device] = "no CUDA device (PyTorch missing or no GPU)"
        else:
            usable.append(device)
    return usable


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two half-open spans share at least one character."""
    return a_start < b_end and b_start < a_end


def first_overlap(start: int, end: int, gold: list[dict[str, Any]], used: set[int]) -> int | None:
    """The index of the first gold quote not in ``used`` that overlaps [start, end), else None (greedy matching)."""
    return next((i for i, g in enumerate(gold) if i not in used and overlaps(start, end, g["start"], g["end"])), None)


def prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and its children, live ones included.

    The Duckling date worker and any process pool are children; their time is part of
    what a stage costs. Finished children count once they are reaped (``RUSAGE_CHILDREN``),
    live ones through ``/proc`` (Linux; elsewhere only this process is counted).
    """
    import os
    import resource
    import time

    total = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    total += children.ru_utime + children.ru_stime
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for pid in _live_descendants(os.getpid()):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def _live_descendants(pid: int) -> list[int]:
    """Process ids of the live children of ``pid``, and theirs (empty where /proc is missing)."""
    found: list[int] = []
    pending = [pid]
    while pending:
        parent = pending.pop()
        for task in Path(f"/proc/{parent}/task").glob("*/children"):
            try:
                children = [int(c) for c in task.read_text().split()]
            except OSError:
                continue
            found.extend(children)
            pending.extend(children)
    return found
