"""Speed and memory benchmark: start-up time, statements per second over a mixed en/ru/kk corpus, peak RSS.

    python scripts/bench.py [--statements 2400] [--json out.json] [--fast]

The corpus: every golden case (en, ru, kk, Latin-script kk), HateCheck test cases (English) and ru/kk
statements composed from ontology names and lexicon patterns, shuffled with a fixed seed. Documents of
about ten statements are analysed one by one with `Analyzer.analyze` (the single-item path).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RU_FRAMES = ["Долой {}!", "{} задержали моего брата.", "Мы против {}.", "{} держат людей в лагерях.", "Я уважаю {}."]
KK_FRAMES = [
    "{} жойылсын!",
    "{} інімді ұстап алды.",
    "Біз {} қарсымыз.",
    "{} туыстарымызды лагерьде ұстап отыр.",
    "{} құрметтеймін.",
]


def corpus(n: int) -> dict[str, list[str]]:
    rng = random.Random(13)
    by_lang: dict[str, list[str]] = {"en": [], "ru": [], "kk": []}
    for name in ("en", "ru", "kk", "motivating_case"):
        for case in yaml.safe_load((ROOT / "tests" / "cases" / f"{name}.yaml").read_text(encoding="utf-8")):
            by_lang.setdefault(case["lang"], by_lang["en"]).append(case["text"])
    hatecheck = ROOT.parent / "shared" / "bench" / "hatecheck" / "test_suite_cases.csv"
    if hatecheck.exists():
        rows = list(csv.DictReader(hatecheck.open(encoding="utf-8")))
        by_lang["en"] += [r["test_case"].strip() for r in rng.sample(rows, min(len(rows), n // 3))]
    from targetlens.ontology.loader import load_ontology

    onto = load_ontology()
    for lang, frames in (("ru", RU_FRAMES), ("kk", KK_FRAMES)):
        names = [n for e in onto.entities.values() for n in e.forms.get("names", {}).get(lang, ())]
        while len(by_lang[lang]) < n // 3 and names:
            by_lang[lang].append(rng.choice(frames).format(rng.choice(names)))
    return by_lang


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--statements", type=int, default=2400)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--fast", action="store_true", help="skip the exemplar layer")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from targetlens.pipeline import Analyzer

    analyzer = Analyzer(exemplars=not args.fast)
    startup = time.perf_counter() - t0

    by_lang = corpus(args.statements)
    texts = [t for lang in by_lang for t in by_lang[lang]]
    random.Random(7).shuffle(texts)
    docs = [" ".join(_terminated(t) for t in texts[i : i + 10]) for i in range(0, len(texts), 10)]

    analyzer.analyze(docs[0])  # warm lazy parts (langid is loaded on first non-obvious Latin text)
    t1 = time.perf_counter()
    statements = 0
    languages: dict[str, int] = {}
    for doc in docs:
        result = analyzer.analyze(doc)
        statements += len(result.statements)
        for st in result.statements:
            languages[st.language] = languages.get(st.language, 0) + 1
    elapsed = time.perf_counter() - t1
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "mode": "fast" if args.fast else "default",
        "startup_seconds": round(startup, 2),
        "documents": len(docs),
        "statements": statements,
        "statements_by_language": dict(sorted(languages.items(), key=lambda kv: -kv[1])),
        "seconds": round(elapsed, 2),
        "statements_per_second": round(statements / elapsed, 1),
        "peak_rss_mib": round(peak_mib, 1),
    }
    for key, value in figures.items():
        print(f"{key:>24}: {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


def _terminated(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?…" else text + "."


if __name__ == "__main__":
    main()
