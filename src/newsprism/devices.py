"""Where the encoders run: the CPU (numpy) or a PyTorch device.

One rule for every encoder, so that ``auto`` means the same everywhere.
"""

from __future__ import annotations

__all__ = ["resolve_device"]


def resolve_device(device: str) -> str:
    """``auto`` becomes ``cuda`` when PyTorch is installed and sees a GPU, else ``cpu``; others pass through."""
    if device != "auto":
        return device
    try:
        import torch
    except ImportError:
        return "cpu"
    return "cuda" if torch.cuda.is_available() else "cpu"
