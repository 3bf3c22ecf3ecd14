"""One outline of a report — headings, numbered paragraphs, tables, bullet lists, highlighted statements — that
every document renderer (Markdown, HTML, DOCX, PDF) walks, so the formats cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from targetlens.model.results import Statement

if TYPE_CHECKING:
    from targetlens.report.builder import ExcerptAnalysis, Report


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    label: str = ""  # a bold lead-in ("Linguistic findings.")
    number: int | None = None  # paragraph number, as in a court filing


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty


@dataclass(frozen=True)
class Quote:
    """A statement under examination, its target and cue spans to be highlighted by the renderer."""

    statement: Statement
    label: str


Block = Heading | Paragraph | Bullets | Table | Quote


@dataclass
class _Builder:
    blocks: list[Block] = field(default_factory=list)
    counter: int = 0

    def numbered(self, text: str, label: str = "") -> None:
        self.counter += 1
        self.blocks.append(Paragraph(text, label, self.counter))

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)


def outline(report: Report) -> list[Block]:
    b = _Builder()
    b.add(Heading(1, "targetlens report" + (f": {report.input.name}" if report.input.name else "")))
    b.add(Table(("provenance", "value"), _provenance(report), (0.22, 0.78)))
    b.add(Heading(2, "1. Conclusion"))
    for section, text in report.conclusion:
        b.numbered(text, section[0].upper() + section[1:])
    b.add(Heading(2, "2. Rabat six-part threshold assessment"))
    b.add(
        Table(
            ("factor", "status", "finding"),
            tuple((f"{f.number}. {f.name}", f.status, f.finding) for f in report.rabat),
            (0.17, 0.18, 0.65),
        )
    )
    for f in report.rabat:
        if f.evidence:
            b.add(Paragraph(f"Evidence for factor {f.number} ({f.name}):"), Bullets(tuple(f.evidence)))
    _jurisdiction(b, report)
    b.add(Heading(2, "4. Statements under examination, one by one"))
    b.add(Paragraph(_LEGEND))
    _set_aside(b, report)
    for n, item in enumerate(report.items, start=1):
        _item(b, report, n, item)
    b.add(Heading(2, "5. Method and limits"))
    for text in _METHOD:
        b.numbered(text)
    return b.blocks


_LEGEND = (
    "Each statement is analysed on its own (Stomakhin v. Russia). Target spans are marked by target type; cue "
    "spans (what the statement does) are underlined. A statement's category characterises its words."
)
_METHOD = (
    "targetlens finds targets from a versioned ontology, cues from versioned lexicons and decides each statement's "
    "category by the verdict rules; every finding above names the rule, lexicon entry and words behind it.",
    "Five of the six Rabat factors depend on facts outside the text; they are taken only from the case file, with "
    "their sources, and are marked 'insufficient information' when the case file does not give them.",
    "Precedents are matched by target types, cues and category; they inform the reasoning and never decide a "
    "category. The legal question is for the court (Dmitriyevskiy v. Russia).",
)


def _provenance(report: Report) -> tuple[tuple[str, str], ...]:
    rows = [
        ("tool", f"targetlens {report.tool_version}"),
        ("rules and data hash", report.ruleset),
        ("input", f"{report.input.path} (sha256 {report.input.input_sha256})"),
        ("created", report.created),
        ("jurisdiction profile", f"{report.jurisdiction.name} ({report.jurisdiction.id})"),
        ("statements examined", str(len(report.items))),
        ("most severe category", f"{report.summary_category} (hateful: {'yes' if report.hateful else 'no'})"),
    ]
    for s in report.input.sources:
        quoted = "quotations found in it" if s.quoted else "its text"
        about = f"{s.description}; " if s.description else ""
        rows.append(("source", f"{about}{s.path} ({s.kind}, sha256 {s.sha256}); {s.statements} statement(s): {quoted}"))
    return tuple(rows)


def _jurisdiction(b: _Builder, report: Report) -> None:
    j, intl = report.jurisdiction, report.international
    b.add(Heading(2, f"3. Jurisdiction profile: {j.name}"))
    penalty = f" Penalty: {j.penalty.rstrip('.')}." if j.penalty else ""
    b.numbered(f"{j.offence_citation.rstrip('.')}.{penalty}", "The offence")
    b.add(Bullets(tuple(f"element: {e}" for e in j.offence_elements)))
    if j.protected_grounds:
        b.add(Paragraph(f"Grounds as written: {', '.join(j.protected_grounds)}."))
    exposure = j.exposure(report.statements)
    if exposure:
        rows = tuple(
            (
                b_.element,
                b_.why + (f" Sources: {'; '.join(b_.sources)}." if b_.sources else ""),
                ", ".join(report.label_of(s) for s in hit) or "none",
            )
            for b_, hit in exposure
        )
        b.add(Paragraph("Where this offence reaches beyond ICCPR Art. 20(2):"))
        b.add(Table(("element", "why it goes further", "statements it could reach"), rows, (0.24, 0.6, 0.16)))
    for g in j.guidance + (intl.guidance if j.id != "international" else ()):
        b.numbered(g.summary, g.citation)
    b.add(
        Paragraph("Instruments:"),
        Bullets(
            tuple(
                f"{x.citation}: {x.summary}"
                for x in j.instruments + (intl.instruments if j.id != "international" else ())
            )
        ),
    )


_ROLE_NAMES = {
    "evidence": "quoted as the speech under examination",
    "charge": "quoted as a charge or an examination's finding",
    "third_party": "quoted as a third party's words",
    "unframed": "quoted without a framing verb",
    "term": "a word or phrase the document cites",
}


def _set_aside(b: _Builder, report: Report) -> None:
    """What each source's quotations were taken as: a reader must see what was set aside as context, and why."""
    for s in report.input.sources:
        if s.note:
            b.add(Paragraph(s.note, s.path))
        if s.context:
            b.add(Paragraph(f"Quotations in {s.path} treated as context, not evidence:"))
            b.add(
                Table(
                    ("location", "quotation", "framed as", "framing words"),
                    tuple((e.location, e.text, _ROLE_NAMES.get(e.role, e.role), e.frame or "—") for e in s.context),
                    (0.14, 0.5, 0.22, 0.14),
                )
            )


