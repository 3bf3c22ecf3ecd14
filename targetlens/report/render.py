"""Renderers of one report, keyed by the output file's extension: JSON, Markdown, self-contained HTML (user text
escaped, spans coloured by target type), DOCX and PDF. The document formats all walk the same outline."""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from targetlens.errors import UnsupportedFormat
from targetlens.model.results import Statement
from targetlens.report.builder import Report
from targetlens.report.outline import Bullets, Heading, Paragraph, Quote, Table, outline
from targetlens.report.text import mark_spans

TYPE_COLOURS = {
    "group": "#f4b6b6",
    "state": "#b6cdf4",
    "government": "#c9dbf7",
    "party": "#d9c2f0",
    "official": "#e6d5f5",
    "policy": "#b9e6e0",
    "symbol": "#f4e2a8",
    "institution": "#d3eeea",
    "individual": "#cfe8c2",
    "nonprotected_group": "#e0f0d8",
}


def render_json(report: Report) -> bytes:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> bytes:
    lines: list[str] = []
    for block in outline(report):
        if isinstance(block, Heading):
            lines += ["#" * block.level + " " + block.text, ""]
        elif isinstance(block, Paragraph):
            number = f"{block.number}. " if block.number else ""
            label = f"**{block.label}.** " if block.label else ""
            lines += [f"{number}{label}{block.text}", ""]
        elif isinstance(block, Bullets):
            lines += [f"- {item}" for item in block.items] + [""]
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(block.header) + " |")
            lines.append("|" + "---|" * len(block.header))
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in block.rows]
            lines.append("")
        elif isinstance(block, Quote):
            lines += [f"> **{block.label}** {mark_spans(block.statement)}", ""]
    # user text may hold raw HTML; Markdown viewers would render it, so "<" is written as an entity
    return "\n".join(lines).replace("<", "&lt;").encode("utf-8")


_CSS = (
    "body{font-family:'DejaVu Sans',sans-serif;max-width:60em;margin:2em auto;line-height:1.45;font-size:11pt}"
    "table{border-collapse:collapse;margin:.5em 0;width:100%}td,th{border:1px solid #999;padding:3px 5px;"
    "vertical-align:top;text-align:left}th{background:#eee}.t{padding:0 .15em;border-radius:.2em}"
    ".cue{border-bottom:2px solid #c00}blockquote{margin:.5em 0 .5em 1em;padding:.3em .6em;border-left:3px solid #888}"
    ".n{color:#555;margin-right:.4em}"
)


def render_html(report: Report) -> bytes:
    esc = html.escape
    legend = " ".join(f'<span class="t" style="background:{c}">{esc(t)}</span>' for t, c in TYPE_COLOURS.items())
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>targetlens report</title>",
        f"<style>{_CSS}</style></head><body>",
    ]
    for block in outline(report):
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{esc(block.text)}</h{block.level}>")
            if block.text.startswith("4."):
                parts.append(f"<p>Legend: {legend} <span class='cue'>cue</span></p>")
        elif isinstance(block, Paragraph):
            number = f"<span class='n'>{block.number}.</span>" if block.number else ""
            label = f"<b>{esc(block.label)}.</b> " if block.label else ""
            parts.append(f"<p>{number}{label}{esc(block.text)}</p>")
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Table):
            cols = "".join(f"<col style='width:{w * 100:.0f}%'>" for w in block.widths)
            head = "".join(f"<th>{esc(h)}</th>" for h in block.header)
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in block.rows)
            parts.append(f"<table>{cols}<tr>{head}</tr>{body}</table>")
        elif isinstance(block, Quote):
            parts.append(f"<blockquote><b>{esc(block.label)}</b> {_highlight(block.statement)}</blockquote>")
    parts.append("</body></html>")
    return "\n".join(parts).encode("utf-8")


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


def render_pdf(report: Report) -> bytes:
    from targetlens.report.pdf import html_to_pdf

    return html_to_pdf(render_html(report).decode("utf-8"), report)


def render_docx(report: Report) -> bytes:
    from targetlens.report.docx import render_docx as render

    return render(report, outline(report), TYPE_COLOURS)


RENDERERS: dict[str, Callable[[Report], bytes]] = {
    ".json": render_json,
    ".md": render_markdown,
    ".html": render_html,
    ".htm": render_html,
    ".docx": render_docx,
    ".pdf": render_pdf,
}


def renderer_for(path: str) -> Callable[[Report], bytes]:
    for suffix, renderer in RENDERERS.items():
        if path.lower().endswith(suffix):
            return renderer
    raise UnsupportedFormat(f"{path}: the report format follows the extension: {', '.join(RENDERERS)}")
