"""Find cues with the lexicon matcher and attach each to the mention it bears on.

Attachment follows the entry's `attach` (next, prev, subject, object, nearest, none) with language-aware
subject/object finding: word order in English and Russian, case endings in Russian and Kazakh, agents of
passives ("by X", instrumental, "тарапынан"). Negation scope and quotation marks are recorded on each cue.
"""

from __future__ import annotations

from targetlens.lexicons.matcher import CueMatcher, PatternHit
from targetlens.model.document import CueHit, WorkStatement
from targetlens.stages.cue_words import (
    case_of,
    describes_violence,
    drop_predicate_nominals,
    homonym,
    in_group_use,
    is_passive,
    is_speaker,
    new_clause,
    slur_mentions,
    to_cue,
)
from targetlens.stages.negation import mark_negation

OBLIQUE_CASES = frozenset({"acc", "dat", "gen", "loc", "abl", "ins"})
AGENT_WORDS = frozenset({"by", "тарапынан", "жағынан"})
VICTIM_PREPOSITIONS = frozenset({"against", "on", "of", "to", "против", "на", "над", "в", "отношении"})
COORDINATORS = frozenset(
    {"and", "or", "и", "или", "мен", "және", "бен", "пен", ",", "men", "ben", "pen", "jäne", "jane", "zhane", "jáne"}
)
WITH_WORDS = frozenset({"with", "by"})
NEGATION_WINDOW_AFTER = 2


