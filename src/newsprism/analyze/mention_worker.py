"""Mention finders in worker processes, so that a batch uses more than one core.

The entity finder (spaCy's NER above all) is pure CPU work in Python and Cython that
holds the GIL: threads cannot share it out. Each worker is this module run as a
child process (``python -m newsprism.analyze.mention_worker``), as the Duckling
date worker is: a plain child rather than ``multiprocessing``, so that a user's
script needs no ``if __name__ == "__main__"`` guard and nothing is forked from a
process that already runs threads. Requests and replies are length-prefixed
pickles over the child's stdin and stdout (the child is ours: nothing else writes
to those pipes).

A batch is cut into small chunks; each worker takes chunks from the front while the
calling thread takes them from the back, so the work is shared whatever the speed of
each side (a worker still loading its models takes little, a busy core less). A worker
that dies or stalls gives its chunk back to the caller and is restarted for the next
batch. Every chunk is found exactly as :func:`newsprism.analyze.mentions.find_mentions_many`
finds it in-process: the results do not depend on the split.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import IO, Any, Generic, TypeVar

from newsprism.analyze.child_process import RestartingChild

__all__ = ["MentionWorker", "SharedChunks", "serve", "started_workers"]

#: A chunk that takes longer than this (seconds) is taken back and the worker restarted.
_TIMEOUT = 120.0
#: After this many failures in a row a worker is not restarted (workers unusable here).
_MAX_FAILURES = 3
_HEADER = struct.Struct("<Q")

T = TypeVar("T")
R = TypeVar("R")


class MentionWorker:
    """One child process that runs the mention finders on chunks of articles; restarted after a crash."""

    def __init__(self) -> None:
        self._child: RestartingChild[bytes] = RestartingChild(
            "newsprism.analyze.mention_worker", _MAX_FAILURES, text=False
        )

    @property
    def usable(self) -> bool:
        """False once the child has failed too often in a row."""
        return self._child.usable

    def call(self, request: Any) -> Any | None:
        """The child's reply to one pickled request, or None when the child died or stalled."""
        payload = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)

        def talk(stdin: IO[bytes], stdout: IO[bytes]) -> bytes | None:
            stdin.write(_HEADER.pack(len(payload)) + payload)
            stdin.flush()
            return _read_frame(stdout.fileno(), time.monotonic() + _TIMEOUT)

        reply = self._child.exchange(talk)
        return None if reply is None else pickle.loads(reply)  # noqa: S301 - written by our own child process

    def close(self) -> None:
        """Stop the child process."""
        self._child.close()


def _read_frame(fd: int, deadline: float) -> bytes | None:
    """One length-prefixed frame from ``fd``, or None at end of file or after ``deadline``."""
    header = _read_exact(fd, _HEADER.size, deadline)
    if header is None:
        return None
    return _read_exact(fd, _HEADER.unpack(header)[0], deadline)


def _read_exact(fd: int, size: int, deadline: float) -> bytes | None:
    parts: list[bytes] = []
    left = size
    while left:
        wait = deadline - time.monotonic()
        if wait <= 0 or not select.select([fd], [], [], wait)[0]:
            return None
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            return None
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


_WORKERS: list[MentionWorker] = []


def started_workers(count: int) -> list[MentionWorker]:
    """The first ``count`` shared workers (started lazily, on their first chunk; stopped at exit)."""
    while len(_WORKERS) < count:
        worker = MentionWorker()
        atexit.register(worker.close)
        _WORKERS.append(worker)
    return [worker for worker in _WORKERS[:count] if worker.usable]


class SharedChunks(Generic[T, R]):
    """``[local(chunk) for chunk in chunks]``, shared out between the caller and ``remote`` callables (workers).

    The remote callables start at once, each in its own thread, taking chunks from the
    front; :meth:`result` has the calling thread take them from the back, then waits. A
    remote callable returns None when it failed: its chunk is then done locally, and that
    callable gets no more chunks.
    """

    def __init__(self, chunks: Sequence[T], local: Callable[[T], R], remote: Sequence[Callable[[T], R | None]]) -> None:
        self._chunks = chunks
        self._local = local
        self._results: list[R | None] = [None] * len(chunks)
        self._pending = deque(range(len(chunks)))
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._feed, args=(call,), daemon=True) for call in remote]
        for thread in self._threads:
            thread.start()

    def _take(self, front: bool) -> int | None:
        with self._lock:
            if not self._pending:
                return None
            return self._pending.popleft() if front else self._pending.pop()

    def _feed(self, call: Callable[[T], R | None]) -> None:
        while (index := self._take(front=True)) is not None:
            try:
                found = call(self._chunks[index])
            except Exception:  # any failure of a worker leaves its chunk to the caller
                found = None
            if found is None:
                with self._lock:
                    self._pending.appendleft(index)
                return
            self._results[index] = found

    def result(self) -> list[R]:
        """Every chunk's result, in order: the chunks no worker has taken are done here."""
        while True:
            try:
                while (index := self._take(front=False)) is not None:
                    self._results[index] = self._local(self._chunks[index])
            except BaseException:
                # The batch has failed: the workers take no more of its chunks.
                with self._lock:
                    self._pending.clear()
                raise
            for thread in self._threads:
                thread.join()
            # A worker that failed gave its chunk back after the caller had run dry.
            if not self._pending:
                break
        done = [result for result in self._results if result is not None]
        if len(done) != len(self._chunks):  # never: every chunk is done by a worker or here
            raise RuntimeError("a chunk of mentions was lost")
        return done


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """Answer pickled ``(articles, languages, references, with_dates)`` requests with their mentions."""
    from newsprism.analyze.mentions import find_mentions_many

    while True:
        header = requests.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return
        articles, languages, references, with_dates = pickle.loads(requests.read(_HEADER.unpack(header)[0]))  # noqa: S301 - our parent
        dates = None if with_dates else [()] * len(articles)
        found = find_mentions_many(articles, languages, [()] * len(articles), references, dates=dates)
        payload = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
        replies.write(_HEADER.pack(len(payload)) + payload)
        replies.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
