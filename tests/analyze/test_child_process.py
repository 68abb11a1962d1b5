from __future__ import annotations

from typing import IO

from newsprism.analyze.child_process import RestartingChild


def _read_line(stdin: IO[str], stdout: IO[str]) -> str | None:
    return stdout.readline() or None


def test_a_reply_is_returned_and_failures_reset() -> None:
    # `python -m this` prints the Zen of Python: a child that answers one line.
    child: RestartingChild[str] = RestartingChild("this", max_failures=2, text=True)
    try:
        assert child.exchange(_read_line) == "The Zen of Python, by Tim Peters\n"
        assert child.usable
    finally:
        child.close()


def test_a_child_that_dies_is_restarted_then_given_up() -> None:
    # This module does nothing when run: the child exits at once, with no reply.
    child: RestartingChild[str] = RestartingChild("newsprism.analyze.child_process", max_failures=2, text=True)
    assert child.exchange(_read_line) is None
    assert child.usable
    assert child.exchange(_read_line) is None
    assert not child.usable
    assert child.exchange(lambda stdin, stdout: "never asked") is None  # not started again
