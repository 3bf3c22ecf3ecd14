"""DOCX renderer (python-docx): headings, numbered paragraphs, tables and a statement-by-statement section, with
target spans shaded by type and cue spans underlined, and the provenance in every page's footer."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from targetlens.errors import BackendUnavailable
from targetlens.model.results import Statement
from targetlens.report.outline import Block, Bullets, Heading, Paragraph, Quote, Table

if TYPE_CHECKING:
    from targetlens.report.builder import Report


def render_docx(report: Report, blocks: list[Block], colours: dict[str, str]) -> bytes:
    try:
        import docx
        from docx.shared import Cm, Pt
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise BackendUnavailable("DOCX output needs python-docx: pip install python-docx") from exc
    document = docx.Document()
    section = document.sections[0]  # A4 with 2 cm margins, as courts in the region file
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    usable = Cm(17)
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"
    style.font.size = Pt(10.5)
    props = document.core_properties
    props.title = "targetlens report" + (f": {report.input.name}" if report.input.name else "")
    props.author = f"targetlens {report.tool_version}"
    props.comments = f"ruleset {report.ruleset}; input sha256 {report.input.input_sha256}; created {report.created}"
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = (
        f"targetlens {report.tool_version} · rules and data {report.ruleset} · "
        f"input sha256 {report.input.input_sha256[:16]}… · {report.created}"
    )
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=min(block.level - 1, 4))
        elif isinstance(block, Paragraph):
            p = document.add_paragraph()
            if block.number:
                p.add_run(f"{block.number}. ")
            if block.label:
                p.add_run(f"{block.label}. ").bold = True
            p.add_run(block.text)
        elif isinstance(block, Bullets):
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Table):
            table = document.add_table(rows=1, cols=len(block.header))
            table.style = "Table Grid"
            table.autofit = False
            for cell, text in zip(table.rows[0].cells, block.header, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            for row in block.rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
            _widths(table, block.widths or (1 / len(block.header),) * len(block.header), usable)
        elif isinstance(block, Quote):
            _quote(document.add_paragraph(style="Quote"), block, colours)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _widths(table, fractions: tuple[float, ...], usable: int) -> None:  # noqa: ANN001 - a docx Table
    total = sum(fractions)
    for column, fraction in zip(table.columns, fractions, strict=True):
        column.width = int(usable * fraction / total)  # the grid, which LibreOffice reads
    for row in table.rows:
        for cell, fraction in zip(row.cells, fractions, strict=True):
            cell.width = int(usable * fraction / total)


def _quote(paragraph, block: Quote, colours: dict[str, str]) -> None:  # noqa: ANN001 - a docx Paragraph
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run(f"{block.label} ").bold = True
    for text, target_type, is_cue in _segments(block.statement):
        run = paragraph.add_run(text)
        if is_cue:
            run.underline = True
        if target_type:
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), colours.get(target_type, "#dddddd").lstrip("#"))
            run._r.get_or_add_rPr().append(shading)


def _segments(st: Statement) -> list[tuple[str, str | None, bool]]:
    """The statement cut into runs, each with the target type covering it (if any) and whether a cue covers it."""
    n = len(st.text)
    types: list[str | None] = [None] * n
    cues = [False] * n
    for t in st.targets:
        for i in range(max(0, t.start - st.start), min(n, t.end - st.start)):
            types[i] = t.type
    for c in st.cues:
        for i in range(max(0, c.start - st.start), min(n, c.end - st.start)):
            cues[i] = True
    out: list[tuple[str, str | None, bool]] = []
    for i, ch in enumerate(st.text):
        if out and out[-1][1] == types[i] and out[-1][2] == cues[i]:
            out[-1] = (out[-1][0] + ch, types[i], cues[i])
        else:
            out.append((ch, types[i], cues[i]))
    return out
