"""Report benchmark: how long the example case takes to assemble, analyse and render in each format.

    python scripts/bench_report.py [--case examples/atajurt-case.yaml] [--repeat 3] [--fast]

Prints the analyser's start-up, the report build (reading the sources, analysing every statement and its
translations, matching precedents, the Rabat assessment) and the median render time of each format, with
the output size and the peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", default=str(ROOT / "examples" / "atajurt-case.yaml"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fast", action="store_true")
    args = parser.parse_args()

    from targetlens import load_analyzer
    from targetlens.casefile.assemble import assemble
    from targetlens.report.builder import build_report
    from targetlens.report.render import RENDERERS

    t0 = time.perf_counter()
    analyzer = load_analyzer(fast=args.fast)
    analyzer.analyze("Warm-up: langid loads lazily on the first Latin statement, Qazaqstan.")
    startup = time.perf_counter() - t0
    builds = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        report = build_report(assemble(args.case), analyzer.analyze, analyzer.version, analyzer.ruleset)
        builds.append(time.perf_counter() - t0)
    print(f"case: {args.case}  statements: {len(report.statements)}  mode: {'fast' if args.fast else 'default'}")
    print(f"analyser start-up (with langid):  {startup:.2f} s")
    print(f"report build (median of {args.repeat}):      {statistics.median(builds):.2f} s")
    for ext in (".json", ".md", ".html", ".docx", ".pdf"):
        times, size = [], 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            size = len(RENDERERS[ext](report))
            times.append(time.perf_counter() - t0)
        print(f"render {ext:<6} {statistics.median(times) * 1000:9.1f} ms  {size / 1024:8.1f} KiB")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
