"""Jurisdiction profiles (data/jurisdictions.yaml): the standard a report applies, validated on load.

Each profile names its instruments, the offence as written, interpretive guidance that protects speech, and
the elements by which the domestic offence reaches beyond ICCPR Art. 20(2). A report shows those elements
next to the statements they could be used to reach, instead of hiding the gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from targetlens.datafiles import read_entries, repeated
from targetlens.errors import JurisdictionError
from targetlens.model.results import CATEGORY_ORDER, HATEFUL_CATEGORIES, Statement

DATA_FILE = Path(__file__).parent / "data" / "jurisdictions.yaml"
REQUIRED = ("international", "coe", "kz", "ru")
_ID = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")
_BELOW_THRESHOLD = frozenset(CATEGORY_ORDER) - HATEFUL_CATEGORIES


@dataclass(frozen=True)
class LegalText:
    id: str
    citation: str
    summary: str
    text_original: str = ""
    text_en: str = ""


@dataclass(frozen=True)
class Overreach:
    """An element of a domestic offence that reaches beyond ICCPR Art. 20(2)."""

    id: str
    element: str
    why: str
    reaches_categories: frozenset[str]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Jurisdiction:
    id: str
    name: str
    instruments: tuple[LegalText, ...]
    offence_citation: str
    offence_elements: tuple[str, ...]
    penalty: str
    protected_grounds: tuple[str, ...]
    beyond: tuple[Overreach, ...]
    guidance: tuple[LegalText, ...]
    threshold_note: str

    def exposure(self, statements: list[Statement]) -> list[tuple[Overreach, list[Statement]]]:
        """For each element beyond Art. 20(2), the statements below the Art. 20(2) line it could be used to reach."""
        return [(b, [s for s in statements if s.category in b.reaches_categories]) for b in self.beyond]


@lru_cache(maxsize=4)
def load_jurisdictions(path: Path = DATA_FILE) -> dict[str, Jurisdiction]:
    """Read and validate every profile; any problem is TL206."""
    _, entries = read_entries(path, "jurisdictions", JurisdictionError, "the jurisdiction profiles")
    profiles = [_profile(raw, path.name) for raw in entries]
    by_id = {p.id: p for p in profiles}
    if len(by_id) != len(profiles):
        raise JurisdictionError(f"{path.name}: duplicate jurisdiction ids")
    missing = [j for j in REQUIRED if j not in by_id]
    if missing:
        raise JurisdictionError(f"{path.name}: missing profiles {missing}")
    ids = [x.id for p in profiles for x in p.instruments + p.guidance] + [b.id for p in profiles for b in p.beyond]
    if repeated(ids):
        raise JurisdictionError(f"{path.name}: duplicate ids {repeated(ids)}")
    return by_id


def _text(raw: Any, where: str, required: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise JurisdictionError(f"{where}: expected a mapping, got {raw!r:.60}")
    for key in required:
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise JurisdictionError(f"{where}: '{key}' must be a non-empty string")
    if "id" in required and not _ID.match(raw["id"]):
        raise JurisdictionError(f"{where}: id {raw['id']!r} must be upper case letters, digits and dashes")
    return raw


def _legal(raw: Any, where: str) -> LegalText:
    r = _text(raw, where, ("id", "citation", "summary"))
    return LegalText(
        r["id"], r["citation"], r["summary"], str(r.get("text_original") or ""), str(r.get("text_en") or "")
    )


def _overreach(raw: Any, where: str) -> Overreach:
    r = _text(raw, where, ("id", "element", "why"))
    reaches = frozenset(str(c) for c in r.get("reaches_categories") or [])
    if not reaches <= _BELOW_THRESHOLD:
        raise JurisdictionError(f"{where}: {r['id']}: reaches_categories must be below-threshold categories")
    return Overreach(r["id"], r["element"], r["why"], reaches, tuple(str(s) for s in r.get("sources") or []))


def _profile(raw: Any, where: str) -> Jurisdiction:
    r = _text(raw, where, ("name",))
    jid = str(r.get("id", ""))
    if not re.match(r"^[a-z][a-z0-9_]*$", jid):
        raise JurisdictionError(f"{where}: each profile needs a lower-case id such as 'kz' (got {jid!r})")
    here = f"{where}: {jid}"
    offence = _text(r.get("offence"), f"{here}: offence", ("citation",))
    elements: Any = offence.get("elements") or []
    if not isinstance(elements, list) or not elements:
        raise JurisdictionError(f"{here}: offence.elements must be a non-empty list")
    return Jurisdiction(
        jid,
        r["name"],
        tuple(_legal(x, here) for x in r.get("instruments") or []),
        offence["citation"],
        tuple(str(e) for e in elements),
        str(offence.get("penalty") or ""),
        tuple(str(g) for g in offence.get("protected_grounds") or []),
        tuple(_overreach(x, here) for x in r.get("beyond_iccpr_20_2") or []),
        tuple(_legal(x, here) for x in r.get("guidance") or []),
        str(r.get("threshold_note") or ""),
    )
