"""Kazakh back end: Latin-script input transliterated to Cyrillic with offsets kept, then our suffix analyser.

All Kazakh matching happens on `fold()` keys, so informal Latin spellings ("Qytai") and proper Cyrillic
("Қытай") meet, and every stem the suffix analyser proposes is a key (Қытайдың, қытайларды → қытай).
"""

from __future__ import annotations

import re
from functools import lru_cache

from targetlens.languages import kk
from targetlens.languages.base import regex_words
from targetlens.model.document import Token

_LATIN_THRESHOLD = 0.5
FINITE = frozenset({"past", "pres", "pres3", "imp3", "imp2pl", "cond"})
NOMINAL = frozenset({"pl", "gen", "loc", "abl", "dat", "ins"})


def is_latin(text: str) -> bool:
    """Whether most letters of the text are Latin."""
    latin = sum(1 for ch in text if ch.isalpha() and ch.isascii() or "\u00c0" <= ch <= "\u024f")
    letters = sum(1 for ch in text if ch.isalpha())
    return letters > 0 and latin / letters > _LATIN_THRESHOLD


_Y_AS_VOWEL = re.compile(r"(?<=[аәоөұүыіеиуэюя])й(?=[^аәоөұүыіеиуэюя])")


def _vowel_for_y(match: re.Match[str]) -> str:
    return "ы"


@lru_cache(maxsize=200_000)
def word_analysis(word: str) -> tuple[frozenset[str], tuple[tuple[str, frozenset[str]], ...]]:
    """Keys of a lowercase Cyrillic Kazakh word and (key, features) for each stem."""
    keys = {kk.fold(word)}
    feats: dict[str, set[str]] = {}
    for analysis in kk.analyse(word):
        key = kk.fold(analysis.stem)
        keys.add(key)
        feats.setdefault(key, set()).update(analysis.features)
    return frozenset(keys), tuple((k, frozenset(v)) for k, v in feats.items())


class KazakhBackend:
    """Kazakh tokens (Cyrillic or Latin script) with folded stem keys and case features per stem."""

    code = "kk"
    name = "Kazakh (targetlens suffix analyser)"

    def tokens(self, text: str, start: int, end: int) -> list[Token]:
        segment = text[start:end]
        if is_latin(segment):
            converted, offsets = kk.latin_to_cyrillic(segment)
            words = regex_words(converted, 0, len(converted))
            spans = [kk.source_span(offsets, s, e) for _w, s, e in words]
            pairs = [(w, start + s, start + e) for (w, _s, _e), (s, e) in zip(words, spans, strict=True)]
            latin = True
        else:
            pairs = regex_words(text, start, end)
            latin = False
        out = []
        for word, s, e in pairs:
            keys, per_key = word_analysis(word.lower())
            if latin and "й" in word.lower():  # informal "y"/"i" after a vowel may be ы/і ("tuyn" = туын)
                alt_keys, alt_feats = word_analysis(_Y_AS_VOWEL.sub(_vowel_for_y, word.lower()))
                keys, per_key = keys | alt_keys, per_key + alt_feats
            feats = {"latin"} if latin else set()
            if text[s : s + 1].isupper():
                feats.add("cap")
            key_feats = {k: v for k, v in per_key}
            if any("pl" in v for v in key_feats.values()):
                feats.add("pl")
            else:
                feats.add("sg")
            if any(v & FINITE and not v & NOMINAL for v in key_feats.values()):
                feats.add("verb")
            out.append(Token(text[s:e], s, e, keys, "", frozenset(feats), key_feats))
        return out

    def tokens_many(self, text: str, spans: list[tuple[int, int]]) -> list[list[Token]]:
        return [self.tokens(text, s, e) for s, e in spans]

    def name_keys(self, phrase: str) -> tuple[str, ...]:
        words = [w for w, _s, _e in regex_words(phrase, 0, len(phrase)) if w[0].isalnum()]
        return tuple(kk.fold(w.lower()) for w in words)

    def is_known(self, word: str) -> bool:
        """No dictionary to check against: only leetspeak and spaced-out letters are normalised."""
        return True

    def pattern_key(self, word: str) -> str:
        return kk.fold(word.lower())
