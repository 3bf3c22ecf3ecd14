"""Reading the packaged data files (YAML) that hold a list of entries under one key, with numbered errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from targetlens.errors import DataError


def read_entries(path: Path, key: str, error: type[DataError], what: str) -> tuple[dict[str, Any], list[Any]]:
    """(the whole document, its list under `key`); an unreadable file or a wrong shape raises `error`."""
    try:
        doc: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise error(f"{path.name}: cannot read {what}: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get(key), list):
        raise error(f"{path.name}: top level must be a mapping with a '{key}' list")
    return doc, doc[key]


def repeated(ids: list[str]) -> list[str]:
    """The ids that occur more than once, sorted."""
    return sorted(i for i, n in Counter(ids).items() if n > 1)