def _item(b: _Builder, report: Report, n: int, item: ExcerptAnalysis) -> None:
    who = f" — speaker: {item.examined.speaker}" if item.examined.speaker else ""
    b.add(Heading(3, f"Statement {n}: {item.excerpt.location}{who}"))
    if item.excerpt.role in ("charge", "third_party"):
        b.add(
            Paragraph(
                f"The document frames this passage as {_ROLE_NAMES[item.excerpt.role][10:]} "
                f"(“{item.excerpt.frame}”), not as the speech under examination."
            )
        )
    for k, (st, matches) in enumerate(zip(item.analysis.statements, item.precedents, strict=True), start=1):
        label = f"{n}.{k}"
        b.add(Quote(st, label))
        b.numbered(
            f"{st.category}{' (hateful)' if st.hateful else ''}; rule {st.rule}; confidence {st.confidence:.2f}; "
            f"language {st.language}.",
            f"Statement {label}",
        )
        if st.targets:
            b.add(
                Table(
                    ("target", "type", "entity", "readings", "stance"),
                    tuple(
                        (
                            t.text,
                            t.type,
                            t.entity or "not identified",
                            ", ".join(f"{r.type} {r.weight:.2f}" for r in t.readings)
                            + ("" if t.decided else " (undecided)"),
                            t.stance,
                        )
                        for t in st.targets
                    ),
                    (0.24, 0.13, 0.2, 0.3, 0.13),
                )
            )
        cues = [f"cue {c.kind}: “{c.text}” ({c.rule}{', negated' if c.negated else ''})" for c in st.cues]
        b.add(Bullets(tuple(cues + [f"why: {w}" for w in st.explanation])))
        for alt in st.alternatives:
            b.add(
                Paragraph(
                    f"If “{alt['target']}” were read as {alt['reading']} ({alt['weight']}), the category "
                    f"would be {alt['category']}."
                )
            )
        if matches:
            b.add(
                Paragraph(f"Closest precedents for statement {label}:"), Bullets(tuple(_precedent(m) for m in matches))
            )
    for lang, text, analysis in item.translations:
        b.add(
            Paragraph(f"{text} — read as {analysis.summary_category}.", f"Translation ({lang}) given in the case file")
        )


def _precedent(m) -> str:  # noqa: ANN001 - a PrecedentMatch
    p = m.precedent
    outcome = "speech protected" if p.speech_protected else "restriction upheld"
    return (
        f"{p.name}, {p.citation}, {p.court}, {p.date} ({outcome}; match {m.score:.2f}). {p.outcome} "
        f"Similar: {', '.join(m.similar) or '—'}. Differs: {', '.join(m.differs) or '—'}. Principle: {p.principle}"
    )
