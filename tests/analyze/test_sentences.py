from __future__ import annotations

from newsprism.analyze.sentences import sentences_of, split_sentences


def test_offsets_point_into_the_text():
    text = "Le président a parlé. Il est 10 h.\n\nUn nouveau paragraphe commence ici. Fin."
    spans = split_sentences(text, "fr")
    assert [text[s:e] for s, e in spans] == [
        "Le président a parlé.",
        "Il est 10 h.",
        "Un nouveau paragraphe commence ici.",
        "Fin.",
    ]


def test_paragraph_break_ends_a_sentence_without_punctuation():
    text = "A headline-like line without a stop\n\nThe body starts here."
    spans = split_sentences(text, "en")
    assert len(spans) == 2


def test_overlong_sentences_are_cut_and_count_is_bounded():
    text = ("word " * 2000).strip() + "."
    spans = split_sentences(text, "en", max_chars=300)
    assert all(e - s <= 300 for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    many = " ".join(f"Sentence {i}." for i in range(1000))
    assert len(split_sentences(many, "en", max_sentences=50)) == 50


def test_title_is_sentence_zero():
    sentences = sentences_of("  A title ", "Body one. Body two.", "en")
    assert sentences[0].is_title
    assert sentences[0].text == "A title"
    assert [s.index for s in sentences] == [0, 1, 2]
    assert not sentences_of("", "Body.", "en")[0].is_title
