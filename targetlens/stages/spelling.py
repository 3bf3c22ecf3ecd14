"""Spelling variation: leetspeak, swapped, missing and added letters, spaced-out and run-together words.

Users and trolls write "h4te", "haet", "hatrd", "h a t e", "Ihate". Tokens keep their original text and offsets;
this stage only adds matching keys (the word it most likely stands for) and merges or splits tokens, so every
span still points at the user's own characters. Corrections aim only at the words the lexicons and the
ontology use — correcting other typos would change nothing — and only tokens the language's dictionary does
not know are corrected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from targetlens.model.document import Token

LEET = str.maketrans({"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", "$": "s", "7": "t"})
MIN_FUZZY = 4  # shorter words are corrected only for leetspeak
MAX_READINGS = 2  # "womn" may be "women" or "woman": both keys are kept, more is guessing


class SpellingIndex:
    """Words worth correcting towards, with a single-deletion neighbourhood index (SymSpell, distance 1)."""

    def __init__(self, targets: Iterable[tuple[str, str]]) -> None:
        """`targets`: (surface form, matching key) pairs, e.g. ("hated", "hate")."""
        self._keys: dict[str, set[str]] = {}
        self._neighbours: dict[str, set[str]] = {}
        self._all_keys: frozenset[str] | None = None
        for surface, key in targets:
            if len(surface) < MIN_FUZZY or not surface.isalpha():
                continue
            self._keys.setdefault(surface, set()).add(key)
            for variant in _deletions(surface) | {surface}:
                self._neighbours.setdefault(variant, set()).add(surface)

    def __len__(self) -> int:
        return len(self._keys)

    @property
    def keys(self) -> frozenset[str]:
        """Every matching key the index aims at."""
        if self._all_keys is None:
            self._all_keys = frozenset(k for keys in self._keys.values() for k in keys)
        return self._all_keys

    def correct(self, word: str) -> tuple[str, frozenset[str]] | None:
        """(surface, keys) of the single best target within one edit (incl. a transposition), or None."""
        if word in self._keys:
            return word, frozenset(self._keys[word])
        if len(word) < MIN_FUZZY:
            return None
        found: set[str] = set()
        for variant in _deletions(word) | {word}:
            found |= self._neighbours.get(variant, set())
        found = {f for f in found if _within_one(word, f)}
        if not found:
            return None
        best = min(_edit_rank(word, f) for f in found)
        found = {f for f in found if _edit_rank(word, f) == best}
        keys = {k for f in found for k in self._keys[f]}
        if len(keys) > MAX_READINGS:
            return None  # too ambiguous: leave it alone
        return min(found), frozenset(keys)


Suggest = Callable[[str, frozenset[str]], frozenset[str]]


def normalise_tokens(
    tokens: list[Token], text: str, index: SpellingIndex, known: Callable[[str], bool], suggest: Suggest | None = None
) -> list[Token]:
    """Merge spaced-out letters, split run-together words, and add corrected keys to unknown tokens.

    `suggest` (optional, from an inflecting language's back end) proposes keys for a misspelt inflected
    form ("ненавжу" → "ненавидеть") among the keys the index aims at.
    """
    tokens = _merge_spaced_letters(tokens, text, index, known)
    names = _proper_name_runs(tokens, lambda t: known(t.text.lower()) or bool(t.keys & index.keys))
    out: list[Token] = []
    for i, token in enumerate(tokens):
        split = _split_run_together(token, index, known)
        if i in names and not split:
            out.append(token)  # "Hong Kong", "Alimnur Turganbay": a multi-word proper name is not a typo
            continue
        fixed = split or [_corrected(token, index, known)]
        if suggest is not None and len(fixed) == 1 and fixed[0] is token and _worth_suggesting(token, known):
            keys = suggest(token.text.lower(), index.keys)
            if keys:
                fixed = [_with_keys(token, set(keys), f"spelling '{token.text}' → {', '.join(sorted(keys))}")]
        out.extend(fixed)
    return out


def _proper_name_runs(tokens: list[Token], familiar: Callable[[Token], bool]) -> set[int]:
    """Indices of runs of two or more capitalised words that no dictionary or lexicon knows ("Hong Kong")."""
    capital = [t.text[:1].isupper() and t.text[1:2].islower() and t.text.isalpha() and not familiar(t) for t in tokens]
    out: set[int] = set()
    for i in range(1, len(tokens)):
        if capital[i] and capital[i - 1]:
            out |= {i - 1, i}
    return out


def _worth_suggesting(token: Token, known: Callable[[str], bool]) -> bool:
    lower = token.text.lower()
    return len(lower) >= MIN_FUZZY + 1 and lower.isalpha() and not token.text[:1].isupper() and not known(lower)


def _corrected(token: Token, index: SpellingIndex, known: Callable[[str], bool]) -> Token:
    lower = token.text.lower()
    if not any(ch.isalpha() for ch in lower):
        return token
    unleet = lower.translate(LEET)
    if unleet == lower and (known(lower) or not lower.isalpha()):
        return token
    if unleet != lower and not unleet.isalpha():
        return token
    if unleet == lower and token.keys & index.keys:
        return token  # its own lemma is a lexicon or ontology word ("педики" → педик): not a typo of another one
    hit = index.correct(unleet)
    if hit is None:
        if unleet != lower:
            return _with_keys(token, {unleet}, f"leetspeak '{token.text}' → '{unleet}'")
        return token
    surface, keys = hit
    if surface == lower:  # a word the dictionary lacks but the lexicon has ("children"): add keys, no note
        return _with_keys(token, set(keys), "")
    how = "leetspeak" if unleet != lower else "spelling"
    return _with_keys(token, {surface, *keys}, f"{how} '{token.text}' → '{surface}'")


def _merge_spaced_letters(tokens: list[Token], text: str, index: SpellingIndex, known: Callable[[str], bool]):
    """ "h a t e" → one token "hate" spanning the original letters and spaces."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and _single_letter(tokens[j].text):
            j += 1
            if tokens[j - 1].text.endswith("."):
                break  # "s c u m." : the tokenizer kept the full stop on the last letter
        if j - i >= 3:
            merged = _best_join(tokens[i:j], text, index, known)
            if merged:
                out.extend(merged)
                i = j
                continue
        out.append(tokens[i])
        i += 1
    return out


def _best_join(run: list[Token], text: str, index: SpellingIndex, known: Callable[[str], bool]) -> list[Token]:
    for a, b in ((0, len(run)), (1, len(run)), (0, len(run) - 1)):
        if b - a < 3:
            continue
        word = "".join(t.text.rstrip(".") for t in run[a:b]).lower()
        if index.correct(word) or known(word):
            start, end = run[a].start, run[b - 1].end
            keys = {word} | (index.correct(word) or ("", frozenset()))[1]
            merged = Token(text[start:end], start, end, frozenset(keys), "NOUN", frozenset({"spelling"}))
            merged.notes = [f"spaced-out letters '{text[start:end]}' → '{word}'"]
            return [*run[:a], merged, *run[b:]]
    return []


def _single_letter(text: str) -> bool:
    return (len(text) == 1 and text.isalpha()) or (len(text) == 2 and text[0].isalpha() and text[1] == ".")


def _split_run_together(token: Token, index: SpellingIndex, known: Callable[[str], bool]) -> list[Token]:
    """ "Ihate" → "I" + "hate"; only when one part is a lexicon or ontology word and the other is a word."""
    word = token.text
    lower = word.lower()
    if len(lower) < 5 or not lower.isalpha() or known(lower) or index.correct(lower):
        return []
    for cut in range(1, len(lower)):
        left, right = lower[:cut], lower[cut:]
        left_hit, right_hit = index.correct(left) if len(left) >= MIN_FUZZY else None, index.correct(right)
        if (left_hit and right_hit and left_hit[0] == left and right_hit[0] == right) or (
            (left_hit and left_hit[0] == left and known(right)) or (right_hit and right_hit[0] == right and known(left))
        ):
            first = Token(
                word[:cut], token.start, token.start + cut, frozenset({left} | _keys(left_hit)), "", frozenset()
            )
            second = Token(
                word[cut:], token.start + cut, token.end, frozenset({right} | _keys(right_hit)), "", frozenset()
            )
            second.notes = [f"run-together words '{word}' → '{left} {right}'"]
            return [first, second]
    return []


def _keys(hit: tuple[str, frozenset[str]] | None) -> frozenset[str]:
    return hit[1] if hit else frozenset()


def _with_keys(token: Token, keys: set[str], note: str) -> Token:
    fixed = Token(
        token.text, token.start, token.end, token.keys | frozenset(keys), token.pos, token.feats, token.key_feats
    )
    fixed.notes = [*token.notes, note] if note else list(token.notes)
    return fixed


def _edit_rank(typo: str, target: str) -> int:
    """Which single edit is likelier: a dropped letter, then swapped letters, then a wrong one, then an extra one."""
    if len(target) == len(typo) + 1:
        return 0
    if len(target) == len(typo):
        return 1 if sorted(target) == sorted(typo) else 2
    return 3


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _within_one(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance <= 1."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
