"""Place names that are not targets (places.yaml): a capitalised unknown name that is a place is not a person."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from targetlens.errors import OntologyError
from targetlens.model.document import Token

DATA_FILE = Path(__file__).parent / "places.yaml"


@lru_cache(maxsize=2)
def load_places(path: Path = DATA_FILE) -> dict[str, frozenset[str]]:
    try:
        doc: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        places = doc["places"]
        return {str(lang): frozenset(str(n).lower() for n in names) for lang, names in places.items()}
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise OntologyError(f"{path.name}: invalid place names: {exc}") from exc


def is_place(tokens: list[Token], lang: str) -> bool:
    """Whether these tokens name a place: the words as written, or any word's dictionary form or stem."""
    names = load_places().get(lang, frozenset())
    if not names:
        return False
    if " ".join(t.text.lower() for t in tokens) in names:
        return True
    return any(k in names for t in tokens for k in t.keys | {t.text.lower()})
