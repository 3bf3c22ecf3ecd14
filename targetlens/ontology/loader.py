"""Load and validate the ontology data files (entities with ids, names, relations; generic heads)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from targetlens.errors import OntologyError
from targetlens.model.results import TARGET_TYPES

DATA_DIR = Path(__file__).parent / "data"
NAME_FIELDS = ("names", "adjectives", "demonyms", "capitals", "members", "pejorative_names", "contextual_names")
RELATIONS = ("people", "government", "ruling_party", "leader", "flag", "state", "of")
_PREFIX = {
    "state": "state.",
    "group": "group.",
    "government": "government.",
    "party": "party.",
    "official": "official.",
    "policy": "policy.",
    "symbol": "symbol.",
    "institution": "institution.",
    "nonprotected_group": "nonprotected.",
    "individual": "individual.",
}


@dataclass(frozen=True)
class Entity:
    """One ontology entry."""

    id: str
    type: str
    forms: dict[str, dict[str, tuple[str, ...]]]  # field -> language -> names
    relations: dict[str, str]
    protected: str | None = None
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str = "en") -> str:
        names = self.forms.get("names", {})
        for code in (lang, "en", "ru", "kk"):
            if names.get(code):
                return names[code][0]
        return self.id


@dataclass(frozen=True)
class Ontology:
    """All entities by id and the generic head words by target type and language."""

    entities: dict[str, Entity]
    heads: dict[str, dict[str, tuple[str, ...]]]
    files: tuple[Path, ...]


def load_ontology(data_dir: Path = DATA_DIR) -> Ontology:
    """Read every *.yaml in data_dir; raise OntologyError (TL201) on anything invalid."""
    files = tuple(sorted(data_dir.glob("*.yaml")))
    if not files:
        raise OntologyError(f"no ontology files in {data_dir}")
    entities: dict[str, Entity] = {}
    heads: dict[str, dict[str, list[str]]] = {}
    for path in files:
        doc = _read(path)
        for raw in doc.get("entities") or []:
            entity = _entity(raw, path)
            if entity.id in entities:
                raise OntologyError(f"{path.name}: duplicate entity id {entity.id!r}")
            entities[entity.id] = entity
        for head_type, by_lang in (doc.get("heads") or {}).items():
            if head_type not in TARGET_TYPES:
                raise OntologyError(f"{path.name}: heads: unknown target type {head_type!r}")
            for lang, words in _lang_map(by_lang, f"{path.name}: heads.{head_type}").items():
                heads.setdefault(head_type, {}).setdefault(lang, []).extend(words)
    _check_relations(entities)
    frozen_heads = {t: {lang: tuple(ws) for lang, ws in by.items()} for t, by in heads.items()}
    return Ontology(entities, frozen_heads, files)


def _read(path: Path) -> dict[str, Any]:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise OntologyError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise OntologyError(f"{path.name}: top level must be a mapping with 'entities:'")
    return doc


def _entity(raw: Any, path: Path) -> Entity:
    if not isinstance(raw, dict) or "id" not in raw or "type" not in raw:
        raise OntologyError(f"{path.name}: every entity needs 'id' and 'type': {raw!r:.80}")
    eid, etype = str(raw["id"]), str(raw["type"])
    if etype not in TARGET_TYPES:
        raise OntologyError(f"{path.name}: {eid}: unknown type {etype!r}")
    if not eid.startswith(_PREFIX[etype]):
        raise OntologyError(f"{path.name}: {eid}: id of a {etype} must start with {_PREFIX[etype]!r}")
    forms = {f: _lang_map(raw[f], f"{path.name}: {eid}.{f}") for f in NAME_FIELDS if raw.get(f)}
    if not forms.get("names"):
        raise OntologyError(f"{path.name}: {eid}: 'names' is required")
    relations = {r: str(raw[r]) for r in RELATIONS if raw.get(r)}
    extra = {k: v for k, v in raw.items() if k not in {"id", "type", "protected", *NAME_FIELDS, *RELATIONS}}
    return Entity(eid, etype, forms, relations, raw.get("protected"), path.name, extra)


def _lang_map(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise OntologyError(f"{where}: expected a mapping of language code to a list of names")
    out: dict[str, tuple[str, ...]] = {}
    for lang, names in value.items():
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise OntologyError(f"{where}.{lang}: expected a list of non-empty strings")
        out[str(lang)] = tuple(n.strip() for n in names)
    return out


def _check_relations(entities: dict[str, Entity]) -> None:
    for entity in entities.values():
        for rel, target in entity.relations.items():
            if target not in entities:
                raise OntologyError(f"{entity.source}: {entity.id}.{rel} points to unknown id {target!r}")
