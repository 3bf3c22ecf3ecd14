"""Load and validate cue lexicons (one YAML file per language)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from targetlens.errors import LexiconError

DATA_DIR = Path(__file__).parent / "data"
CUE_KINDS = frozenset(
    {
        "political_slogan",
        "demand",
        "opposition",
        "state_accusation",
        "symbolic_act",
        "negative_generalisation",
        "migration_metaphor",
        "negative_attribute",
        "contempt",
        "dehumanisation",
        "slur",
        "call_for_exclusion",
        "call_for_violence",
        "threat",
        "glorification_of_violence",
        "people_action",
        "insult",
        "profanity",
        "positive",
        "negation",
        "question",
        "quotation",
        "counter_speech",
        "hyperbole",
    }
)
ATTACH = frozenset({"next", "prev", "subject", "object", "nearest", "none"})
READS_AS = frozenset({"state", "group"})


@dataclass(frozen=True)
class CueEntry:
    """One lexicon entry: an id, a kind, token patterns and how it attaches to a target."""

    id: str
    kind: str
    patterns: tuple[str, ...]
    attach: str
    gloss: str
    reads_as: str | None
    strength: float
    group: str | None
    lang: str
    not_with: frozenset[str] = frozenset()  # words that signal the word's other, innocent sense


def load_lexicon(lang: str, data_dir: Path = DATA_DIR) -> tuple[CueEntry, ...]:
    """Entries of one language; an absent file gives an empty lexicon, an invalid one raises TL202."""
    path = data_dir / f"{lang}.yaml"
    if not path.exists():
        return ()
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("cues"), list):
        raise LexiconError(f"{path.name}: top level must be a mapping with a 'cues:' list")
    entries = [_entry(raw, path.name, lang) for raw in doc["cues"]]
    ids = [e.id for e in entries]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise LexiconError(f"{path.name}: duplicate ids: {', '.join(dupes[:5])}")
    return tuple(entries)


def _entry(raw: Any, where: str, lang: str) -> CueEntry:
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: every cue must be a mapping, got {raw!r:.60}")
    eid = str(raw.get("id", ""))
    kind = raw.get("kind")
    if not eid:
        raise LexiconError(f"{where}: a cue without 'id': {raw!r:.80}")
    if kind not in CUE_KINDS:
        raise LexiconError(f"{where}: {eid}: unknown kind {kind!r}")
    patterns = raw.get("patterns")
    if isinstance(patterns, str):
        patterns = [patterns]
    if not patterns or not all(isinstance(p, str) and p.strip() for p in patterns):
        raise LexiconError(f"{where}: {eid}: 'patterns' must be a non-empty list of strings")
    attach = raw.get("attach", "none")
    if attach not in ATTACH:
        raise LexiconError(f"{where}: {eid}: attach must be one of {sorted(ATTACH)}")
    reads_as = raw.get("reads_as")
    if reads_as is not None and reads_as not in READS_AS:
        raise LexiconError(f"{where}: {eid}: reads_as must be 'state' or 'group'")
    try:
        strength = float(raw.get("strength", 1.0))
    except (TypeError, ValueError) as exc:
        raise LexiconError(f"{where}: {eid}: strength must be a number") from exc
    gloss = str(raw.get("gloss") or " / ".join(patterns))
    group = raw.get("group")
    not_with = frozenset(str(w).lower() for w in raw.get("not_with") or [])
    return CueEntry(
        eid, kind, tuple(p.strip() for p in patterns), attach, gloss, reads_as, strength, group, lang, not_with
    )
