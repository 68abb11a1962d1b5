"""Chinese words and the names among them, from jieba's segmenter and part-of-speech tagger.

Chinese writes no spaces, so a name found by looking a string up in a table may be two
halves of two words ("宣布加价", announced a price rise, holds the place name "布加").
jieba cuts the text into words with its packaged dictionary and a hidden Markov model for
words it does not list, and tags each: ``nr`` a person's name, ``ns`` a place, ``nt`` an
organisation. The entity finder keeps table matches that start and end on word edges, and
takes the tagger's names as well: foreign names run together without their middle dot
("苏珊柯林斯") are read by the model, which no table lists. Foreign names written with a
middle dot ("哈桑·鲁哈尼") are read here too, from the characters Chinese spells them with,
and found again where the text writes them without it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from newsprism.analyze.gazetteer import cjk_keys
from newsprism.records import EntityLabel

#: A found name: start, end, label.
Span = tuple[int, int, EntityLabel]

__all__ = ["MIDDLE_DOTS", "ChineseWord", "chinese_words", "dotless_mentions", "tagged_names", "transliterated_names"]

#: The middle dots Chinese writes between the parts of a foreign name (哈桑·鲁哈尼).
MIDDLE_DOTS = "·・"
_DOT_SPLIT = re.compile(f"[{MIDDLE_DOTS}]")

#: jieba's tags for names, by the label they give.
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
_PLACE_TAGS = frozenset({"ns"})
_NAME_TAGS: dict[str, EntityLabel] = {"nr": "PER", "nrt": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG"}
#: Characters that end the name of a place (a state, province, city, county, island, lake, river, mountain).
_PLACE_ENDINGS = frozenset("邦州省市县郡区岛湖河江山国")
#: Characters read with the model for unknown words (a long article; the rest by the dictionary alone).
_MODEL_CHARS = 20_000
#: Fewest characters of a name the tagger gives alone (one character is seldom a name by itself).
_MIN_NAME_CHARS = 2


class ChineseWord(NamedTuple):
    """One word of a Chinese text: its offsets and jieba's part-of-speech tag."""

    start: int
    end: int
    tag: str


@cache
def _tagger() -> Any:
    """jieba's part-of-speech tokenizer (its dictionary loads on first use), or None when jieba is missing."""
    try:
        import jieba
        import jieba.posseg
    except ImportError:
        return None
    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.dt


def chinese_words(text: str) -> list[ChineseWord] | None:
    """The words of ``text`` with their tags, in order and covering it whole; None without jieba.

    The model that reads words the dictionary lacks runs on the first :data:`_MODEL_CHARS` characters only
    (to a sentence end): on text made of unknown characters it reads a few thousand a second, so a hostile
    text would take minutes. The rest is cut by the dictionary alone.
    """
    tagger = _tagger()
    if tagger is None:
        return None
    split = len(text)
    if split > _MODEL_CHARS:
        sentence_end = text.rfind("。", 0, _MODEL_CHARS)
        split = sentence_end + 1 if sentence_end > 0 else _MODEL_CHARS
    words: list[ChineseWord] = []
    position = 0
    for piece, model in ((text[:split], True), (text[split:], False)):
        for pair in tagger.cut(piece, HMM=model):
            end = position + len(pair.word)
            words.append(ChineseWord(position, end, pair.flag))
            position = end
    return words


def tagged_names(text: str, words: list[ChineseWord]) -> list[Span]:
    """The names jieba tags: a person's words next to each other are one name ("唐纳德" "特朗普"); a person's
    name that ends in a place noun is a place ("卡纳塔克邦"); places and organisations stand alone."""
    names: list[Span] = []
    index = 0
    while index < len(words):
        word = words[index]
        label = _NAME_TAGS.get(word.tag)
        if label is None:
            index += 1
            continue
        last = index
        if word.tag == "ns" and _given_name_read_as_place(text, words, index):
            label = "PER"  # "苏珊" (Susan) tagged a place before "柯林斯": one person
        if label == "PER":
            while last + 1 < len(words) and words[last + 1].tag in _PERSON_TAGS:
                last += 1
        start, end = word.start, words[last].end
        if label == "PER" and _syllable_cut_off(text, words, index):
            start = words[index - 1].start  # "西" "达拉" "迈亚": jieba read the name's first syllable as "west"
        if label == "PER" and text[end - 1] in _PLACE_ENDINGS:
            label = "LOC"
        demonym = label == "PER" and text[end - 1] == "人" and end - start > _MIN_NAME_CHARS  # 尼日利亚人: Nigerians
        if end - start >= _MIN_NAME_CHARS and not demonym:
            names.append((start, end, label))
        index = last + 1
    return names


#: Direction words jieba cuts off a foreign name's first syllable (西达拉迈亚 -> 西 + 达拉迈亚).
_DIRECTION_TAG = "f"


def _syllable_cut_off(text: str, words: list[ChineseWord], index: int) -> bool:
    """Whether the one-character direction word right before a person's name is the name's first syllable:
    a transliteration syllable, after a word that is no place ("部长西达拉迈亚", not "欧洲西部")."""
    if index == 0:
        return False
    before = words[index - 1]
    if before.tag != _DIRECTION_TAG or before.end - before.start != 1 or before.end != words[index].start:
        return False
    return text[before.start] in _TRANSLITERATION and (index < 2 or words[index - 2].tag not in _PLACE_TAGS)


