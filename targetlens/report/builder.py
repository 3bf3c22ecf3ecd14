"""A report: the statements a source document or case file puts under examination, each analysed on its own.

The report keeps apart the linguistic findings (per statement, with the closest precedents), the Rabat
assessment (text plus the case file's facts, never invented ones), the jurisdiction profile (and where its
offence reaches beyond ICCPR Art. 20(2)) and the legal characterisation with its uncertainty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from targetlens.casefile.assemble import Examined, ReportInput
from targetlens.documents.reader import Excerpt
from targetlens.model.results import CATEGORY_ORDER, Analysis, Statement, severity
from targetlens.report.conclusion import conclude
from targetlens.rules.jurisdictions import Jurisdiction, load_jurisdictions
from targetlens.rules.precedents import PrecedentMatch, load_casebook, match_statement
from targetlens.rules.rabat import FactorFinding, assess

REPORT_SCHEMA = "targetlens.report/1"


@dataclass(frozen=True)
class ExcerptAnalysis:
    examined: Examined
    analysis: Analysis
    precedents: tuple[tuple[PrecedentMatch, ...], ...]  # one tuple per statement of the analysis
    translations: tuple[tuple[str, str, Analysis], ...] = ()  # (language, text, its analysis)

    @property
    def excerpt(self) -> Excerpt:
        return self.examined.excerpt


@dataclass(frozen=True)
class Report:
    input: ReportInput
    items: tuple[ExcerptAnalysis, ...]
    tool_version: str
    ruleset: str
    created: str
    jurisdiction: Jurisdiction
    international: Jurisdiction
    rabat: tuple[FactorFinding, ...] = ()
    conclusion: tuple[tuple[str, str], ...] = ()  # (section, text)

    @property
    def statements(self) -> list[Statement]:
        return [s for i in self.items for s in i.analysis.statements]

    @cached_property
    def _labels(self) -> dict[int, str]:
        return statement_labels(self.items)

    def label_of(self, statement: Statement) -> str:
        """The statement's report-wide label: "3.2" is the second statement of examined item 3."""
        return self._labels[id(statement)]

    @property
    def summary_category(self) -> str:
        return max((i.analysis.summary_category for i in self.items), key=severity, default=CATEGORY_ORDER[-1])

    @property
    def hateful(self) -> bool:
        return any(i.analysis.hateful for i in self.items)

    def to_dict(self) -> dict[str, Any]:
        exposure = self.jurisdiction.exposure(self.statements)
        return {
            "schema": REPORT_SCHEMA,
            "tool": {"name": "targetlens", "version": self.tool_version, "ruleset": self.ruleset},
            "created": self.created,
            "case": self.input.name,
            "input": {"path": self.input.path, "sha256": self.input.input_sha256},
            "sources": [s.to_dict() for s in self.input.sources],
            "jurisdiction": {
                "id": self.jurisdiction.id,
                "name": self.jurisdiction.name,
                "offence": self.jurisdiction.offence_citation,
                "beyond_iccpr_20_2": [
                    {"id": b.id, "element": b.element, "why": b.why, "statements": [self.label_of(s) for s in hit]}
                    for b, hit in exposure
                ],
            },
            "items": [_item_dict(n, i) for n, i in enumerate(self.items, start=1)],
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


def statement_labels(items: tuple[ExcerptAnalysis, ...] | list[ExcerptAnalysis]) -> dict[int, str]:
    """id(statement) → "n.k", the k-th statement of examined item n."""
    return {
        id(st): f"{n}.{k}"
        for n, item in enumerate(items, start=1)
        for k, st in enumerate(item.analysis.statements, start=1)
    }


def _item_dict(n: int, i: ExcerptAnalysis) -> dict[str, Any]:
    return {
        "number": n,
        "location": i.excerpt.location,
        "source": i.examined.source,
        "framed_as": i.excerpt.role,
        "frame": i.excerpt.frame,
        "speaker": i.examined.speaker,
        "start": i.excerpt.start,
        "end": i.excerpt.end,
        "text": i.excerpt.text,
        "analysis": i.analysis.to_dict(),
        "precedents": {
            f"{n}.{k}": [m.to_dict() for m in matches]
            for k, (st, matches) in enumerate(zip(i.analysis.statements, i.precedents, strict=True), start=1)
        },
        "translations": [
            {"language": lang, "text": text, "category": a.summary_category} for lang, text, a in i.translations
        ],
    }


def build_report(
    given: ReportInput, analyse: Callable[[str], Analysis], version: str, ruleset: str, created: str | None = None
) -> Report:
    """Analyse each statement separately (Stomakhin v. Russia) and assemble the report around it."""
    casebook = load_casebook()
    profiles = load_jurisdictions()
    items = []
    for examined in given.examined:
        analysis = analyse(examined.excerpt.text)
        matches = tuple(tuple(match_statement(st, casebook)) for st in analysis.statements)
        translations = tuple((lang, text, analyse(text)) for lang, text in sorted(examined.translations.items()))
        items.append(ExcerptAnalysis(examined, analysis, matches, translations))
    stamp = created or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    rabat = assess([i.analysis for i in items], given.facts, given.fact_sources, statement_labels(items))
    jurisdiction = profiles[given.jurisdiction]
    report = Report(given, tuple(items), version, ruleset, stamp, jurisdiction, profiles["international"], rabat)
    return replace(report, conclusion=conclude(report))
