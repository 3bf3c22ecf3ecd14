"""Which back end serves which language; imported lazily so a missing optional back end is reported clearly."""

from __future__ import annotations

from collections.abc import Callable

from targetlens.languages.base import LanguageBackend


def backend_factories() -> dict[str, Callable[[], LanguageBackend]]:
    def english() -> LanguageBackend:
        from targetlens.languages.en import EnglishBackend

        return EnglishBackend()

    def russian() -> LanguageBackend:
        from targetlens.languages.ru import RussianBackend

        return RussianBackend()

    def kazakh() -> LanguageBackend:
        from targetlens.languages.kk_backend import KazakhBackend

        return KazakhBackend()

    def chinese() -> LanguageBackend:
        from targetlens.languages.zh import ChineseBackend

        return ChineseBackend()

    return {"en": english, "ru": russian, "kk": kazakh, "zh": chinese}
