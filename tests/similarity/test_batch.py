from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.records import DIMENSIONS
from newsprism.similarity import score_batch, score_texts
from tests.similarity.conftest import FLOOD_DE, FLOOD_EN, FOOTBALL_EN


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_scores_good_lines_and_reports_bad_ones_by_line_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"pair_id": "a_b", "text1": FLOOD_EN, "text2": FLOOD_DE, "lang1": "en", "lang2": "de"}),
        "{not json",
        json.dumps({"pair_id": "c_d", "text1": FLOOD_EN}),
        "",
        json.dumps({"pair_id": "e_f", "text1": FLOOD_EN, "text2": FOOTBALL_EN, "Overall": 4.0, "extra": [1]}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text1": FLOOD_EN, "text2": FLOOD_DE}),
        json.dumps({"pair_id": "g_h", "text1": "   ", "text2": FLOOD_DE}),
        json.dumps({"pair_id": 7, "text1": "Title only", "text2": FLOOD_DE, "title1": "Dresden", "published1": "x"}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    issues = score_batch(source, tmp_path / "out.jsonl")
    assert [issue.where for issue in issues] == [f"{source}:{n}" for n in (2, 3, 6, 7, 8)]
    assert [issue.reason[:6] for issue in issues] == ["[E005]", "[E006]", "[E005]", "[E006]", "[E007]"]
    assert "text2" in issues[1].reason
    assert "pair_id" in issues[3].reason
    rows = _read(tmp_path / "out.jsonl")
    assert [row["pair_id"] for row in rows] == ["a_b", "e_f", "7"]
    for row in rows:
        assert set(row) == {"pair_id", *DIMENSIONS}
        assert all(1.0 <= float(row[name]) <= 4.0 for name in DIMENSIONS)  # type: ignore[arg-type]
    assert rows[0]["Overall"] < rows[1]["Overall"]  # type: ignore[operator]


def test_empty_batch_writes_an_empty_file(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n\n", encoding="utf-8")
    assert score_batch(source, tmp_path / "out.jsonl") == []
    assert (tmp_path / "out.jsonl").read_text() == ""


def test_score_texts_refuses_empty_text() -> None:
    assert 1.0 <= score_texts(FLOOD_EN, FLOOD_DE).Overall <= 4.0
    with pytest.raises(ValueError, match=r"\[E007\]"):
        score_texts(FLOOD_EN, "  \n ")
