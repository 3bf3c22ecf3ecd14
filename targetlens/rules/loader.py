"""Load the verdict rules (data/verdict.yaml) and validate them against the known kinds and categories."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from targetlens.errors import RulesError
from targetlens.lexicons.loader import CUE_KINDS
from targetlens.model.results import CATEGORY_ORDER, TARGET_TYPES

DATA_FILE = Path(__file__).parent / "data" / "verdict.yaml"


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    target_types: frozenset[str]
    cue_kinds: frozenset[str]  # "*" = any
    reason: str

    def matches(self, target_type: str | None, kind: str) -> bool:
        types_ok = target_type is None or target_type in self.target_types
        return types_ok and ("*" in self.cue_kinds or kind in self.cue_kinds)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    implicit: tuple[Rule, ...]
    modifiers: dict[str, str]
    hostile_kinds: frozenset[str]
    stance: dict[str, frozenset[str]]

    def first(self, target_type: str, kind: str) -> Rule | None:
        return next((r for r in self.rules if r.matches(target_type, kind)), None)

    def implicit_rule(self, kind: str) -> Rule | None:
        return next((r for r in self.implicit if r.matches(None, kind)), None)


def load_rules(path: Path = DATA_FILE) -> RuleSet:
    try:
        doc: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{path.name}: cannot read rules: {exc}") from exc
    if not isinstance(doc, dict):
        raise RulesError(f"{path.name}: top level must be a mapping")
    rules = tuple(_rule(r, path.name, need_types=True) for r in doc.get("rules") or [])
    implicit = tuple(_rule(r, path.name, need_types=False) for r in doc.get("implicit") or [])
    modifiers = {str(m["id"]): str(m["reason"]) for m in doc.get("modifiers") or []}
    hostile = _kinds(doc.get("hostile_kinds"), path.name, "hostile_kinds")
    stance = {k: _kinds(v, path.name, f"stance.{k}") for k, v in (doc.get("stance") or {}).items()}
    if not rules:
        raise RulesError(f"{path.name}: no rules")
    return RuleSet(rules, implicit, modifiers, hostile, stance)


def _rule(raw: Any, where: str, need_types: bool) -> Rule:
    if not isinstance(raw, dict) or not raw.get("id"):
        raise RulesError(f"{where}: each rule needs an id")
    rid = str(raw["id"])
    if raw.get("category") not in CATEGORY_ORDER:
        raise RulesError(f"{where}: {rid}: unknown category {raw.get('category')!r}")
    types = frozenset(raw.get("target_types") or [])
    if need_types and (not types or not types <= set(TARGET_TYPES)):
        raise RulesError(f"{where}: {rid}: target_types must be target types from DOMAIN §3")
    kinds = frozenset(raw.get("cue_kinds") or [])
    if not kinds or not kinds <= (CUE_KINDS | {"*"}):
        raise RulesError(f"{where}: {rid}: unknown cue kinds {sorted(kinds - CUE_KINDS)}")
    return Rule(rid, str(raw["category"]), types, kinds, str(raw.get("reason", "")))


def _kinds(value: Any, where: str, key: str) -> frozenset[str]:
    kinds = frozenset(value or [])
    if not kinds <= CUE_KINDS:
        raise RulesError(f"{where}: {key}: unknown cue kinds {sorted(kinds - CUE_KINDS)}")
    return kinds
