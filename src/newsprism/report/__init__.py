"""Renderers: story lists and story prisms as JSON, Markdown and self-contained HTML."""

from __future__ import annotations

from newsprism.report.prism_html import prism_to_html
from newsprism.report.prism_json import prism_to_json
from newsprism.report.prism_markdown import prism_to_markdown
from newsprism.report.stories import stories_to_html, stories_to_markdown, story_to_dict

__all__ = [
    "prism_to_html",
    "prism_to_json",
    "prism_to_markdown",
    "stories_to_html",
    "stories_to_markdown",
    "story_to_dict",
]
