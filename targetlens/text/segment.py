"""Split input into sentences with character offsets into the original text.

Sentences end at . ! ? … (with any closing quotes or brackets), at line breaks and at bullet starts.
Chanted repetitions ("We oppose! We oppose!") become separate statements. Clause splitting happens later,
once the targets are known (see `targetlens.stages.clauses`).
"""

from __future__ import annotations

import re

_TERMINATOR = re.compile(r"[.!?…。！？]+[\"'”»’)\]]*(?=\s|$)|[。！？]+")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "prof", "vs", "etc", "no", "art", "para", "v", "jr", "sr", "inc", "ltd"}
    | {"т", "е", "г", "гг", "им", "ст", "см", "др", "пр", "ул", "д", "т.е", "т.д", "т.п"}
)
_OPENING = "\"'“«„‘([-–—•*· \t"
_CLOSING_TRIM = " \t"
_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}


MAX_STATEMENT_CHARS = 1000  # a run of text with no sentence end is cut at whitespace into pieces this long


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of sentences; whitespace and bullets at the edges are left out."""
    return [piece for span in _sentences(text) for piece in _cap(text, *span)]


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long "sentence" (a wall of text with no punctuation) at whitespace."""
    pieces = []
    while end - start > MAX_STATEMENT_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_STATEMENT_CHARS)
        cut = cut if cut > start else start + MAX_STATEMENT_CHARS
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text):
        cursor = line_start
        for match in _TERMINATOR.finditer(text, line_start, line_end):
            if _is_abbreviation(text, line_start, match.start()):
                continue
            _add(spans, text, cursor, match.end())
            cursor = match.end()
        _add(spans, text, cursor, line_end)
    return spans


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans (absolute offsets, inside the marks) of quoted passages within text[start:end]."""
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        closer = _QUOTE_PAIRS.get(ch)
        if closer and not (ch == "'" and i > start and text[i - 1].isalnum()):
            j = _closing(text, closer, i + 1, end)
            if j > i + 1:
                spans.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return spans


def _closing(text: str, closer: str, start: int, end: int) -> int:
    """Index of the closing mark; a straight apostrophe inside a word ("it's") does not close a quote."""
    j = text.find(closer, start, end)
    while closer == "'" and j >= 0 and j + 1 < end and text[j + 1].isalnum():
        j = text.find(closer, j + 1, end)
    return j


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in re.finditer(r"\r\n|\n|\r|\u2028|\u2029", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _is_abbreviation(text: str, line_start: int, dot_pos: int) -> bool:
    if text[dot_pos] != ".":
        return False
    j = dot_pos
    while j > line_start and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot_pos].lower()
    if not word:
        return False
    return word in _ABBREVIATIONS or "." in word or (len(word) == 1 and text[j].isupper())


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start] in _OPENING:
        start += 1
    while end > start and text[end - 1] in _CLOSING_TRIM:
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))
