"""spaCy's greedy NER decoding, done for a whole batch at once with NumPy: same entities, several times faster.

spaCy's transition-based NER scores one move per token and state. Its compiled loop
(``Parser._parseC``) runs without the GIL but takes it back for nearly every helper
it calls (move validity, state look-ups): measured with ``perf`` on the packaged
models, 40-50% of the NER time went to locking and unlocking the GIL, and the loop
was three quarters of the NER time. This module keeps everything numeric in spaCy's
own code and changes only the bookkeeping around it:

* the token vectors and the precomputed first layer come from ``ner.model.predict``,
  as in spaCy;
* each step's hidden layer comes from the model's own ``state2vec`` (the same C sum
  of feature rows, bias and maxout), and the scores from the same BLIS ``sgemm`` and
  bias addition, on the same states in the same order;
* move validity and the moves themselves (``B``/``I``/``L``/``U``/``O`` of
  ``spacy.pipeline._parser_internals.ner``, for texts without preset entities) are
  applied to all states of a step at once with array operations.

Documents are batched as ``Language.pipe`` and ``Parser.pipe`` batch them (a batch
sorted by length, then sub-batches of a quarter of it), so every matrix product sees
the very rows spaCy's would. The entities are those of ``nlp.pipe`` (checked on
every spaCy language's texts; see the tests). Where a pipeline differs from what this
decoder knows (beam search, another state type, preset entities), ``nlp.pipe`` is used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["ner_spans"]

#: A found entity: start and end character offsets and spaCy's label.
CharSpan = tuple[int, int, str]

_BEGIN, _IN, _LAST, _UNIT, _OUT = 1, 2, 3, 4, 5
_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}


def ner_spans(nlp: Any, texts: Sequence[str], batch_size: int) -> list[list[CharSpan]]:
    """The entities spaCy's NER finds in each text, as ``nlp.pipe(texts, batch_size=batch_size)`` finds them.

    Args:
        nlp: A spaCy pipeline (decoded here when its only component is a greedy transition-based ``ner``).
        texts: The texts.
        batch_size: Texts per batch (as given to ``nlp.pipe``).

    Returns:
        One list of (start character, end character, label) per text, in text order.
    """
    decoder = _decoder(nlp) if nlp.pipe_names == ["ner"] else None
    found: list[list[CharSpan]] = []
    # Parser.pipe sorts each batch by length and parses it in sub-batches of a quarter of its size.
    step = max(batch_size // 4, 2)
    for first in range(0, len(texts), batch_size):
        chunk = texts[first : first + batch_size]
        spans = _batch_spans(decoder, [nlp.make_doc(text) for text in chunk], step) if decoder else None
        if spans is None:
            spans = [
                [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
                for doc in nlp.pipe(chunk, batch_size=batch_size)
            ]
        found.extend(spans)
    return found


def _batch_spans(decoder: _Decoder, docs: list[Any], step: int) -> list[list[CharSpan]] | None:
    """Character spans of one ``nlp.pipe`` batch, or None where the decoder cannot read it (preset entities)."""
    by_length = sorted(range(len(docs)), key=lambda k: len(docs[k]))
    spans: list[list[CharSpan]] = [[] for _ in docs]
    for start in range(0, len(by_length), step):
        chosen = by_length[start : start + step]
        decoded = decoder([docs[k] for k in chosen])
        if decoded is None:
            return None
        for k, tokens in zip(chosen, decoded, strict=True):
            spans[k] = [(docs[k][a:z].start_char, docs[k][a:z].end_char, label) for a, z, label in tokens]
    return spans


#: Token spans and labels of each document of a ``Parser.predict`` batch (None: not decodable here).
_Decoder = Callable[[list[Any]], list[list[tuple[int, int, str]]] | None]


@cache
def _decoder(nlp: Any) -> _Decoder | None:
    """The batch decoder of ``nlp``'s NER component, or None where its model is not one this module knows."""
    try:
        ner = nlp.get_pipe("ner")
        model_cfg = nlp.config["components"]["ner"]["model"]
        if (
            ner.cfg.get("beam_width", 1) != 1
            or model_cfg.get("@architectures") != "spacy.TransitionBasedParser.v2"
            or model_cfg.get("state_type") != "ner"
            or model_cfg.get("extra_state_tokens")
            or not model_cfg.get("use_upper", True)
        ):
            return None
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    except (KeyError, AttributeError, TypeError):
        return None
    kinds = []
    labels: list[str] = []
    for name in names:
        kind, _, label = name.partition("-")
        if kind not in _KINDS:
            return None
        kinds.append(_KINDS[kind])
        labels.append(label)
    label_names = sorted({label for label in labels if label})
    move_label = np.array([label_names.index(label) + 1 if label else 0 for label in labels], dtype=np.int64)
    move_kind = np.array(kinds, dtype=np.int64)

    def decode(docs: list[Any]) -> list[list[tuple[int, int, str]]] | None:
        decoded = _decode(ner, docs, move_kind, move_label)
        if decoded is None:
            return None
        return [[(start, end, label_names[label - 1]) for start, end, label in spans] for spans in decoded]

    return decode


