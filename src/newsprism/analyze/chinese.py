"""Chinese words and the names among them, from jieba's segmenter and part-of-speech tagger.

Chinese writes no spaces, so a name found by looking a string up in a table may be two
halves of two words ("宣布加价", announced a price rise, holds the place name "布加").
jieba cuts the text into words with its packaged dictionary and a hidden Markov model for
words it does not list, and tags each: ``nr`` a person's name, ``ns`` a place, ``nt`` an
organisation. The entity finder keeps table matches that start and end on word edges, and
takes the tagger's names as well: foreign names run together without their middle dot
("苏珊柯林斯") are read by the model, which no table lists.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any, NamedTuple

from newsprism.records import EntityLabel

__all__ = ["ChineseWord", "chinese_words", "tagged_names"]

#: jieba's tags for names, by the label they give.
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
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


def tagged_names(text: str, words: list[ChineseWord]) -> list[tuple[int, int, EntityLabel]]:
    """The names jieba tags: a person's words next to each other are one name ("唐纳德" "特朗普"); a person's
    name that ends in a place noun is a place ("卡纳塔克邦"); places and organisations stand alone."""
    names: list[tuple[int, int, EntityLabel]] = []
    index = 0
    while index < len(words):
        word = words[index]
        label = _NAME_TAGS.get(word.tag)
        if label is None:
            index += 1
            continue
        last = index
        if word.tag in _PERSON_TAGS:
            while last + 1 < len(words) and words[last + 1].tag in _PERSON_TAGS:
                last += 1
        start, end = word.start, words[last].end
        if label == "PER" and text[end - 1] in _PLACE_ENDINGS:
            label = "LOC"
        demonym = label == "PER" and text[end - 1] == "人" and end - start > _MIN_NAME_CHARS  # 尼日利亚人: Nigerians
        if end - start >= _MIN_NAME_CHARS and not demonym:
            names.append((start, end, label))
        index = last + 1
    return names
