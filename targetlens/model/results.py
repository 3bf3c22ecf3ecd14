"""Immutable result values that follow the published schema `targetlens.analysis/1` (DOMAIN §4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "targetlens.analysis/1"

TARGET_TYPES: tuple[str, ...] = (
    "group",
    "state",
    "government",
    "party",
    "official",
    "policy",
    "symbol",
    "institution",
    "individual",
    "nonprotected_group",
)
POLITICAL_TYPES = frozenset({"state", "government", "party", "official", "policy", "symbol", "institution"})

#: Statement categories from most to least severe (DOMAIN §3).
CATEGORY_ORDER: tuple[str, ...] = (
    "group_incitement",
    "group_hate",
    "group_negative",
    "political_criticism",
    "nonprotected_abuse",
    "group_reference",
    "no_target",
)
HATEFUL_CATEGORIES = frozenset({"group_incitement", "group_hate"})


def severity(category: str) -> int:
    """Higher is more severe."""
    return len(CATEGORY_ORDER) - CATEGORY_ORDER.index(category)


@dataclass(frozen=True)
class Reading:
    """One possible reading of a mention, with its weight and the words that decided it."""

    type: str
    weight: float
    entity: str | None = None
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "weight": round(self.weight, 3),
            "entity": self.entity,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class Target:
    """A target mention: the words, the entity it names, its readings and the stance taken towards it."""

    text: str
    start: int
    end: int
    entity: str | None
    type: str
    readings: tuple[Reading, ...]
    stance: str
    explanation: tuple[str, ...]
    decided: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "entity": self.entity,
            "type": self.type,
            "readings": [r.to_dict() for r in self.readings],
            "decided": self.decided,
            "stance": self.stance,
            "explanation": list(self.explanation),
        }


@dataclass(frozen=True)
class Cue:
    """What a statement does, tied to the words (span) and the lexicon entry that found it."""

    kind: str
    text: str
    start: int
    end: int
    target: int | None
    explanation: str
    rule: str
    negated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "target": self.target,
            "rule": self.rule,
            "negated": self.negated,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Statement:
    """One statement (sentence, slogan or clause) with its verdict."""

    id: str
    start: int
    end: int
    text: str
    language: str
    targets: tuple[Target, ...]
    cues: tuple[Cue, ...]
    category: str
    hateful: bool
    confidence: float
    explanation: tuple[str, ...]
    rule: str = ""
    alternatives: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "language": self.language,
            "targets": [t.to_dict() for t in self.targets],
            "cues": [c.to_dict() for c in self.cues],
            "category": self.category,
            "hateful": self.hateful,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "alternatives": list(self.alternatives),
            "explanation": list(self.explanation),
        }


@dataclass(frozen=True)
class Analysis:
    """The analysis of one input document."""

    tool_version: str
    ruleset: str
    input_sha256: str
    chars: int
    language: str
    statements: tuple[Statement, ...]
    summary_category: str
    warnings: tuple[str, ...] = field(default=())
    mode: str = "default"  # "fast" skips the exemplar layer

    @property
    def hateful(self) -> bool:
        return self.summary_category in HATEFUL_CATEGORIES

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "tool": {"name": "targetlens", "version": self.tool_version, "ruleset": self.ruleset, "mode": self.mode},
            "input": {"sha256": self.input_sha256, "chars": self.chars},
            "language": self.language,
            "statements": [s.to_dict() for s in self.statements],
            "summary": {
                "category": self.summary_category,
                "hateful": self.hateful,
                "statements": len(self.statements),
                "by_category": _count_categories(self.statements),
            },
            "warnings": list(self.warnings),
        }


def _count_categories(statements: tuple[Statement, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for s in statements:
        counts[s.category] = counts.get(s.category, 0) + 1
    return {c: counts[c] for c in CATEGORY_ORDER if c in counts}
