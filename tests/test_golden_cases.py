"""Golden cases: every case in tests/cases/*.yaml, in English, Russian and Kazakh (see tests/cases/README.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.golden import check_case

CASES_DIR = Path(__file__).parent / "cases"
FILES = ("en.yaml", "ru.yaml", "kk.yaml", "zh.yaml", "motivating_case.yaml")


def _load() -> list[dict[str, Any]]:
    cases = []
    for name in FILES:
        for case in yaml.safe_load((CASES_DIR / name).read_text(encoding="utf-8")):
            cases.append(case)
    return cases


CASES = _load()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_case(analyzer, case):
    result = analyzer.analyze(case["text"])
    problems = check_case(case, result)
    assert not problems, f"{case['id']}: {case['text']}\n  " + "\n  ".join(problems)


def test_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


def test_offsets_point_at_the_words(analyzer):
    """For every target and cue of every golden case, input[start:end] == text."""
    for case in CASES:
        text = case["text"]
        result = analyzer.analyze(text)
        for st in result.statements:
            assert text[st.start : st.end] == st.text
            for t in st.targets:
                assert text[t.start : t.end] == t.text, (case["id"], t)
            for c in st.cues:
                assert text[c.start : c.end] == c.text, (case["id"], c)
