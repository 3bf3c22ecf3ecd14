"""Command line: `targetlens analyze [FILE|-] [--format text|json] [--language CODE]`.

Exit codes: 0 analysed, nothing hateful; 1 analysed, at least one statement is hateful (only with
--fail-on-hate); 2 bad input (TL1xx); 3 invalid packaged data (TL2xx); 4 missing back end (TL3xx);
5 internal pipeline error (TL4xx).
"""

from __future__ import annotations

import json
import sys

import click

from targetlens import __version__
from targetlens.errors import TargetlensError, UnknownLanguage
from targetlens.inputs import check_text, read_input
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
def analyze(source: str, fmt: str, language: str | None, inline: str | None, fail_on_hate: bool) -> None:
    """Analyse FILE (or standard input, or --text) statement by statement."""
    try:
        if language is not None and language not in LANGUAGES:
            raise UnknownLanguage(f"--language {language!r}: use one of {', '.join(LANGUAGES)}")
        if inline is not None:
            check_text(inline, "--text")
            text = inline
        else:
            text = read_input(source)
        from targetlens import load_analyzer

        result = load_analyzer().analyze(text, language)
    except TargetlensError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result, color=sys.stdout.isatty()))
    if fail_on_hate and result.hateful:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
