"""A report: the statements a source document puts under examination, each analysed, with provenance.

This is the first slice of the expert report (issue 4): document reading, quotation extraction and the
JSON/Markdown/HTML renderers. The Rabat assessment, case files, precedents and DOCX/PDF are not built yet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from targetlens.documents.reader import Excerpt, SourceDocument
from targetlens.model.results import CATEGORY_ORDER, Analysis, severity

REPORT_SCHEMA = "targetlens.report/0"


@dataclass(frozen=True)
class ExcerptAnalysis:
    excerpt: Excerpt
    analysis: Analysis


@dataclass(frozen=True)
class Report:
    source: SourceDocument
    items: tuple[ExcerptAnalysis, ...]
    tool_version: str
    ruleset: str
    created: str

    @property
    def summary_category(self) -> str:
        return max((i.analysis.summary_category for i in self.items), key=severity, default=CATEGORY_ORDER[-1])

    @property
    def hateful(self) -> bool:
        return any(i.analysis.hateful for i in self.items)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": REPORT_SCHEMA,
            "tool": {"name": "targetlens", "version": self.tool_version, "ruleset": self.ruleset},
            "created": self.created,
            "source": {
                "path": self.source.path,
                "kind": self.source.kind,
                "sha256": hashlib.sha256(self.source.text.encode("utf-8")).hexdigest(),
                "statements_are_quotations": self.source.quoted,
            },
            "items": [
                {
                    "location": i.excerpt.location,
                    "start": i.excerpt.start,
                    "end": i.excerpt.end,
                    "text": i.excerpt.text,
                    "analysis": i.analysis.to_dict(),
                }
                for i in self.items
            ],
            "summary": {"category": self.summary_category, "hateful": self.hateful, "items": len(self.items)},
        }


def build_report(source: SourceDocument, analyse: Any, version: str, ruleset: str) -> Report:
    """Analyse each excerpt separately: statements are judged one by one (Stomakhin v. Russia)."""
    items = tuple(ExcerptAnalysis(e, analyse(e.text)) for e in source.excerpts)
    created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return Report(source, items, version, ruleset, created)
