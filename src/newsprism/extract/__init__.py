"""The extract stage: raw inputs (bytes, HTML, JSON objects) to normalised :class:`Article` records.

One concern per module:

- :mod:`~newsprism.extract.decoding`: bytes to text (BOM, UTF-8, legacy encodings, binary refusal);
- :mod:`~newsprism.extract.htmlpage`: an HTML page's main text and metadata (trafilatura, htmldate);
- :mod:`~newsprism.extract.mapping`: a JSON object's fields, validated;
- :mod:`~newsprism.extract.normalize`: Unicode and whitespace normalisation, length bounds;
- :mod:`~newsprism.extract.metadata`: publication dates, language hints, site names;
- :mod:`~newsprism.extract.ids`: stable content ids and hashes;
- :mod:`~newsprism.extract.article`: assembling the :class:`Article`.

Every failure is a :class:`~newsprism.errors.BadInputError` carrying a coded one-line message.
"""

from __future__ import annotations

from newsprism.extract.article import Extracted, build_article
from newsprism.extract.decoding import declared_charset, decode_bytes, is_binary
from newsprism.extract.htmlpage import HtmlPage, extract_html
from newsprism.extract.ids import canonical_content, content_hash, content_id
from newsprism.extract.mapping import article_from_mapping
from newsprism.extract.metadata import normalize_language, parse_published, site_of
from newsprism.extract.normalize import cut_text, fit_text, normalize_text, normalize_title

__all__ = [
    "Extracted",
    "HtmlPage",
    "article_from_mapping",
    "build_article",
    "canonical_content",
    "content_hash",
    "content_id",
    "cut_text",
    "declared_charset",
    "decode_bytes",
    "extract_html",
    "fit_text",
    "is_binary",
    "normalize_language",
    "normalize_text",
    "normalize_title",
    "parse_published",
    "site_of",
]
