"""Language per statement: script first, then dictionaries, then langid for everything else.

Kazakh in Cyrillic is told from Russian by its own letters and by words the Russian dictionary does not
know; Kazakh in Latin script by `latin_kazakh_score`. Short statements inherit the document's language when
their own evidence is weak. Any other language is reported as itself and not analysed as English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from targetlens.languages import kk

SUPPORTED = ("en", "ru", "kk", "zh")
#: langid has no Latin-script Kazakh; its guesses for it are other Turkic or unrelated languages with ü/ş/ğ.
TURKIC_LOOKALIKES = frozenset(
    {"tr", "az", "tk", "uz", "ky", "tt", "kk", "fi", "et", "hu", "lt", "lv", "sw", "id", "ms", "tl"}
)
#: Kazakh words and endings written without Kazakh-specific letters (the rest are caught by ә ғ қ ұ һ і).
KK_WORDS = frozenset({"мен", "бен", "пен", "бар", "олар", "осы", "сол", "деп", "емес", "бой", "тыс", "керек", "ешкім"})
KK_ENDINGS = (
    "сын",
    "сін",
    "мыз",
    "міз",
    "быз",
    "біз",
    "пыз",
    "ныз",
    "лар",
    "лер",
    "дар",
    "дер",
    "тар",
    "тер",
    "дың",
    "дің",
    "тың",
    "ның",
    "нің",
    "ға",
    "ге",
    "қа",
    "ке",
    "йды",
    "йді",
    "ады",
    "еді",
    "ыңдар",
    "ды",
    "ді",
    "ты",
    "ті",
    "ны",
    "ні",
    "лау",
    "леу",
    "дау",
    "деу",
    "тау",
    "теу",
)
_KK_LETTERS = set("әғқұһіӘҒҚҰҺІ")
_KY_LETTERS = set("ңөүҢӨҮ")
_UK_LETTERS = set("єїґЄЇҐ")
_BE_LETTERS = set("ўЎ")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class LanguageIdentifier:
    """Decides the language of one statement, given the document's language as a prior."""

    def __init__(self, russian_is_known: Callable[[str], bool], english_ratio: Callable[[list[str]], float]) -> None:
        self._ru_known = russian_is_known
        self._en_ratio = english_ratio
        self._langid: Any = None

    def script(self, text: str) -> str:
        counts = {"cyrl": 0, "latn": 0, "hani": 0, "other": 0}
        for ch in text:
            if not ch.isalpha():
                continue
            if "\u0400" <= ch <= "\u04ff":
                counts["cyrl"] += 1
            elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
                counts["latn"] += 1
            elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
                counts["hani"] += 1
            else:
                counts["other"] += 1
        best = max(counts, key=lambda k: counts[k])
        return best if counts[best] else "none"

    def identify(self, text: str, prior: str | None = None) -> tuple[str, str, str]:
        """Return (language code, script, reason)."""
        script = self.script(text)
        if script == "hani":
            return "zh", script, "Han characters"
        if script == "cyrl":
            lang, reason = self._cyrillic(text)
        elif script == "latn":
            lang, reason = self._latin(text)
        elif script == "none":
            return (prior or "und"), script, "no letters; document language used"
        else:
            lang, reason = self._langid_classify(text, None)
        if lang not in SUPPORTED and prior in SUPPORTED and len(_WORD.findall(text)) <= 3:
            return prior, script, f"{reason}; too short to overrule the document language {prior}"
        return lang, script, reason

    def _cyrillic(self, text: str) -> tuple[str, str]:
        letters = set(text)
        if letters & _KK_LETTERS:
            return "kk", "Kazakh-specific letters (ә ғ қ ұ һ і)"
        if letters & _UK_LETTERS:
            return "uk", "Ukrainian-specific letters"
        if letters & _BE_LETTERS:
            return "be", "Belarusian-specific letter ў"
        if letters & _KY_LETTERS:
            return self._langid_classify(text, ("kk", "ky", "mn", "tt", "ba"))
        found = _WORD.findall(text)
        words = [w.lower() for w in found if len(w) > 2 and not w[0].isupper()]
        words = words or [w.lower() for w in found]
        if not words:
            return "ru", "Cyrillic; no lowercase words, Russian assumed"
        unknown = [w for w in words if not self._ru_known(w)]
        kazakh = [w for w in unknown if w in KK_WORDS or w.endswith(KK_ENDINGS)]
        known = len(words) - len(unknown)
        if kazakh and (len(kazakh) > known or len(unknown) * 2 > len(words) and len(kazakh) >= known):
            return "kk", f"Kazakh words and endings unknown to the Russian dictionary: {', '.join(kazakh[:4])}"
        if kazakh and len(kazakh) == known:  # a tie: capitalised words ("Гейлер — ауру адамдар") break it
            names = [w.lower() for w in found if w[0].isupper() and w.lower() not in words]
            kazakh += [w for w in names if not self._ru_known(w) and w.endswith(KK_ENDINGS)]
            if len(kazakh) > known:
                return "kk", f"Kazakh words and endings unknown to the Russian dictionary: {', '.join(kazakh[:4])}"
        return "ru", "Cyrillic words known to the Russian dictionary"

    def _latin(self, text: str) -> tuple[str, str]:
        score = kk.latin_kazakh_score(text)
        if score >= 0.8:
            return "kk", f"Latin-script Kazakh (score {score:.2f})"
        if score >= 0.5:
            lang, reason = self._langid_classify(text, None)
            confident = self._langid.rank(text)[0][1] >= 0.9
            if confident and lang not in TURKIC_LOOKALIKES:
                return lang, f"{reason}; Latin-script Kazakh score {score:.2f} too weak to overrule"
            return "kk", f"Latin-script Kazakh (score {score:.2f})"
        all_words = _WORD.findall(text)
        words = [w.lower() for i, w in enumerate(all_words) if i == 0 or not w[:1].isupper()] or all_words
        non_english = any(not ch.isascii() for ch in text if ch.isalpha())
        ratio = self._en_ratio(words) if not non_english else 0.0
        if ratio >= 0.8:
            return "en", f"English words ({ratio:.0%} in the English vocabulary)"
        if ratio >= 0.5:
            lang, reason = self._langid_classify(text, None)
            ranked = self._langid.rank(text)
            if lang != "en" and ranked[0][1] < 0.95 and "en" in {code for code, _p in ranked[:3]}:
                return "en", f"English words ({ratio:.0%}); langid's first guess {lang} overruled"
            return lang, reason
        return self._langid_classify(text, None)

    def _langid_classify(self, text: str, restrict: tuple[str, ...] | None) -> tuple[str, str]:
        if self._langid is None:
            from langid.langid import LanguageIdentifier as _Lid
            from langid.langid import model

            self._langid = _Lid.from_modelstring(model, norm_probs=True)
        ranked = self._langid.rank(text)
        if restrict:
            ranked = [r for r in ranked if r[0] in restrict] or ranked
        lang, prob = ranked[0]
        return lang, f"langid: {lang} ({prob:.2f})"
