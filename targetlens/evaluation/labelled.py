"""Score targetlens on a user's own labelled data (CSV or JSONL): confusion matrix and per-class P/R/F1.

The label column may hold a statement category (group_hate, political_criticism, ...) or a hateful flag
(hateful / non-hateful, true / false, 1 / 0); the first row decides which.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from targetlens.errors import BadLabelledFile, FileNotReadable
from targetlens.model.results import CATEGORY_ORDER, Analysis

TRUE = {"hateful", "hate", "true", "1", "yes"}
FALSE = {"non-hateful", "not hateful", "nonhateful", "false", "0", "no", "none"}


@dataclass
class LabelledScore:
    labels: list[str]
    matrix: dict[str, dict[str, int]]  # gold -> predicted -> count
    n: int

    def per_class(self) -> dict[str, tuple[float, float, float, int]]:
        out = {}
        for label in self.labels:
            tp = self.matrix[label][label]
            predicted = sum(self.matrix[g][label] for g in self.labels)
            gold = sum(self.matrix[label].values())
            p = tp / predicted if predicted else 0.0
            r = tp / gold if gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[label] = (p, r, f, gold)
        return out

    @property
    def accuracy(self) -> float:
        return sum(self.matrix[label][label] for label in self.labels) / self.n if self.n else 0.0


def read_labelled(path: Path, text_col: str, label_col: str) -> list[tuple[str, str]]:
    """(text, label) rows from a .csv/.tsv or .jsonl file."""
    if not path.is_file():
        raise FileNotReadable(f"{path}: no such file")
    try:
        if path.suffix.lower() in {".jsonl", ".ndjson"}:
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        else:
            delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
            with path.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle, delimiter=delimiter))
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise BadLabelledFile(f"{path}: cannot be parsed: {exc}") from exc
    if not rows:
        raise BadLabelledFile(f"{path}: no rows")
    for col in (text_col, label_col):
        if not isinstance(rows[0], dict) or col not in rows[0]:
            raise BadLabelledFile(f"{path}: no column {col!r} (columns: {', '.join(map(str, rows[0]))})")
    return [(str(r[text_col]), str(r[label_col]).strip()) for r in rows if str(r.get(text_col) or "").strip()]


def score_labelled(rows: list[tuple[str, str]], analyse: Callable[[str], Analysis]) -> LabelledScore:
    binary = rows[0][1].lower() not in CATEGORY_ORDER
    labels = ["hateful", "non-hateful"] if binary else list(CATEGORY_ORDER)
    matrix = {g: dict.fromkeys(labels, 0) for g in labels}
    for n, (text, label) in enumerate(rows, start=1):
        gold = _binary(label, n) if binary else label.lower()
        if gold not in matrix:
            raise BadLabelledFile(f"row {n}: unknown label {label!r}; use a category or hateful/non-hateful")
        result = analyse(text)
        predicted = ("hateful" if result.hateful else "non-hateful") if binary else result.summary_category
        matrix[gold][predicted] += 1
    return LabelledScore(labels, matrix, len(rows))


def render_labelled(score: LabelledScore) -> str:
    width = max(len(label) for label in score.labels) + 2
    lines = [
        "confusion matrix (rows: gold, columns: predicted)",
        " " * width + "".join(f"{lbl[:12]:>14}" for lbl in score.labels),
    ]
    for gold in score.labels:
        lines.append(f"{gold:<{width}}" + "".join(f"{score.matrix[gold][p]:>14}" for p in score.labels))
    lines += ["", f"{'class':<{width}}{'precision':>11}{'recall':>9}{'f1':>8}{'n':>7}"]
    for label, (p, r, f, n) in score.per_class().items():
        lines.append(f"{label:<{width}}{p:>11.3f}{r:>9.3f}{f:>8.3f}{n:>7}")
    lines.append(f"\naccuracy {score.accuracy:.3f} over {score.n} rows")
    return "\n".join(lines)


def _binary(label: str, n: int) -> str:
    low = label.lower()
    if low in TRUE:
        return "hateful"
    if low in FALSE:
        return "non-hateful"
    raise BadLabelledFile(f"row {n}: label {label!r} is neither a category nor hateful/non-hateful")
