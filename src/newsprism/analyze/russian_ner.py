"""Russian named entities from Natasha's packaged news NER model (slovnet), offline.

No spaCy package ships a Russian model, but ``natasha`` (MIT) ships slovnet's news NER
model and the navec word vectors it reads inside its wheel. Only those two files are
read here, through ``slovnet`` and ``navec``: natasha itself is never imported (its
morphology stack is not needed for names). The files are pinned by version and sha256,
checked before loading, as for every bundled model.

The model tags persons, organisations and places (no "other" class); the rule-based
finder in :mod:`newsprism.analyze.entities` adds what the model does not cover.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from newsprism.analyze.sentences import text_pieces
from newsprism.integrity import verify_package_files

__all__ = ["NATASHA_VERSION", "russian_model_spans"]

NATASHA_PACKAGE = "natasha"
NATASHA_VERSION = "1.6.0"
_EMBEDDINGS = "data/emb/navec_news_v1_1B_250K_300d_100q.tar"
_NER_MODEL = "data/model/slovnet_ner_news_v1.tar"
NATASHA_FILE_HASHES: dict[str, str] = {
    _EMBEDDINGS: "f07270833d78523edc5781538d67038e95b43975e4a7ae757c693b687f9cbfca",
    _NER_MODEL: "16c3343a6572ddf0e2b2fc1923113de15a7f5ca5bde90e780dd590418665603e",
}
#: The model reads the text in pieces of about this many characters, cut at a line or sentence end.
_CHUNK_CHARS = 5_000
#: Pieces tagged per batch.
_BATCH = 16
#: A found name longer than this is a mis-read run, not a name.
_MAX_NAME_CHARS = 80

_JOINS_NAMES = re.compile(r"[/\n]")

#: A found name: start and end character offsets and its label (PER, ORG or LOC).
CharSpan = tuple[int, int, str]


def _package_dir() -> Path | None:
    """Where natasha is installed, found without importing it (its import pulls in pymorphy2)."""
    spec = importlib.util.find_spec(NATASHA_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def _tagger() -> Any:
    """slovnet's NER with navec vectors, loaded once; None where the packages are not installed.

    Raises:
        ModelIntegrityError: The installed natasha is another version or its model files were altered.
    """
    package_dir = _package_dir()
    try:
        from navec import Navec
        from slovnet import NER
    except ImportError:
        return None
    if package_dir is None:
        return None
    verify_package_files(NATASHA_PACKAGE, NATASHA_VERSION, package_dir, NATASHA_FILE_HASHES)
    tagger = NER.load(str(package_dir / _NER_MODEL), batch_size=_BATCH)
    tagger.navec(Navec.load(str(package_dir / _EMBEDDINGS)))
    return tagger


def russian_model_spans(texts: Sequence[str]) -> list[list[CharSpan]] | None:
    """The names the packaged Russian model finds in each text, in text order; None without the model.

    Args:
        texts: Russian texts (already bounded in size by the caller).

    Returns:
        One list of (start, end, label) per text, or None where the model is not installed.
    """
    tagger = _tagger()
    if tagger is None:
        return None
    # A piece of white space alone has no tokens, which the model's decoder cannot take.
    pieces = [
        (i, offset, piece)
        for i, text in enumerate(texts)
        for offset, piece in text_pieces(text, _CHUNK_CHARS)
        if piece.strip()
    ]
    found: list[list[CharSpan]] = [[] for _ in texts]
    for (i, offset, piece), markup in zip(pieces, tagger.map([piece for _, _, piece in pieces]), strict=True):
        for span in markup.spans:
            surface = piece[span.start : span.stop]
            # A slash or a line break inside joins two names ("REUTERS/Jason Lee", a photo credit): the rules
            # read such runs.
            if (
                span.stop - span.start <= _MAX_NAME_CHARS
                and any(ch.isalpha() for ch in surface)
                and not _JOINS_NAMES.search(surface)
            ):
                found[i].append((offset + span.start, offset + span.stop, span.type))
    return found
