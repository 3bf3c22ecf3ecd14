"""The working document that flows through the pipeline stages; each stage adds to it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Token:
    """A token with offsets into the original text and the keys it can be matched by."""

    text: str
    start: int
    end: int
    keys: frozenset[str]
    pos: str = ""
    feats: frozenset[str] = frozenset()
    #: features that hold only for a given key (Kazakh: the case ending that was stripped to reach a stem)
    key_feats: dict[str, frozenset[str]] | None = None
    #: how the token was normalised (spelling variation), for the explanation trail
    notes: list[str] = field(default_factory=list)

    @property
    def lower(self) -> str:
        return self.text.lower()

    def feats_for(self, key: str) -> frozenset[str]:
        if self.key_feats and key in self.key_feats:
            return self.key_feats[key] | self.feats
        return self.feats


@dataclass(slots=True)
class Mention:
    """A candidate target found in a statement: token span, entity and candidate readings."""

    first: int  # token index (inclusive)
    last: int  # token index (exclusive)
    start: int
    end: int
    text: str
    entity: str | None
    candidates: dict[str, float]  # target type -> prior weight
    source: str  # rule/alias that found it
    entity_by_type: dict[str, str | None] = field(default_factory=dict)
    evidence: list[tuple[str, float, str]] = field(default_factory=list)  # (type, log-odds, reason)
    notes: list[str] = field(default_factory=list)
    pronoun: bool = False
    antecedent: Mention | None = None
    feats: frozenset[str] = frozenset()
    quantified: bool = False
    weights: dict[str, float] = field(default_factory=dict)  # posterior over target types, set by resolve
    contextual: tuple[str, ...] = ()  # entities a contextual name may stand for ("Communist Party")


@dataclass(slots=True)
class CueHit:
    """A lexicon match in a statement, before verdict."""

    entry_id: str
    kind: str
    first: int
    last: int
    start: int
    end: int
    text: str
    gloss: str
    attach: str
    reads_as: str | None
    strength: float
    group: str | None = None
    mention: int | None = None  # index into the statement's mentions
    attach_reason: str = ""
    negated: bool = False
    in_quote: bool = False
    gaps: frozenset[int] = frozenset()  # tokens inside the cue that its pattern did not name
    reclaimed: bool = False  # an in-group use of a slur ("my niggas", "I'm a proud dyke")


@dataclass(slots=True)
class WorkStatement:
    """A statement under analysis."""

    start: int
    end: int
    language: str = "und"
    language_reason: str = ""
    script: str = ""
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    cues: list[CueHit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sentence_id: int = 0
    quote_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class WorkDocument:
    """The original text and everything learned about it so far."""

    text: str
    language_hint: str | None = None
    statements: list[WorkStatement] = field(default_factory=list)
    language: str = "und"
    warnings: list[str] = field(default_factory=list)
    done: set[str] = field(default_factory=set)
