"""``python -m newsprism.cli``."""

from __future__ import annotations

from newsprism.cli.main import run

run()
