"""The precedent casebook (data/precedents.yaml): real decisions, validated on load, matched to statements.

A statement is compared with each precedent by what the speech did: its target types, its cue kinds and the
category targetlens gives it. The closest precedents are cited with what is similar and what differs.
Precedents inform the reasoning in a report; they never decide a statement's category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from targetlens.datafiles import read_entries, repeated
from targetlens.errors import CasebookError
from targetlens.lexicons.loader import CUE_KINDS
from targetlens.model.results import CATEGORY_ORDER, TARGET_TYPES, Statement

DATA_FILE = Path(__file__).parent / "data" / "precedents.yaml"
BODIES = frozenset(
    {
        "ecthr",
        "ecthr_gc",
        "ecthr_decision",
        "un_hrc",
        "un_cerd",
        "oversight_board",
        "us_supreme_court",
        "domestic_court",
    }
)
_ID = re.compile(r"^P-[A-Z0-9-]+$")
_DATE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
#: Weights of the three kinds of feature; a statement's match score is in [0, 1].
WEIGHTS = {"target_types": 0.35, "cues": 0.45, "category": 0.2}
MIN_SCORE = 0.3
PER_STATEMENT = 3
_IGNORED_CUES = frozenset({"people_action", "negation", "question"})  # they describe grammar, not the speech act


@dataclass(frozen=True)
class Precedent:
    id: str
    name: str
    citation: str
    body: str
    court: str
    date: str
    facts: str
    outcome: str
    speech_protected: bool
    principle: str
    target_types: frozenset[str]
    cues: frozenset[str]
    categories: frozenset[str]
    keywords: tuple[str, ...]
    principle_only: bool = False  # cited for its principle, never matched to a statement

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "citation": self.citation,
            "court": self.court,
            "date": self.date,
            "speech_protected": self.speech_protected,
            "outcome": self.outcome,
            "principle": self.principle,
        }


@dataclass(frozen=True)
class PrecedentMatch:
    """A precedent close to one statement: the score, and the features shared and not shared."""

    precedent: Precedent
    score: float
    similar: tuple[str, ...]
    differs: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.precedent.to_dict(),
            "score": round(self.score, 3),
            "similar": list(self.similar),
            "differs": list(self.differs),
        }


@dataclass(frozen=True)
class Casebook:
    precedents: tuple[Precedent, ...]
    families: dict[str, dict[str, str]]  # feature kind -> feature -> family name

    def __len__(self) -> int:
        return len(self.precedents)

    def __iter__(self):  # noqa: ANN204 - iterates over the precedents
        return iter(self.precedents)

    def similarity(self, kind: str, a: frozenset[str], b: frozenset[str]) -> float:
        """Soft Jaccard: each feature scores 1 for itself in the other set, 0.5 for one of its family, else 0."""
        if not a or not b:
            return 0.0
        family = self.families.get(kind, {})

        def best(x: str, others: frozenset[str]) -> float:
            if x in others:
                return 1.0
            return 0.5 if x in family and any(family.get(o) == family[x] for o in others) else 0.0

        return (sum(best(x, b) for x in a) + sum(best(y, a) for y in b)) / (len(a) + len(b))


@lru_cache(maxsize=4)
def load_casebook(path: Path = DATA_FILE) -> Casebook:
    """Read and validate the casebook; any problem is TL205."""
    doc, entries = read_entries(path, "precedents", CasebookError, "the casebook")
    out = tuple(_precedent(raw, path.name) for raw in entries)
    if repeated([p.id for p in out]):
        raise CasebookError(f"{path.name}: duplicate ids {repeated([p.id for p in out])}")
    return Casebook(out, _families(doc.get("families") or {}, path.name))


def _families(raw: Any, where: str) -> dict[str, dict[str, str]]:
    vocab = {"target_types": set(TARGET_TYPES), "cues": set(CUE_KINDS)}
    if not isinstance(raw, dict) or not set(raw) <= set(vocab):
        raise CasebookError(f"{where}: 'families' maps target_types and cues to named lists")
    out: dict[str, dict[str, str]] = {}
    for kind, groups in raw.items():
        if not isinstance(groups, dict):
            raise CasebookError(f"{where}: families.{kind} must map family names to lists")
        out[kind] = {}
        for name, members in groups.items():
            if not isinstance(members, list) or not set(members) <= vocab[kind]:
                raise CasebookError(f"{where}: families.{kind}.{name} must list known {kind}")
            for m in members:
                if m in out[kind]:
                    raise CasebookError(f"{where}: families.{kind}: {m} is in two families")
                out[kind][m] = str(name)
    return out


def _precedent(raw: Any, where: str) -> Precedent:
    if not isinstance(raw, dict) or not _ID.match(str(raw.get("id", ""))):
        raise CasebookError(f"{where}: each precedent needs an id like P-ECTHR-NAME-YEAR (got {raw!r:.80})")
    pid = str(raw["id"])
    for key in ("name", "citation", "court", "date", "facts", "outcome", "principle"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise CasebookError(f"{where}: {pid}: '{key}' must be a non-empty string")
    if raw.get("body") not in BODIES:
        raise CasebookError(f"{where}: {pid}: body must be one of {', '.join(sorted(BODIES))}")
    if not _DATE.match(raw["date"]):
        raise CasebookError(f"{where}: {pid}: date must be YYYY-MM-DD or YYYY")
    if not isinstance(raw.get("speech_protected"), bool):
        raise CasebookError(f"{where}: {pid}: speech_protected must be true or false")
    features = raw.get("features")
    if not isinstance(features, dict):
        raise CasebookError(f"{where}: {pid}: 'features' must be a mapping")
    vocab = {"target_types": set(TARGET_TYPES), "cues": set(CUE_KINDS), "categories": set(CATEGORY_ORDER)}
    sets: dict[str, frozenset[str]] = {}
    for key, allowed in vocab.items():
        values = frozenset(str(v) for v in features.get(key) or [])
        if not values or not values <= allowed:
            raise CasebookError(f"{where}: {pid}: features.{key} must be a non-empty subset of {sorted(allowed)}")
        sets[key] = values
    return Precedent(
        pid,
        raw["name"],
        raw["citation"],
        raw["body"],
        raw["court"],
        raw["date"],
        raw["facts"],
        raw["outcome"],
        raw["speech_protected"],
        raw["principle"],
        sets["target_types"],
        sets["cues"],
        sets["categories"],
        tuple(str(k) for k in raw.get("keywords") or []),
        _flag(raw, "principle_only", pid, where),
    )


def _flag(raw: dict[str, Any], key: str, pid: str, where: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise CasebookError(f"{where}: {pid}: {key} must be true or false")
    return value


def statement_features(st: Statement) -> tuple[frozenset[str], frozenset[str]]:
    """Target types (every reading that weighs at least 0.3) and the statement's non-negated cue kinds."""
    types = {t.type for t in st.targets} | {r.type for t in st.targets for r in t.readings if r.weight >= 0.3}
    cues = {c.kind for c in st.cues if not c.negated} - _IGNORED_CUES
    return frozenset(types), frozenset(cues)


