"""Case files (YAML): the documents and statements of a case, and the facts text cannot give.

```yaml
case: "Name of the case"
jurisdiction: international        # international | coe | kz | ru
sources: [{path: relative/or/absolute/path.txt, speaker: "...", description: "..."}]   # speaker of its quotations
statements: [{text: "...", speaker: "...", translations: {en: "..."}}]
facts:                              # every field optional; a missing fact is reported, never invented
  context: "..."                    # Rabat 1: social and political climate, or
                                    #   {description: "...", tension: low|moderate|high}
  speaker: {role: "...", influence: low|moderate|high}  # Rabat 2; or free text
  intent: "..."                     # Rabat 3
  medium: "..."                     # Rabat 5
  audience: "..."
  reach: {views: 0, shares: 0}
  incidents_against_group: "..."    # Rabat 1 and 6
  likelihood: "..."                 # Rabat 6
  sources: {fact_name: "where the fact comes from"}
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from targetlens.errors import CaseFileError, FileNotReadable, UnknownJurisdiction
from targetlens.inputs import check_text, read_input
from targetlens.rules.jurisdictions import load_jurisdictions

FACT_FIELDS = ("context", "speaker", "intent", "medium", "audience", "reach", "incidents_against_group", "likelihood")


@dataclass(frozen=True)
class InlineStatement:
    text: str
    speaker: str | None = None
    translations: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceRef:
    path: Path
    speaker: str | None = None  # who spoke the statements this document quotes, if the case file says
    description: str = ""


@dataclass(frozen=True)
class CaseFile:
    path: Path
    name: str
    jurisdiction: str
    sources: tuple[SourceRef, ...]
    statements: tuple[InlineStatement, ...]
    facts: dict[str, Any]
    fact_sources: dict[str, str]


def load_case(path: str) -> CaseFile:
    """Read and validate a case file; every problem is a numbered error (TL109), a missing document TL105."""
    doc = _read_yaml(read_input(path), path)
    if not isinstance(doc, dict):
        raise CaseFileError(f"{path}: a case file is a mapping with 'case', 'sources' or 'statements', and 'facts'")
    unknown = set(doc) - {"case", "jurisdiction", "sources", "statements", "facts"}
    if unknown:
        raise CaseFileError(f"{path}: unknown keys {_names(unknown)}")
    for key in ("case", "jurisdiction"):
        if doc.get(key) is not None and not isinstance(doc[key], str):
            raise CaseFileError(f"{path}: '{key}' must be text")
    for key in ("sources", "statements"):
        if doc.get(key) is not None and not isinstance(doc[key], list):
            raise CaseFileError(f"{path}: '{key}' must be a list")
    jurisdiction = "international" if doc.get("jurisdiction") is None else doc["jurisdiction"]
    known = load_jurisdictions()
    if jurisdiction not in known:
        raise UnknownJurisdiction(f"{path}: jurisdiction {jurisdiction!r}: use one of {', '.join(known)}")
    base = Path(path).resolve().parent
    sources = tuple(_source(entry, base, path) for entry in doc.get("sources") or [])
    twice = sorted({str(s.path) for s in sources if [t.path for t in sources].count(s.path) > 1})
    if twice:
        raise CaseFileError(f"{path}: a source is listed more than once: {', '.join(twice)}")
    statements = tuple(_statement(entry, path) for entry in doc.get("statements") or [])
    if not sources and not statements:
        raise CaseFileError(f"{path}: give at least one source document or inline statement")
    facts = doc.get("facts") or {}
    if not isinstance(facts, dict):
        raise CaseFileError(f"{path}: 'facts' must be a mapping")
    bad = set(facts) - set(FACT_FIELDS) - {"sources"}
    if bad:
        raise CaseFileError(f"{path}: unknown facts {_names(bad)}; known: {', '.join(FACT_FIELDS)}")
    for name, value in facts.items():
        _check_fact(name, value, path)
    _check_graded(facts, path)
    fact_sources = {str(k): str(v) for k, v in (facts.get("sources") or {}).items()}
    unsourced = set(fact_sources) - set(FACT_FIELDS)
    if unsourced:
        raise CaseFileError(f"{path}: facts.sources names unknown facts {_names(unsourced)}")
    clean = {
        k: (v if isinstance(v, dict) else str(v))
        for k, v in facts.items()
        if k != "sources" and v not in (None, "", {})
    }
    return CaseFile(
        Path(path), str(doc.get("case") or Path(path).stem), jurisdiction, sources, statements, clean, fact_sources
    )


def _source(entry: Any, base: Path, where: str) -> SourceRef:
    raw = entry.get("path") if isinstance(entry, dict) else entry
    if not isinstance(raw, str) or not raw:
        raise CaseFileError(f"{where}: each source needs a 'path'")
    meta = entry if isinstance(entry, dict) else {}
    unknown = set(meta) - {"path", "speaker", "description"}
    if unknown:
        raise CaseFileError(f"{where}: source {raw}: unknown keys {_names(unknown)}")
    for key in ("speaker", "description"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise CaseFileError(f"{where}: source {raw}: '{key}' must be text")
    resolved = (base / raw).resolve()
    if not resolved.is_file():
        raise FileNotReadable(f"{where}: source document {raw} not found (looked at {resolved})")
    return SourceRef(resolved, meta.get("speaker"), meta.get("description") or "")


def _statement(entry: Any, where: str) -> InlineStatement:
    if not isinstance(entry, dict) or not isinstance(entry.get("text"), str) or not entry["text"].strip():
        raise CaseFileError(f"{where}: each inline statement needs a non-empty 'text'")
    translations = entry.get("translations") or {}
    if not isinstance(translations, dict) or not all(
        isinstance(k, str) and _LANG_CODE.match(k) and isinstance(v, str) and v.strip() for k, v in translations.items()
    ):
        raise CaseFileError(f"{where}: 'translations' must map language codes (en, ru, kk, …) to non-empty text")
    speaker = entry.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise CaseFileError(f"{where}: a statement's 'speaker' must be text")
    unknown = set(entry) - {"text", "speaker", "translations"}
    if unknown:
        raise CaseFileError(f"{where}: inline statement: unknown keys {_names(unknown)}")
    check_text(entry["text"], f"{where}: inline statement {entry['text'][:40]!r}")
    return InlineStatement(entry["text"], speaker, {str(k): v for k, v in translations.items()})


_SCALAR = (str, int, float, bool)


def _check_fact(name: str, value: Any, where: str) -> None:
    """A fact is text, a number, or a flat mapping of those (no lists or nesting: facts are quoted back)."""
    values = list(value.values()) if isinstance(value, dict) else [value]
    if any(isinstance(v, bool) for v in values):
        raise CaseFileError(
            f"{where}: facts.{name}: YAML reads yes/no/on/off/true/false as a truth value; put the text in quotes"
        )
    if value is None or isinstance(value, _SCALAR):
        return
    if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, _SCALAR) for k, v in value.items()):
        return
    raise CaseFileError(f"{where}: facts.{name} must be text or a flat mapping of text and numbers")


def _names(keys: set[Any]) -> list[str]:
    return sorted(str(k) for k in keys)


_LANG_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that a key given twice is an error instead of the last one silently winning."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (list, dict)):
                raise yaml.constructor.ConstructorError(None, None, "a key must be text", key_node.start_mark)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _read_yaml(text: str, path: str) -> Any:
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise CaseFileError(f"{path}: not valid YAML: {exc}") from exc
    except RecursionError as exc:
        raise CaseFileError(f"{path}: nested too deeply to be a case file") from exc


_GRADED = {"context": "tension", "speaker": "influence"}
LEVELS = ("low", "moderate", "high")


def _check_graded(facts: dict[str, Any], where: str) -> None:
    """Graded facts must use the documented levels; reach must be counts; fact sources a mapping."""
    for name, key in _GRADED.items():
        value = facts.get(name)
        if isinstance(value, dict) and key in value and value[key] not in LEVELS:
            raise CaseFileError(f"{where}: facts.{name}.{key} must be one of {', '.join(LEVELS)}")
    reach = facts.get("reach")
    if reach is not None and (
        not isinstance(reach, dict)
        or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in reach.values())
    ):
        raise CaseFileError(f"{where}: facts.reach must map counts to whole numbers, e.g. {{views: 1200, shares: 40}}")
    if not isinstance(facts.get("sources") or {}, dict):
        raise CaseFileError(f"{where}: facts.sources must map a fact's name to where it comes from")
