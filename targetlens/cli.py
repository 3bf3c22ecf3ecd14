"""Command line: `targetlens analyze [FILE|-] [--format text|json] [--language CODE]`.

Exit codes: 0 analysed, nothing hateful; 1 analysed, at least one statement is hateful (only with
--fail-on-hate); 2 bad input (TL1xx); 3 invalid packaged data (TL2xx); 4 missing back end (TL3xx);
5 internal pipeline error (TL4xx).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from targetlens import __version__
from targetlens.errors import TargetlensError, UnknownLanguage
from targetlens.inputs import check_text, normalise_controls, printable, read_input
from targetlens.report.text import render_text

LANGUAGES = ("en", "ru", "kk", "zh")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="targetlens")
def main() -> None:
    """targetlens: who or what each statement targets, what it does, and whether it crosses the legal line."""


@main.command()
@click.argument("source", required=False, default="-", metavar="[FILE|-]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--language", "language", default=None, metavar="CODE", help="Force the language: en, ru, kk or zh.")
@click.option("--text", "inline", default=None, help="Analyse this text instead of a file.")
@click.option("--fail-on-hate", is_flag=True, help="Exit with 1 when a statement is hateful.")
@click.option("--fast", is_flag=True, help="Skip the exemplar layer (lexicons and rules only).")
def analyze(source: str, fmt: str, language: str | None, inline: str | None, fail_on_hate: bool, fast: bool) -> None:
    """Analyse FILE (or standard input, or --text) statement by statement."""
    try:
        if language is not None and language not in LANGUAGES:
            raise UnknownLanguage(f"--language {language!r}: use one of {', '.join(LANGUAGES)}")
        if inline is not None:
            check_text(inline, "--text")
            text = normalise_controls(inline)
        else:
            text = read_input(source)
        from targetlens import load_analyzer

        result = load_analyzer(fast=fast).analyze(text, language)
    except TargetlensError as exc:
        click.echo(printable(f"error: {exc}"), err=True)
        sys.exit(exc.exit_code)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result, color=sys.stdout.isatty()))
    if fail_on_hate and result.hateful:
        sys.exit(1)


@main.command()
@click.argument("source", metavar="CASE.yaml|DOCUMENT")
@click.option("-o", "--output", "output", required=True, help="Report file; the format follows the extension.")
@click.option("--jurisdiction", default=None, metavar="CODE", help="Profile to apply: international, coe, kz or ru.")
@click.option("--fast", is_flag=True, help="Skip the exemplar layer (lexicons and rules only).")
def report(source: str, output: str, jurisdiction: str | None, fast: bool) -> None:
    """Write a report on a case file (.yaml) or on the statements a DOCUMENT puts under examination."""
    from dataclasses import replace

    from targetlens import load_analyzer
    from targetlens.casefile.assemble import assemble
    from targetlens.errors import FileNotReadable, OutputIsInput, UnknownJurisdiction, UnsupportedFormat
    from targetlens.report.builder import build_report
    from targetlens.report.render import renderer_for
    from targetlens.rules.jurisdictions import load_jurisdictions

    try:
        render = renderer_for(output)
        target = Path(output).resolve()
        if target.is_dir() or not target.parent.is_dir():
            raise FileNotReadable(f"{output}: cannot be written (no such folder, or it is a folder)")
        if source == "-":
            raise UnsupportedFormat("report reads a file (a document or a case file), not standard input")
        given = assemble(source)
        if target in {Path(p).resolve() for p in (source, given.path, *(s.path for s in given.sources))}:
            raise OutputIsInput(f"{output}: this is one of the report's inputs; choose another output file")
        if jurisdiction is not None:
            if jurisdiction not in load_jurisdictions():
                raise UnknownJurisdiction(
                    f"--jurisdiction {jurisdiction!r}: use one of {', '.join(load_jurisdictions())}"
                )
            given = replace(given, jurisdiction=jurisdiction)
        analyzer = load_analyzer(fast=fast)
        built = build_report(given, analyzer.analyze, analyzer.version, analyzer.ruleset)
        Path(output).write_bytes(render(built))
        if target.suffix.lower() == ".pdf":
            from targetlens.report.pdf import missing_fonts

            for warning in missing_fonts(built):
                click.echo(f"warning: {warning}", err=True)
    except TargetlensError as exc:
        click.echo(printable(f"error: {exc}"), err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:
        click.echo(printable(f"error: [TL105] {output}: cannot be written: {exc.strerror}"), err=True)
        sys.exit(2)
    click.echo(printable(f"{output}: {len(built.items)} statements, most severe {built.summary_category}"))


@main.command("eval")
@click.argument("source", metavar="hatecheck|FILE")
@click.option("--cases", type=click.Path(path_type=Path), default=None, help="HateCheck test_suite_cases.csv.")
@click.option("--text-col", default="text", show_default=True, help="Text column of FILE.")
@click.option("--label-col", default="label", show_default=True, help="Label column of FILE (category or hateful).")
@click.option("--json", "json_out", type=click.Path(path_type=Path), default=None, help="Also write the figures here.")
@click.option("--limit", type=int, default=None, help="Score only the first N cases.")
@click.option("--fast", is_flag=True, help="Skip the exemplar layer (lexicons and rules only).")
def evaluate(
    source: str, cases: Path | None, text_col: str, label_col: str, json_out: Path | None, limit: int | None, fast: bool
) -> None:
    """Score targetlens on HateCheck (with the published baselines) or on a labelled CSV/JSONL FILE."""
    from targetlens import load_analyzer
    from targetlens.evaluation import hatecheck, labelled

    try:
        analyzer = load_analyzer(fast=fast)
        if source == "hatecheck":
            scores = hatecheck.run_hatecheck(
                hatecheck.find_suite(cases), lambda texts: [analyzer.analyze(t).hateful for t in texts], limit
            )
            click.echo(hatecheck.render_table(scores))
            figures: dict = {
                "overall": round(hatecheck.overall(scores), 2),
                "functionalities": {
                    s.name: {"n": s.n, "accuracy": round(s.accuracy, 2), **s.baselines} for s in scores
                },
            }
        else:
            rows = labelled.read_labelled(Path(source), text_col, label_col)[:limit]
            score = labelled.score_labelled(rows, analyzer.analyze)
            click.echo(labelled.render_labelled(score))
            figures = {"accuracy": round(score.accuracy, 4), "n": score.n, "matrix": score.matrix}
    except TargetlensError as exc:
        click.echo(printable(f"error: {exc}"), err=True)
        sys.exit(exc.exit_code)
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main()