def _given_name_read_as_place(text: str, words: list[ChineseWord], index: int) -> bool:
    """Whether a word tagged as a place is a foreign given name before a surname: all transliteration
    syllables, no place the tables know, and a person's word right after it."""
    word = words[index]
    if index + 1 >= len(words) or words[index + 1].tag not in _PERSON_TAGS:
        return False
    surface = text[word.start : word.end]
    return all(char in _TRANSLITERATION for char in surface) and surface not in cjk_keys()


#: Most characters of one part of a transliterated name.
_ZH_NAME_PART_CHARS = 6
#: Characters Chinese spells foreign names with (the usual transliteration syllables). A foreign name written
#: with a middle dot (哈桑·鲁哈尼) is made of them; the title before it (总统) and the words after it are not.
_TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦鲍贝本比彼毕宾波伯勃博布蔡查柴达戴黛丹当道德登迪蒂丁东杜敦多厄鄂恩尔法凡范菲费芬丰冯"
    "弗伏福富盖甘冈高戈哥格根贡古圭哈海汉豪赫黑亨洪胡华怀惠霍基吉济加贾杰捷金卡凯坎康考柯科可克肯库夸奎昆拉莱"
    "赖兰朗劳勒雷蕾黎里利丽莉连列林琳刘隆卢鲁路伦罗洛马玛迈麦曼芒梅门蒙孟米密缪明莫墨默姆穆纳娜乃奈南内妮尼"
    "涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琴琼丘让热茹瑞若萨塞赛桑瑟森沙莎珊尚绍舍什施史舒斯丝松苏索塔泰坦"
    "汤唐特滕提廷通图托瓦娃万旺威韦维温文沃乌武西希锡席夏肖谢辛欣休雅亚扬耶叶伊因英尤约泽扎詹兹佐堡琪茨默赞"
    "穆罕杜卜拉希蒂尔顿"
)


def transliterated_names(chunk: str) -> list[tuple[int, int]]:
    """The foreign names written with middle dots in a run of Chinese characters: the transliteration
    syllables on either side of each dot ("总统哈桑·鲁哈尼周三" -> "哈桑·鲁哈尼", "穆罕默德·本·萨勒曼")."""
    names: list[tuple[int, int]] = []
    position = 0
    for dot in (i for i, char in enumerate(chunk) if char in MIDDLE_DOTS):
        if dot < position:
            continue  # a later dot of a name already read
        first = dot
        while first > position and dot - first < _ZH_NAME_PART_CHARS and chunk[first - 1] in _TRANSLITERATION:
            first -= 1
        last = dot
        while last < len(chunk) and chunk[last] in MIDDLE_DOTS:
            part_end = last + 1
            while (
                part_end < len(chunk) and part_end - last <= _ZH_NAME_PART_CHARS and chunk[part_end] in _TRANSLITERATION
            ):
                part_end += 1
            if part_end == last + 1:
                break
            last = part_end
        if first < dot and last > dot + 1:
            names.append((first, last))
            position = last
    return names


#: Fewest characters of a foreign surname found again on its own (two: 卡特, 特朗普).
_ZH_SURNAME_CHARS = 2
#: Most dotted names whose dotless forms are looked for in one text.
_ZH_DOTLESS_FORMS = 64
#: Longest span the Chinese finders give (a name of three parts of six characters and two dots).
_ZH_LONGEST_SPAN = 3 * _ZH_NAME_PART_CHARS + 2


def dotless_mentions(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with the foreign names found with a middle dot found again without it: the name run together
    (唐纳德特朗普, in place of the 特朗普 the alias table found inside it) or the surname alone (特朗普).

    At most :data:`_ZH_DOTLESS_FORMS` names are looked for, and each place is decided by the spans starting
    near it, so hostile texts (one dotted name repeated thousands of times) stay linear.
    """
    forms: dict[str, None] = {}
    for span in spans:
        surface = text[span[0] : span[1]]
        parts = _DOT_SPLIT.split(surface)
        if span[2] != "PER" or len(parts) == 1:
            continue
        forms["".join(parts)] = None
        if len(parts[-1]) >= _ZH_SURNAME_CHARS:
            forms[parts[-1]] = None
        if len(forms) >= _ZH_DOTLESS_FORMS:
            break
    if not forms:
        return list(spans)
    by_start: dict[int, list[Span]] = {}
    for span in spans:
        by_start.setdefault(span[0], []).append(span)
    pattern = re.compile("|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)))
    for match in pattern.finditer(text):
        start, end = match.span()
        nearby = [
            other
            for position in range(max(0, start - _ZH_LONGEST_SPAN), end)
            for other in by_start.get(position, ())
            if other[0] < end and start < other[1]
        ]
        if any(other[0] < start or other[1] > end for other in nearby):
            continue  # part of a longer name, or crossing one
        for other in nearby:
            by_start[other[0]].remove(other)
        by_start.setdefault(start, []).append((start, end, "PER"))
    return sorted((span for group in by_start.values() for span in group), key=lambda span: span[0])
