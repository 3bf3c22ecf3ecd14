"""Generalisation check: HateCheck's templates filled with identities the suite does not use.

    python scripts/hatecheck_other_identities.py [--fast]

HateCheck ships its templates (`case_templ`) with [IDENTITY_P] / [IDENTITY_S] / [IDENTITY_A] slots. We fill
them with other protected groups (religions, peoples, migrant status) and report accuracy per functionality.
Templates with slur slots are skipped (slurs are identity-specific).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

IDENTITIES = {
    "Jews": ("Jews", "Jew", "Jewish"),
    "Hindus": ("Hindus", "Hindu", "Hindu"),
    "Uyghurs": ("Uyghurs", "Uyghur", "Uyghur"),
    "Kazakhs": ("Kazakhs", "Kazakh", "Kazakh"),
    "Roma": ("Roma", "Roma person", "Roma"),
    "refugees": ("refugees", "refugee", "refugee"),
    "Christians": ("Christians", "Christian", "Christian"),
    "Arabs": ("Arabs", "Arab", "Arab"),
}


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0"})
PERTURB = {
    "char_del": lambda w: w[:2] + w[3:] if len(w) > 3 else w,
    "char_swap": lambda w: w[:1] + w[2] + w[1] + w[3:] if len(w) > 3 else w,
    "space_add": lambda w: " ".join(w),
    "space_del": lambda w: w.replace(" ", ""),
    "leet": lambda w: w.translate(LEET),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fast", action="store_true")
    args = parser.parse_args()
    from targetlens.evaluation.hatecheck import find_suite
    from targetlens.pipeline import Analyzer

    analyzer = Analyzer(exemplars=not args.fast)
    rows = list(csv.DictReader(find_suite().open(encoding="utf-8")))
    templates = {}
    for r in rows:
        t = r["case_templ"].strip()
        if "[IDENTITY" in t and "[SLUR" not in t:
            templates[(r["functionality"], t)] = r["label_gold"]
    scores: dict[str, list[bool]] = defaultdict(list)
    for (functionality, template), gold in sorted(templates.items()):
        for plural, singular, adjective in IDENTITIES.values():
            text = template
            for slot, word in (("P", plural), ("S", singular), ("A", adjective)):
                text = text.replace(f"[IDENTITY_{slot}]", word)
                for variant, perturb in PERTURB.items():
                    text = text.replace(f"[IDENTITY_{slot}_{variant}]", perturb(word))
            hateful = analyzer.analyze(text).hateful
            scores[functionality].append(hateful == (gold == "hateful"))
    total = [ok for oks in scores.values() for ok in oks]
    for functionality, oks in scores.items():
        print(f"{functionality:<22} {len(oks):>5} {100 * sum(oks) / len(oks):6.1f}")
    print(f"{'overall':<22} {len(total):>5} {100 * sum(total) / len(total):6.1f}")


if __name__ == "__main__":
    main()