def match_statement(st: Statement, casebook: Casebook, limit: int = PER_STATEMENT) -> list[PrecedentMatch]:
    """The closest precedents to one statement, best first (ties broken by id, so the order is stable)."""
    types, cues = statement_features(st)
    if st.category == "no_target" or (not types and not cues):
        return []
    scored = []
    for p in casebook:
        if p.principle_only:
            continue
        shared_types, shared_cues = types & p.target_types, cues & p.cues
        if not shared_cues and not (shared_types and st.category in p.categories):
            continue  # a precedent must share what the speech does, or its target and its reading
        same_category = st.category in p.categories
        score = (
            WEIGHTS["target_types"] * casebook.similarity("target_types", types, p.target_types)
            + WEIGHTS["cues"] * casebook.similarity("cues", cues, p.cues)
            + WEIGHTS["category"] * same_category
        )
        if score < MIN_SCORE:
            continue
        similar = [f"target type {t}" for t in sorted(shared_types)] + [f"cue {c}" for c in sorted(shared_cues)]
        if same_category:
            similar.append(f"both read as {st.category}")
        differs = [f"the precedent concerns a {t} target" for t in sorted(p.target_types - types)]
        differs += [f"this statement targets a {t}" for t in sorted(types - p.target_types)]
        differs += [f"the precedent involves {c}" for c in sorted(p.cues - cues)]
        differs += [f"this statement has {c}" for c in sorted(cues - p.cues)]
        if not same_category:
            differs.append(f"the precedent's speech reads as {'/'.join(sorted(p.categories))}, this as {st.category}")
        scored.append(PrecedentMatch(p, score, tuple(similar), tuple(differs)))
    scored.sort(key=lambda m: (-round(m.score, 6), m.precedent.id))
    return scored[:limit]
