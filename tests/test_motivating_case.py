"""The motivating case in English, read from the expert opinion in ../shared/case (not copied into the repo).

Every slogan against China, the Communist Party, Xi Jinping, the visa-free regime or the unequal agreements is
political criticism with the right target type; the flag is a symbol; the clause about Chinese migrants is
group_negative; nothing is hateful.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from tests.conftest import SHARED

OPINION = SHARED / "case" / "source-3-expert-opinion.txt"
pytestmark = pytest.mark.skipif(not OPINION.exists(), reason="../shared/case is not beside the repository")


def quoted_statements() -> list[str]:
    """The speeches and slogans the indictment relies on: the quoted bullet points of the opinion."""
    text = OPINION.read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(r"^- “(.+)”\s*$", text, flags=re.MULTILINE)]


@pytest.fixture(scope="module")
def analysed(analyzer):
    return [analyzer.analyze(q) for q in quoted_statements()]


def find(analysed, fragment: str):
    for result in analysed:
        for st in result.statements:
            if fragment in st.text:
                return st
    raise AssertionError(f"no statement contains {fragment!r}")


def test_the_opinion_quotes_eight_passages():
    assert len(quoted_statements()) == 8


def test_nothing_is_hateful(analysed):
    hateful = [(s.text, s.category) for r in analysed for s in r.statements if s.hateful]
    assert hateful == []


@pytest.mark.parametrize(
    ("fragment", "target", "target_type"),
    [
        ("Down with the Communist Party", "Communist Party", "party"),
        ("Down with Xi Jinping", "Xi Jinping", "official"),
        ("China must release", "China", "state"),
        ("Down with China", "China", "state"),
        ("visa-free regime", "visa-free regime", "policy"),
        ("unequal agreements", "unequal agreements", "policy"),
        ("Chinese authorities have imprisoned", "Chinese authorities", "government"),
        ("held captive by the Chinese", "Chinese", "state"),
        ("burning the Chinese flag", "Chinese flag", "symbol"),
        ("China does not recognize our independence", "China", "state"),
    ],
)
def test_slogans_are_political_criticism(analysed, fragment, target, target_type):
    st = find(analysed, fragment)
    assert st.category == "political_criticism", (st.text, st.explanation)
    assert any(t.text == target and t.type == target_type for t in st.targets), [(t.text, t.type) for t in st.targets]


def test_flag_burning_is_a_symbolic_act(analysed):
    st = find(analysed, "burning the Chinese flag")
    assert [c.kind for c in st.cues if c.kind == "symbolic_act"] == ["symbolic_act"]


def test_flooded_clause_is_group_negative(analysed):
    st = find(analysed, "flooded Kazakhstan with Chinese")
    assert st.text == "They have flooded Kazakhstan with Chinese"
    assert st.category == "group_negative" and not st.hateful
    assert [(t.text, t.type) for t in st.targets if t.type == "group"] == [("Chinese", "group")]
    assert "migration_metaphor" in {c.kind for c in st.cues}


def test_same_concept_same_category_in_three_languages(analyzer):
    """Golden cases that share a number (en-pol-001, ru-pol-001, kk-pol-001) get the same category."""
    cases_dir = Path(__file__).parent / "cases"
    by_concept: dict[str, dict[str, str]] = defaultdict(dict)
    for lang in ("en", "ru", "kk"):
        for case in yaml.safe_load((cases_dir / f"{lang}.yaml").read_text(encoding="utf-8")):
            if case.get("statements"):
                continue
            concept = case["id"].split("-", 1)[1]
            by_concept[concept][lang] = analyzer.analyze(case["text"]).summary_category
    shared = {k: v for k, v in by_concept.items() if len(v) == 3}
    assert len(shared) >= 60
    differing = {k: v for k, v in shared.items() if len(set(v.values())) > 1}
    assert differing == {}
