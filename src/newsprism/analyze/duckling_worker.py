"""Duckling in a child process, so that its crashes cannot take the caller down.

Duckling's Haskell runtime ends the whole process on some inputs (an out-of-range
index on Arabic windows such as "لليوم العشرين " or "العام بالمجان."): no Python
exception, just an exit. The date finder therefore never loads Duckling itself; it
sends windows of text, one JSON line each, to this module run as a child process
(``python -m newsprism.analyze.duckling_worker``) and reads one JSON line back. When
the child dies, that window yields nothing and a fresh child serves the next one.
"""

from __future__ import annotations

import calendar
import json
import sys
import threading
from datetime import date
from functools import lru_cache
from typing import IO, Any

from newsprism.analyze.child_process import RestartingChild

__all__ = ["DucklingClient", "serve"]

#: A window that takes longer than this (seconds) is abandoned and the child restarted.
_TIMEOUT = 5.0
#: After this many crashes in a row the client stops trying (Duckling unusable here).
_MAX_FAILURES = 5


class DucklingClient:
    """Parses text windows with Duckling in a child process; thread-safe; restarts the child on a crash."""

    def __init__(self) -> None:
        self._child: RestartingChild[str] = RestartingChild(
            "newsprism.analyze.duckling_worker", _MAX_FAILURES, text=True
        )

    @property
    def usable(self) -> bool:
        """False once the child has failed to start or crashed too often in a row."""
        return self._child.usable

    def parse(self, text: str, language: str, reference: date) -> list[dict[str, Any]]:
        """Duckling's time entities in ``text`` (character offsets), or [] when the child failed."""
        found = self._ask([text], language, reference)
        return found[0] if found else []

    def parse_many(self, texts: list[str], language: str, reference: date) -> list[list[dict[str, Any]]]:
        """Duckling's time entities of each text, in one round trip.

        When the child dies on the batch, each text is asked for alone, so only the
        window that kills Duckling goes without an answer.
        """
        if not texts:
            return []
        found = self._ask(texts, language, reference)
        if found is not None and len(found) == len(texts):
            return found
        return [self.parse(text, language, reference) for text in texts]

    def _ask(self, texts: list[str], language: str, reference: date) -> list[list[dict[str, Any]]] | None:
        request = json.dumps({"texts": texts, "language": language, "reference": reference.isoformat()}) + "\n"

        def talk(stdin: IO[str], stdout: IO[str]) -> str | None:
            stdin.write(request)
            stdin.flush()
            # An empty or missing line: the child died on this window (or hung).
            return _read_line(stdout, _TIMEOUT) or None

        reply = self._child.exchange(talk)
        if reply is None:
            return None
        found = json.loads(reply)
        return found if isinstance(found, list) else None

    def close(self) -> None:
        """Stop the child process."""
        self._child.close()


def _read_line(stream: IO[str], timeout: float) -> str | None:
    """One line from ``stream``, or None after ``timeout`` seconds; an empty string when the stream breaks off
    (a child killed while writing leaves half a UTF-8 character, which cannot be decoded)."""
    result: list[str] = []

    def read() -> None:
        try:
            result.append(stream.readline())
        except (UnicodeDecodeError, ValueError, OSError):
            result.append("")

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    return result[0] if result else None


@lru_cache(maxsize=64)
def _context(language: str, reference: date) -> tuple[Any, Any]:
    import duckling

    noon = calendar.timegm((reference.year, reference.month, reference.day, 12, 0, 0))
    ref_time = duckling.parse_ref_time(_timezones(), "UTC", noon)
    locale = duckling.default_locale_lang(duckling.parse_lang(language.upper()))
    return duckling.Context(ref_time, locale), duckling.parse_dimensions(["time"])


@lru_cache(maxsize=1)
def _timezones() -> Any:
    import duckling

    return duckling.load_time_zones("/usr/share/zoneinfo")


def serve(requests: IO[str], replies: IO[str]) -> None:
    """Answer JSON-line requests ``{"texts", "language", "reference"}`` with one Duckling list per text."""
    import duckling

    for line in requests:
        found: list[Any] = []
        try:
            request = json.loads(line)
            context, dimensions = _context(str(request["language"]), date.fromisoformat(request["reference"]))
            for text in request["texts"]:
                found.append(duckling.parse(str(text), context, dimensions, False))
        except (ValueError, KeyError, TypeError):
            found = []
        replies.write(json.dumps(found, ensure_ascii=False) + "\n")
        replies.flush()


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
