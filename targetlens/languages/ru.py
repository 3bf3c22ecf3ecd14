"""Russian back end: regex tokens, pymorphy3 lemmas and grammatical case."""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any

from targetlens.errors import BackendUnavailable
from targetlens.languages.base import regex_words
from targetlens.model.document import Token

_CASES = {"nomn": "nom", "gent": "gen", "datv": "dat", "accs": "acc", "ablt": "ins", "loct": "loc", "gen2": "gen"}


_PROPER = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Trad"})
_NAME_ENDINGS = ("ами", "ями", "ом", "ем", "ым", "им", "ой", "ей", "ую", "а", "я", "у", "ю", "е", "ы", "и")


def _name_stems(word: str) -> frozenset[str]:
    """Declined proper names the dictionary does not know: "Токаева" → "токаев", "Цзиньпину" → "цзиньпин"."""
    return frozenset(word[: -len(e)] for e in _NAME_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3)


_ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя"


def _edits(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    out.discard(word)
    return out


class RussianBackend:
    """Russian tokens with keys {lowercase, every pymorphy3 normal form}; case features per key."""

    code = "ru"
    name = "Russian (pymorphy3)"

    def __init__(self) -> None:
        try:
            import pymorphy3
        except ImportError as exc:  # pragma: no cover - environment dependent
            raise BackendUnavailable("pymorphy3 is not installed: pip install pymorphy3 pymorphy3-dicts-ru") from exc
        self._morph: Any = pymorphy3.MorphAnalyzer()
        self._analyse = lru_cache(maxsize=200_000)(self._analyse_uncached)

    def suggest_keys(self, word: str, wanted: frozenset[str]) -> frozenset[str]:
        """Lemmas, among `wanted`, of dictionary words one edit away from a misspelt word ("ненавжу")."""
        found: set[str] = set()
        for variant in _edits(word.replace("ё", "е")):
            if self._morph.word_is_known(variant):
                found |= {p.normal_form.replace("ё", "е") for p in self._morph.parse(variant)} & wanted
        return frozenset(found) if 0 < len(found) <= 2 else frozenset()

    def is_known(self, word: str) -> bool:
        """Whether the Russian dictionary knows this word (used by language identification)."""
        return bool(self._morph.word_is_known(word.lower()))

    def tokens(self, text: str, start: int, end: int) -> list[Token]:
        out = []
        for word, s, e in regex_words(text, start, end):
            keys, feats, key_feats, pos, _lemma = self._analyse(word.lower().replace("ё", "е"))
            extra = {"cap"} if word[:1].isupper() else set()
            if word[:1].isupper():
                keys = keys | _name_stems(word.lower().replace("ё", "е"))
            out.append(Token(word, s, e, keys, pos, feats | extra, key_feats))
        return out

    def tokens_many(self, text: str, spans: list[tuple[int, int]]) -> list[list[Token]]:
        return [self.tokens(text, s, e) for s, e in spans]

    def name_keys(self, phrase: str) -> tuple[str, ...]:
        words = [w for w, _s, _e in regex_words(phrase, 0, len(phrase)) if w[0].isalnum()]
        return tuple(self._name_key(w) for w in words)

    def name_variants(self, phrase: str) -> list[tuple[str, ...]]:
        """Key sequences of a name: each capitalised word by its lemma and as written ("Токаев" is also a noun)."""
        words = [w for w, _s, _e in regex_words(phrase, 0, len(phrase)) if w[0].isalnum()]
        options = [
            sorted({self._name_key(w), w.lower().replace("ё", "е")}) if w[:1].isupper() else [self._name_key(w)]
            for w in words
        ]
        variants = [tuple(p) for p in itertools.product(*options)]
        return variants[:8]

    def _name_key(self, word: str) -> str:
        """Dictionary words by their lemma; unknown proper names ("Токаев") as written, lowercased."""
        lower = word.lower().replace("ё", "е")
        if word[:1].isupper():
            for parse in self._morph.parse(lower):
                if parse.tag.grammemes & _PROPER:
                    return str(parse.normal_form).replace("ё", "е")
            if not self._morph.word_is_known(lower):
                return lower
        return self._analyse(lower)[4]

    def pattern_key(self, word: str) -> str:
        return word.lower().replace("ё", "е")

    def _analyse_uncached(
        self, word: str
    ) -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]], str, str]:
        parses = self._morph.parse(word)
        keys = {word}
        key_feats: dict[str, set[str]] = {}
        feats: set[str] = set()
        best = parses[0]
        for p in parses:
            if p.score < 0.01 and p is not best:
                continue
            nf = p.normal_form.replace("ё", "е")
            keys.add(nf)
            f = key_feats.setdefault(nf, set())
            case = _CASES.get(str(p.tag.case)) if p.tag.case else None
            if case:
                f.add(case)
            if p.tag.number == "plur":
                f.add("pl")
        pos = str(best.tag.POS or "")
        if pos in {"VERB", "INFN", "PRTS", "PRTF", "GRND"}:
            feats.add("verb")
        if pos == "PRTS" or (pos == "VERB" and "pssv" in best.tag):
            feats.add("participle")
        if best.tag.number == "plur":
            feats.add("pl")
        elif best.tag.number == "sing":
            feats.add("sg")
        frozen = {k: frozenset(v) for k, v in key_feats.items()}
        return frozenset(keys), frozenset(feats), frozen, pos, best.normal_form.replace("ё", "е")
