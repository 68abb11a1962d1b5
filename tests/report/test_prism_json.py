"""prism_to_json: the CLI contract, the documented schema, ids that link."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsprism.prism import build_prism
from newsprism.report.prism_json import PRISM_SCHEMA, prism_to_json
from tests.prism.factory import story_of
from tests.prism.scenario import three_sources

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "schemas" / "prism.schema.json"
_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


def violations(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """The subset of JSON Schema the prism schema uses: type, const, enum, required, properties, items, minimum."""
    problems: list[str] = []
    kinds = schema.get("type")
    if kinds is not None:
        names = kinds if isinstance(kinds, list) else [kinds]
        ok = any(
            isinstance(value, _TYPES[n]) and not (n in {"integer", "number"} and isinstance(value, bool)) for n in names
        )
        if not ok:
            return [f"{where}: {value!r} is not {names}"]
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    if "minimum" in schema and value < schema["minimum"]:
        problems.append(f"{where}: {value!r} < {schema['minimum']}")
    if isinstance(value, dict):
        problems += [f"{where}: missing {k}" for k in schema.get("required", []) if k not in value]
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problems += violations(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            problems += violations(item, schema["items"], f"{where}[{i}]")
    return problems


def data() -> dict[str, Any]:
    articles = three_sources()
    return prism_to_json(build_prism(story_of(*articles), articles))


def test_output_follows_the_documented_schema_and_is_plain_json() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    result = data()
    assert violations(result, schema) == []
    assert json.loads(json.dumps(result)) == result
    assert result["schema"] == PRISM_SCHEMA == schema["properties"]["schema"]["const"]


def test_the_checker_catches_a_broken_document() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = data()
    broken["units"][0]["status"] = "agreed"
    del broken["voices"][0]["quotes"]
    assert len(violations(broken, schema)) == 2


def test_cli_contract_fields() -> None:
    result = data()
    for unit in result["units"]:
        assert unit["status"] in {"shared", "partial", "unique", "disputed"}
        assert unit["articles"]
        assert all(isinstance(s["article"], str) and s["text"] for s in unit["sentences"])
    assert all({"speaker", "quotes"} <= set(v) for v in result["voices"])
    assert all({"date", "text", "articles"} <= set(e) for e in result["timeline"])


def test_ids_link_units_sentences_articles_and_voices() -> None:
    result = data()
    article_ids = {a["id"] for a in result["articles"]}
    unit_ids = {u["id"] for u in result["units"]}
    for unit in result["units"]:
        assert set(unit["articles"]) <= article_ids
        assert [s["article"] for s in unit["sentences"]] == unit["articles"]
    for coverage in result["coverage"]:
        assert coverage["article"] in article_ids
        assert set(coverage["adds"]) | set(coverage["omits"]) <= unit_ids
    assert set(result["lead"]["units"]) <= unit_ids
    assert all(e["unit"] is None or e["unit"] in unit_ids for e in result["timeline"])
    assert all(q["article"] in article_ids for v in result["voices"] for q in v["quotes"])
    summary = result["summary"]
    assert (
        summary["units"] == len(result["units"]) == sum(summary[s] for s in ("shared", "partial", "unique", "disputed"))
    )


def test_article_text_only_on_request() -> None:
    articles = three_sources()
    prism = build_prism(story_of(*articles), articles)
    assert "text" not in prism_to_json(prism)["articles"][0]
    with_text = prism_to_json(prism, include_text=True)["articles"][0]
    sentence = next(
        s for u in prism_to_json(prism)["units"] for s in u["sentences"] if s["article"] == "A" and not s["is_title"]
    )
    assert with_text["text"][sentence["start"] : sentence["end"]] == sentence["text"]
