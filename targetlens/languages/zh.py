"""Chinese back end: jieba segmentation; target recognition only (cue lexicon is small)."""

from __future__ import annotations

from typing import Any

from targetlens.errors import BackendUnavailable
from targetlens.model.document import Token


class ChineseBackend:
    """Chinese tokens from jieba; the key is the token itself."""

    code = "zh"
    name = "Chinese (jieba)"

    def __init__(self) -> None:
        try:
            import jieba
        except ImportError as exc:  # pragma: no cover - environment dependent
            raise BackendUnavailable("jieba is not installed: pip install jieba") from exc
        jieba.setLogLevel(60)
        self._jieba: Any = jieba

    def add_words(self, words: list[str]) -> None:
        """Teach the segmenter ontology names so that they come out as single tokens."""
        for w in words:
            self._jieba.add_word(w)

    def tokens(self, text: str, start: int, end: int) -> list[Token]:
        out = []
        for word, s, e in self._jieba.tokenize(text[start:end]):
            if word.strip():
                out.append(Token(word, start + s, start + e, frozenset({word.lower()})))
        return out

    def tokens_many(self, text: str, spans: list[tuple[int, int]]) -> list[list[Token]]:
        return [self.tokens(text, s, e) for s, e in spans]

    def name_keys(self, phrase: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in self._jieba.lcut(phrase) if w.strip())

    def is_known(self, word: str) -> bool:
        """No dictionary to check against: only leetspeak and spaced-out letters are normalised."""
        return True

    def pattern_key(self, word: str) -> str:
        return word.lower()
