"""HateCheck (Röttger et al., ACL 2021): our accuracy per functionality next to the four published baselines.

A case counts as predicted hateful when the analysis summary says hateful (group_hate or group_incitement).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from targetlens.errors import BadLabelledFile, FileNotReadable
from targetlens.inputs import decode_text

REQUIRED_COLUMNS = ("functionality", "test_case", "label_gold")

SUITE = Path("bench") / "hatecheck"
BASELINES = ("acc_BERT_davidson2017_weighted", "acc_BERT_founta2018_weighted", "acc_perspective", "acc_siftninja")
BASELINE_LABELS = ("BERT-D", "BERT-F", "Perspective", "SiftNinja")


@dataclass
class FunctionalityScore:
    name: str
    gold: str
    n: int = 0
    correct: int = 0
    baselines: dict[str, float] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return 100.0 * self.correct / self.n if self.n else 0.0


def find_suite(explicit: Path | None = None) -> Path:
    """The suite's cases CSV: --cases, else ../shared/bench/hatecheck beside the working directory or the repo."""
    if explicit is not None:
        if not explicit.is_file():
            raise FileNotReadable(f"{explicit}: no such HateCheck cases file")
        return explicit
    repo = Path(__file__).resolve().parents[2]
    for base in (Path.cwd().parent / "shared", repo.parent / "shared", Path.cwd() / "shared"):
        candidate = base / SUITE / "test_suite_cases.csv"
        if candidate.is_file():
            return candidate
    raise FileNotReadable("HateCheck cases not found: give --cases PATH/test_suite_cases.csv")


def run_hatecheck(
    cases_csv: Path, predict: Callable[[list[str]], list[bool]], limit: int | None = None
) -> list[FunctionalityScore]:
    """Score every case; `predict` maps texts to hateful/not (batched so the caller can parallelise)."""
    rows = _read_rows(cases_csv)
    missing = [c for c in REQUIRED_COLUMNS if not rows or c not in rows[0]]
    if missing:
        raise BadLabelledFile(f"{cases_csv}: not a HateCheck cases file (no rows, or missing columns {missing})")
    rows = rows[:limit]
    predictions = predict([r["test_case"] for r in rows])
    scores: dict[str, FunctionalityScore] = {}
    for row, hateful in zip(rows, predictions, strict=True):
        score = scores.setdefault(row["functionality"], FunctionalityScore(row["functionality"], row["label_gold"]))
        score.n += 1
        if hateful == (row["label_gold"] == "hateful"):
            score.correct += 1
        else:
            score.misses.append(row["test_case"].strip())
    baselines = cases_csv.parent / "baselines_accuracy_by_functionality.csv"
    if baselines.is_file():
        for row in _read_rows(baselines):
            if row["functionality"] in scores:
                scores[row["functionality"]].baselines = {b: float(row[b]) for b in BASELINES if row.get(b)}
    return list(scores.values())


def overall(scores: list[FunctionalityScore]) -> float:
    n = sum(s.n for s in scores)
    return 100.0 * sum(s.correct for s in scores) / n if n else 0.0


def render_table(scores: list[FunctionalityScore]) -> str:
    header = f"{'functionality':<22} {'gold':<12} {'n':>4} {'targetlens':>10} " + " ".join(
        f"{b:>11}" for b in BASELINE_LABELS
    )
    lines = [header, "-" * len(header)]
    for s in scores:
        base = " ".join(f"{s.baselines.get(b, float('nan')):>11.1f}" for b in BASELINES)
        lines.append(f"{s.name:<22} {s.gold:<12} {s.n:>4} {s.accuracy:>10.1f} {base}")
    lines.append("-" * len(header))
    published = " ".join(f"{v:>11.1f}" for v in (63.2, 60.2, 76.6, 33.2))
    lines.append(f"{'overall':<22} {'':<12} {sum(s.n for s in scores):>4} {overall(scores):>10.1f} {published}")
    return "\n".join(lines)


def _read_rows(path: Path) -> list[dict[str, str]]:
    try:
        text = decode_text(path.read_bytes(), str(path))
        return list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise BadLabelledFile(f"{path}: cannot be parsed as CSV: {exc}") from exc
