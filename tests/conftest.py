"""Shared fixtures: one analyser for the whole session (building it loads spaCy, pymorphy3 and the data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetlens.pipeline import Analyzer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CASES = Path(__file__).parent / "cases"


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: uses the real language back ends over many inputs")
