"""Kazakh helpers: Latin→Cyrillic transliteration with offsets, a Latin-Kazakh score, a folding key and a
vowel-harmony-aware suffix stripper (there is no Kazakh lemmatiser we can ship, so this is ours)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from targetlens.languages import kk_suffixes as T

# --- transliteration ----------------------------------------------------------------------------------------
_SINGLE = {
    "a": "а", "ä": "ә", "á": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "é": "е", "f": "ф",
    "g": "г", "ğ": "ғ", "ǵ": "ғ", "h": "х", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ñ": "ң",
    "ń": "ң", "o": "о", "ö": "ө", "ó": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т",
    "u": "у", "ū": "ұ", "ü": "ү", "ú": "ү", "ý": "у", "v": "в", "w": "у", "x": "х", "z": "з",
}  # fmt: skip
_H_DIGRAPHS = {"s": "ш", "c": "ч", "z": "ж", "k": "х", "g": "ғ"}  # sh ch zh kh gh
_DOTTED_I = "\u0130"  # İ: the 2021 alphabet's и/й
_LAT_VOWELS = frozenset("aeiıyouäáöóüúūýé" + _DOTTED_I)
_LAT_BACK = frozenset("aoūy")
_LAT_FRONT = frozenset("eäáöóüúé")
_CYR_VOWELS = T.VOWELS


def _units(word: str) -> list[tuple[str, bool, int]]:
    """(lowercase letter, was upper, source index) per letter, a base + combining mark counting as one."""
    units: list[tuple[str, bool, int]] = []
    for i, ch in enumerate(word):
        if unicodedata.combining(ch) and units:
            low, up, src = units[-1]
            merged = unicodedata.normalize("NFC", low + ch)
            units[-1] = (merged if len(merged) == 1 else low, up, src)
            continue
        low = ch if ch == _DOTTED_I else ch.lower()
        units.append((low if len(low) == 1 else ch, ch.isupper(), i))
    return units


def _dotless_is_back(units: list[tuple[str, bool, int]], k: int) -> bool:
    """Whether a consonant-adjacent ı reads as ы (Turkish-keyboard habit) rather than і (2021 alphabet)."""
    for j in [*range(k - 1, -1, -1), *range(k + 1, len(units))]:
        ch = units[j][0]
        if ch in _LAT_BACK:
            return True
        if ch in _LAT_FRONT:
            return False
    return False


def _convert_word(word: str, base: int, out: list[str], offs: list[int]) -> None:
    units = _units(word)
    n = len(units)
    prev_vowel = False

    def emit(cyr: str, upper: bool, src: int) -> None:
        nonlocal prev_vowel
        out.append(cyr.upper() if upper else cyr)
        offs.append(base + src)
        prev_vowel = cyr in _CYR_VOWELS

    k = 0
    while k < n:
        c, up, src = units[k]
        nxt = units[k + 1][0] if k + 1 < n else ""
        after = units[k + 2][0] if k + 2 < n else ""
        if c in _H_DIGRAPHS and nxt == "h":
            emit(_H_DIGRAPHS[c], up, src)
            k += 2
        elif c == "t" and nxt == "s" and k == 0:
            emit("ц", up, src)
            k += 2
        elif c == "n" and nxt == "g" and after not in _LAT_VOWELS:
            emit("ң", up, src)
            k += 2
        elif c in "iıy" and nxt in ("a", "u"):
            _, up2, src2 = units[k + 1]
            if k > 0 and not prev_vowel:
                emit("и", up, src)  # partiya, Aziya: consonant + ия
                emit("я" if nxt == "a" else "ю", up2, src2)
            else:
                emit("я" if nxt == "a" else "ю", up, src)
            k += 2
        else:
            if c in ("i", "ı", "y", _DOTTED_I) and prev_vowel:
                cyr = "й"
            elif c == "i":
                cyr = "і"
            elif c == _DOTTED_I:
                cyr = "и"
            elif c == "ı":
                cyr = "ы" if _dotless_is_back(units, k) else "і"
            elif c == "y":
                cyr = "й" if k == 0 and nxt in _LAT_VOWELS else "ы"
            else:
                cyr = _SINGLE.get(c, "")
            if cyr:
                emit(cyr, up, src)
            else:  # not a Latin letter we know: pass through unchanged
                out.append(word[src])
                offs.append(base + src)
                prev_vowel = c in _CYR_VOWELS
            k += 1


def latin_to_cyrillic(text: str) -> tuple[str, list[int]]:
    """Transliterate Latin-script Kazakh (2021, 2018 acute, informal) to Cyrillic; offsets[i] is the index in
    `text` of the character that produced converted[i], offsets[-1] == len(text). Non-letters pass through."""
    out: list[str] = []
    offs: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isalpha():
            j = i + 1
            while j < n and (text[j].isalpha() or unicodedata.combining(text[j])):
                j += 1
            _convert_word(text[i:j], i, out, offs)
            i = j
        else:
            out.append(text[i])
            offs.append(i)
            i += 1
    offs.append(n)
    return "".join(out), offs


def source_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map the [start, end) span of a converted string back to the [start, end) span of the original."""
    return offsets[start], offsets[end]


# --- Latin-Kazakh score -------------------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_]+")
_Q_NOT_U = re.compile(r"q(?!u)")
_CYC = re.compile(r"[^aeiouyıäáöóüúūé]y[^aeiouyıäáöóüúūé]")


def _is_latin(word: str) -> bool:
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in word)


