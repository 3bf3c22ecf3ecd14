"""Readable plain-text rendering of an analysis, with target and cue spans marked in the statement."""

from __future__ import annotations

from targetlens.model.results import Analysis, Statement

_COLORS = {
    "group": "31",
    "state": "34",
    "government": "34",
    "party": "35",
    "official": "35",
    "policy": "36",
    "symbol": "33",
    "institution": "36",
    "individual": "32",
    "nonprotected_group": "32",
}


def mark_spans(st: Statement, color: bool = False) -> str:
    """The statement text with [target|type] and {cue|kind} marks inserted."""
    marks: list[tuple[int, int, str, str]] = []
    for t in st.targets:
        opener = f"\x1b[{_COLORS.get(t.type, '0')}m[" if color else "["
        closer = f"|{t.type}]\x1b[0m" if color else f"|{t.type}]"
        marks.append((t.start - st.start, t.end - st.start, opener, closer))
    for c in st.cues:
        marks.append((c.start - st.start, c.end - st.start, "{", f"|{c.kind}}}"))
    inserts: dict[int, list[str]] = {}
    for begin, end, opener, closer in sorted(marks, key=lambda m: (m[0], -m[1])):
        inserts.setdefault(begin, []).append(opener)
        inserts.setdefault(end, []).insert(0, closer)
    out = []
    for i, ch in enumerate(st.text + "\0"):
        out.extend(inserts.get(i, []))
        if ch != "\0":
            out.append(ch)
    return "".join(out)


def render_text(result: Analysis, color: bool = False) -> str:
    lines = [
        f"targetlens {result.tool_version} · ruleset {result.ruleset} · input sha256 {result.input_sha256[:16]}…",
        f"language: {result.language} · statements: {len(result.statements)} · "
        f"summary: {result.summary_category} · hateful: {'yes' if result.hateful else 'no'}",
    ]
    for w in result.warnings:
        lines.append(f"warning: {w}")
    for st in result.statements:
        lines.append("")
        lines.append(
            f"{st.id} [{st.start}:{st.end}] ({st.language}) {st.category}"
            f"{' · HATEFUL' if st.hateful else ''} · confidence {st.confidence:.2f} · rule {st.rule}"
        )
        lines.append(f"  {mark_spans(st, color)}")
        for i, t in enumerate(st.targets):
            readings = ", ".join(f"{r.type} {r.weight:.2f}" for r in t.readings)
            state = "" if t.decided else " · UNDECIDED"
            lines.append(
                f"  target {i}: '{t.text}' [{t.start}:{t.end}] → {t.type} ({t.entity}) · {t.stance}"
                f" · readings: {readings}{state}"
            )
            for why in t.explanation:
                lines.append(f"      - {why}")
        for c in st.cues:
            lines.append(
                f"  cue: {c.kind} '{c.text}' [{c.start}:{c.end}] → target {c.target}"
                f"{' (negated)' if c.negated else ''} · {c.rule}"
            )
        for alt in st.alternatives:
            lines.append(
                f"  alternative: if '{alt['target']}' is read as {alt['reading']} ({alt['weight']}),"
                f" the category would be {alt['category']}"
            )
        lines.append("  why:")
        for why in st.explanation:
            lines.append(f"    - {why}")
    return "\n".join(lines)
