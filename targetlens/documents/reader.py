"""Read a source document and find the statements under examination, each with its location in the source.

Plain text, Markdown and HTML: passages quoted inside the document (“…”, «…», "…") are the statements under
examination (an expert opinion, an indictment or a news report quoting slogans); the text around them is
context, not evidence. Quotations set on lines of their own are preferred over inline ones. With no
quotation, the whole document is analysed, sentence by sentence. Subtitles (.srt, .vtt): every cue is a
statement, located by its timestamps. Word (.docx) and PDF: their text is extracted (see office.py) and read like
plain text; quotations are then located by "paragraph N" or "page P, line L".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from targetlens.documents.quotes import Quotation, find_quotations, select
from targetlens.errors import EmptyInput, UnsupportedFormat
from targetlens.inputs import decode_text, read_input

SUPPORTED = (".txt", ".md", ".html", ".htm", ".srt", ".vtt", ".docx", ".pdf")
_TIMESTAMP = re.compile(r"(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}")


@dataclass(frozen=True)
class Excerpt:
    """A statement under examination and where it stands in the source."""

    text: str
    start: int  # character offsets into the source document text
    end: int
    location: str  # "line 31", "paragraph 4", "page 2, line 7" or "00:01:02,000 --> 00:01:05,500"
    role: str = ""  # for a quotation: how the document frames it (evidence, charge, third_party, unframed)
    frame: str = ""  # the words that decided the role


@dataclass(frozen=True)
class SourceDocument:
    path: str
    text: str
    kind: str
    excerpts: tuple[Excerpt, ...]
    quoted: bool  # True when the excerpts are quotations found inside the document
    context: tuple[Excerpt, ...] = ()  # quotations set aside as context (charges, third parties' words)
    note: str = ""  # how the statements under examination were chosen, when it needs saying


def read_document(path: str) -> SourceDocument:
    """The document at path, with the statements under examination (TL10x errors on unreadable input)."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFormat(
            f"{path}: {suffix or 'no extension'} is not a supported document ({', '.join(SUPPORTED)})"
        )
    if suffix in {".docx", ".pdf"}:
        from targetlens.documents import office

        extracted = office.read_docx(path) if suffix == ".docx" else office.read_pdf(path)
        return _from_text(path, extracted.text, suffix[1:], extracted.locate)
    raw = read_input(path)
    if suffix in {".srt", ".vtt"}:
        cues = tuple(_subtitle_cues(raw))
        if not cues:
            raise EmptyInput(f"{path}: no subtitle cues (a timestamp line followed by text) were found")
        return SourceDocument(path, raw, suffix[1:], cues, False)
    text = _html_text(raw) if suffix in {".html", ".htm"} else raw
    return _from_text(path, text, suffix[1:])


def _from_text(path: str, text: str, kind: str, locate: Callable[[int], str] | None = None) -> SourceDocument:
    quotations = find_quotations(text)
    if not quotations:
        return SourceDocument(path, text, kind, (Excerpt(text, 0, len(text), "whole document"),), False)
    examined, context = select(quotations)

    def excerpt(q: Quotation) -> Excerpt:
        where = locate(q.start) if locate else f"line {text.count(chr(10), 0, q.start) + 1}"
        return Excerpt(q.text, q.start, q.end, where, q.role, q.frame)

    note = ""
    if all(q.role in ("charge", "third_party") for q in examined):
        note = (
            "No quotation in this document is framed as the speech under examination (chanted, shouted, written, "
            "posted); every quotation is analysed, each marked with how the document frames it."
        )
    return SourceDocument(
        path, text, kind, tuple(excerpt(q) for q in examined), True, tuple(excerpt(q) for q in context), note
    )


def _subtitle_cues(text: str) -> list[Excerpt]:
    out: list[Excerpt] = []
    lines = text.splitlines(keepends=True)
    pos, stamp, buffer_start = 0, "", 0
    buffer: list[str] = []
    for line in lines + ["\n"]:
        stripped = line.strip()
        timestamp = _TIMESTAMP.search(stripped)
        if timestamp:
            stamp, buffer, buffer_start = timestamp.group(0), [], pos + len(line)
        elif not stripped:
            if stamp and buffer:
                body = "".join(buffer).rstrip()
                out.append(Excerpt(body, buffer_start, buffer_start + len(body), stamp))
            stamp, buffer = "", []
        elif stamp:
            buffer.append(line)
        pos += len(line)
    return out


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in {"p", "br", "li", "div", "h1", "h2", "h3", "tr", "blockquote"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(raw: str) -> str:
    parser = _TextOnly()
    parser.feed(raw)
    return decode_text("".join(parser.parts).encode("utf-8"), "HTML text")
