from __future__ import annotations

import json
from pathlib import Path

from newsprism.similarity.data import article_ids_of, connected_groups, load_pairs, split_title


def test_language_tags_are_stripped_from_augmented_pair_ids() -> None:
    assert article_ids_of("1483801573ru_1483801577ru") == ("1483801573", "1483801577")
    assert article_ids_of("1635427535_1592689751fr") == ("1635427535", "1592689751")
    assert article_ids_of("abc_def") == ("abc", "def")


def test_pairs_sharing_an_article_share_a_group_even_through_other_pairs() -> None:
    groups = connected_groups([("1", "2"), ("3", "4"), ("2", "5"), ("5", "6"), ("7", "7")])
    assert groups[0] == groups[2] == groups[3]
    assert len({groups[0], groups[1], groups[4]}) == 3


def test_title_is_the_first_line() -> None:
    assert split_title("Headline\nBody text.\nMore.") == ("Headline", "Body text.\nMore.")
    assert split_title("Only one line") == ("", "Only one line")


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_real_pairs_are_deduplicated_per_source_keeping_the_longer_texts(tmp_path: Path) -> None:
    base = {"pair_id": "1_2", "lang1": "en", "lang2": "en", "Overall": 2.0, "Tone": 1}
    records = [
        {**base, "text1": "T\nshort", "text2": "T\nshort", "source": "a"},
        {**base, "text1": "T\nmuch longer text", "text2": "T\nlonger", "source": "b"},
        {**base, "pair_id": "1en_2en", "text1": "x", "text2": "y", "source": "a", "augmented_mt": True},
    ]
    pairs = load_pairs(_write(tmp_path / "p.jsonl", records))
    assert [p.pair_id for p in pairs] == ["1_2", "1en_2en"]
    assert pairs[0].text1 == "T\nmuch longer text"
    assert pairs[0].labels == {"Overall": 2.0, "Tone": 1.0}
    assert pairs[1].augmented
    assert pairs[1].article_ids == ("1", "2")
