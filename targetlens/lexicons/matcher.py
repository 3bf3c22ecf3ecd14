"""Compile lexicon token patterns into the key space of a language and find them in statements.

Pattern syntax (see SCHEMA.md): `word`, `=surface`, `a|b`, `pref*`, `_` (any token), `~` (gap of 0-3 tokens; a gap may
cross a comma or an apostrophe, never other punctuation).
"""

from __future__ import annotations

from dataclasses import dataclass

from targetlens.languages.base import LanguageBackend
from targetlens.lexicons.loader import CueEntry, LexiconError
from targetlens.model.document import Token

MAX_GAP = 3


@dataclass(frozen=True)
class TokenTest:
    """One position of a pattern."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    surface: frozenset[str] = frozenset()
    any: bool = False
    gap: bool = False

    def accepts(self, token: Token) -> bool:
        if self.any:
            return True
        if not self.exact.isdisjoint(token.keys):
            return True
        if self.surface and token.lower in self.surface:
            return True
        return any(k.startswith(p) for p in self.prefixes for k in token.keys)


@dataclass(frozen=True)
class CompiledPattern:
    entry: CueEntry
    tests: tuple[TokenTest, ...]
    source: str


@dataclass(frozen=True)
class PatternHit:
    entry: CueEntry
    first: int
    last: int
    gaps: frozenset[int] = frozenset()  # token indices covered by `~` or `_`, not named by the pattern


def compile_pattern(entry: CueEntry, pattern: str, backend: LanguageBackend) -> CompiledPattern:
    tests: list[TokenTest] = []
    for part in pattern.split():
        if part == "_":
            tests.append(TokenTest(any=True))
        elif part == "~":
            tests.append(TokenTest(gap=True))
        else:
            exact, prefixes, surface = set(), [], set()
            for alt in part.split("|"):
                if not alt:
                    raise LexiconError(f"{entry.id}: empty alternative in pattern {pattern!r}")
                if alt.startswith("=") and len(alt) > 1:
                    surface.add(alt[1:].lower())
                elif alt.endswith("*") and len(alt) > 1:
                    prefixes.append(backend.pattern_key(alt[:-1]))
                else:
                    exact.add(backend.pattern_key(alt))
            tests.append(TokenTest(frozenset(exact), tuple(prefixes), frozenset(surface)))
    if not tests or tests[0].gap or tests[-1].gap or tests[0].any:
        raise LexiconError(f"{entry.id}: pattern {pattern!r} must start and end with a word")
    return CompiledPattern(entry, tuple(tests), pattern)


class CueMatcher:
    """All patterns of one language; `find` returns the hits in a token list."""

    def __init__(self, entries: tuple[CueEntry, ...], backend: LanguageBackend) -> None:
        self._by_key: dict[str, list[CompiledPattern]] = {}
        self._by_prefix: dict[str, list[CompiledPattern]] = {}
        self.size = 0
        for entry in entries:
            for pattern in entry.patterns:
                compiled = compile_pattern(entry, pattern, backend)
                first = compiled.tests[0]
                for key in first.exact | {backend.pattern_key(w) for w in first.surface}:
                    self._by_key.setdefault(key, []).append(compiled)
                for prefix in first.prefixes:
                    self._by_prefix.setdefault(prefix, []).append(compiled)
                self.size += 1
        self._prefix_lengths = sorted({len(p) for p in self._by_prefix})

    def find(self, tokens: list[Token]) -> list[PatternHit]:
        hits: list[PatternHit] = []
        for i, token in enumerate(tokens):
            for compiled in self._candidates(token):
                if not compiled.tests[0].accepts(token):
                    continue  # indexed by key; a written-form test ("=жерімізді") must still hold as written
                found = _match(compiled.tests, 1, tokens, i + 1)
                if found is not None:
                    hits.append(PatternHit(compiled.entry, i, found[0], frozenset(found[1])))
        return _dedupe(hits)

    def _candidates(self, token: Token) -> list[CompiledPattern]:
        out: list[CompiledPattern] = []
        seen: set[int] = set()
        for key in token.keys:
            for c in self._by_key.get(key, ()):
                if id(c) not in seen:
                    seen.add(id(c))
                    out.append(c)
            for n in self._prefix_lengths:
                if n > len(key):
                    break
                for c in self._by_prefix.get(key[:n], ()):
                    if id(c) not in seen:
                        seen.add(id(c))
                        out.append(c)
        return out


def _match(tests: tuple[TokenTest, ...], t: int, tokens: list[Token], i: int) -> tuple[int, tuple[int, ...]] | None:
    """(index after the match, indices covered by gaps) of tests[t:] starting at token i, or None."""
    if t == len(tests):
        return i, ()
    test = tests[t]
    if test.gap:
        for skip in range(MAX_GAP + 1):
            if i + skip > len(tokens):
                break
            if skip and not (tokens[i + skip - 1].text[:1].isalnum() or tokens[i + skip - 1].text[:1] in "'’,"):
                break  # a gap never crosses punctuation
            found = _match(tests, t + 1, tokens, i + skip)
            if found is not None:
                return found[0], tuple(range(i, i + skip)) + found[1]
        return None
    if i < len(tokens) and test.accepts(tokens[i]):
        found = _match(tests, t + 1, tokens, i + 1)
        if found is not None and test.any:
            return found[0], (i, *found[1])
        return found
    return None


def _dedupe(hits: list[PatternHit]) -> list[PatternHit]:
    """Keep, per kind, only hits not contained in a longer hit of the same kind."""
    hits.sort(key=lambda h: (h.first, -(h.last - h.first), h.entry.id))
    kept: list[PatternHit] = []
    for h in hits:
        if any(k.entry.kind == h.entry.kind and k.first <= h.first and h.last <= k.last for k in kept):
            continue
        kept.append(h)
    return kept
