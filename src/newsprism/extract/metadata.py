"""Normalisation of metadata values: publication dates, language hints, site names."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
#: Tags that name no particular language.
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})


def parse_published(value: str) -> str:
    """Normalise a publication time to ISO 8601.

    Accepts ISO 8601 dates and date-times (``Z`` or offsets, ``T`` or space) and,
    as feeds write them, RFC 2822 dates. A date stays a date (``2024-03-05``); a
    date-time keeps its offset, to the second (``2024-03-05T08:30:00+01:00``).

    Raises:
        ValueError: The value is neither.
    """
    value = value.strip()
    try:
        if _DATE_ONLY.match(value):
            return date.fromisoformat(value).isoformat()
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError) as exc:
        raise ValueError(f"not an ISO 8601 date: {value!r}") from exc
    return moment.isoformat(timespec="seconds")


def normalize_language(hint: str | None) -> str | None:
    """The primary subtag of a language tag (``fr-FR``, ``pt_BR``, ``EN``), lower case.

    Returns None for empty, undetermined or malformed hints: a hint only helps the
    detector, so a bad one is dropped rather than refused.
    """
    if not hint:
        return None
    primary = re.split(r"[-_]", hint.strip(), maxsplit=1)[0].lower()
    if not _LANGUAGE.match(primary) or primary in _NO_LANGUAGE:
        return None
    return primary


def site_of(url: str | None) -> str | None:
    """The host name of a URL without ``www.``, as a fallback outlet name."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")
