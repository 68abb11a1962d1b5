"""The command line: contracts of DESIGN.md, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli.main import app

runner = CliRunner()

FLOOD_EN = (
    "Floods force thousands from their homes in Valdoria\n"
    "Heavy rain caused the river Sarn to burst its banks in the town of Valdoria on Monday.\n\n"
    "About 3,000 residents were evacuated overnight, the regional governor Marta Ilves said.\n\n"
    "Emergency services rescued dozens of people trapped on rooftops.\n"
)
FLOOD_DE = {
    "id": "flood-de",
    "title": "Hochwasser: Tausende verlassen ihre Häuser in Valdoria",
    "text": (
        "Heftiger Regen ließ am Montag den Fluss Sarn in der Stadt Valdoria über die Ufer treten.\n\n"
        "Rund 3000 Einwohner wurden in der Nacht in Sicherheit gebracht, sagte die Gouverneurin Marta Ilves.\n\n"
        "Rettungskräfte holten Dutzende Menschen von den Dächern."
    ),
    "source": "Tagesblatt",
    "published": "2024-03-05T10:00:00+01:00",
    "language": "de",
}


def invoke(db: Path, *args: str, input: str | None = None):
    return runner.invoke(app, ["--db", str(db), *args], input=input)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "flood.txt").write_text(FLOOD_EN, encoding="utf-8")
    (folder / "flood-de.json").write_text(json.dumps(FLOOD_DE, ensure_ascii=False), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_ingest_reports_bad_file_keeps_good_ones_and_exits_1(tmp_path, corpus):
    db = tmp_path / "n.db"
    result = invoke(db, "ingest", str(corpus))
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert "E001" in result.stderr
    assert "added 2" in result.stdout
    again = invoke(db, "ingest", str(corpus / "flood.txt"))
    assert again.exit_code == 0
    assert "added 0, unchanged 1" in again.stdout


def test_stories_json_contract(tmp_path, corpus):
    db = tmp_path / "n.db"
    invoke(db, "ingest", str(corpus / "flood.txt"), str(corpus / "flood-de.json"))
    result = invoke(db, "stories", "--json")
    assert result.exit_code == 0, result.stderr
    stories = json.loads(result.stdout)
    assert len(stories) == 1
    story = stories[0]
    assert {"id", "title", "articles"} <= story.keys()
    languages = set()
    for article in story["articles"]:
        assert {"id", "title", "source", "language", "published", "path_or_url"} <= article.keys()
        languages.add(article["language"])
    assert languages == {"en", "de"}
    shown = invoke(db, "story", story["id"], "--json")
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)["id"] == story["id"]


def test_jsonl_on_stdin(tmp_path):
    db = tmp_path / "n.db"
    result = invoke(db, "ingest", "-", input=json.dumps(FLOOD_DE, ensure_ascii=False) + "\n{broken\n")
    assert result.exit_code == 1
    assert "<stdin>:2" in result.stderr
    assert "added 1" in result.stdout


def test_unknown_story_is_a_one_line_error_with_exit_1(tmp_path):
    result = invoke(tmp_path / "n.db", "story", "no-such-story")
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "E014" in result.stderr


def test_usage_errors_exit_2(tmp_path):
    assert invoke(tmp_path / "n.db", "compare", "only-one").exit_code == 2
    assert invoke(tmp_path / "n.db", "no-such-command").exit_code == 2


def test_analyze_json_contract(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(FLOOD_DE, ensure_ascii=False), encoding="utf-8")
    result = invoke(tmp_path / "n.db", "analyze", str(path), "--json")
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["language"] == "de"
    assert payload["title"] == FLOOD_DE["title"]
    for key in ("entities", "quotes", "dates", "places"):
        assert isinstance(payload[key], list)
    for entity in payload["entities"]:
        assert {"text", "label", "canonical", "start", "end"} <= entity.keys()
        assert FLOOD_DE["text"][entity["start"] : entity["end"]] == entity["text"]


def test_analyze_missing_file_exits_1(tmp_path):
    result = invoke(tmp_path / "n.db", "analyze", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "E010" in result.stderr


def test_console_script_runs_as_a_process(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "newsprism.cli", "--db", str(tmp_path / "n.db"), "stories", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_compare_pairs_batch_reports_bad_lines_and_keeps_good_ones(tmp_path):
    source = tmp_path / "in.jsonl"
    good = {"pair_id": "p1", "text1": "Flood\n" + FLOOD_DE["text"], "text2": FLOOD_EN, "Overall": 1.0}
    source.write_text(json.dumps(good, ensure_ascii=False) + "\nnot json\n" + json.dumps({"pair_id": "p2"}) + "\n")
    out = tmp_path / "out.jsonl"
    result = invoke(tmp_path / "n.db", "compare", "--pairs", str(source), "--out", str(out))
    assert result.exit_code == 1
    assert f"{source}:2" in result.stderr
    assert f"{source}:3" in result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["pair_id"] for r in rows] == ["p1"]
    assert set(rows[0]) == {"pair_id", "Geography", "Entities", "Time", "Narrative", "Overall", "Style", "Tone"}


def test_compare_two_files_prints_seven_dimensions(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.json"
    a.write_text(FLOOD_EN, encoding="utf-8")
    b.write_text(json.dumps(FLOOD_DE, ensure_ascii=False), encoding="utf-8")
    result = invoke(tmp_path / "n.db", "compare", str(a), str(b), "--json")
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)
    assert set(scores) == {"Geography", "Entities", "Time", "Narrative", "Overall", "Style", "Tone"}
    assert all(1.0 <= v <= 4.0 for v in scores.values())


def test_similarity_e5_needs_the_fine_tuning_vectors(tmp_path):
    data = tmp_path / "pairs.jsonl"
    data.write_text('{"pair_id": "1_2", "text1": "a", "text2": "b", "Overall": 1}\n', encoding="utf-8")
    for command in ("eval", "train"):
        result = invoke(tmp_path / "n.db", "similarity", command, "--data", str(data), "--variant", "e5")
        assert result.exit_code == 2
        assert "--tuned-vectors" in result.output
    missing = invoke(
        tmp_path / "n.db", "similarity", "eval", "--data", str(data), "--variant", "e5", "--tuned-vectors", "nope.npz"
    )
    assert missing.exit_code == 1
    assert "nope.npz" in missing.output
