"""prism_to_markdown: sections, escaping of untrusted content."""

from __future__ import annotations

from newsprism.prism import build_prism
from newsprism.report.prism_markdown import md_text, prism_to_markdown
from tests.prism.factory import story_of
from tests.prism.hostile import hostile_prism
from tests.prism.scenario import three_sources


def test_sections_and_content() -> None:
    articles = three_sources()
    text = prism_to_markdown(build_prism(story_of(*articles), articles))
    for heading in (
        "## Facts",
        "### Shared",
        "### Disputed",
        "### Unique",
        "## Voices",
        "## Timeline",
        "## What each source adds and leaves out",
        "## Who and where",
    ):
        assert heading in text
    assert "*differs on number*" in text
    assert "130\\.000" in text
    assert "[Russia masses troops](<https://wire.example/story>)" in text


def test_untrusted_text_cannot_inject_html_links_or_formatting() -> None:
    text = prism_to_markdown(hostile_prism())
    assert "<script" not in text
    assert "<img" not in text
    assert "](javascript" not in text
    assert "[here]" not in text
    assert "**now**" not in text
    assert md_text("a\n\n# heading") == "a \\# heading"
    assert md_text(None) == ""
