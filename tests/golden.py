"""Checking one golden case (tests/cases/*.yaml) against an analysis; shared by the tests and the eval script."""

from __future__ import annotations

from typing import Any

from targetlens.model.results import Analysis, Statement


def expectations(case: dict[str, Any]) -> list[dict[str, Any]]:
    """Per-statement expectations: the case itself, or its `statements:` list."""
    return list(case["statements"]) if case.get("statements") else [case]


def check_statement(st: Statement, exp: dict[str, Any], text: str) -> list[str]:
    """Return the list of mismatches (empty when the statement meets the expectation)."""
    problems: list[str] = []
    if "category" in exp and st.category != exp["category"]:
        problems.append(f"category {st.category} != {exp['category']}")
    if "hateful" in exp and st.hateful != exp["hateful"]:
        problems.append(f"hateful {st.hateful} != {exp['hateful']}")
    if exp.get("lang") and exp.get("lang") != st.language and "statements" not in exp:
        problems.append(f"language {st.language} != {exp['lang']}")
    for want in exp.get("targets") or []:
        spans = _occurrences(text, want["text"])
        hit = [t for t in st.targets if any(t.start < e and s < t.end for s, e in spans)]
        if not hit:
            problems.append(f"no target at {want['text']!r}")
        elif not any(t.type == want["type"] for t in hit):
            problems.append(f"target {want['text']!r} typed {[t.type for t in hit]} not {want['type']}")
    for banned in exp.get("absent_types") or []:
        wrong = [t.text for t in st.targets if t.type == banned and t.stance != "neutral"]
        if wrong:
            problems.append(f"targets {wrong} read as {banned}")
    kinds = {c.kind for c in st.cues}
    for kind in exp.get("cues") or []:
        if kind not in kinds:
            problems.append(f"cue {kind} missing (found {sorted(kinds)})")
    fragment = exp.get("explain")
    if fragment and fragment.lower() not in trail(st).lower():
        problems.append(f"explanation does not name {fragment!r}")
    return problems


def check_case(case: dict[str, Any], result: Analysis) -> list[str]:
    exps = expectations(case)
    text = case["text"]
    if len(result.statements) != len(exps):
        got = [s.text for s in result.statements]
        return [f"{len(result.statements)} statements {got} != {len(exps)} expected"]
    problems = []
    for n, (st, exp) in enumerate(zip(result.statements, exps, strict=True)):
        if case.get("statements") and "hateful" not in exp and "hateful" in case:
            exp = {**exp, "hateful": case["hateful"]}
        problems += (
            [f"s{n + 1}: {p}" for p in check_statement(st, exp, text)]
            if len(exps) > 1
            else check_statement(st, exp, text)
        )
    return problems


def trail(st: Statement) -> str:
    """All explanation text of a statement: its trail, its targets' and its cues'."""
    parts = list(st.explanation)
    for t in st.targets:
        parts += list(t.explanation)
    parts += [c.explanation + " " + c.text for c in st.cues]
    return "\n".join(parts)


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out
