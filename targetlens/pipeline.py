"""The analyser: ordered stages over one working document, per-language back ends built once.

Each stage declares what it needs and what it adds; `Pipeline` checks the order when it is built, so a
mis-assembled pipeline fails at start-up (TL401), never half-way through a document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from targetlens.errors import PipelineError
from targetlens.languages.base import LanguageBackend
from targetlens.lexicons.loader import CueEntry, load_lexicon
from targetlens.lexicons.matcher import CueMatcher
from targetlens.model.document import WorkDocument, WorkStatement
from targetlens.model.results import CATEGORY_ORDER, Analysis, severity
from targetlens.ontology.index import NameIndex
from targetlens.ontology.loader import Ontology, load_ontology
from targetlens.rules.loader import load_rules
from targetlens.stages.clauses import split_clauses
from targetlens.stages.cues import CueFinder
from targetlens.stages.language import SUPPORTED, LanguageIdentifier
from targetlens.stages.mentions import MentionFinder
from targetlens.stages.resolve import resolve_document
from targetlens.stages.spelling import LEET, SpellingIndex, normalise_tokens
from targetlens.stages.spelling_targets import spelling_targets
from targetlens.stages.verdict import VerdictMaker
from targetlens.text.segment import quote_spans, split_sentences
from targetlens.versioning import ruleset_hash, tool_version

#: Mixed-language statements: names are also looked up in the other language written in the same script.
SECONDARY_NAMES = {("kk", "cyrl"): "ru", ("ru", "cyrl"): "kk", ("kk", "latn"): "en"}


@dataclass(frozen=True)
class Stage:
    name: str
    needs: frozenset[str]
    adds: frozenset[str]
    run: Callable[[WorkDocument], None]


class Pipeline:
    """Stages in order; construction fails if a stage needs what no earlier stage adds."""

    def __init__(self, stages: list[Stage]) -> None:
        have: set[str] = {"text"}
        for stage in stages:
            missing = stage.needs - have
            if missing:
                raise PipelineError(f"stage '{stage.name}' needs {sorted(missing)}, which no earlier stage adds")
            have |= stage.adds
        self.stages = stages

    def __call__(self, doc: WorkDocument) -> WorkDocument:
        for stage in self.stages:
            stage.run(doc)
            doc.done.add(stage.name)
        return doc


class LanguageKit:
    """Everything one language needs, built lazily once per analyser."""

    def __init__(self, code: str, factory: Callable[[], LanguageBackend], ontology: Ontology) -> None:
        self.code = code
        self._factory = factory
        self._ontology = ontology

    @cached_property
    def backend(self) -> LanguageBackend:
        backend = self._factory()
        if self.code == "zh":
            names = [n for e in self._ontology.entities.values() for f in e.forms.values() for n in f.get("zh", ())]
            backend.add_words(names)  # type: ignore[attr-defined]
        return backend

    @cached_property
    def mentions(self) -> MentionFinder:
        return MentionFinder(self._ontology, NameIndex(self._ontology, self.backend, self.code))

    @cached_property
    def cues(self) -> CueFinder:
        return CueFinder(CueMatcher(self.lexicon, self.backend), self.code)

    @cached_property
    def lexicon(self) -> tuple[CueEntry, ...]:
        return load_lexicon(self.code)

    @cached_property
    def spelling(self) -> SpellingIndex:
        return SpellingIndex(spelling_targets(self.code, self.lexicon, self._ontology, self.backend))


class Analyzer:
    """Builds the back ends, ontology, lexicons and rules once; `analyze(text)` runs the pipeline."""

    def __init__(
        self,
        languages: Iterable[str] = SUPPORTED,
        eager: bool = True,
        ontology_dir: Path | None = None,
        exemplars: bool = True,
    ) -> None:
        """`exemplars=False` is the fast mode: no embedding layer, lexicons and rules only."""
        from targetlens.languages.registry import backend_factories

        self.ontology = load_ontology(ontology_dir) if ontology_dir else load_ontology()
        self.rules = load_rules()
        factories = backend_factories()
        self.kits = {code: LanguageKit(code, factories[code], self.ontology) for code in languages}
        self._langid = LanguageIdentifier(self._russian_known, self._english_ratio)
        self._verdict = VerdictMaker(self.rules)
        self.version = tool_version()
        self.ruleset = ruleset_hash()
        self.pipeline = Pipeline(
            [
                Stage("segment", frozenset({"text"}), frozenset({"sentences"}), self._segment),
                Stage("language", frozenset({"sentences"}), frozenset({"language"}), self._language),
                Stage("tokens", frozenset({"language"}), frozenset({"tokens"}), self._tokens),
                Stage("spelling", frozenset({"tokens"}), frozenset({"spelling"}), self._spelling),
                Stage("mentions", frozenset({"tokens", "spelling"}), frozenset({"mentions"}), self._mentions),
                Stage("clauses", frozenset({"mentions"}), frozenset({"statements"}), self._clauses),
                Stage("cues", frozenset({"statements", "mentions"}), frozenset({"cues"}), self._cues),
                Stage("resolve", frozenset({"cues"}), frozenset({"readings"}), resolve_document),
            ]
        )
        self.exemplars = None
        if exemplars:
            from targetlens.exemplars.layer import ExemplarLayer

            self.exemplars = ExemplarLayer()
            self.pipeline.stages.append(Stage("exemplars", frozenset({"readings"}), frozenset(), self.exemplars))
        if eager:
            for kit in self.kits.values():
                if kit.code != "zh":
                    _ = kit.cues, kit.mentions, kit.spelling

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        """Analyse one text. `language` forces the language of every statement (ISO 639-1)."""
        doc = self.pipeline(WorkDocument(text, language_hint=language))
        statements = tuple(self._verdict.judge(st, text, f"s{i + 1}") for i, st in enumerate(doc.statements))
        summary = max((s.category for s in statements), key=severity, default=CATEGORY_ORDER[-1])
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        mode = "default" if self.exemplars else "fast"
        return Analysis(
            self.version, self.ruleset, digest, len(text), doc.language, statements, summary, tuple(doc.warnings), mode
        )

    # -- stages -------------------------------------------------------------------------------------------
    def _segment(self, doc: WorkDocument) -> None:
        for n, (s, e) in enumerate(split_sentences(doc.text)):
            doc.statements.append(WorkStatement(s, e, sentence_id=n, quote_spans=quote_spans(doc.text, s, e)))

    def _language(self, doc: WorkDocument) -> None:
        if doc.language_hint:
            for st in doc.statements:
                st.language, st.language_reason = doc.language_hint, "set by the user"
            doc.language = doc.language_hint
            return
        chars: dict[str, int] = {}
        for st in doc.statements:
            st.language, st.script, st.language_reason = self._langid.identify(doc.text[st.start : st.end])
            chars[st.language] = chars.get(st.language, 0) + st.end - st.start
        doc.language = max(sorted(chars), key=lambda k: chars[k]) if chars else "und"
        for st in doc.statements:
            if st.language not in SUPPORTED and doc.language in SUPPORTED:
                st.language, st.script, st.language_reason = self._langid.identify(
                    doc.text[st.start : st.end], doc.language
                )

    def _tokens(self, doc: WorkDocument) -> None:
        by_lang: dict[str, list[WorkStatement]] = {}
        for st in doc.statements:
            if st.language in self.kits:
                by_lang.setdefault(st.language, []).append(st)
            else:
                st.notes.append(f"language '{st.language}' is not supported: statement not analysed")
                if f"unsupported language: {st.language}" not in doc.warnings:
                    doc.warnings.append(f"unsupported language: {st.language}")
        for lang, sts in by_lang.items():
            token_lists = self.kits[lang].backend.tokens_many(doc.text, [(s.start, s.end) for s in sts])
            for st, tokens in zip(sts, token_lists, strict=True):
                st.tokens = tokens

    def _spelling(self, doc: WorkDocument) -> None:
        for st in doc.statements:
            if st.tokens:
                kit = self.kits[st.language]
                suggest = getattr(kit.backend, "suggest_keys", None)
                st.tokens = normalise_tokens(st.tokens, doc.text, kit.spelling, kit.backend.is_known, suggest)

    def _mentions(self, doc: WorkDocument) -> None:
        for st in doc.statements:
            if st.tokens:
                self.kits[st.language].mentions.find(st, doc.text)
                secondary = SECONDARY_NAMES.get((st.language, st.script))
                if secondary in self.kits:
                    self._merge_secondary_names(st, doc.text, self.kits[secondary])
        self._fix_contextual_names(doc)

    def _fix_contextual_names(self, doc: WorkDocument) -> None:
        """ "the Communist Party" is the CCP only when the text names China; otherwise a party not identified."""
        named_states: set[str] = set()
        for st in doc.statements:
            for m in st.mentions:
                if not m.contextual and m.entity in self.ontology.entities:
                    entity = self.ontology.entities[m.entity]
                    named_states.add(entity.id if entity.type == "state" else entity.relations.get("state", ""))
        for st in doc.statements:
            for m in st.mentions:
                if not m.contextual:
                    continue
                fitting = [e for e in m.contextual if self.ontology.entities[e].relations.get("state") in named_states]
                if fitting:
                    state = self.ontology.entities[fitting[0]].relations["state"]
                    m.entity = fitting[0]
                    m.entity_by_type = {t: fitting[0] for t in m.entity_by_type}
                    m.notes.append(f"read as {fitting[0]} because the text names {state}")
                else:
                    m.notes.append(f"could be {' or '.join(m.contextual)}; the text names no state that decides")
                    m.entity = None
                    m.entity_by_type = {t: None for t in m.entity_by_type}

    def _merge_secondary_names(self, st: WorkStatement, text: str, kit: LanguageKit) -> None:
        """Names written in the other language of a mixed statement ("Китайские власти, Алимнурды босатыңдар!")."""
        probe = WorkStatement(st.start, st.end, tokens=kit.backend.tokens(text, st.start, st.end))
        kit.mentions.find(probe, text)
        for m in probe.mentions:
            if m.pronoun or not m.entity:
                continue
            overlapping = [o for o in st.mentions if m.start < o.end and o.start < m.end]
            if any(o.entity for o in overlapping):
                continue
            for o in overlapping:  # an ontology name beats a guessed private person ("Xi Jinping")
                st.mentions.remove(o)
            first = next((i for i, t in enumerate(st.tokens) if t.start >= m.start), None)
            last = next((i + 1 for i in range(len(st.tokens) - 1, -1, -1) if st.tokens[i].end <= m.end), None)
            if first is None or last is None or last <= first:
                continue
            m.first, m.last = first, last
            m.source += f" (a {kit.code} name in a {st.language} statement)"
            st.mentions.append(m)
        st.mentions.sort(key=lambda m: m.first)

    def _clauses(self, doc: WorkDocument) -> None:
        doc.statements = [piece for st in doc.statements for piece in split_clauses(st)]

    def _cues(self, doc: WorkDocument) -> None:
        for st in doc.statements:
            if st.tokens:
                self.kits[st.language].cues.find(st, doc.text)

    def _english_ratio(self, words: list[str]) -> float:
        """Share of English words, counting misspellings of the English lexicon's words ("haet", "h4te")."""
        kit = self.kits.get("en")
        if not kit or not words:
            return 0.0
        known = sum(
            1 for w in words if kit.backend.is_known(w) or kit.spelling.correct(w.lower().translate(LEET)) is not None
        )
        return known / len(words)

    def _russian_known(self, word: str) -> bool:
        kit = self.kits.get("ru")
        return bool(kit and kit.backend.is_known(word))  # type: ignore[attr-defined]
