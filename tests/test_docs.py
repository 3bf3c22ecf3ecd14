"""The README documents every rule id, modifier, category, error code and CLI option that the code has."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from targetlens.cli import analyze, evaluate, report
from targetlens.errors import ALL_ERRORS
from targetlens.model.results import CATEGORY_ORDER, TARGET_TYPES
from targetlens.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
RULES = load_rules()


@pytest.mark.parametrize("rule_id", [r.id for r in RULES.rules + RULES.implicit] + sorted(RULES.modifiers))
def test_every_rule_is_documented(rule_id):
    assert f"`{rule_id}`" in README or rule_id in README


def test_rules_emitted_by_code_are_documented():
    for rule_id in ("V-NEUTRAL-MENTION", "V-NO-TARGET"):
        assert f"`{rule_id}`" in README


@pytest.mark.parametrize("category", CATEGORY_ORDER)
def test_every_category_is_documented(category):
    assert f"`{category}`" in README


@pytest.mark.parametrize("target_type", TARGET_TYPES)
def test_every_target_type_is_documented(target_type):
    assert f"`{target_type}`" in README


@pytest.mark.parametrize("error", ALL_ERRORS, ids=[e.code for e in ALL_ERRORS])
def test_every_error_code_is_documented(error):
    assert f"`{error.code}`" in README


@pytest.mark.parametrize(
    "option",
    sorted({o for c in (analyze, evaluate, report) for p in c.params if isinstance(p, click.Option) for o in p.opts}),
)
def test_every_cli_option_is_documented(option):
    assert option in README


def test_readme_commands_exist():
    main_job = "python -m pip install -e . && targetlens report examples/atajurt-case.yaml -o atajurt-report.docx"
    assert main_job in README
    assert 'python -m pip install -e ".[dev]" && python -m pytest' in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert 'python -m pip install -e ".[dev]" && python -m pytest' in ci


def test_the_readme_case_file_example_is_valid(tmp_path):
    from targetlens.casefile.loader import load_case

    block = README.split("**Case files**", 1)[1].split("```yaml", 1)[1].split("```", 1)[0]
    shared_doc = ROOT.parent / "shared" / "case" / "source-3-expert-opinion.txt"
    source = tmp_path / "doc.txt"
    source.write_text('"Down with the Communist Party!"', encoding="utf-8")
    path = tmp_path / "case.yaml"
    path.write_text(block.replace("../../shared/case/source-3-expert-opinion.txt", str(source)), encoding="utf-8")
    case = load_case(str(path))
    assert case.jurisdiction == "kz" and case.statements[0].translations == {"en": "Down with China!"}
    assert case.facts["speaker"]["influence"] == "low" and case.fact_sources["medium"] == "..."
    assert shared_doc.name in README


def test_every_jurisdiction_profile_and_report_format_is_documented():
    from targetlens.report.render import RENDERERS
    from targetlens.rules.jurisdictions import load_jurisdictions

    for code in load_jurisdictions():
        assert f"`{code}`" in README
    for ext in RENDERERS:
        assert ext in README


def test_readme_figures_for_precedent_matching_follow_the_code():
    from targetlens.rules.precedents import MIN_SCORE, PER_STATEMENT, WEIGHTS, load_casebook

    assert f"**Precedents** (`targetlens/rules/data/precedents.yaml`): {len(load_casebook())} real decisions" in README
    expected = (
        f"{WEIGHTS['target_types']} × similarity of target types + {WEIGHTS['cues']} × similarity of cues + "
        f"{WEIGHTS['category']} if the category is"
    )
    assert expected in " ".join(README.split())
    words = {1: "one", 2: "two", 3: "three", 4: "four"}
    assert f"the {words[PER_STATEMENT]} closest with a score of at least {MIN_SCORE}" in " ".join(README.split())
