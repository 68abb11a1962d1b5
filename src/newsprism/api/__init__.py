"""The REST API and web pages served by ``newsprism serve``."""

from __future__ import annotations

from newsprism.api.app import create_app

__all__ = ["create_app"]
