"""The words spelling correction aims at: lexicon pattern words and ontology names, with English inflections."""

from __future__ import annotations

from collections.abc import Iterator

from targetlens.languages.base import LanguageBackend
from targetlens.lexicons.loader import CueEntry
from targetlens.ontology.loader import NAME_FIELDS, Ontology


def spelling_targets(
    lang: str, lexicon: tuple[CueEntry, ...], ontology: Ontology, backend: LanguageBackend
) -> Iterator[tuple[str, str]]:
    """(surface, key) pairs for the spelling index of one language."""
    for entry in lexicon:
        for pattern in entry.patterns:
            for part in pattern.split():
                for alt in part.split("|"):
                    word = alt.lstrip("=").lower()
                    if word.endswith("*") or not word.isalpha():
                        continue
                    key = backend.pattern_key(word)
                    for surface in _inflections(word) if lang == "en" else (word,):
                        yield surface, key
    for entity in ontology.entities.values():
        for field_name in NAME_FIELDS:
            for name in entity.forms.get(field_name, {}).get(lang, ()):
                words = [w for w in name.lower().split() if w.isalpha()]
                keys = backend.name_keys(name)
                if len(words) == len(keys):
                    yield from zip(words, keys, strict=True)
    for by_lang in ontology.heads.values():
        for name in by_lang.get(lang, ()):
            words = [w for w in name.lower().split() if w.isalpha()]
            keys = backend.name_keys(name)
            if len(words) == len(keys):
                yield from zip(words, keys, strict=True)


def _inflections(word: str) -> tuple[str, ...]:
    """Regular English forms of a lemma, so that "disgutsed" can reach "disgust" through "disgusted"."""
    forms = {word, word + "s", word + "ing", word + "er", word + "ers"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing", word + "r", word + "rs"}
    elif word.endswith("y") and len(word) > 3:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    else:
        forms |= {word + "ed", word + "es"}
    return tuple(forms)
