"""A prism as one self-contained HTML file: sources side by side with their units highlighted.

Nothing is loaded at view time (inline CSS, no scripts, no fonts; a Content
Security Policy forbids any fetch). Article content is untrusted: every piece is
escaped, and only http(s) URLs become links.
"""

from __future__ import annotations

from html import escape

from newsprism.records import MentionCount, Prism, PrismArticle, PrismUnit, UnitSentence
from newsprism.report.prism_common import STATUS_LABELS, STATUS_ORDER, safe_url, source_labels, status_counts

_CSS = """
:root{--shared:#cdeccd;--partial:#d6e4fb;--unique:#fde9b0;--disputed:#f7c4c4;--ink:#1d232b;--mute:#5b6673;
--line:#d9dee4;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header,section{padding:16px 28px}
header{background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:24px;margin:0 0 8px}
h2{font-size:19px;margin:0 0 10px}
h3{font-size:15px;margin:14px 0 6px}
.lead{font-size:16px;max-width:80em;margin:6px 0 10px}
.chips span,.badge{display:inline-block;border-radius:10px;padding:1px 9px;margin:0 6px 4px 0;font-size:13px}
.st-shared{background:var(--shared)}.st-partial{background:var(--partial)}
.st-unique{background:var(--unique)}.st-disputed{background:var(--disputed)}
.columns{display:flex;gap:14px;overflow-x:auto;padding-bottom:8px;align-items:flex-start}
.col{flex:0 0 340px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.col .meta{color:var(--mute);font-size:12px;margin-bottom:6px;overflow-wrap:anywhere}
.col h3{margin:0 0 4px;font-size:14px;color:var(--mute)}
.col .title{font-weight:650;font-size:16px;margin:0 0 8px}
.body{white-space:pre-wrap;overflow-wrap:anywhere}
a.s{color:inherit;text-decoration:none;border-radius:3px;padding:0 1px}
a.s:hover,a.s:focus{outline:2px solid var(--ink)}
.card{background:#fff;border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;
padding:8px 12px;margin:0 0 8px;max-width:90em}
.card.c-shared{border-left-color:#4caf50}.card.c-partial{border-left-color:#5b8def}
.card.c-unique{border-left-color:#e0a800}.card.c-disputed{border-left-color:#d9534f}
.card:target{box-shadow:0 0 0 3px #333}
.card ul{margin:4px 0;padding-left:18px}
.lang{color:var(--mute);font-size:12px}
.src{font-weight:600}
table{border-collapse:collapse;background:#fff;margin:4px 0}
td,th{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}
.muted{color:var(--mute)}
ol.timeline{padding-left:20px}
ol.timeline li{margin:0 0 4px}
.date{font-variant-numeric:tabular-nums;font-weight:600;margin-right:6px}
"""


def _e(text: object) -> str:
    """Escape any value for HTML text and attribute values."""
    return escape("" if text is None else str(text), quote=True)


def _hover_rules(units: tuple[PrismUnit, ...]) -> str:
    """Hovering a sentence outlines the same unit in every source (CSS only; unit ids are our own ``uN``)."""
    rules = [
        f'body:has(a[data-u="{_e(u.id)}"]:hover) a[data-u="{_e(u.id)}"]{{outline:2px solid #1d232b}}'
        for u in units
        if len(u.article_ids) > 1
    ]
    return "\n".join(rules)


def _sentence_link(sentence_text: str, unit: PrismUnit | None) -> str:
    if unit is None:
        return _e(sentence_text)
    tip = f"{unit.id}: {STATUS_LABELS[unit.status]} ({len(unit.article_ids)} sources)"
    return (
        f'<a class="s st-{unit.status}" href="#{_e(unit.id)}" data-u="{_e(unit.id)}" title="{_e(tip)}">'
        f"{_e(sentence_text)}</a>"
    )


def _highlighted_body(text: str, sentences: list[tuple[UnitSentence, PrismUnit]]) -> str:
    """The article text with each sentence wrapped in its unit's colour; everything between stays plain."""
    parts: list[str] = []
    cursor = 0
    for sentence, unit in sorted(sentences, key=lambda pair: pair[0].start):
        start, end = sentence.start, sentence.end
        if start < cursor or end > len(text) or start >= end:
            continue
        parts.append(_e(text[cursor:start]))
        parts.append(_sentence_link(text[start:end], unit))
        cursor = end
    parts.append(_e(text[cursor:]))
    return "".join(parts)


def _column(article: PrismArticle, label: str, mine: list[tuple[UnitSentence, PrismUnit]]) -> str:
    url = safe_url(article.url)
    meta = " · ".join(_e(x) for x in (article.language, article.published) if x)
    link = f' · <a href="{_e(url)}" rel="noopener noreferrer nofollow">original</a>' if url else ""
    title_sentences = [pair for pair in mine if pair[0].is_title]
    title = (
        _sentence_link(article.title.strip(), title_sentences[0][1])
        if title_sentences and article.title.strip()
        else _e(article.title)
    )
    body = _highlighted_body(article.text, [pair for pair in mine if not pair[0].is_title])
    return (
        f'<article class="col"><h3>{_e(label)}</h3><div class="meta">{meta}{link}</div>'
        f'<div class="title">{title}</div><div class="body">{body}</div></article>'
    )


def _unit_links(unit_ids: tuple[str, ...]) -> str:
    if not unit_ids:
        return '<span class="muted">none</span>'
    return ", ".join(f'<a href="#{_e(u)}">{_e(u)}</a>' for u in unit_ids)


