"""Assembling an :class:`Article` from extracted parts: normalise, bound, identify."""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.config import Settings
from newsprism.extract.ids import content_id
from newsprism.extract.normalize import fit_text, normalize_text, normalize_title
from newsprism.records import Article


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article read from one input, with the warnings (``[W...]`` messages) raised on the way.

    ``where`` names the input (file, ``file:line``, URL) as messages do.
    """

    article: Article
    warnings: tuple[str, ...] = ()
    where: str = ""


def build_article(
    *,
    text: str,
    where: str,
    settings: Settings,
    title: str = "",
    id: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: str | None = None,
    language: str | None = None,
    author: str | None = None,
    path_or_url: str | None = None,
) -> Extracted:
    """Normalise title and text, bound the text's length, and give the article its id.

    Metadata values are passed through as given (validate them before). The id is
    ``id`` when given, else :func:`content_id` of the normalised title and text.

    Raises:
        BadInputError: E008 when the text is too short.
    """
    title = normalize_title(title)
    body, warnings = fit_text(normalize_text(text), where, settings)
    return Extracted(
        Article(
            id=id or content_id(title, body),
            text=body,
            title=title,
            url=url or None,
            source=source or None,
            published=published or None,
            language=language or None,
            author=author or None,
            path_or_url=path_or_url,
        ),
        warnings,
        where,
    )
