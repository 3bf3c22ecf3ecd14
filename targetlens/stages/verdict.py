"""Per-statement verdict: apply the rule table to each target reading and its cues, then the modifiers.

The trail says which rule, which lexicon entry and which words decided; modifiers (negation, counter-speech,
questions, ambiguity) are appended, never overwrite what came before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from targetlens.model.document import CueHit, Mention, WorkStatement
from targetlens.model.results import HATEFUL_CATEGORIES, Cue, Reading, Statement, Target, severity
from targetlens.rules.loader import RuleSet
from targetlens.stages.negation import STATEMENT_LEVEL
from targetlens.stages.resolve import DECIDED, is_decided, main_type

AMBIGUOUS_FLOOR = 0.3
THIRD_PERSON = frozenset(
    {"he", "she", "they", "you", "people", "someone", "somebody", "others", "politicians", "he's", "she's"}
    | {"он", "она", "они", "люди", "кто-то", "ол", "олар", "жұрт", "біреу"}
)
RU_THIRD_PLURAL = ("ят", "ют", "ат", "ут")
FIRST_PERSON = frozenset({"i", "we", "я", "мы", "мен", "біз"})
AUXILIARIES = frozenset(
    {"are", "is", "do", "does", "did", "can", "could", "should", "will", "would", "have", "has", "was", "were"}
)
RHETORICAL = frozenset(
    {"really", "finally", "obvious", "clear", "apparent", "not", "n't", "typical", "realise", "realize"}
)
KK_QUESTION = frozenset({"ма", "ме", "ба", "бе", "па", "пе", "ше", "ша"})
QUESTION_SOFTENS = frozenset({"negative_attribute", "negative_generalisation"})
GROUP_LEVELS = ("group_incitement", "group_hate", "group_negative")


@dataclass
class Finding:
    category: str
    rule: str
    words: str
    mention: int | None
    reason: str
    alternatives: list[dict[str, object]] = field(default_factory=list)


class VerdictMaker:
    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules

    def judge(self, st: WorkStatement, text: str, sid: str) -> Statement:
        trail = [f"language {st.language}: {st.language_reason}"]
        trail += [note for token in st.tokens for note in token.notes]
        effective = self._effective_cues(st, trail)
        reported = self._reported(st)
        findings: list[Finding] = []
        for idx, mention in enumerate(st.mentions):
            if mention.weights:
                findings.append(self._mention_finding(idx, mention, effective.get(idx, [])))
        countered = any(c.kind == "counter_speech" and not c.negated for c in st.cues)
        for cue, kind in effective.get(None, []):
            rule = self.rules.implicit_rule(kind)
            if rule and countered and rule.category == "nonprotected_abuse":
                trail.append(f"'{cue.text}' is inside counter-speech: it abuses no one")
                continue
            if rule:
                findings.append(
                    Finding(rule.category, rule.id, f"'{cue.text}' ({cue.entry_id}, {kind})", None, rule.reason)
                )
        findings = [self._modify(f, st, reported, effective, trail) for f in findings]
        best = max(findings, key=lambda f: severity(f.category), default=None)
        words = " ".join(t.text for t in st.tokens if t.text[:1].isalnum())
        if best is None:
            category, rule_id, confidence = "no_target", "V-NO-TARGET", 0.8
            trail.append(f"V-NO-TARGET: no protected group, political target or hostile words in: {words}")
        else:
            category, rule_id = best.category, best.rule
            if category == "no_target":
                trail.append(f"no target is criticised, abused or attacked in: {words}")
            confidence = 0.9 if all(is_decided(m) for m in st.mentions) else 0.6
            for f in sorted(findings, key=lambda f: -severity(f.category)):
                trail.append(f"{f.rule} → {f.category}: {f.words}: {f.reason}")
        if "?" in text[st.start : st.end]:
            confidence *= 0.85
        targets = tuple(self._target(m, st, effective.get(i, [])) for i, m in enumerate(st.mentions))
        cues = tuple(_cue(c, st) for c in st.cues)
        alternatives = tuple(a for f in findings for a in f.alternatives)
        return Statement(
            sid,
            st.start,
            st.end,
            text[st.start : st.end],
            st.language,
            targets,
            cues,
            category,
            category in HATEFUL_CATEGORIES,
            round(confidence, 3),
            tuple(trail + st.notes),
            rule_id,
            alternatives,
        )

    def _effective_cues(self, st: WorkStatement, trail: list[str]) -> dict[int | None, list[tuple[CueHit, str]]]:
        out: dict[int | None, list[tuple[CueHit, str]]] = {}
        for cue in st.cues:
            if cue.kind in STATEMENT_LEVEL or cue.kind == "people_action":
                continue
            kind = cue.kind
            if cue.reclaimed:
                trail.append(f"M-RECLAIMED: '{cue.text}' ({cue.entry_id}): {self.rules.modifiers['M-RECLAIMED']}")
                continue
            if cue.negated and kind == "positive":
                kind = "contempt"
                trail.append(f"M-NEGATED-POSITIVE: '{cue.text}': {self.rules.modifiers['M-NEGATED-POSITIVE']}")
            elif cue.negated and kind in self.rules.hostile_kinds:
                trail.append(f"M-NEGATED: '{cue.text}' ({cue.entry_id}): {self.rules.modifiers['M-NEGATED']}")
                continue
            target = cue.mention
            if kind == "demand" and target is not None and _only(st.mentions[target], {"group", "individual"}):
                target = None  # "Release Alimnur!", "Stop the pressure on the Uyghurs!": addressed to the authorities
            out.setdefault(target, []).append((cue, kind))
        return out

    def _mention_finding(self, idx: int, m: Mention, cues: list[tuple[CueHit, str]]) -> Finding:
        per_type: dict[str, Finding] = {}
        for reading in m.weights:
            per_type[reading] = self._reading_finding(idx, m, reading, cues)
        main = main_type(m) or next(iter(m.weights))
        finding = per_type[main]
        if not is_decided(m):
            viable = [t for t, w in m.weights.items() if w >= AMBIGUOUS_FLOOR]
            milder = min(viable, key=lambda t: severity(per_type[t].category))
            harsher = max(viable, key=lambda t: severity(per_type[t].category))
            finding = per_type[milder]
            if per_type[harsher].category != finding.category:
                finding.alternatives.append(
                    {
                        "reading": harsher,
                        "weight": round(m.weights[harsher], 3),
                        "category": per_type[harsher].category,
                        "target": m.text,
                        "modifier": "M-AMBIGUOUS",
                    }
                )
                finding.reason += f" [M-AMBIGUOUS: {self.rules.modifiers['M-AMBIGUOUS']}]"
        return finding

    def _reading_finding(self, idx: int, m: Mention, reading: str, cues: list[tuple[CueHit, str]]) -> Finding:
        best: Finding | None = None
        for cue, kind in cues:
            rule = self.rules.first(reading, kind)
            if rule is None:
                continue
            f = Finding(
                rule.category,
                rule.id,
                f"'{cue.text}' ({cue.entry_id}, {kind}) → '{m.text}' [{reading}]",
                idx,
                rule.reason,
            )
            if best is None or severity(f.category) > severity(best.category):
                best = f
        if best is not None:
            return best
        if reading == "group":
            rule = self.rules.first("group", "positive")
            return Finding(
                "group_reference",
                rule.id if rule else "V-GROUP-REFERENCE",
                f"'{m.text}' [group]",
                idx,
                rule.reason if rule else "",
            )
        return Finding(
            "no_target", "V-NEUTRAL-MENTION", f"'{m.text}' [{reading}]", idx, "mentioned without criticism or hostility"
        )

    def _modify(self, f: Finding, st: WorkStatement, reported: bool, effective: dict, trail: list[str]) -> Finding:
        if reported and f.category in GROUP_LEVELS:
            f.reason += f" [M-COUNTER: {self.rules.modifiers['M-COUNTER']}]"
            f.category, f.rule = "group_reference", f"{f.rule}+M-COUNTER"
        elif f.category in GROUP_LEVELS and self._softening_question(st, effective.get(f.mention, [])):
            milder = GROUP_LEVELS[min(GROUP_LEVELS.index(f.category) + 1, 2)]
            f.reason += f" [M-QUESTION: {self.rules.modifiers['M-QUESTION']}]"
            f.category, f.rule = milder, f"{f.rule}+M-QUESTION"
        if f.category == "political_criticism" and any(k in f.words for k in ("call_for_violence", "threat")):
            f.reason += f" [M-THREAT-OFFICIAL: {self.rules.modifiers['M-THREAT-OFFICIAL']}]"
        return f

    def _reported(self, st: WorkStatement) -> bool:
        """Counter-speech, or hostile words quoted/reported after a reporting frame that is not the speaker's own."""
        if any(c.kind == "counter_speech" and not c.negated for c in st.cues):
            return True
        hostile = [c for c in st.cues if c.kind in self.rules.hostile_kinds]
        for frame in (c for c in st.cues if c.kind == "quotation"):
            before = st.tokens[max(0, frame.first - 3) : frame.first]
            own = any(t.lower in FIRST_PERSON for t in before)
            if own and not frame.negated:
                continue
            others = any(t.lower in THIRD_PERSON or t.text[:1].isupper() and i for i, t in enumerate(before))
            others = others or st.tokens[frame.first].lower.endswith(RU_THIRD_PLURAL)  # "говорят", "пишут"
            # "Депутат заявил, что…": a noun before the reporting verb is a third party being reported
            others = others or (st.language == "ru" and any(t.pos in {"NOUN", "PROPN"} for t in before))
            quoted = any(h.in_quote for h in hostile)
            if not (others or quoted or self._sov(st) or frame.negated):
                continue  # "in saying that X ...": nobody else is reported, the speaker says it
            reported = [
                h for h in hostile if h.in_quote or h.first >= frame.first or (self._sov(st) and h.last <= frame.first)
            ]
            if reported:
                return True
        return False

    @staticmethod
    def _sov(st: WorkStatement) -> bool:
        """Kazakh puts the reporting verb after what is reported ("... ұры дейді", "... деп айтты")."""
        return st.language == "kk"

    def _softening_question(self, st: WorkStatement, cues: list[tuple[CueHit, str]]) -> bool:
        words = [t.lower for t in st.tokens]
        if not words or words[-1] != "?":
            return False
        polar = words[0] in AUXILIARIES or "ли" in words or any(w in KK_QUESTION for w in words)
        rhetorical = any(w in RHETORICAL for w in words)
        return polar and not rhetorical and bool(cues) and all(k in QUESTION_SOFTENS for _c, k in cues)

    def _target(self, m: Mention, st: WorkStatement, cues: list[tuple[CueHit, str]]) -> Target:
        kinds = {k for _c, k in cues}
        stance = "neutral"
        for name in ("hostile", "critical", "positive"):
            if kinds & self.rules.stance.get(name, frozenset()):
                stance = name
                break
        main = main_type(m) or "individual"
        readings = tuple(
            Reading(t, w, m.entity_by_type.get(t, m.entity), tuple(why for rt, _s, why in m.evidence if rt == t))
            for t, w in sorted(m.weights.items(), key=lambda kv: -kv[1])
        )
        explanation = [m.source]
        explanation += [f"{'+' if s >= 0 else ''}{s:.1f} for {t}: {why}" for t, s, why in m.evidence]
        explanation += m.notes
        explanation += [f"'{c.text}' ({c.entry_id}, {k}): {c.attach_reason}" for c, k in cues]
        if m.weights and not is_decided(m):
            explanation.append(f"undecided: no reading reaches {DECIDED}; both readings are kept")
        entity = m.entity_by_type.get(main, m.entity)
        return Target(m.text, m.start, m.end, entity, main, readings, stance, tuple(explanation), is_decided(m))


def _only(m: Mention, types: set[str]) -> bool:
    return bool(m.weights) and set(m.weights) <= types


def _cue(c: CueHit, st: WorkStatement) -> Cue:
    note = f"{c.kind} '{c.gloss}' ({c.entry_id})"
    if c.attach_reason:
        note += f"; bears on '{st.mentions[c.mention].text}': {c.attach_reason}" if c.mention is not None else ""
    if c.negated:
        note += "; negated"
    if c.in_quote:
        note += "; inside quotation marks"
    return Cue(c.kind, c.text, c.start, c.end, c.mention, note, c.entry_id, c.negated)
