"""Renderers of one report, keyed by format: JSON, Markdown and self-contained HTML (user text escaped)."""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from targetlens.errors import UnsupportedFormat
from targetlens.model.results import Statement
from targetlens.report.builder import Report

TYPE_COLOURS = {
    "group": "#f4b6b6",
    "state": "#b6cdf4",
    "government": "#b6cdf4",
    "party": "#d9c2f0",
    "official": "#d9c2f0",
    "policy": "#b9e6e0",
    "symbol": "#f4e2a8",
    "institution": "#b9e6e0",
    "individual": "#cfe8c2",
    "nonprotected_group": "#cfe8c2",
}


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def render_markdown(report: Report) -> str:
    d = report.to_dict()
    lines = [
        "# targetlens report",
        "",
        f"- Source: `{report.source.path}` ({report.source.kind}), sha256 `{d['source']['sha256'][:16]}…`",
        f"- Tool: targetlens {report.tool_version}, ruleset `{report.ruleset}`, created {report.created}",
        f"- Statements examined: {len(report.items)}"
        + (" (quotations found in the document)" if report.source.quoted else ""),
        f"- Most severe category: **{report.summary_category}**; hateful: **{'yes' if report.hateful else 'no'}**",
        "",
    ]
    lines += ["## Conclusion", ""]
    for section, text in report.conclusion:
        lines += [f"**{section.capitalize()}.** {text}", ""]
    lines += ["## Rabat six-part assessment", "", "| factor | status | finding |", "|---|---|---|"]
    for f in report.rabat:
        lines.append(f"| {f.number}. {f.name} | {f.status} | {f.finding} |")
    lines.append("")
    for f in report.rabat:
        for ev in f.evidence:
            lines.append(f"- factor {f.number} evidence: {ev}")
    lines += ["", "## Statements", ""]
    for n, item in enumerate(report.items, start=1):
        lines += [f"### {n}. {item.excerpt.location}", "", f"> {item.excerpt.text}", ""]
        for st in item.analysis.statements:
            lines.append(
                f"- **{st.category}** ({st.language}, confidence {st.confidence:.2f}, rule `{st.rule}`): {st.text}"
            )
            for t in st.targets:
                lines.append(f"  - target “{t.text}” → {t.type} ({t.entity or 'not identified'}), {t.stance}")
            for c in st.cues:
                lines.append(f"  - cue {c.kind} “{c.text}” ({c.rule})")
            for why in st.explanation[1:]:
                lines.append(f"  - why: {why}")
        lines.append("")
    return "\n".join(lines)


def render_html(report: Report) -> str:
    esc = html.escape
    legend = "".join(
        f'<span class="t" style="background:{c}">{esc(t)}</span> ' for t, c in TYPE_COLOURS.items() if t != "government"
    )
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>targetlens report</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}"
        ".t{padding:0 .2em;border-radius:.2em}.cue{border-bottom:2px solid #c00}blockquote{margin:0 0 .5em 1em;"
        "color:#333}.cat{font-weight:bold}small{color:#555}</style></head><body>",
        "<h1>targetlens report</h1>",
        f"<p><small>Source {esc(report.source.path)} · targetlens {esc(report.tool_version)} · ruleset "
        f"{esc(report.ruleset)} · {esc(report.created)}</small></p>",
        f"<p>Statements examined: {len(report.items)}. Most severe category: <span class='cat'>"
        f"{esc(report.summary_category)}</span>. Hateful: {'yes' if report.hateful else 'no'}.</p>",
        f"<p>Legend: {legend}<span class='cue'>cue</span></p>",
        "<h2>Conclusion</h2>",
        *[f"<p><b>{esc(k.capitalize())}.</b> {esc(v)}</p>" for k, v in report.conclusion],
        "<h2>Rabat six-part assessment</h2><table border='1' cellpadding='4'><tr><th>factor</th><th>status</th>"
        "<th>finding</th><th>evidence</th></tr>",
        *[
            f"<tr><td>{f.number}. {esc(f.name)}</td><td>{esc(f.status)}</td><td>{esc(f.finding)}</td>"
            f"<td>{'<br>'.join(esc(e) for e in f.evidence)}</td></tr>"
            for f in report.rabat
        ],
        "</table><h2>Statements</h2>",
    ]
    for n, item in enumerate(report.items, start=1):
        parts.append(f"<h3>{n}. {esc(item.excerpt.location)}</h3>")
        for st in item.analysis.statements:
            parts.append(f"<blockquote>{_highlight(st)}</blockquote>")
            parts.append(
                f"<p><span class='cat'>{esc(st.category)}</span> · rule {esc(st.rule)} · "
                f"confidence {st.confidence:.2f}</p><ul>"
            )
            parts += [f"<li>{esc(why)}</li>" for why in st.explanation[1:]]
            parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _highlight(st: Statement) -> str:
    """The statement with target spans coloured by type and cue spans underlined; everything escaped."""
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for t in st.targets:
        colour = TYPE_COLOURS.get(t.type, "#ddd")
        opens.setdefault(t.start - st.start, []).append(
            f'<span class="t" style="background:{colour}" title="{html.escape(t.type)}">'
        )
        closes.setdefault(t.end - st.start, []).append("</span>")
    for c in st.cues:
        opens.setdefault(c.start - st.start, []).append(f'<span class="cue" title="{html.escape(c.kind)}">')
        closes.setdefault(c.end - st.start, []).append("</span>")
    out = []
    for i, ch in enumerate(st.text + "\0"):
        out.extend(closes.get(i, []))
        out.extend(opens.get(i, []))
        if ch != "\0":
            out.append(html.escape(ch))
    return "".join(out)


RENDERERS: dict[str, Callable[[Report], str]] = {
    ".json": render_json,
    ".md": render_markdown,
    ".html": render_html,
    ".htm": render_html,
}


def renderer_for(path: str) -> Callable[[Report], str]:
    for suffix, renderer in RENDERERS.items():
        if path.lower().endswith(suffix):
            return renderer
    raise UnsupportedFormat(
        f"{path}: the report format follows the extension: {', '.join(RENDERERS)} (DOCX and PDF are not built yet)"
    )
