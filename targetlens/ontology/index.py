"""An index of every ontology name and head word in one language's key space, for longest-match lookup."""

from __future__ import annotations

from dataclasses import dataclass

from targetlens.languages.base import LanguageBackend
from targetlens.model.document import Token
from targetlens.ontology.loader import NAME_FIELDS, Ontology

_ROLE = {
    "names": "name",
    "adjectives": "adjective",
    "demonyms": "demonym",
    "capitals": "capital",
    "members": "member",
    "pejorative_names": "pejorative",
    "contextual_names": "contextual",
}


#: Among names of equal length, prefer the most specific reading: a name over a member noun over an adjective.
#: Languages whose writers reliably capitalise proper names, so that case can tell a name from a common word.
CASED = frozenset({"ru", "kk"})
_ROLE_ORDER = {
    "name": 0,
    "head": 1,
    "member": 2,
    "demonym": 3,
    "capital": 4,
    "contextual": 5,
    "pejorative": 6,
    "adjective": 7,
}


@dataclass(frozen=True)
class NameEntry:
    """One name of an entity (or one generic head word) as a key sequence."""

    keys: tuple[str, ...]
    role: str  # name | adjective | demonym | capital | member | pejorative | contextual | head
    entity: str | None
    head_type: str | None
    written: str

    @property
    def abbreviation(self) -> bool:
        """An all-capitals name of two or more letters ("US", "CCP", "КНР")."""
        letters = [ch for ch in self.written if ch.isalpha()]
        return len(letters) >= 2 and self.written.isupper() and self.role != "head"

    @property
    def proper(self) -> bool:
        """A capitalised proper name (not an abbreviation, demonym, adjective or head word)."""
        return (
            self.role in {"name", "capital", "contextual"} and self.written[:1].isupper() and not self.written.isupper()
        )

    @property
    def after_article(self) -> bool:
        """A proper name written after a lower-case article ("the States"): its one remaining word is a common
        word unless capitalised ("our own state")."""
        words = self.written.split()
        return len(words) > 1 and words[0].islower() and words[1][:1].isupper() and len(self.keys) == 1


def _variants(backend: LanguageBackend, written: str) -> list[tuple[str, ...]]:
    variants = getattr(backend, "name_variants", None)
    return variants(written) if variants else [backend.name_keys(written)]


@dataclass(frozen=True)
class NameMatch:
    """A name found in a statement's tokens: [first, last) token indices."""

    entry: NameEntry
    first: int
    last: int


class NameIndex:
    """All names of one language, indexed by their first key."""

    def __init__(self, ontology: Ontology, backend: LanguageBackend, lang: str) -> None:
        self.lang = lang
        self._by_first: dict[str, list[NameEntry]] = {}
        for entity in ontology.entities.values():
            for field_name in NAME_FIELDS:
                for written in entity.forms.get(field_name, {}).get(lang, ()):
                    for keys in _variants(backend, written):
                        self._add(NameEntry(keys, _ROLE[field_name], entity.id, None, written))
        for head_type, by_lang in ontology.heads.items():
            for written in by_lang.get(lang, ()):
                self._add(NameEntry(backend.name_keys(written), "head", None, head_type, written))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e.keys))

    def _add(self, entry: NameEntry) -> None:
        if entry.keys:
            self._by_first.setdefault(entry.keys[0], []).append(entry)

    def entries_of_role(self, role: str) -> list[NameEntry]:
        return [e for entries in self._by_first.values() for e in entries if e.role == role]

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())

    def matches_at(self, tokens: list[Token], i: int) -> list[NameMatch]:
        """Every entry that matches starting at token i, longest first."""
        found: list[NameMatch] = []
        seen: set[tuple[str | None, str, str | None, int]] = set()
        for key in tokens[i].keys:
            for entry in self._by_first.get(key, ()):
                n = len(entry.keys)
                if i + n > len(tokens):
                    continue
                if n == 1 and entry.proper and self.lang in CASED and not tokens[i].text[:1].isupper():
                    continue  # "рады" is not the Rada: a one-word proper name must be capitalised
                if entry.after_article and not tokens[i].text[:1].isupper():
                    continue
                if n == 1 and entry.abbreviation and not tokens[i].text.isupper():
                    continue  # "us" is not the US, "'s" is not "US": an abbreviation must be written in capitals
                if all(entry.keys[k] in tokens[i + k].keys for k in range(1, n)):
                    sig = (entry.entity, entry.role, entry.head_type, n)
                    if sig not in seen:
                        seen.add(sig)
                        found.append(NameMatch(entry, i, i + n))
        found.sort(key=lambda m: (-(m.last - m.first), _ROLE_ORDER.get(m.entry.role, 9)))
        return found