def _token_flags(docs: list[Any], total: int) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_], bool]:
    """White-space tokens and sentence starts of all tokens (one flat array), and whether any entity is preset."""
    from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START

    space = np.zeros(total + 1, dtype=bool)
    sentence_start = np.zeros(total + 1, dtype=bool)
    preset = False
    offset = 0
    for doc in docs:
        if len(doc):
            values = doc.to_array([IS_SPACE, SENT_START, ENT_IOB]).astype(np.int64)
            space[offset : offset + len(doc)] = values[:, 0] != 0
            sentence_start[offset : offset + len(doc)] = values[:, 1] == 1
            preset = preset or bool((values[:, 2] != 0).any())
        offset += len(doc)
    return space, sentence_start, preset


def _decode(
    ner: Any, docs: list[Any], move_kind: npt.NDArray[np.int64], move_label: npt.NDArray[np.int64]
) -> list[list[tuple[int, int, int]]] | None:
    """Greedy BILUO decoding of ``docs`` (one ``Parser.predict`` batch): token spans and label numbers per doc."""
    import blis.py

    lengths = np.array([len(doc) for doc in docs], dtype=np.int64)
    total = int(lengths.sum())
    if total == 0:
        return [[] for _ in docs]
    space, sentence_start, preset = _token_flags(docs, total)
    if preset:
        return None  # preset entities change which moves are valid: spaCy itself reads such texts
    step_model = ner.model.predict(docs)
    state2vec = step_model.state2vec
    weights = step_model.vec2scores.get_param("W")
    bias = step_model.vec2scores.get_param("b")
    unseen = np.asarray(step_model._class_mask) == 0
    labelled = move_label != 0
    begin_moves = (move_kind == _BEGIN) & labelled
    in_moves = (move_kind == _IN) & labelled
    last_moves = (move_kind == _LAST) & labelled
    unit_moves = (move_kind == _UNIT) & labelled
    out_moves = move_kind == _OUT
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    position = np.zeros(len(docs), dtype=np.int64)
    is_open = np.zeros(len(docs), dtype=bool)
    open_label = np.zeros(len(docs), dtype=np.int64)
    entity_start = np.zeros(len(docs), dtype=np.int64)
    found: list[tuple[npt.NDArray[np.int64], ...]] = []
    active = np.flatnonzero(lengths > 0)
    while len(active):
        here = position[active]
        token = offsets[active] + here
        opened = is_open[active]
        # The three features of spaCy's NER state: the next token, the open entity's first token, the token before.
        ids = np.full((len(active), 3), -1, dtype=np.int32)
        ids[:, 0] = token
        ids[:, 1] = np.where(opened, offsets[active] + entity_start[active], -1)
        ids[:, 2] = np.where(opened, token - 1, -1)
        hidden = np.ascontiguousarray(state2vec.predict(ids), dtype=np.float32)
        scores = blis.py.gemm(hidden, weights, trans1=False, trans2=True, alpha=1.0, beta=0.0)
        scores += bias
        if unseen.any():
            scores[:, unseen] = scores.min()
        two_left = (lengths[active] - here) >= 2
        next_starts_sentence = two_left & sentence_start[token + 1]
        blank = space[token]
        same_label = move_label[None, :] == open_label[active][:, None]
        valid = (
            (begin_moves[None, :] & (~opened & two_left & ~next_starts_sentence & ~blank)[:, None])
            | (in_moves[None, :] & (opened & two_left & ~next_starts_sentence)[:, None] & same_label)
            | (last_moves[None, :] & opened[:, None] & same_label)
            | (unit_moves[None, :] & (~opened & ~blank)[:, None])
            | (out_moves[None, :] & ~opened[:, None])
        )
        # The first best valid move, as spaCy's arg_max_if_valid picks it.
        move = np.where(valid, scores, -np.inf).argmax(axis=1)
        kind, label = move_kind[move], move_label[move]
        begins = kind == _BEGIN
        is_open[active[begins]] = True
        open_label[active[begins]] = label[begins]
        entity_start[active[begins]] = here[begins]
        lasts = kind == _LAST
        closing = active[lasts]
        found.append((closing, entity_start[closing], here[lasts] + 1, open_label[closing]))
        is_open[closing] = False
        units = kind == _UNIT
        found.append((active[units], here[units], here[units] + 1, label[units]))
        position[active] += 1
        active = active[position[active] < lengths[active]]
    step_model.clear_memory()
    spans: list[list[tuple[int, int, int]]] = [[] for _ in docs]
    doc_of, starts, ends, labels = (np.concatenate([part[i] for part in found]) for i in range(4))
    for i in np.lexsort((starts, doc_of)):
        spans[doc_of[i]].append((int(starts[i]), int(ends[i]), int(labels[i])))
    return spans
