"""Find target mentions: ontology names, "<country> <head>" phrases, demonyms, pronouns and private persons.

Every mention keeps the token span, the entity id and prior weights over target types; later stages add
evidence. A demonym ("the Chinese", "китайцы", "қытайлар") starts undecided between the people and the state.
"""

from __future__ import annotations

from targetlens.model.document import Mention, Token, WorkStatement
from targetlens.ontology.index import NameIndex, NameMatch
from targetlens.ontology.loader import Ontology
from targetlens.ontology.places import is_place
from targetlens.stages.mention_words import (
    COLLECTIVE_HEADS,
    DETERMINERS,
    KIND_WORDS,
    PERSON_NOUNS,
    PERSONAL,
    POSSESSIVES,
    PRONOUNS,
    QUANTIFIERS,
    SECOND_PERSON,
    is_demonym_use,
    kk_my_person,
    kk_plural_name,
    link_you_to_group,
    name_like,
    oblique,
)

STATE_NAME_PRIOR = {"state": 0.9, "group": 0.1}
DEMONYM_PRIOR = {"group": 0.5, "state": 0.5}
ETHNONYM_PRIOR = {"group": 0.7, "state": 0.3}
_HEAD_RELATION = {"government": "government", "group": "people", "party": "ruling_party"}
_FLAG_WORDS = frozenset({"flag", "флаг", "знамя", "ту", "жалау", "旗", "国旗", "banner"})
_LEADER_WORDS = frozenset({"president", "leader", "chairman", "президент", "лидер", "председатель", "төраға", "басшы"})
_CONNECTORS = frozenset({"'s", "’s", "of", "the"})


