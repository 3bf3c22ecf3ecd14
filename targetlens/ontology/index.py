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


@dataclass(frozen=True)
class NameEntry:
    """One name of an entity (or one generic head word) as a key sequence."""

    keys: tuple[str, ...]
    role: str  # name | adjective | demonym | capital | member | pejorative | contextual | head
    entity: str | None
    head_type: str | None
    written: str


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
                    self._add(NameEntry(backend.name_keys(written), _ROLE[field_name], entity.id, None, written))
        for head_type, by_lang in ontology.heads.items():
            for written in by_lang.get(lang, ()):
                self._add(NameEntry(backend.name_keys(written), "head", None, head_type, written))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e.keys))

    def _add(self, entry: NameEntry) -> None:
        if entry.keys:
            self._by_first.setdefault(entry.keys[0], []).append(entry)

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
                if all(entry.keys[k] in tokens[i + k].keys for k in range(1, n)):
                    sig = (entry.entity, entry.role, entry.head_type, n)
                    if sig not in seen:
                        seen.add(sig)
                        found.append(NameMatch(entry, i, i + n))
        found.sort(key=lambda m: -(m.last - m.first))
        return found
