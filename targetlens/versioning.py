"""Tool version and a content hash of every rule, lexicon and ontology file the analyser reads."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).parent
DATA_GLOBS = (
    "ontology/data/*.yaml",
    "lexicons/data/*.yaml",
    "rules/data/*.yaml",
    "exemplars/data/*.yaml",
    "documents/data/*.yaml",
    "ontology/places/*.yaml",
)


def tool_version() -> str:
    from targetlens import __version__

    return __version__


@lru_cache(maxsize=1)
def ruleset_hash() -> str:
    """sha256 over the relative path and bytes of each data file, in sorted order (first 16 hex digits)."""
    digest = hashlib.sha256()
    for pattern in DATA_GLOBS:
        for path in sorted(PACKAGE_DIR.glob(pattern)):
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return "sha256:" + digest.hexdigest()[:16]
