"""The Rabat Plan of Action's six-part threshold test, filled only with what the text and the case file give.

Content and form (factor 4) comes from the analysis of the statements. The other factors depend on facts
outside the text: without them the status is "insufficient information" and the finding says what would be
needed. Nothing is invented; where the text itself bears on a factor (no statement calls for action against a
group) the finding says so, but only facts from the case file can move such a factor's status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from targetlens.model.results import Analysis, Statement
from targetlens.stages.language import SUPPORTED

TOWARDS = "weighs towards restriction"
AGAINST = "weighs against restriction"
UNKNOWN = "insufficient information"
WIDE_REACH = 100_000  # views or shares above which reach is called wide (documented in the README)


@dataclass(frozen=True)
class FactorFinding:
    number: int
    name: str
    status: str
    finding: str
    evidence: tuple[str, ...] = ()


def assess(
    analyses: list[Analysis],
    facts: dict[str, Any],
    fact_sources: dict[str, str],
    labels: dict[int, str] | None = None,
) -> tuple[FactorFinding, ...]:
    """The six factors; `labels` maps id(statement) to its label in the report ("3.2"), cited in the evidence."""
    every = [s for a in analyses for s in a.statements]
    statements = [s for s in every if s.language in SUPPORTED]  # the others were not analysed
    unanalysed = [s for s in every if s.language not in SUPPORTED]
    hateful = [s for s in statements if s.hateful]
    incitement = [s for s in statements if s.category == "group_incitement"]
    political = [s for s in statements if s.category == "political_criticism"]
    negative = [s for s in statements if s.category == "group_negative"]

    def cite(name: str) -> tuple[str, ...]:
        value = facts.get(name)
        source = fact_sources.get(name)
        return (f"case file, {name}: {show(value)}" + (f" (source: {source})" if source else ""),) if value else ()

    findings = [
        _graded(
            _fact_factor(
                1,
                "context",
                facts,
                cite,
                "the social and political climate, tensions, and any history of "
                "violence or discrimination against the group said to be targeted",
                "incidents_against_group",
            ),
            _level(facts.get("context"), "tension"),
            hateful,
            "tension",
        ),
        _graded(
            _fact_factor(2, "speaker", facts, cite, "the speaker's position and influence over the audience"),
            _level(facts.get("speaker"), "influence"),
            hateful,
            "influence over the audience",
        ),
        _intent(facts, cite, hateful),
        _unanalysed(
            _content(statements, hateful, incitement, political, negative, labels or {}), unanalysed, bool(statements)
        ),
        _extent(facts, cite),
        _likelihood(facts, cite, incitement),
    ]
    return tuple(findings)


def _fact_factor(number: int, name: str, facts: dict[str, Any], cite, needed: str, also: str | None = None):
    evidence = cite(name) + (cite(also) if also else ())
    if not evidence:
        return FactorFinding(number, name, UNKNOWN, f"The case file gives no facts on {needed}; they would be needed.")
    return FactorFinding(
        number,
        name,
        UNKNOWN,
        "Facts are given (below); how much they weigh is for the court. The text alone cannot settle this factor.",
        evidence,
    )


LEVELS = ("low", "moderate", "high")


def show(value: Any) -> str:
    """A case-file fact as a reader would write it: "views 12,000; shares 300", not Python syntax."""
    if isinstance(value, dict):
        return "; ".join(f"{k} {v:,}" if isinstance(v, int) else f"{k}: {v}" for k, v in value.items())
    return str(value)


def _level(fact: Any, key: str) -> str | None:
    """A graded fact given in the case file ({tension: high} or {influence: low}), or None."""
    value = fact.get(key) if isinstance(fact, dict) else None
    return value if value in LEVELS else None


def _graded(base: FactorFinding, level: str | None, hateful: list, what: str) -> FactorFinding:
    """A factor whose case-file fact is graded: low weighs against restriction; high weighs towards it only when
    some statement is hateful in content, since a tense climate or an influential speaker cannot turn criticism
    of a state into incitement against a group."""
    if level is None or not base.evidence:
        return base
    if level == "low":
        status, note = AGAINST, f"The case file gives {what} as low."
    elif level == "high" and hateful:
        status, note = TOWARDS, f"The case file gives {what} as high, and some statements are hateful in content."
    elif level == "high":
        status, note = (
            AGAINST,
            (
                f"The case file gives {what} as high, but no statement advocates hatred against a group, so there is "
                "no incitement for the climate or the speaker to make effective."
            ),
        )
    else:
        return base
    return FactorFinding(base.number, base.name, status, note + " How much it weighs is for the court.", base.evidence)


def _intent(facts: dict[str, Any], cite, hateful: list) -> FactorFinding:
    evidence = cite("intent")
    observed = (
        "The words advocate no hatred against a protected group as such, so they give no basis for an intent to "
        "incite against a group (the speaker–audience–target group triangle is not formed)."
        if not hateful
        else "Some statements are hateful in content; whether they were made with intent to incite (advocacy, not "
        "negligence) is a question of fact."
    )
    if not evidence:
        return FactorFinding(3, "intent", UNKNOWN, observed + " The case file gives no facts on intent.")
    return FactorFinding(3, "intent", AGAINST if not hateful else UNKNOWN, observed, evidence)


def _quote(st: Statement, labels: dict[int, str]) -> str:
    """A statement as evidence: its words, what it does and to whom (the cue and target words), and its reading."""
    does = [
        f"{c.kind} “{c.text}”"
        + (f" → “{st.targets[c.target].text}” ({st.targets[c.target].type})" if c.target is not None else "")
        for c in st.cues
        if not c.negated and c.kind not in ("negation", "people_action")
    ]
    label = f"{labels[id(st)]} " if id(st) in labels else ""
    return f"{label}“{st.text}”: {'; '.join(does) or 'no cue'} ⇒ {st.category} ({st.rule})"


def _content(
    statements: list, hateful: list, incitement: list, political: list, negative: list, labels: dict[int, str]
) -> FactorFinding:
    def quote(st: Statement) -> str:
        return _quote(st, labels)

    if hateful:
        return FactorFinding(
            4,
            "content and form",
            TOWARDS,
            f"{len(hateful)} of {len(statements)} statements attack a protected group as such"
            + (f", {len(incitement)} with a call to exclusion, discrimination or violence" if incitement else "")
            + ".",
            tuple(quote(s) for s in hateful),
        )
    finding = (
        f"No statement attacks a protected group as such. {len(political)} of {len(statements)} statements target a "
        "state, government, party, official, policy or symbol: political expression, for which the limits of "
        "acceptable criticism are wide (GC 34 para 38; Castells v. Spain; Stern Taulats v. Spain)."
    )
    if negative:
        finding += f" {len(negative)} statement(s) frame a group negatively without contempt or a call to action."
    return FactorFinding(4, "content and form", AGAINST, finding, tuple(quote(s) for s in political + negative))


def _unanalysed(base: FactorFinding, unanalysed: list, any_analysed: bool) -> FactorFinding:
    """Statements in languages targetlens does not analyse are never counted as harmless."""
    if not unanalysed:
        return base
    languages = ", ".join(sorted({s.language for s in unanalysed}))
    note = f" {len(unanalysed)} statement(s) in languages targetlens does not analyse ({languages}) are not assessed."
    if not any_analysed:
        return FactorFinding(base.number, base.name, UNKNOWN, note.strip() + " A translation would be needed.")
    return FactorFinding(base.number, base.name, base.status, base.finding + note, base.evidence)


def _extent(facts: dict[str, Any], cite) -> FactorFinding:
    evidence = cite("medium") + cite("audience") + cite("reach")
    raw_reach = facts.get("reach")
    reach: dict[str, Any] = raw_reach if isinstance(raw_reach, dict) else {}
    numbers = [v for v in reach.values() if isinstance(v, int)]
    if numbers:
        wide = max(numbers) >= WIDE_REACH
        return FactorFinding(
            5,
            "extent",
            TOWARDS if wide else AGAINST,
            f"Reach given in the case file: {show(reach)}; {'wide' if wide else 'limited'} (threshold {WIDE_REACH:,}).",
            evidence,
        )
    return FactorFinding(
        5,
        "extent",
        UNKNOWN,
        "Public nature, medium, audience size and repetition are needed; the case file gives "
        + ("only partial facts (below)." if evidence else "none."),
        evidence,
    )


def _likelihood(facts: dict[str, Any], cite, incitement: list) -> FactorFinding:
    evidence = cite("likelihood") + cite("incidents_against_group")
    observed = (
        "No statement calls for discrimination, hostility or violence against a group, so the words themselves "
        "do not make such action likely."
        if not incitement
        else "Some statements call for action against a group."
    )
    if not evidence:
        return FactorFinding(
            6,
            "likelihood and imminence",
            UNKNOWN,
            observed + " Whether harm was likely and imminent needs facts (audience, climate, incidents) the case "
            "file does not give.",
        )
    return FactorFinding(6, "likelihood and imminence", AGAINST if not incitement else UNKNOWN, observed, evidence)
