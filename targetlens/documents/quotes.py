"""Quotations inside a document, and how the document frames each one (data/quote_frames.yaml).

An expert opinion, an indictment or a news report quotes several kinds of words: the speech under examination
(slogans chanted, words posted), the charge or an examination's finding, and third parties (an official, a
rights group). Only the first are evidence; the others are context, listed in the report with the words that
framed them, so that a reader can see what was set aside and why.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from targetlens.errors import FramesError

DATA_FILE = Path(__file__).parent / "data" / "quote_frames.yaml"
MIN_QUOTE_WORDS = 3
KINDS = ("evidence", "charge", "third_party")
UNFRAMED = "unframed"
TERM = "term"  # a short quotation with no framing verb and no slogan punctuation: a cited word or phrase
_QUOTES = re.compile(r"“([^”]+)”|«([^»]+)»|„([^“”]+)[“”]|\"([^\"]+)\"")
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


@dataclass(frozen=True)
class Quotation:
    text: str
    start: int  # offsets of the quoted words (without the quotation marks) in the document text
    end: int
    displayed: bool  # set on a line of its own
    role: str  # evidence | charge | third_party | unframed
    frame: str  # the words that decided the role, or ""


@lru_cache(maxsize=2)
def load_frames(path: Path = DATA_FILE) -> dict[str, dict[str, tuple[re.Pattern[str], ...]]]:
    try:
        doc: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        kinds = doc["kinds"]
        return {
            kind: {
                side: tuple(re.compile(p, re.IGNORECASE) for p in kinds[kind].get(side) or [])
                for side in ("before", "after")
            }
            for kind in KINDS
        }
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, re.error) as exc:
        raise FramesError(f"{path.name}: invalid quotation frames: {exc}") from exc


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation with its framing role. A short one (under three words; Chinese counts two characters a
    word) is kept as a statement when it stands on its own line, is framed as speech, or ends like a slogan
    ("Долой Китай!"); otherwise it is a term the document cites."""
    frames = load_frames()
    matches = [m for m in _QUOTES.finditer(text) if _inner(m)[0].strip()]
    masked = _mask(text, [m.span() for m in matches])
    ends = [e.end() for e in _SENTENCE_END.finditer(masked)]  # sentence boundaries, found once
    out: list[Quotation] = []
    for m in matches:
        inner, start = _inner(m)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before_line = text[line_start : m.start()].strip(" \t-*•–—0123456789.)")
        after_line = text[m.end() : len(text) if line_end < 0 else line_end].strip()
        displayed = not before_line and not after_line
        k = bisect.bisect_right(ends, m.start())
        sentence_start = ends[k - 1] if k else 0
        end_match = _SENTENCE_END.search(masked, m.end())
        before = masked[sentence_start : m.start()]
        after = masked[m.end() : end_match.start() if end_match else len(masked)]
        role, frame = _role(frames, before, after)
        if role == UNFRAMED and out and out[-1].role != TERM and "\n" not in text[out[-1].end : m.start()]:
            role, frame = out[-1].role, out[-1].frame  # a quotation continuing the previous one in its paragraph
        if _words(inner) < MIN_QUOTE_WORDS and not displayed and role != "evidence" and not _slogan_like(inner):
            role, frame = TERM, ""
        out.append(Quotation(inner, start, start + len(inner), displayed, role, frame))
    return out


def select(quotations: list[Quotation]) -> tuple[list[Quotation], list[Quotation]]:
    """(examined, set aside as context). Displayed quotations win; else those framed as the speech or unframed;
    else, when every quotation is a charge or a third party's words, all of them (the report says so)."""
    displayed = [q for q in quotations if q.displayed]
    if displayed:
        return displayed, [q for q in quotations if not q.displayed]
    speech = [q for q in quotations if q.role in ("evidence", UNFRAMED)]
    if speech:
        return speech, [q for q in quotations if q.role not in ("evidence", UNFRAMED)]
    said = [q for q in quotations if q.role != TERM]
    return said, [q for q in quotations if q.role == TERM]


def _words(text: str) -> int:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return len(text.split()) + cjk // 2


def _slogan_like(text: str) -> bool:
    return text.rstrip().endswith(("!", "?", "！", "？")) and any(ch.isalpha() for ch in text)


def _inner(m: re.Match[str]) -> tuple[str, int]:
    group = next(g for g in range(1, 5) if m.group(g) is not None)
    return m.group(group), m.start(group)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quoted passages blanked, so their punctuation does not end the framing sentence."""
    chars = list(text)
    for a, b in spans:
        for i in range(a + 1, b - 1):
            if chars[i] != "\n":
                chars[i] = "x"
    return "".join(chars)


def _role(frames: dict[str, dict[str, tuple[re.Pattern[str], ...]]], before: str, after: str) -> tuple[str, str]:
    """The framing words nearest to the quotation decide; at equal distance, evidence before charge before
    third party."""
    best: tuple[int, int, str, str] | None = None
    for rank, kind in enumerate(KINDS):
        for pattern in frames[kind]["before"]:
            for hit in pattern.finditer(before):
                best = min(best or (10**9, 0, "", ""), (len(before) - hit.end(), rank, kind, hit.group(0).strip()))
        for pattern in frames[kind]["after"]:
            found = pattern.search(after)
            if found:
                best = min(best or (10**9, 0, "", ""), (found.start(), rank, kind, found.group(0).strip()))
    return (best[2], best[3]) if best else (UNFRAMED, "")
