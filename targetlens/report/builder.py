"""A report: the statements a source document or case file puts under examination, each analysed.

The report keeps three things apart: the linguistic findings (per statement), the Rabat assessment (text plus
the case file's facts, never invented ones) and the legal characterisation with its uncertainty. Precedents,
jurisdiction profiles and DOCX/PDF are not built yet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from targetlens.documents.reader import Excerpt, SourceDocument
from targetlens.model.results import CATEGORY_ORDER, Analysis, severity
from targetlens.rules.rabat import UNKNOWN, FactorFinding, assess

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
    case_name: str = ""
    rabat: tuple[FactorFinding, ...] = ()
    conclusion: tuple[tuple[str, str], ...] = ()  # (section, text): linguistic, legal, uncertainty

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
            "case": self.case_name,
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
            "rabat": [
                {
                    "factor": f.number,
                    "name": f.name,
                    "status": f.status,
                    "finding": f.finding,
                    "evidence": list(f.evidence),
                }
                for f in self.rabat
            ],
            "conclusion": [{"section": k, "text": v} for k, v in self.conclusion],
        }


def build_report(
    source: SourceDocument,
    analyse: Any,
    version: str,
    ruleset: str,
    facts: dict[str, Any] | None = None,
    fact_sources: dict[str, str] | None = None,
    case_name: str = "",
) -> Report:
    """Analyse each excerpt separately: statements are judged one by one (Stomakhin v. Russia)."""
    items = tuple(ExcerptAnalysis(e, analyse(e.text)) for e in source.excerpts)
    created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    rabat = assess([i.analysis for i in items], facts or {}, fact_sources or {})
    return Report(source, items, version, ruleset, created, case_name, rabat, _conclusion(items, rabat))


def _conclusion(items: tuple[ExcerptAnalysis, ...], rabat: tuple[FactorFinding, ...]) -> tuple[tuple[str, str], ...]:
    statements = [s for i in items for s in i.analysis.statements]
    counts: dict[str, int] = {}
    for s in statements:
        counts[s.category] = counts.get(s.category, 0) + 1
    types = sorted({t.type for s in statements for t in s.targets})
    ordered = sorted(counts.items(), key=lambda kv: -severity(kv[0]))
    linguistic = (
        f"{len(statements)} statements: {', '.join(f'{n} {c}' for c, n in ordered)}. "
        f"Target types found: {', '.join(types) or 'none'}."
    )
    hateful = [s for s in statements if s.hateful]
    if hateful:
        legal = (
            f"{len(hateful)} statement(s) attack a protected group as such. Whether they reach the threshold of "
            "ICCPR Art. 20(2) depends on the Rabat factors that the text cannot settle; that is for the court."
        )
    else:
        legal = (
            "No statement advocates hatred against a national, racial or religious group as such, so none reaches "
            "the threshold of ICCPR Art. 20(2). The statements are protected expression: their targets are states, "
            "governments, parties, officials, policies or symbols, whose criticism, including hostile slogans "
            "('down with ...', Oversight Board 2023) and symbolic acts against flags or portraits (Stern Taulats and "
            "Roura Capellera v. Spain; Handzhiyski v. Bulgaria), is political expression (GC 34 para 38)."
        )
    open_factors = [f"{f.number} ({f.name})" for f in rabat if f.status == UNKNOWN]
    undecided = [t.text for s in statements for t in s.targets if not t.decided]
    uncertainty = (
        (f"Rabat factors without sufficient facts: {', '.join(open_factors)}. " if open_factors else "")
        + (f"People-or-state readings left undecided: {', '.join(undecided)}. " if undecided else "")
        + "The categories characterise the words; they are not a finding that an offence was or was not committed."
    )
    return (("linguistic findings", linguistic), ("legal characterisation", legal), ("uncertainty", uncertainty))