class CueFinder:
    """Finds and attaches the cues of one language."""

    def __init__(self, matcher: CueMatcher, lang: str) -> None:
        self._matcher = matcher
        self._lang = lang

    def find(self, statement: WorkStatement, text: str) -> None:
        tokens = statement.tokens
        hits = [h for h in self._matcher.find(tokens) if not describes_violence(tokens, h) and not homonym(tokens, h)]
        slur_mentions(statement, hits, text)
        drop_predicate_nominals(statement, hits)
        victims = self._victims(statement, hits)
        for hit in hits:
            cue = to_cue(hit, tokens, text)
            cue.in_quote = any(qs <= cue.start and cue.end <= qe for qs, qe in statement.quote_spans)
            cue.reclaimed = cue.kind == "slur" and in_group_use(tokens, cue)
            if cue.attach != "none":
                cue.mention, cue.attach_reason = self._attach(cue, statement, victims)
            statement.cues.append(cue)
        mark_negation(statement, after_window=NEGATION_WINDOW_AFTER if self._lang == "kk" else 0)

    def _victims(self, statement: WorkStatement, hits: list[PatternHit]) -> set[int]:
        """Mentions that a state action is done to ("pressure against the Uyghur people")."""
        victims: set[int] = set()
        for hit in hits:
            if hit.entry.kind != "state_accusation":
                continue
            for idx, m in enumerate(statement.mentions):
                if self._lang == "kk":
                    if (
                        m.last <= hit.first
                        and hit.first - m.last <= 2
                        and case_of(statement.tokens, m) & {"acc", "dat"}
                    ):
                        victims.add(idx)
                elif m.first >= hit.last and m.first - hit.last <= 3:
                    between = {t.lower for t in statement.tokens[hit.last : m.first]}
                    if between & VICTIM_PREPOSITIONS or (m.first == hit.last and "acc" in case_of(statement.tokens, m)):
                        victims.add(idx)
        mentions, tokens = statement.mentions, statement.tokens
        for _ in range(2):  # "Qazaqtar men ūiğyrlarğa", "the Kazakh and Uyghur peoples": coordinated victims
            for i in range(len(mentions) - 1):
                a, b = mentions[i], mentions[i + 1]
                joined = b.first - a.last == 1 and tokens[a.last].lower in COORDINATORS
                if joined and (i in victims) != (i + 1 in victims):
                    victims |= {i, i + 1}
        for idx in victims:
            statement.mentions[idx].notes.append("referred to as the one a state action is done to")
        return victims

    def _attach(self, cue: CueHit, st: WorkStatement, victims: set[int]) -> tuple[int | None, str]:
        mentions = st.mentions
        eligible = [
            i
            for i, m in enumerate(mentions)
            if (cue.kind != "state_accusation" or (i not in victims and set(m.candidates) - {"individual"}))
            and not is_speaker(st.tokens, m)
        ]
        tokens = st.tokens
        before = [
            i for i in eligible if mentions[i].last <= cue.first and not new_clause(tokens, mentions[i].last, cue.first)
        ]
        after = [
            i for i in eligible if mentions[i].first >= cue.last and not new_clause(tokens, cue.last, mentions[i].first)
        ]
        inside = [i for i, m in enumerate(mentions) if m.first >= cue.first and m.last <= cue.last]
        if inside and cue.attach not in {"none", "next"}:
            return inside[0], "named inside the cue"
        mode = cue.attach
        if cue.kind == "symbolic_act":  # the act is done to the flag or the portrait named with it
            symbols = [i for i, m in enumerate(mentions) if "symbol" in m.candidates and m.first < cue.last + 3]
            if symbols:
                return min(symbols, key=lambda i: abs(mentions[i].first - cue.first)), "the symbol the act is done to"
        if cue.kind == "migration_metaphor" and self._lang == "kk" and before:
            # "Қазақстанды қытайларға толтырды": the dative names what the place is filled with; without one,
            # the subject (not the accusative place): "Қытайлар Қазақстанды толтырды"
            dative = [i for i in before if "dat" in case_of(st.tokens, mentions[i])]
            if dative:
                return dative[-1], "the people the place is said to be filled with (dative)"
            places = {i for i in before if "acc" in case_of(st.tokens, mentions[i])}
            subjects = [i for i in before if i not in places]
            if places and subjects:
                return subjects[0], "the subject said to fill the place (the accusative is the place)"
        if cue.kind == "migration_metaphor":  # "flooded the city with migrants", "наводнили ... мигрантами"
            for i in after:
                m = mentions[i]
                with_word = m.first > 0 and st.tokens[m.first - 1].lower in WITH_WORDS
                if with_word or case_of(st.tokens, m) & ({"ins"} if self._lang == "ru" else set()):
                    return i, "the people the place is said to be flooded with"
        if mode == "next":
            pick = [i for i in after if i not in victims]
            if pick:
                return pick[0], "first target after the cue"
            if inside:
                return inside[0], "named inside the cue"
            if before and not self._own_object_in_next_clause(st, mentions[before[-1]].last, cue):
                return before[-1], "nearest target before the cue (none after it)"
            return None, ""
        if mode == "prev":
            if before:
                return before[-1], "nearest target before the cue"
            pick = [i for i in after if i not in victims]
            return (pick[0], "first target after the cue (none before it)") if pick else (None, "")
        if mode == "nearest":
            options = [(cue.first - mentions[i].last, i) for i in before] + [
                (mentions[i].first - cue.last, i) for i in after
            ]
            return (min(options)[1], "nearest target") if options else (None, "")
        if mode == "subject":
            return self._subject(cue, st, before, after, victims)
        return self._object(cue, st, before, after)

    @staticmethod
    def _own_object_in_next_clause(st: WorkStatement, mention_end: int, cue: CueHit) -> bool:
        """ "Я не против узбеков, я против коррупции": the cue has its own object after it and a comma separates
        it from the earlier target, so it does not fall back to that target."""
        object_follows = cue.last < len(st.tokens) and st.tokens[cue.last].text[:1].isalnum()
        return object_follows and any(t.text in {",", ";"} for t in st.tokens[mention_end : cue.first])

    def _subject(self, cue: CueHit, st: WorkStatement, before: list[int], after: list[int], victims: set[int]):
        tokens, mentions = st.tokens, st.mentions
        for i in after:  # agent of a passive: "detained by the Chinese", "китайцами", "қытайлар тарапынан"
            m = mentions[i]
            gap = [t.lower for t in tokens[cue.last : m.first]]
            if len(gap) <= 3 and AGENT_WORDS & set(gap):
                return i, f"agent of the passive ('{' '.join(gap)} {m.text}')"
            if self._lang == "ru" and "ins" in case_of(tokens, m) and "participle" in tokens[cue.first].feats:
                return i, f"agent of the passive (instrumental '{m.text}')"
        for i in before:
            m = mentions[i]
            if m.last < len(tokens) and tokens[m.last].lower in AGENT_WORDS:
                return i, f"agent ('{m.text} {tokens[m.last].text}')"
        if cue.kind == "state_accusation" and is_passive(tokens, cue, self._lang):
            for i in before:
                st.mentions[i].notes.append(f"the one to whom '{cue.text}' is done (passive subject)")
            return None, "passive with no agent: the actor is implicit"
        candidates = [i for i in reversed(before) if i not in victims]
        if cue.kind == "state_accusation":  # a private person is who it is done to, not who does it
            candidates = [i for i in candidates if set(mentions[i].candidates) - {"individual"}]
        if self._lang in {"kk", "ru"}:
            nominative = [
                i
                for i in candidates
                if mentions[i].pronoun
                or not (case_of(tokens, mentions[i]) & OBLIQUE_CASES)
                or "nom" in case_of(tokens, mentions[i])
            ]
            if nominative:
                return nominative[0], "subject of the predicate (nominative, before it)"
            for i in after:
                if "nom" in case_of(tokens, mentions[i]) and i not in victims:
                    return i, "subject of the predicate (nominative, after it)"
            return None, ""
        if candidates:
            return candidates[0], "subject of the predicate (before it)"
        return None, ""

    def _object(self, cue: CueHit, st: WorkStatement, before: list[int], after: list[int]):
        tokens, mentions = st.tokens, st.mentions
        if self._lang == "kk":
            for i in reversed(before):
                if case_of(tokens, mentions[i]) & {"acc", "dat"}:
                    return i, "object of the predicate (accusative/dative)"
            return (before[-1], "nearest target before the predicate") if before else (None, "")
        if after:
            return after[0], "object of the predicate (after it)"
        if self._lang == "ru":
            for i in reversed(before):
                if case_of(tokens, mentions[i]) & {"acc", "gen", "dat"}:
                    return i, "object of the predicate (accusative/genitive/dative, before it)"
        return None, ""
