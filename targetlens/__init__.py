"""targetlens: who or what a statement targets, what it does to the target, and whether it crosses the line.

>>> import targetlens
>>> result = targetlens.analyze("Down with the Communist Party!")
>>> result.statements[0].category
'political_criticism'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from targetlens.model.results import Analysis
    from targetlens.pipeline import Analyzer

_DEFAULT: Analyzer | None = None


def load_analyzer(fast: bool = False) -> Analyzer:
    """Build a reusable analyser (back ends, ontology, lexicons, rules and exemplars are loaded once).

    `fast=True` skips the exemplar layer (no sentence embeddings): lexicons and rules only.
    """
    from targetlens.pipeline import Analyzer

    return Analyzer(exemplars=not fast)


def analyze(text: str, language: str | None = None) -> Analysis:
    """Analyse one text with a shared analyser built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_analyzer()
    return _DEFAULT.analyze(text, language)


__all__ = ["__version__", "analyze", "load_analyzer"]
