"""Checks that bundled models are the files the project was built and measured with.

The model packages come from single authors with few users, so each is pinned
to an exact version and its files to sha256 hashes, checked before loading.
Kept free of heavy imports: the GPU fine-tuning machine imports it too.
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from newsprism.errors import Errors, ModelIntegrityError

__all__ = ["sha256_file", "verify_package_files"]


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_package_files(package: str, expected_version: str, resources: Path, hashes: dict[str, str]) -> None:
    """Raise :class:`ModelIntegrityError` unless the package version and file hashes match.

    Raises:
        ModelIntegrityError: E013 for another package version, E012 for a missing or altered file.
    """
    actual_version = metadata.version(package)
    if actual_version != expected_version:
        raise ModelIntegrityError(Errors.E013.format(package=package, actual=actual_version, expected=expected_version))
    for name, expected in hashes.items():
        path = resources / name
        actual = sha256_file(path) if path.exists() else "missing"
        if actual != expected:
            raise ModelIntegrityError(Errors.E012.format(path=path, actual=actual, expected=expected))
