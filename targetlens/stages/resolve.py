"""State or people: weigh the readings of each mention from the words around it; link pronouns.

Evidence is additive log-odds on top of the mention's prior: the predicate it is the subject or agent of
(state actions → state; people's actions and essentialising predicates → group), quantifiers ("all
Chinese"), being the one a state action is done to, and how the same name was read earlier in the document.
A mention is decided when one reading reaches DECIDED; otherwise both readings are kept and reported.
"""

from __future__ import annotations

import math

from targetlens.model.document import Mention, WorkDocument, WorkStatement

DECIDED = 0.7
DEFAULT_READS_AS = {
    "state_accusation": "state",
    "people_action": "group",
    "negative_attribute": "group",
    "dehumanisation": "group",
    "migration_metaphor": "group",
    "call_for_exclusion": "group",
    "slur": "group",
    "negative_generalisation": "group",
}
CUE_EVIDENCE = 2.5
QUANTIFIER_EVIDENCE = 1.5
VICTIM_EVIDENCE = 2.0
CONTEXT_EVIDENCE = 2.0
_STATE_LIKE = ("state", "government")
INDEFINITE = frozenset({"a", "an", "one", "every", "each", "any"})


def resolve_document(doc: WorkDocument) -> None:
    """Link pronouns, then weigh readings statement by statement, in document order."""
    identities = _identity_links(doc)
    history: list[Mention] = []
    for statement in doc.statements:
        for mention in statement.mentions:
            key = _person_key(mention.text)
            if key in identities and (mention.pronoun or "individual" in mention.candidates):
                _link_to(mention, identities[key], "named as such in the text ('they are …', 'you're just …')")
            elif mention.pronoun:
                _link_pronoun(mention, statement, history)
        for mention in statement.mentions:
            _collect_evidence(mention, statement, history)
            mention.weights = _posterior(mention)
            if mention.candidates:
                history.append(mention)


IDENTITY_BE = frozenset({"be", "are", "is", "'re", "'s", "am", "was", "were", "являются", "это"})
IDENTITY_FILLERS = frozenset({"just", "all", "still", "only", "simply", "merely", "really", "after", "—", "-"})
PERSON_KEYS = {"they": "they", "them": "they", "their": "they", "you": "you", "your": "you", "you're": "you"}


def _person_key(text: str) -> str | None:
    return PERSON_KEYS.get(text.lower().split()[0]) if text else None


def _identity_links(doc: WorkDocument) -> dict[str, Mention]:
    """ "They are women after all", "You're just Muslims": a pronoun said to be a group stands for that group."""
    links: dict[str, Mention] = {}
    for st in doc.statements:
        for m in st.mentions:
            key = _person_key(m.text)
            if key is None:
                continue
            j = m.last
            while j < len(st.tokens) and (st.tokens[j].keys & IDENTITY_BE or st.tokens[j].lower in IDENTITY_FILLERS):
                j += 1
            if j == m.last:
                continue
            group = next((g for g in st.mentions if g.first == j and "group" in g.candidates and not g.pronoun), None)
            if group is not None:
                links.setdefault(key, group)
        for m in st.mentions:  # "women like you": later "you" in the text is one of them
            if m.pronoun and m.text.lower() == "you":
                group = next((g for g in reversed(st.mentions) if g.last <= m.first and "group" in g.candidates), None)
                if group is not None:
                    links.setdefault("you", group)
    return links


def _link_to(pronoun: Mention, antecedent: Mention, why: str) -> None:
    pronoun.pronoun = True
    pronoun.antecedent = antecedent
    pronoun.entity = antecedent.entity
    pronoun.candidates = dict(antecedent.candidates)
    pronoun.entity_by_type = dict(antecedent.entity_by_type)
    pronoun.source = f"'{pronoun.text}' refers to '{antecedent.text}': {why}"


def main_type(mention: Mention) -> str | None:
    if not mention.weights:
        return None
    return max(sorted(mention.weights), key=lambda t: mention.weights[t])