class MentionFinder:
    """Builds the mentions of one statement from a language's name index."""

    def __init__(self, ontology: Ontology, index: NameIndex) -> None:
        self._onto = ontology
        self._index = index
        self._pronouns = PRONOUNS.get(index.lang, frozenset())
        self._personal = PERSONAL.get(index.lang, frozenset())
        self._current: list[Mention] = []
        self._people_of = {e.relations["people"]: e.id for e in ontology.entities.values() if "people" in e.relations}
        self._group_heads = {h.lower() for h in ontology.heads.get("group", {}).get(index.lang, ())}
        self._group_heads_keys = {e.keys[0] for e in index.entries_of_role("head") if e.head_type == "group"}

    def find(self, statement: WorkStatement, text: str) -> None:
        tokens = statement.tokens
        self._current = statement.mentions
        matches = [self._index.matches_at(tokens, i) for i in range(len(tokens))]
        i = 0
        while i < len(tokens):
            mention = self._compose(tokens, matches, i, text) or self._pronoun(tokens, i, text)
            if mention is None:
                i += 1
                continue
            if i > 0 and tokens[i - 1].lower in QUANTIFIERS or (i > 1 and tokens[i - 2].lower in QUANTIFIERS):
                mention.quantified = True
            statement.mentions.append(mention)
            i = mention.last
        link_you_to_group(statement)

    def _compose(self, tokens: list[Token], matches: list[list[NameMatch]], i: int, text: str) -> Mention | None:
        if not matches[i]:
            return None
        best = matches[i][0]
        entry = best.entry
        if entry.role == "head":
            after = self._state_after(tokens, matches, best.last)
            if after is not None:
                return self._head_mention(tokens, i, after.last, entry.head_type or "", entry.written, after, text)
            return self._lone_head(tokens, best, text)
        entity = self._onto.entities[entry.entity or ""]
        nxt = self._head_after(tokens, matches, best.last)
        if entity.type == "state" and nxt is not None:
            return self._head_mention(tokens, i, nxt.last, nxt.entry.head_type or "", nxt.entry.written, best, text)
        if entry.role == "adjective" and not is_demonym_use(tokens, best, matches):
            return self._attributive(tokens, best, text, entity.type)
        mention = self._entity_mention(tokens, best, text)
        if entry.role == "contextual":
            same = [m for m in matches[i] if m.entry.role == "contextual" and m.last == best.last]
            mention.contextual = tuple(dict.fromkeys(m.entry.entity or "" for m in same))
        return mention

    def _attributive(self, tokens: list[Token], match: NameMatch, text: str, entity_type: str) -> Mention | None:
        """ "Chinese influence", "китайское влияние": a country adjective on a noun that is not a head word.

        It may stand for the state or for the people; it starts undecided and the context weighs it.
        """
        nxt = match.last
        if entity_type not in {"state", "group"} or nxt >= len(tokens) or not tokens[nxt].text[:1].isalpha():
            return None
        mention = self._entity_mention(tokens, match, text)
        if entity_type == "group":  # "female vermin", "Muslim lives": the adjective names the group
            mention.source = f"group adjective '{match.entry.written}' on '{tokens[nxt].text}'"
            return mention
        mention.candidates = dict(DEMONYM_PRIOR)
        mention.source = f"country adjective '{match.entry.written}' on '{tokens[nxt].text}': the state or the people"
        return mention

    def _state_after(self, tokens: list[Token], matches: list[list[NameMatch]], j: int) -> NameMatch | None:
        """ru "правительство Китая", en "government of China": a state named right after a head."""
        if j < len(tokens) and tokens[j].lower in _CONNECTORS:
            j += 1
        if j < len(tokens) and tokens[j].lower == "the":
            j += 1
        for m in matches[j] if j < len(matches) else ():
            if m.entry.role != "head" and self._onto.entities[m.entry.entity or ""].type == "state":
                return m
        return None

    def _head_after(self, tokens: list[Token], matches: list[list[NameMatch]], j: int) -> NameMatch | None:
        if j < len(tokens) and tokens[j].lower in {"'s", "’s"}:
            j += 1
        for m in matches[j] if j < len(matches) else ():
            if m.entry.role == "head":
                return m
        return None

    def _head_mention(
        self, tokens: list[Token], first: int, last: int, head_type: str, head_word: str, state: NameMatch, text: str
    ) -> Mention:
        state_entity = self._onto.entities[state.entry.entity or ""]
        if state_entity.type != "state":
            state_entity = self._onto.entities.get(state_entity.relations.get("state", ""), state_entity)
        relation = _HEAD_RELATION.get(head_type)
        if head_type == "symbol" and head_word.lower() in _FLAG_WORDS:
            relation = "flag"
        if head_type == "official" and head_word.lower() in _LEADER_WORDS:
            relation = "leader"
        slug = state_entity.id.split(".", 1)[1]
        entity = (
            state_entity.relations.get(relation or "") or f"{head_type}.{slug}.{head_word.lower().replace(' ', '_')}"
        )
        start, end = tokens[first].start, tokens[last - 1].end
        source = f"head pattern: '{state.entry.written}' + '{head_word}' → {head_type}"
        if head_type == "group" and self._one_person(tokens, first, last, head_word):
            source = f"'{text[start:end]}' names one person (singular '{head_word}'), not the people"
            return Mention(
                first, last, start, end, text[start:end], None, {"individual": 1.0}, source, {"individual": None}
            )
        return Mention(first, last, start, end, text[start:end], entity, {head_type: 1.0}, source, {head_type: entity})

    def _one_person(self, tokens: list[Token], first: int, last: int, head_word: str) -> bool:
        """ "a citizen of Kazakhstan", "гражданин Казахстана", "Қазақстан азаматы": singular, not collective."""
        if head_word.lower() in COLLECTIVE_HEADS:
            return False
        head = next((t for t in tokens[first:last] if any(k in t.keys for k in self._group_heads_keys)), None)
        if head is None or "sg" not in head.feats:
            return False  # number unknown (a misspelt or merged word): do not guess one person
        return "pl" not in head.feats and not any("pl" in f for f in (head.key_feats or {}).values())

    def _lone_head(self, tokens: list[Token], match: NameMatch, text: str) -> Mention | None:
        head_type = match.entry.head_type or ""
        if head_type == "group":
            return None  # "people", "citizens" alone name no group
        if tokens[match.last - 1].pos not in {"NOUN", "PROPN", ""}:
            return None  # "banned" is not "a ban"
        start, end = tokens[match.first].start, tokens[match.last - 1].end
        source = f"head word '{match.entry.written}' → {head_type} (no country named)"
        return Mention(match.first, match.last, start, end, text[start:end], None, {head_type: 1.0}, source)

    def _entity_mention(self, tokens: list[Token], match: NameMatch, text: str) -> Mention:
        entity = self._onto.entities[match.entry.entity or ""]
        start, end = tokens[match.first].start, tokens[match.last - 1].end
        role = match.entry.role
        by_type: dict[str, str | None] = {entity.type: entity.id}
        if entity.type == "state" and role in {"demonym", "adjective"} or kk_plural_name(tokens, match, entity.type):
            priors = dict(DEMONYM_PRIOR)
            by_type["group"] = entity.relations.get("people")
            source = f"demonym '{match.entry.written}' of {entity.id}: names the people or the state"
        elif entity.type == "group" and entity.id in self._people_of and not self._has_group_head(match):
            priors = dict(ETHNONYM_PRIOR)
            by_type["state"] = self._people_of[entity.id]
            source = (
                f"ethnonym '{match.entry.written}' ({entity.id}): names the people, or the state of {by_type['state']}"
            )
        elif entity.type == "state" and role in {"name", "pejorative", "contextual"}:
            priors = dict(STATE_NAME_PRIOR)
            by_type["group"] = entity.relations.get("people")
            source = f"name '{match.entry.written}' of {entity.id}"
        elif role == "capital":
            gov = entity.relations.get("government")
            priors, by_type = {"government": 1.0}, {"government": gov}
            source = f"capital '{match.entry.written}' used for the government of {entity.id}"
        elif (
            entity.type == "group"
            and (head := self._head_in_name(match))
            and self._one_person(tokens, match.first, match.last, head)
        ):
            priors, by_type = {"individual": 1.0}, {"individual": None}
            source = f"'{text[start:end]}' names one person (singular '{head}'), not the people ({entity.id})"
        else:
            priors = {entity.type: 1.0}
            source = f"{role} '{match.entry.written}' of {entity.id}"
        main = max(priors, key=lambda t: priors[t])
        feats = tokens[match.last - 1].feats
        return Mention(
            match.first,
            match.last,
            start,
            end,
            text[start:end],
            by_type.get(main),
            priors,
            source,
            by_type,
            feats=feats,
        )

    def _head_in_name(self, match: NameMatch) -> str | None:
        """The group head word inside a group's name ("граждане" in "граждане Казахстана"), if any."""
        words = match.entry.written.lower().split()
        return next((w for w in words if w in self._group_heads), None) if len(words) > 1 else None

    def _has_group_head(self, match: NameMatch) -> bool:
        """ "Chinese people", "китайский народ", "қытай халқы" name the people unambiguously."""
        return any(w.lower() in self._group_heads for w in match.entry.written.split()[1:])

    def _pronoun(self, tokens: list[Token], i: int, text: str) -> Mention | None:
        if tokens[i].lower in self._personal or tokens[i].lower in POSSESSIVES:
            return self._addressee(tokens, i, text)
        if self._index.lang == "kk" and kk_my_person(tokens[i]) and not self._index.matches_at(tokens, i):
            t = tokens[i]
            source = f"'{t.text}' (with a 1st/2nd person possessive ending) names a private person"
            return Mention(i, i + 1, t.start, t.end, t.text, None, {"individual": 1.0}, source, {"individual": None})
        if tokens[i].lower not in self._pronouns:
            return self._person(tokens, i, text)
        if tokens[i].lower in DETERMINERS and i + 1 < len(tokens) and tokens[i + 1].text[:1].isalpha():
            return None  # "these Chinese", "эти люди": a determiner, not a pronoun
        t = tokens[i]
        return Mention(i, i + 1, t.start, t.end, text[t.start : t.end], None, {}, f"pronoun '{t.text}'", pronoun=True)

    def _addressee(self, tokens: list[Token], i: int, text: str) -> Mention | None:
        """ "you", "he", "my neighbour": a private person, unless a group follows ("you Muslims")."""
        nxt = i + 1
        if nxt < len(tokens) and self._index.matches_at(tokens, nxt):
            return None
        if tokens[i].lower in SECOND_PERSON and any("group" in m.candidates for m in self._current):
            t = tokens[i]
            return Mention(i, i + 1, t.start, t.end, t.text, None, {}, f"pronoun '{t.text}'", pronoun=True)
        last = i + 1
        if tokens[i].lower in POSSESSIVES and nxt < len(tokens) and tokens[nxt].lower in KIND_WORDS:
            t = tokens[i]  # "your kind", "their lives": the group addressed or spoken of
            start, end = t.start, tokens[nxt].end
            return Mention(i, nxt + 1, start, end, text[start:end], None, {}, f"'{text[start:end]}'", pronoun=True)
        if tokens[i].lower in POSSESSIVES:
            if nxt >= len(tokens) or not tokens[nxt].keys & PERSON_NOUNS:
                return None  # "my neighbour" is a person, "my opposition" is not
            last = nxt + 1
        start, end = tokens[i].start, tokens[last - 1].end
        source = f"'{text[start:end]}' names a private person"
        return Mention(i, last, start, end, text[start:end], None, {"individual": 1.0}, source, {"individual": None})

    def _person(self, tokens: list[Token], i: int, text: str) -> Mention | None:
        """A run of capitalised words that names no ontology entity: a private person ("Alimnur Turganbay")."""
        j = i
        while (
            j < len(tokens)
            and name_like(tokens[j])
            and tokens[j].pos in {"NOUN", "PROPN", ""}
            and not self._index.matches_at(tokens, j)
        ):
            j += 1
        if i == 0 and j - i == 1 and j < len(tokens) and self._index.matches_at(tokens, j):
            return None  # a capitalised first word before a known name qualifies it: "Filthy Jews", "Dirty Chinese"
        initial_name_in_case = self._index.lang == "ru" and i == 0 and j - i == 1 and bool(oblique(tokens[i]))
        if j == i or (i == 0 and j - i < 2 and tokens[i].pos != "PROPN" and not initial_name_in_case):
            return None
        if self._index.lang == "en" and not any(t.pos == "PROPN" for t in tokens[i:j]):
            return None
        if is_place(tokens[i:j], self._index.lang) or (i and is_place(tokens[i - 1 : j], self._index.lang)):
            return None  # "Free Tibet!", "в Алматы", "Hong Kong": a place, not a private person
        start, end = tokens[i].start, tokens[j - 1].end
        source = f"capitalised name '{text[start:end]}' not in the ontology: read as a private person"
        return Mention(i, j, start, end, text[start:end], None, {"individual": 1.0}, source, {"individual": None})
