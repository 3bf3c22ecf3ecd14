"""Turn a case file or a single document into what a report examines: excerpts, their speakers and translations,
the sources they come from (each kept apart, with its own hash), the facts and the jurisdiction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from targetlens.casefile.loader import load_case
from targetlens.documents.reader import Excerpt, SourceDocument, read_document
from targetlens.inputs import printable


@dataclass(frozen=True)
class SourceInfo:
    path: str
    kind: str
    sha256: str
    statements: int
    quoted: bool
    context: tuple[Excerpt, ...] = ()  # quotations set aside: charges, findings, third parties' words
    note: str = ""
    description: str = ""  # what the case file says the source is

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "sha256": self.sha256,
            "statements": self.statements,
            "statements_are_quotations": self.quoted,
            "description": self.description,
            "note": self.note,
            "context_quotations": [
                {
                    "text": e.text,
                    "location": e.location,
                    "start": e.start,
                    "end": e.end,
                    "role": e.role,
                    "frame": e.frame,
                }
                for e in self.context
            ],
        }


@dataclass(frozen=True)
class Examined:
    """One statement under examination: the excerpt, who said it (if known) and translations given for it."""

    excerpt: Excerpt
    source: str  # the source's path, or "case file"
    speaker: str | None = None
    translations: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportInput:
    name: str
    path: str
    jurisdiction: str
    sources: tuple[SourceInfo, ...]
    examined: tuple[Examined, ...]
    facts: dict[str, Any]
    fact_sources: dict[str, str]
    input_sha256: str  # of the case file, or of the single document


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _info(doc: SourceDocument, description: str = "") -> SourceInfo:
    return SourceInfo(
        printable(doc.path),
        doc.kind,
        _sha256(doc.text),
        len(doc.excerpts),
        doc.quoted,
        doc.context,
        doc.note,
        description,
    )


def assemble(source: str) -> ReportInput:
    """A case file (.yaml/.yml) or a single document; every problem is a numbered error."""
    if not source.lower().endswith((".yaml", ".yml")):
        doc = read_document(source)
        examined = tuple(Examined(e, printable(doc.path), e.speaker or None) for e in doc.excerpts)
        return ReportInput("", printable(doc.path), "international", (_info(doc),), examined, {}, {}, _sha256(doc.text))
    case = load_case(source)
    sources: list[SourceInfo] = []
    examined_list: list[Examined] = []
    for ref in case.sources:
        doc = read_document(str(ref.path))
        sources.append(_info(doc, ref.description))
        examined_list += [
            Examined(
                replace(e, location=printable(f"{ref.path.name}, {e.location}")),
                printable(doc.path),
                e.speaker or ref.speaker,
            )
            for e in doc.excerpts
        ]
    for n, st in enumerate(case.statements, start=1):
        examined_list.append(
            Examined(
                Excerpt(st.text, 0, len(st.text), f"case file statement {n}"), "case file", st.speaker, st.translations
            )
        )
    case_text = case.path.read_text(encoding="utf-8")
    return ReportInput(
        case.name,
        printable(str(case.path)),
        case.jurisdiction,
        tuple(sources),
        tuple(examined_list),
        case.facts,
        case.fact_sources,
        _sha256(case_text),
    )
