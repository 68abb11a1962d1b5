"""A child process that runs one of this package's modules, restarted when it dies or stalls.

Used by the Duckling date worker (whose runtime can end its process on some
inputs) and by the mention workers (which take a second core). A plain child
rather than ``multiprocessing``: a user's script needs no ``__main__`` guard and
nothing is forked from a process that already runs threads.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

__all__ = ["RestartingChild"]

Reply = TypeVar("Reply")


class RestartingChild(Generic[Reply]):
    """``python -m MODULE`` as a child, with its stdin and stdout as pipes; thread-safe.

    Args:
        module: The module the child runs.
        max_failures: After this many failed exchanges in a row the child is not started again.
        text: Open the pipes in text mode (UTF-8, line-buffered), else binary.
    """

    def __init__(self, module: str, max_failures: int, *, text: bool) -> None:
        self.module = module
        self.max_failures = max_failures
        self.text = text
        self._process: subprocess.Popen[Any] | None = None
        self._failures = 0
        self._lock = threading.Lock()

    @property
    def usable(self) -> bool:
        """False once the child has failed ``max_failures`` times in a row."""
        return self._failures < self.max_failures

    def _start(self) -> subprocess.Popen[Any]:
        # The child must import this package exactly as the parent does (also from a source checkout).
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        text_mode: dict[str, Any] = {"text": True, "encoding": "utf-8", "bufsize": 1} if self.text else {}
        return subprocess.Popen(  # noqa: S603 - this interpreter, running one of our own modules
            [sys.executable, "-m", self.module],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            **text_mode,
        )

    def exchange(self, talk: Callable[[Any, Any], Reply | None]) -> Reply | None:
        """Run ``talk(stdin, stdout)`` with the (started) child; None when it fails.

        ``talk`` writes a request and reads the reply, returning None on a missing or
        late reply. A failed exchange kills the child; the next one starts a fresh child.
        """
        with self._lock:
            if not self.usable:
                return None
            if self._process is None or self._process.poll() is not None:
                self._process = self._start()
            process = self._process
            if process.stdin is None or process.stdout is None:  # never: both are pipes
                return None
            try:
                reply = talk(process.stdin, process.stdout)
            except (BrokenPipeError, OSError):
                reply = None
            if reply is None:
                self._failures += 1
                process.kill()
                process.wait()
                self._process = None
                return None
            self._failures = 0
            return reply

    def close(self) -> None:
        """Stop the child process."""
        with self._lock:
            if self._process is not None:
                self._process.kill()
                self._process.wait()
                self._process = None