def _unit_card(unit: PrismUnit, labels: dict[str, str]) -> str:
    items = "".join(
        f'<li><span class="src">{_e(labels.get(s.article_id, s.article_id))}</span> '
        f'<span class="lang">[{_e(s.language)}]</span> {_e(s.text)}</li>'
        for s in unit.sentences
    )
    differs = ""
    for disagreement in unit.disagreements:
        head = "".join(f"<th>{_e(v.text)}</th>" for v in disagreement.versions)
        cells = "".join(
            "<td>" + ", ".join(_e(labels.get(a, a)) for a in v.article_ids) + "</td>" for v in disagreement.versions
        )
        differs += (
            f'<div class="muted">Sources differ on a {_e(disagreement.kind)}:</div>'
            f"<table><tr>{head}</tr><tr>{cells}</tr></table>"
        )
    return (
        f'<div class="card c-{unit.status}" id="{_e(unit.id)}"><span class="badge st-{unit.status}">'
        f"{_e(unit.id)} · {_e(unit.status)} · {len(unit.article_ids)} source"
        f"{'s' if len(unit.article_ids) != 1 else ''}</span><ul>{items}</ul>{differs}</div>"
    )


def prism_to_html(prism: Prism) -> str:
    """Render a prism as one self-contained HTML page.

    Args:
        prism: The prism to render.

    Returns:
        A complete HTML document: sources side by side with every sentence coloured
        by its unit's status (shared, partial, unique, disputed), the units with
        their disagreements, what each source adds and leaves out, the voices,
        the timeline, and who and where.
    """
    labels = source_labels(prism)
    counts = status_counts(prism)
    per_article: dict[str, list[tuple[UnitSentence, PrismUnit]]] = {a.id: [] for a in prism.articles}
    for unit in prism.units:
        for sentence in unit.sentences:
            per_article.setdefault(sentence.article_id, []).append((sentence, unit))

    title = prism.title or f"Story {prism.story_id}"
    chips = "".join(f'<span class="st-{s}">{counts[s]} {_e(s)}: {_e(STATUS_LABELS[s])}</span>' for s in STATUS_ORDER)
    columns = "".join(_column(a, labels[a.id], per_article.get(a.id, [])) for a in prism.articles)

    facts = []
    for status in STATUS_ORDER:
        units = [u for u in prism.units if u.status == status]
        if units:
            facts.append(f"<h3>{_e(status.capitalize())}: {_e(STATUS_LABELS[status])}</h3>")
            facts.extend(_unit_card(u, labels) for u in units)

    coverage_rows = "".join(
        f"<tr><td class='src'>{_e(labels.get(c.article_id, c.article_id))}</td>"
        f"<td>{_unit_links(c.adds)}</td><td>{_unit_links(c.omits)}</td></tr>"
        for c in prism.coverage
    )

    voices = []
    for voice in prism.voices:
        renderings = "".join(
            f'<li><span class="src">{_e(labels.get(r.article_id, r.article_id))}</span> '
            f'<span class="lang">[{_e(r.language)}]</span> “{_e(r.text)}”</li>'
            for r in voice.renderings
        )
        voices.append(
            f'<div class="card" id="{_e(voice.id)}"><b>{_e(voice.speaker or "Unattributed")}</b> '
            f'<span class="muted">{len(voice.article_ids)} source{"s" if len(voice.article_ids) != 1 else ""}'
            f"</span><ul>{renderings}</ul></div>"
        )

    events = "".join(
        f'<li><span class="date">{_e(ev.date)}</span>'
        f"{'<i>published</i>: ' if ev.kind == 'published' else ''}{_e(ev.text)} "
        f'<span class="muted">({_e(", ".join(labels.get(a, a) for a in ev.article_ids))})</span></li>'
        for ev in prism.timeline
    )

    timeline = f'<ol class="timeline">{events}</ol>' if events else "<p class='muted'>No dates.</p>"

    def mention_table(rows: tuple[MentionCount, ...], heading: str) -> str:
        if not rows:
            return f"<p class='muted'>No {heading.lower()} found.</p>"
        body = "".join(
            f"<tr><td>{_e(m.name)}</td><td>{_e(m.label)}</td><td>{len(m.article_ids)} of {len(prism.articles)}</td>"
            f"<td>{m.mentions}</td></tr>"
            for m in rows
        )
        return f"<table><tr><th>{_e(heading)}</th><th>Kind</th><th>Sources</th><th>Mentions</th></tr>{body}</table>"

    return f"""<!DOCTYPE html>
<html lang="{_e(prism.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{_e(title)} · newsprism</title>
<style>{_CSS}
{_hover_rules(prism.units)}</style>
</head>
<body>
<header>
<h1>{_e(title)}</h1>
{f'<p class="lead">{_e(prism.lead)}</p>' if prism.lead else ""}
<div class="chips">{len(prism.articles)} sources · {len(prism.units)} units &nbsp; {chips}</div>
</header>
<section><h2>Sources side by side</h2>
<p class="muted">Each sentence is coloured by its unit; hover one to see it in every source, click it for the unit.</p>
<div class="columns">{columns}</div></section>
<section><h2>Facts</h2>{"".join(facts) or "<p class='muted'>No sentences.</p>"}</section>
<section><h2>What each source adds and leaves out</h2>
<table><tr><th>Source</th><th>Adds (only this source)</th><th>Leaves out (most others report)</th></tr>
{coverage_rows}</table></section>
<section><h2>Voices</h2>{"".join(voices) or "<p class='muted'>No quotes found.</p>"}</section>
<section><h2>Timeline</h2>{timeline}</section>
<section><h2>Who and where</h2>{mention_table(prism.entities, "Entity")}{mention_table(prism.places, "Place")}</section>
</body>
</html>
"""
