"""The interface every language back end implements, and the shared tokenizer for ru/kk."""

from __future__ import annotations

import re
from typing import Protocol

from targetlens.model.document import Token

WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]", re.UNICODE)


class LanguageBackend(Protocol):
    """Turns a statement's text into tokens with keys; compiles data words into the same key space."""

    code: str
    name: str

    def tokens(self, text: str, start: int, end: int) -> list[Token]:
        """Tokens of text[start:end] with offsets into `text`."""
        ...

    def tokens_many(self, text: str, spans: list[tuple[int, int]]) -> list[list[Token]]:
        """Tokens of several spans of one text; a back end may batch the work."""
        ...

    def name_keys(self, phrase: str) -> tuple[str, ...]:
        """Key sequence of an ontology name (each word in its matching form)."""
        ...

    def pattern_key(self, word: str) -> str:
        """Key form of a lexicon pattern word."""
        ...

    def is_known(self, word: str) -> bool:
        """Whether the language's dictionary knows this lowercase word (unknown words may be misspelt)."""
        ...


def regex_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(word, start, end) for words and single punctuation marks of text[start:end]."""
    return [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text, start, end)]


def cheap_singular(word: str) -> str:
    """A conservative English plural → singular fold used only as an extra matching key."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
