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


def test_grouped_folds_keep_every_article_on_one_side_and_never_evaluate_augmentation() -> None:
    import numpy as np

    from newsprism.similarity.data import LabelledPair
    from newsprism.similarity.train import PairDataset, grouped_folds

    ids = [("1", "2"), ("2", "3"), ("4", "5"), ("6", "7"), ("7", "8"), ("9", "10"), ("11", "12"), ("13", "14")]
    pairs = [LabelledPair(f"{a}_{b}", (a, b), "x", "y", "en", "en", {"Overall": 1.0}, False, "s") for a, b in ids] + [
        LabelledPair("1de_2de", ("1", "2"), "x", "y", "de", "de", {"Overall": 1.0}, True, "s")
    ]
    count = len(pairs)
    dataset = PairDataset(
        pairs=pairs,
        features=np.zeros((count, 1)),
        labels=np.ones((count, 7)),
        groups=np.array(connected_groups([p.article_ids for p in pairs])),
        language_pairs=["en-en"] * count,
        doc_a=np.zeros((count, 4), dtype=np.float32),
        doc_b=np.zeros((count, 4), dtype=np.float32),
    )
    validated: list[int] = []
    for train_mask, valid in grouped_folds(dataset, folds=3):
        train_ids = {i for row in np.flatnonzero(train_mask) for i in pairs[row].article_ids}
        valid_ids = {i for row in valid for i in pairs[row].article_ids}
        assert not train_ids & valid_ids
        assert not any(pairs[row].augmented for row in valid)
        validated += valid.tolist()
    assert sorted(validated) == list(range(len(ids)))


def test_pair_groups_join_pairs_that_share_a_text_under_other_ids() -> None:
    from newsprism.similarity.data import LabelledPair, pair_groups

    def pair(pair_id: str, text1: str, text2: str) -> LabelledPair:
        ids = tuple(pair_id.split("_"))
        return LabelledPair(pair_id, ids, text1, text2, "en", "en", {}, False, "")  # type: ignore[arg-type]

    pairs = [pair("1_2", "A", "B"), pair("3_4", "C", "D"), pair("5_6", "A", "E"), pair("7_8", "F", "G")]
    groups = pair_groups(pairs)
    assert groups[0] == groups[2]  # text "A" appears under ids 1 and 5
    assert len({groups[0], groups[1], groups[3]}) == 3
