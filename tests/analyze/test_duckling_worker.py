"""The Duckling child's reply reader: a line, a stream broken off mid-character, silence."""

from __future__ import annotations

import io
import os

from newsprism.analyze.duckling_worker import _read_line


def test_a_whole_line_is_read() -> None:
    stream = io.TextIOWrapper(io.BytesIO('[["16 أيار"]]\n'.encode()), encoding="utf-8")
    assert _read_line(stream, 5) == '[["16 أيار"]]\n'


def test_a_reply_broken_off_in_a_character_reads_as_a_dead_child() -> None:
    # A child killed while writing "é" leaves its first byte only: no traceback from the reader thread, and the
    # empty string the caller takes for a child that died.
    stream = io.TextIOWrapper(io.BytesIO(b'[["caf\xc3'), encoding="utf-8")
    assert _read_line(stream, 5) == ""


def test_silence_past_the_timeout_gives_none() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, encoding="utf-8") as stream, os.fdopen(write_end, "w"):
        assert _read_line(stream, 0.2) is None