def is_decided(mention: Mention) -> bool:
    return not mention.weights or max(mention.weights.values()) >= DECIDED


def _link_pronoun(pronoun: Mention, statement: WorkStatement, history: list[Mention]) -> None:
    following = next((m for m in statement.mentions if m.first == pronoun.last and "group" in m.candidates), None)
    if following is not None:  # "their Muslim throats": the group named right after the pronoun
        _link_to(pronoun, following, "the group named right after it")
        return
    earlier = [m for m in statement.mentions if m.last <= pronoun.first and not m.pronoun and m.candidates]
    pool = earlier or [m for m in history[-6:] if not m.pronoun]
    plural = [m for m in pool if "pl" in m.feats or "group" in m.candidates or "state" in m.candidates]
    candidates = plural or pool
    antecedent = candidates[-1] if candidates else None
    if antecedent is None:
        pronoun.notes.append("pronoun with no antecedent in the text")
        return
    pronoun.antecedent = antecedent
    pronoun.entity = antecedent.entity
    pronoun.candidates = dict(antecedent.weights or antecedent.candidates)
    pronoun.entity_by_type = dict(antecedent.entity_by_type)
    where = "same statement" if earlier else "an earlier statement"
    pronoun.source = f"pronoun '{pronoun.text}' refers to '{antecedent.text}' ({where})"


def _collect_evidence(mention: Mention, statement: WorkStatement, history: list[Mention]) -> None:
    if len(mention.candidates) < 2:
        return
    index = statement.mentions.index(mention)
    for cue in statement.cues:
        if cue.mention != index or cue.negated:
            continue
        reads = cue.reads_as or DEFAULT_READS_AS.get(cue.kind)
        target = _candidate_for(reads, mention)
        if target:
            mention.evidence.append(
                (target, CUE_EVIDENCE * cue.strength, f"'{cue.text}' ({cue.entry_id}): {cue.attach_reason}")
            )
    if mention.first > 0 and statement.tokens[mention.first - 1].lower in INDEFINITE and "group" in mention.candidates:
        mention.evidence.append(
            (
                "group",
                CUE_EVIDENCE,
                f"'{statement.tokens[mention.first - 1].text} {mention.text}': one person of the people",
            )
        )
    if mention.quantified and "group" in mention.candidates:
        mention.evidence.append(("group", QUANTIFIER_EVIDENCE, "quantified as a whole people ('all', 'все', 'барлық')"))
    if any("state action is done to" in n for n in mention.notes) and "group" in mention.candidates:
        mention.evidence.append(("group", VICTIM_EVIDENCE, "people on whom a state action is done"))
    if not mention.evidence and max(mention.candidates.values()) <= DECIDED:
        _context_evidence(mention, history)  # a country's name is not swayed by how "the Chinese" was read


def _context_evidence(mention: Mention, history: list[Mention]) -> None:
    key = mention.entity_by_type.get("state") or mention.entity
    for earlier in reversed(history):
        if earlier is mention or len(earlier.candidates) < 2:
            continue
        if (earlier.entity_by_type.get("state") or earlier.entity) != key or not is_decided(earlier):
            continue
        reading = main_type(earlier)
        if reading in mention.candidates:
            why = f"the same name was read as {reading} earlier in the text ('{earlier.text}')"
            mention.evidence.append((reading, CONTEXT_EVIDENCE, why))
        return


def _candidate_for(reads: str | None, mention: Mention) -> str | None:
    if reads == "group":
        return "group" if "group" in mention.candidates else None
    if reads == "state":
        return next((t for t in _STATE_LIKE if t in mention.candidates), None)
    return None


def _posterior(mention: Mention) -> dict[str, float]:
    if not mention.candidates:
        return {}
    logits = {t: math.log(max(p, 1e-6)) for t, p in mention.candidates.items()}
    for reading, score, _why in mention.evidence:
        if reading in logits:
            logits[reading] += score
    top = max(logits.values())
    exp = {t: math.exp(v - top) for t, v in logits.items()}
    total = sum(exp.values())
    return {t: exp[t] / total for t in sorted(exp)}
