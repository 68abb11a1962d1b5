"""Chinese words and the names jieba's tagger reads among them."""

from __future__ import annotations

from itertools import pairwise

from newsprism.analyze.chinese import chinese_words, tagged_names
from newsprism.analyze.entities import find_entities


def test_words_cover_the_text_in_order() -> None:
    text = "缅因州共和党参议员苏珊柯林斯表示，她愿意传唤证人。"
    words = chinese_words(text)
    assert words is not None
    assert words[0].start == 0
    assert words[-1].end == len(text)
    assert all(left.end == right.start for left, right in pairwise(words))


def test_a_foreign_name_run_together_is_one_person_and_a_state_is_a_place() -> None:
    text = "美国总统唐纳德特朗普说。卡纳塔克邦前首席部长批评了他。"
    names = {text[start:end]: label for start, end, label in tagged_names(text, chinese_words(text) or [])}
    assert names.get("唐纳德特朗普") == "PER"
    assert names.get("卡纳塔克邦") == "LOC"


def test_demonyms_are_no_people() -> None:
    text = "很多尼日利亚人参加了选举。"
    names = {text[start:end] for start, end, _ in tagged_names(text, chinese_words(text) or [])}
    assert "尼日利亚人" not in names


def test_a_table_name_across_two_words_is_no_name() -> None:
    # 布加 (a place in the tables) straddles 宣布 (announce) and 加价 (price rise).
    text = "铁路公司宣布加价的问题引起了批评。"
    assert "布加" not in {e.text for e in find_entities(text, "zh")}


def test_an_undotted_foreign_name_before_a_verb_of_saying_is_a_person() -> None:
    text = "缅因州共和党参议员柯林斯表示，她愿意传唤证人。"
    found = {e.text: e.label for e in find_entities(text, "zh")}
    assert found.get("柯林斯") == "PER"


def test_a_long_text_is_cut_whole() -> None:
    # Past the first 20,000 characters the dictionary alone cuts the words; nothing is left out.
    text = "缅因州共和党参议员苏珊柯林斯表示，她愿意传唤证人。" * 1_200
    words = chinese_words(text)
    assert words is not None
    assert words[-1].end == len(text)
    assert all(left.end == right.start for left, right in pairwise(words))


def test_a_title_before_a_dotted_name_stays_out_of_it() -> None:
    # 理 ends 总理 (prime minister): it is no syllable of the name after it.
    text = "卡纳塔克邦前首席部长周三批评总理纳伦德拉·莫迪。"
    names = {e.text for e in find_entities(text, "zh")}
    assert "纳伦德拉·莫迪" in names
    assert "理纳伦德拉·莫迪" not in names


def test_a_given_name_tagged_as_a_place_before_a_surname_is_part_of_the_person() -> None:
    found = {e.text: e.label for e in find_entities("缅因州共和党参议员苏珊柯林斯表示，她愿意传唤证人。", "zh")}
    assert found.get("苏珊柯林斯") == "PER"
    # A place the tables know stays a place before a name.
    found = {e.text: e.label for e in find_entities("法国总统在巴黎马克龙表示。", "zh")}
    assert found.get("巴黎") == "LOC"


def test_a_name_whose_first_syllable_jieba_read_as_a_direction_keeps_it() -> None:
    text = "卡纳塔克邦前首席部长西达拉迈亚周三批评总理。"
    names = [text[start:end] for start, end, label in tagged_names(text, chinese_words(text)) if label == "PER"]
    assert names == ["西达拉迈亚"]
    # A direction word that does not touch the name stays out of it.
    text = "部长从西边来，达拉迈亚周三批评总理。"
    names = [text[start:end] for start, end, label in tagged_names(text, chinese_words(text)) if label == "PER"]
    assert not any(name.startswith("西") for name in names)