def latin_kazakh_score(text: str) -> float:
    """0..1: how likely a Latin-script text is Kazakh rather than English or another language."""
    words = [w for w in _WORD_RE.findall(text.replace(_DOTTED_I, "i").lower()) if _is_latin(w)]
    if not words:
        return 0.0
    kk = en = 0.0
    for w in words:
        if w in T.EN_WORDS:
            en += 2.0
        if any(b in w for b in T.EN_BIGRAMS):
            en += 1.0
        if len(w) >= 5 and w.endswith(T.EN_ENDINGS):
            en += 1.0
        if any(ch in T.KK_LETTERS for ch in w):
            kk += 2.0
        if w in T.KK_WORDS or w.startswith(T.KK_STEMS):
            kk += 2.0
        elif w in T.KK_WEAK_WORDS:
            kk += 0.5
        if _Q_NOT_U.search(w):
            kk += 1.5
        if len(w) >= 5 and w.endswith(T.KK_ENDINGS):
            kk += 0.75
        if _CYC.search(w):
            kk += 1.0
    return kk / (kk + en + 1.0)


# --- folding ------------------------------------------------------------------------------------------------
_FOLD = str.maketrans("әөүұійығқңһё", "аоууииигкнхе")


def fold(word: str) -> str:
    """Lossy matching key: lowercase, then ә→а ө→о ү/ұ→у і/й/ы→и ғ→г қ→к ң→н һ→х ё→е.

    ы joins і/и/й because informal Latin writes "y" and "i" for all four ("tuyn" = туын, "qytai" = қытай).
    """
    return word.lower().translate(_FOLD)


# --- suffix analysis ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KkAnalysis:
    """One segmentation: lowercase Cyrillic stem, stripped suffixes left to right, morphological features."""

    stem: str
    suffixes: tuple[str, ...]
    features: frozenset[str]


_DEVOICE = {"г": "к", "ғ": "қ", "б": "п"}  # елшілігі → елшілік, кітабы → кітап
_DROP_C1 = frozenset("лрйуңнз")  # халқы → халық, ерні → ерін, мұрны → мұрын, аузы → ауыз
_DROP_C2 = frozenset("қкнлзмрп")
_Raw = tuple[int, int, str, tuple[str, ...], frozenset[str]]  # (cut length, restored, stem, suffixes, feats)


def _final_classes(stem: str) -> frozenset[str]:
    stem = stem.rstrip("ьъ")
    return T.CLASSES.get(stem[-1], frozenset()) if stem else frozenset()


def _harmony_ok(stem: str, harmony: str | None) -> bool:
    """Suffix vowel agrees with the stem's last decisive vowel; no decisive vowel never rejects."""
    if harmony is None:
        return True
    for idx in range(len(stem) - 1, -1, -1):
        ch = stem[idx]
        if ch in T.BACK_VOWELS:
            return harmony == "back"
        if ch in T.FRONT_VOWELS:
            return harmony == "front"
        if ch in T.NEUTRAL_VOWELS and not (idx > 0 and stem[idx - 1] in T.VOWELS):
            return True  # и/у/ю as vowels allow both; after a vowel they are glides, keep looking
    return True


def _is_back(stem: str) -> bool:
    return _harmony_ok(stem, "back") and not _harmony_ok(stem, "front")


def _walk(
    rem: str, right: str, need: frozenset[str], sufs: tuple[str, ...], feats: frozenset[str], out: list[_Raw]
) -> None:
    """Strip one more suffix off `rem` (whose right neighbour is of kind `right`), recursing leftwards."""
    if not need and sufs:
        out.append((len(rem), 0, rem, sufs, feats))
    for size in range(1, min(T.MAX_SUFFIX, len(rem) - 2) + 1):
        for suf in T.SUFFIXES.get(rem[-size:], ()):
            if right not in T.RIGHT_OK[suf.kind] or (need and not need & suf.feats):
                continue
            surface = rem[:-size]
            stem = surface + suf.restore
            if suf.stems and stem not in suf.stems:
                continue
            cls = _final_classes(stem)
            if suf.classes and cls and not cls & suf.classes:
                continue
            if not _harmony_ok(stem, suf.harmony):
                continue
            new_sufs, new_feats = suf.parts + sufs, feats | suf.feats
            _walk(stem, suf.kind, suf.need, new_sufs, new_feats, out)
            if suf.need or suf.parts[0][0] not in T.VOWELS:
                continue
            if stem[-1] in _DEVOICE:
                out.append((len(surface), 1, stem[:-1] + _DEVOICE[stem[-1]], new_sufs, new_feats))
            if (
                suf.kind == "POSS"
                and len(stem) >= 3
                and stem[-3] in T.VOWELS
                and stem[-2] in _DROP_C1
                and stem[-1] in _DROP_C2
            ):
                vowel = "ы" if _is_back(stem) else "і"
                out.append((len(surface), 1, stem[:-1] + vowel + stem[-1], new_sufs, new_feats))


@lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[KkAnalysis, ...]:
    """All plausible segmentations of a Kazakh word, the word itself first, then by decreasing stem length.
    Latin-script input is transliterated first."""
    w = word.strip().lower()
    if any("a" <= ch <= "z" or ch in T.KK_LETTERS for ch in w):
        w = latin_to_cyrillic(w)[0]
    raw: list[_Raw] = []
    _walk(w, "END", frozenset(), (), frozenset(), raw)
    raw.sort(key=lambda r: (-r[0], len(r[3]), r[1], r[2], r[3], sorted(r[4])))
    seen: set[tuple[str, tuple[str, ...], frozenset[str]]] = set()
    result = [KkAnalysis(w, (), frozenset())]
    for _cut, _restored, stem, sufs, feats in raw:
        if (stem, sufs, feats) not in seen:
            seen.add((stem, sufs, feats))
            result.append(KkAnalysis(stem, sufs, feats))
    return tuple(result)


def stems(word: str) -> frozenset[str]:
    """Every stem `analyse` proposes for a word, the word itself included."""
    return frozenset(a.stem for a in analyse(word))
