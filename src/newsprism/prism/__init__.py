"""The story prism: a story's coverage fact by fact, across sources and languages."""

from __future__ import annotations

from newsprism.prism.builder import build_prism
from newsprism.prism.numbers import NumberMention, find_numbers
from newsprism.prism.settings import PrismSettings

__all__ = ["NumberMention", "PrismSettings", "build_prism", "find_numbers"]
