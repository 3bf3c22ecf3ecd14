"""DOCX renderer (python-docx): headings, numbered paragraphs, tables and a statement-by-statement section, with
target spans shaded by type and cue spans underlined, and the provenance in every page's footer."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

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
    body = _Body(document)
    for block in blocks:
        if isinstance(block, Heading):
            body.paragraph(block.text, f"Heading {min(block.level - 1, 4)}" if block.level > 1 else "Title")
        elif isinstance(block, Paragraph):
            p = body.paragraph()
            if block.number:
                p.add_run(f"{block.number}. ")
            if block.label:
                p.add_run(_xml_safe(f"{block.label}. ")).bold = True
            p.add_run(_xml_safe(block.text))
        elif isinstance(block, Bullets):
            for item in block.items:
                body.paragraph(item, "List Bullet")
        elif isinstance(block, Table):
            table = body.table(len(block.rows) + 1, len(block.header), usable)
            for cell, text in zip(table.rows[0].cells, block.header, strict=True):
                cell.paragraphs[0].add_run(text).bold = True
            for row, values in zip(table.rows[1:], block.rows, strict=True):
                for cell, text in zip(row.cells, values, strict=True):
                    cell.paragraphs[0].add_run(_xml_safe(text))
            _widths(table, block.widths or (1 / len(block.header),) * len(block.header), usable)
        elif isinstance(block, Quote):
            _quote(body.paragraph(style="Quote"), block, colours)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """Word documents cannot hold C0 control characters; show them as spaces (offsets do not matter here)."""
    return _NOT_XML.sub(" ", text)


class _Body:
    """Appends paragraphs and tables just before the section properties. python-docx's own add_paragraph looks
    for that element from the start of the body each time, which makes a long report quadratic."""

    def __init__(self, document) -> None:  # noqa: ANN001 - a docx Document
        from docx.oxml.ns import qn

        self._document = document
        self._sect_pr = document.element.body.find(qn("w:sectPr"))
        self._styles: dict[str, Any] = {}

    def _place(self, element) -> None:  # noqa: ANN001 - an lxml element
        if self._sect_pr is not None:
            self._sect_pr.addprevious(element)
        else:
            self._document.element.body.append(element)

    def paragraph(self, text: str = "", style: str | None = None):  # noqa: ANN201 - a docx Paragraph
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph as DocxParagraph

        element = OxmlElement("w:p")
        self._place(element)
        paragraph = DocxParagraph(element, self._document._body)
        if style:
            if style not in self._styles:
                self._styles[style] = self._document.styles[style]
            paragraph.style = self._styles[style]
        if text:
            paragraph.add_run(_xml_safe(text))
        return paragraph

    def table(self, rows: int, cols: int, width: int):  # noqa: ANN201 - a docx Table
        from docx.oxml.table import CT_Tbl
        from docx.shared import Emu
        from docx.table import Table as DocxTable

        element = CT_Tbl.new_tbl(rows, cols, Emu(width))
        self._place(element)
        table = DocxTable(element, self._document._body)
        table.style = self._styles.setdefault("Table Grid", self._document.styles["Table Grid"])
        table.autofit = False
        return table


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
        run = paragraph.add_run(_xml_safe(text))
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
