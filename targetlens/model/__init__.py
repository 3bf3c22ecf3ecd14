"""Result types (immutable, schema-shaped) and the working document that flows through the stages."""

from targetlens.model.results import (
    CATEGORY_ORDER,
    TARGET_TYPES,
    Analysis,
    Cue,
    Reading,
    Statement,
    Target,
)

__all__ = ["CATEGORY_ORDER", "TARGET_TYPES", "Analysis", "Cue", "Reading", "Statement", "Target"]
