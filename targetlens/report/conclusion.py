"""The report's conclusion, in sections kept apart: linguistic findings, the legal characterisation under the
international standard, the chosen jurisdiction, the precedents relied on, and the uncertainty.

Each reason for calling speech protected is given only when the statements show the feature it rests on.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from targetlens.model.results import Statement, severity
from targetlens.rules.rabat import UNKNOWN
from targetlens.stages.language import SUPPORTED

if TYPE_CHECKING:
    from targetlens.report.builder import Report

#: (feature test, the principle that makes such speech protected). Applied only when the feature is present.
_PROTECTED_BECAUSE: tuple[tuple[str, str], ...] = (
    (
        "state",
        "A state is not a people: criticism of a state is not hatred of its nationals (UN Strategy 2019 definition; "
        "Oversight Board 2021-007-FB-UA on a post about 'the Chinese' that targeted the Chinese state).",
    ),
    (
        "government",
        "The limits of acceptable criticism are widest for a government (Castells v. Spain; Incal v. Turkey); "
        "criticism of the administration and state organs should not be prohibited (GC 34 para 38).",
    ),
    (
        "party",
        "A political party is a political actor, not a protected group; opposing it is political expression.",
    ),
    (
        "official",
        "Heads of state and government are legitimately subject to criticism and political opposition, foreign ones "
        "included, and get no special protection (GC 34 para 38; Colombani v. France; Otegi Mondragon v. Spain; "
        "Eon v. France).",
    ),
    ("policy", "Opposing a law, agreement or policy is at the core of political debate (GC 34 para 38)."),
    (
        "symbol",
        "Acts against flags, portraits and emblems are symbolic political expression (Stern Taulats and Roura "
        "Capellera v. Spain; Handzhiyski v. Bulgaria; Fáber v. Hungary; Texas v. Johnson); laws on disrespect for "
        "flags and symbols are a concern (GC 34 para 38).",
    ),
    (
        "political_slogan",
        "'Down with X' ('Долой X', 'X жойылсын') is a political slogan, not a threat (Oversight Board 2023, "
        "'marg bar Khamenei').",
    ),
    (
        "nonprotected_group",
        "Groups defined by profession or views (police officers, officials) are not protected groups; harsh "
        "criticism of them is not hate speech (Savva Terentyev v. Russia).",
    ),
)


def conclude(report: Report) -> tuple[tuple[str, str], ...]:
    statements = [s for s in report.statements if s.language in SUPPORTED]
    unanalysed = [s for s in report.statements if s.language not in SUPPORTED]
    return (
        ("linguistic findings", _linguistic(statements) + _not_analysed(report, unanalysed)),
        (
            "legal characterisation (international standard)",
            _legal(report, statements) + _not_analysed(report, unanalysed),
        ),
        (f"jurisdiction: {report.jurisdiction.name}", _jurisdiction(report)),
        ("precedents", _precedents(report)),
        ("uncertainty", _uncertainty(report, report.statements)),
    )


def _linguistic(statements: list[Statement]) -> str:
    counts = Counter(s.category for s in statements)
    ordered = sorted(counts.items(), key=lambda kv: -severity(kv[0]))
    types = sorted({t.type for s in statements for t in s.targets})
    return (
        f"{len(statements)} statements: {', '.join(f'{n} {c}' for c, n in ordered)}. "
        f"Target types found: {', '.join(types) or 'none'}."
    )


def _not_analysed(report: Report, unanalysed: list[Statement]) -> str:
    if not unanalysed:
        return ""
    languages = ", ".join(sorted({s.language for s in unanalysed}))
    return (
        f" Statement(s) {_labels(report, unanalysed)} are in languages targetlens does not analyse ({languages}): "
        "they were not analysed and nothing here is concluded about them; a translation would be needed."
    )


def _legal(report: Report, statements: list[Statement]) -> str:
    """Hateful statements are named and left to the Rabat factors; every other statement is judged on its own and,
    when nothing in it attacks a group as such, said positively to be protected, with the reasons it shows."""
    hateful = [s for s in statements if s.hateful]
    others = [s for s in statements if not s.hateful]
    parts = []
    if hateful:
        parts.append(
            f"Statement(s) {_labels(report, hateful)} attack a protected group as such. Whether they reach the "
            "threshold of ICCPR Art. 20(2) (advocacy of hatred that constitutes incitement to discrimination, "
            "hostility or violence) depends on the Rabat factors that the text cannot settle; that is for the court."
        )
    if others:
        everything = not hateful and len(statements) == len(report.statements)
        parts.append(_protected(report, others, all_statements=everything))
    return " ".join(parts) or "No statement could be analysed."


def _protected(report: Report, statements: list[Statement], all_statements: bool) -> str:
    violent = [s for s in statements if any(c.kind in _VIOLENT and not c.negated for c in s.cues)]
    peaceful = [s for s in statements if s not in violent]
    who = "No statement advocates" if all_statements else f"Statement(s) {_labels(report, statements)} advocate no"
    text = (
        f"{who} hatred against a national, racial or religious group as such, so "
        f"{'none reaches' if all_statements else 'they do not reach'} the threshold of ICCPR Art. 20(2)."
    )
    if peaceful:
        subject = (
            "The statements are" if not violent and all_statements else f"Statement(s) {_labels(report, peaceful)} are"
        )
        text += f" {subject} protected expression under Art. 19."
    features = {t.type for s in statements for t in s.targets if t.stance in ("hostile", "critical")}
    features |= {c.kind for s in statements for c in s.cues if not c.negated}
    reasons = [why for feature, why in _PROTECTED_BECAUSE if feature in features]
    if reasons:
        text += " Their targets are political or not protected: " + " ".join(reasons)
    negative = [s for s in statements if s.category == "group_negative"]
    if negative:
        text += (
            f" Statement(s) {_labels(report, negative)} frame a group negatively: possibly offensive, but with no "
            "contempt and no call to action they express a sentiment, not advocacy of hatred that constitutes "
            "incitement."
        )
    if violent:
        text += (
            f" Statement(s) {_labels(report, violent)} contain words of violence or a threat against a target that "
            "is not a protected group: not hate speech against a group, but not shown to be protected either; "
            "whether they are a true threat or hyperbole, and whether another offence is made out, depends on "
            "their facts (Art. 19(3); Savva Terentyev v. Russia for hyperbole)."
        )
    return text


_VIOLENT = frozenset({"call_for_violence", "threat", "glorification_of_violence"})


def _jurisdiction(report: Report) -> str:
    j = report.jurisdiction
    if j.id == "international":
        return f"{j.threshold_note} No domestic profile was chosen; the international standard is applied."
    parts = [f"The offence charged or at issue: {j.offence_citation}.", j.threshold_note]
    reached = [(element, hit) for element, hit in j.exposure(report.statements) if hit]
    if reached:
        parts.append(
            "Elements of this offence that reach beyond ICCPR Art. 20(2) and could be used against statements the "
            "international standard protects (section 3 gives the reasons): "
            + " | ".join(f"{e.element} — {_by_category(report, hit)}" for e, hit in reached)
            + "."
        )
    return " ".join(p for p in parts if p)


def _labels(report: Report, statements: list[Statement]) -> str:
    return ", ".join(report.label_of(s) for s in statements)


def _by_category(report: Report, hit: list[Statement]) -> str:
    """ "all 22 political_criticism statements" when a category is reached whole, else the labels."""
    parts = []
    for category in sorted({s.category for s in hit}, key=lambda c: -severity(c)):
        mine = [s for s in hit if s.category == category]
        every = [s for s in report.statements if s.category == category]
        if len(mine) == len(every) and len(mine) > 3:
            parts.append(f"all {len(mine)} {category} statements")
        else:
            parts.append(f"{category} {_labels(report, mine)}")
    return "; ".join(parts)


def _precedents(report: Report) -> str:
    cited: Counter[str] = Counter()
    names: dict[str, str] = {}
    for item in report.items:
        for matches in item.precedents:
            for m in matches:
                cited[m.precedent.id] += 1
                protected = "speech protected" if m.precedent.speech_protected else "restriction upheld"
                names[m.precedent.id] = f"{m.precedent.name} ({m.precedent.date[:4]}, {protected})"
    if not cited:
        return "No precedent in the casebook shares the statements' target types or cues."
    top = sorted(cited.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    return (
        "Closest precedents across the statements: "
        + "; ".join(f"{names[pid]}, for {n} statement(s)" for pid, n in top)
        + ". Precedents inform the reasoning; they do not decide any category."
    )


def _uncertainty(report: Report, statements: list[Statement]) -> str:
    open_factors = [f"{f.number} ({f.name})" for f in report.rabat if f.status == UNKNOWN]
    undecided = [f"{report.label_of(s)} '{t.text}'" for s in statements for t in s.targets if not t.decided]
    unanalysed = [report.label_of(s) for s in statements if s.language not in SUPPORTED]
    differing = [
        f"{n} ({lang}: {a.summary_category} vs {item.analysis.summary_category})"
        for n, item in enumerate(report.items, start=1)
        for lang, _, a in item.translations
        if a.summary_category != item.analysis.summary_category
    ]
    return (
        (f"Rabat factors without sufficient facts: {', '.join(open_factors)}. " if open_factors else "")
        + (f"People-or-state readings left undecided: {', '.join(undecided)}. " if undecided else "")
        + (f"Translations read differently from the original: {', '.join(differing)}. " if differing else "")
        + (f"Statements not analysed (unsupported language): {', '.join(unanalysed)}. " if unanalysed else "")
        + "The categories characterise the words; they are not a finding that an offence was or was not committed, "
        "which is for the court (Dmitriyevskiy v. Russia)."
    )
