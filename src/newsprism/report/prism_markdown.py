"""A prism as Markdown: lead, facts by status, disagreements, coverage, voices, timeline, who and where."""

from __future__ import annotations

import re

from newsprism.records import Prism, PrismUnit
from newsprism.report.prism_common import STATUS_LABELS, STATUS_ORDER, safe_url, source_labels, status_counts

# Markdown syntax and raw HTML in article text must show as text, not act.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def md_text(text: str | None) -> str:
    """Escape untrusted text for Markdown: HTML characters as entities, syntax with backslashes, one line."""
    if not text:
        return ""
    flat = " ".join(text.split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def _sources(unit_articles: tuple[str, ...], labels: dict[str, str]) -> str:
    return ", ".join(md_text(labels.get(a, a)) for a in unit_articles)


def _unit(unit: PrismUnit, labels: dict[str, str]) -> list[str]:
    lines = [f"- **{unit.id}** ({len(unit.article_ids)} source{'s' if len(unit.article_ids) != 1 else ''})"]
    for sentence in unit.sentences:
        lines.append(
            f"  - {md_text(labels.get(sentence.article_id, sentence.article_id))} [{sentence.language}]: "
            f"{md_text(sentence.text)}"
        )
    for disagreement in unit.disagreements:
        versions = "; ".join(f"“{md_text(v.text)}” ({_sources(v.article_ids, labels)})" for v in disagreement.versions)
        lines.append(f"  - *differs on {disagreement.kind}*: {versions}")
    return lines


def prism_to_markdown(prism: Prism) -> str:
    """Render a prism as a Markdown document (all article content escaped).

    Args:
        prism: The prism to render.

    Returns:
        Markdown text ending with a newline.
    """
    labels = source_labels(prism)
    counts = status_counts(prism)
    out: list[str] = [f"# {md_text(prism.title) or 'Story ' + md_text(prism.story_id)}", ""]
    if prism.lead:
        out += [f"> {md_text(prism.lead)}", ""]
    out.append(
        f"{len(prism.articles)} sources, {len(prism.units)} units: "
        + ", ".join(f"{counts[s]} {s}" for s in STATUS_ORDER)
    )
    out += ["", "## Sources", ""]
    for article in prism.articles:
        url = safe_url(article.url)
        title = md_text(article.title) or "(untitled)"
        linked = f"[{title}](<{url.replace('>', '%3E').replace('<', '%3C')}>)" if url else title
        meta = ", ".join(x for x in (md_text(article.language), md_text(article.published)) if x)
        out.append(f"- **{md_text(labels[article.id])}**: {linked} ({meta})")

    out += ["", "## Facts", ""]
    for status in STATUS_ORDER:
        units = [u for u in prism.units if u.status == status]
        if not units:
            continue
        out += [f"### {status.capitalize()}: {STATUS_LABELS[status]}", ""]
        for unit in units:
            out += _unit(unit, labels)
        out.append("")

    out += ["## What each source adds and leaves out", ""]
    for coverage in prism.coverage:
        adds = ", ".join(coverage.adds) or "nothing of its own"
        omits = ", ".join(coverage.omits) or "nothing most others report"
        out.append(
            f"- **{md_text(labels.get(coverage.article_id, coverage.article_id))}** adds {adds}; leaves out {omits}"
        )

    out += ["", "## Voices", ""]
    if not prism.voices:
        out.append("No quotes found.")
    for voice in prism.voices:
        out.append(f"- **{md_text(voice.speaker) or 'Unattributed'}** ({voice.id}, {len(voice.article_ids)} sources)")
        for rendering in voice.renderings:
            out.append(
                f"  - {md_text(labels.get(rendering.article_id, rendering.article_id))} [{rendering.language}]: "
                f"“{md_text(rendering.text)}”"
            )

    out += ["", "## Timeline", ""]
    if not prism.timeline:
        out.append("No dated events found.")
    for event in prism.timeline:
        what = "published: " if event.kind == "published" else ""
        out.append(f"- **{md_text(event.date)}** {what}{md_text(event.text)} ({_sources(event.article_ids, labels)})")

    out += ["", "## Who and where", ""]
    for mention in (*prism.entities, *prism.places):
        out.append(
            f"- {md_text(mention.name)} ({mention.kind}, {md_text(mention.label)}): "
            f"{len(mention.article_ids)} of {len(prism.articles)} sources"
        )
    if not prism.entities and not prism.places:
        out.append("No entities or places found.")
    return "\n".join(out) + "\n"
