"""Read a source document and find the statements under examination, each with its location in the source.

Plain text, Markdown and HTML: passages quoted inside the document (“…”, «…», "…") are the statements under
examination (an expert opinion, an indictment or a news report quoting slogans); the text around them is
context, not evidence. Quotations set on lines of their own are preferred over inline ones. With no
quotation, the whole document is analysed, sentence by sentence. Subtitles (.srt, .vtt): every cue is a
statement, located by its timestamps, with its markup (<i>, <v Name>, SSA blocks) blanked to spaces. Word
(.docx) and PDF: their text is extracted (see office.py) and read like plain text; quotations are then located
by "paragraph N" or "page P, line L".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import accumulate
from pathlib import Path

from targetlens.documents.quotes import Quotation, find_quotations, select
from targetlens.errors import EmptyInput, UnsupportedFormat
from targetlens.inputs import decode_text, read_input

SUPPORTED = (".txt", ".md", ".html", ".htm", ".srt", ".vtt", ".docx", ".pdf")
_STAMP = r"(?:\d{1,3}:)?(\d{2}):(\d{2})(?:[.,]\d{1,3})?"
_TIMESTAMP = re.compile(rf"{_STAMP}\s*-->\s*{_STAMP}(?=\s|$)")
#: Cue markup that is not speech: formatting, class, voice, ruby (with its reading) and timestamp tags, SSA blocks.
_TAG = re.compile(
    r"<rt>[^<>\n]*</rt>|</?(?:[ibus]|font|c|v|ruby|rt|lang)(?:[.\s][^<>\n]*)?>"
    r"|<(?:\d+:)?\d{2}:\d{2}(?:[.,]\d{1,3})?>|\{\\[^{}\n]*\}",
    re.IGNORECASE,
)
_VOICE = re.compile(r"<v(?:\.[^\s<>]*)?\s+([^<>\n]+)>", re.IGNORECASE)


@dataclass(frozen=True)
class Excerpt:
    """A statement under examination and where it stands in the source."""

    text: str
    start: int  # character offsets into the source document text
    end: int
    location: str  # "line 31", "paragraph 4", "page 2, line 7" or "00:01:02,000 --> 00:01:05,500"
    role: str = ""  # for a quotation: how the document frames it (evidence, charge, third_party, unframed)
    frame: str = ""  # the words that decided the role
    speaker: str = ""  # for a subtitle cue: the voice named by its <v Name> tags


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
        return _subtitles(path, raw, suffix[1:])
    text = _html_text(raw, path) if suffix in {".html", ".htm"} else raw
    return _from_text(path, text, suffix[1:])


def _from_text(path: str, text: str, kind: str, locate: Callable[[int], str] | None = None) -> SourceDocument:
    quotations = find_quotations(text)
    if not quotations:
        return SourceDocument(path, text, kind, (Excerpt(text, 0, len(text), "whole document"),), False)
    examined, context = select(quotations)
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def excerpt(q: Quotation) -> Excerpt:
        where = locate(q.start) if locate else f"line {bisect.bisect_left(newlines, q.start) + 1}"
        return Excerpt(q.text, q.start, q.end, where, q.role, q.frame)

    if not examined:  # only cited terms: the document's own text is what is examined
        whole = Excerpt(text, 0, len(text), "whole document")
        return SourceDocument(path, text, kind, (whole,), False, tuple(excerpt(q) for q in context))

    note = ""
    if all(q.role in ("charge", "third_party") for q in examined):
        note = (
            "No quotation in this document is framed as the speech under examination (chanted, shouted, written, "
            "posted); every quotation is analysed, each marked with how the document frames it."
        )
    return SourceDocument(
        path, text, kind, tuple(excerpt(q) for q in examined), True, tuple(excerpt(q) for q in context), note
    )


def _subtitles(path: str, raw: str, kind: str) -> SourceDocument:
    """Every cue with a valid timestamp is a statement; markup is blanked to spaces, so offsets still hold."""
    lines = raw.splitlines(keepends=True)
    offsets = [0, *accumulate(len(line) for line in lines)]
    cues: list[Excerpt] = []
    bad: list[str] = []
    stamp: str | None = None  # None: outside a cue; "": inside a cue whose timestamp is impossible
    first = 0

    def flush(end: int) -> None:
        if not stamp:
            return
        speakers = [v.strip() for line in lines[first:end] for v in _VOICE.findall(line)]
        lines[first:end] = [_TAG.sub(lambda m: " " * len(m.group(0)), line) for line in lines[first:end]]
        body = "".join(lines[first:end])
        start = offsets[first] + len(body) - len(body.lstrip())
        if body.strip():
            speaker = ", ".join(dict.fromkeys(speakers))
            cues.append(Excerpt(body.strip(), start, start + len(body.strip()), stamp, speaker=speaker))

    for i, line in enumerate(lines):
        match = _TIMESTAMP.match(line.strip())
        if match:
            flush(i - 1 if stamp and i - 1 > first and lines[i - 1].strip().isdigit() else i)  # next SRT number
            valid = all(int(n) < 60 for n in match.groups() if n)
            stamp, first = (match.group(0) if valid else ""), i + 1
            if not valid:
                bad.append(f"line {i + 1} ({match.group(0)})")
        elif not line.strip():
            flush(i)
            stamp = None
    flush(len(lines))
    listed = ", ".join(bad[:10]) + (f" and {len(bad) - 10} more" if len(bad) > 10 else "")
    impossible = f"timestamps with minutes or seconds of 60 or more, at {listed}"
    if not cues:
        if bad:
            raise EmptyInput(f"{path}: no valid subtitle cues; fix the {impossible}")
        raise EmptyInput(f"{path}: no subtitle cues (a timestamp line followed by text) were found")
    note = f"Subtitle cues skipped for their {impossible}." if bad else ""
    return SourceDocument(path, "".join(lines), kind, tuple(cues), False, note=note)


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


def _html_text(raw: str, path: str) -> str:
    parser = _TextOnly()
    parser.feed(raw)
    parser.close()
    return decode_text("".join(parser.parts).encode("utf-8"), f"{path} (its text outside the HTML markup)")
