"""The command line interface (``newsprism``)."""

from __future__ import annotations

from newsprism.cli.main import app, run

__all__ = ["app", "run"]
