"""The exemplar layer: a valid bank, votes that cite exemplar ids, and English exemplars deciding Kazakh text."""

from __future__ import annotations

import pytest

from targetlens.errors import ExemplarError
from targetlens.exemplars.bank import PRONOUNS, load_exemplars


def test_bank_is_valid_and_trilingual():
    bank = load_exemplars()
    langs = {e.lang for e in bank}
    assert langs == {"en", "ru", "kk"}
    for e in bank:
        assert "{G" not in e.masked, e.id
        assert any(p in e.masked for p in PRONOUNS[e.lang].values()), e.id


def test_broken_bank_gets_a_numbered_error(tmp_path):
    bad = tmp_path / "exemplars.yaml"
    bad.write_text("exemplars:\n  - {id: x, lang: en, kind: contempt, category: group_hate, text: no placeholder}\n")
    with pytest.raises(ExemplarError, match="TL204"):
        load_exemplars(bad)


@pytest.fixture()
def english_only(analyzer):
    """Restrict the bank to English exemplars for one test, then restore it."""
    layer = analyzer.exemplars
    saved = (layer.exemplars, layer.vectors, layer._hostile_mask)
    keep = [i for i, e in enumerate(layer.exemplars) if e.lang == "en"]
    layer.exemplars = tuple(layer.exemplars[i] for i in keep)
    layer.vectors = layer.vectors[keep]
    layer._hostile_mask = saved[2][keep]
    yield layer
    layer.exemplars, layer.vectors, layer._hostile_mask = saved


def test_an_english_exemplar_decides_a_kazakh_statement(analyzer, english_only):
    text = "Мигранттар тек дәретхана жууға ғана жарайды."  # "Migrants are only good for washing toilets."
    statement = analyzer.analyze(text).statements[0]
    assert statement.language == "kk"
    exemplar_cues = [c for c in statement.cues if c.rule.startswith("exemplars:ex.en.")]
    assert exemplar_cues, [c.rule for c in statement.cues]
    assert statement.category == "group_hate"
    assert "nearest exemplars: ex.en." in exemplar_cues[0].explanation


@pytest.mark.parametrize(
    "text",
    ["Мигранттар біздің көршіміз.", "I went to school with many Muslims.", "Мигранты работают в наших больницах."],
)
def test_neutral_group_mentions_stay_neutral(analyzer, text):
    assert analyzer.analyze(text).summary_category == "group_reference"


def test_fast_mode_skips_the_layer():
    from targetlens.pipeline import Analyzer

    fast = Analyzer(exemplars=False)
    result = fast.analyze("Мигранттар тек дәретхана жууға ғана жарайды.")
    assert result.mode == "fast" and result.to_dict()["tool"]["mode"] == "fast"
    assert not any(c.rule.startswith("exemplars:") for s in result.statements for c in s.cues)


def test_shipped_vectors_match_the_bank():
    """Editing the bank without `python -m targetlens.exemplars.build` would leave stale vectors."""
    import numpy as np

    from targetlens.exemplars.bank import DATA_FILE, SHIPPED, Encoder, bank_digest

    with np.load(SHIPPED) as shipped:
        assert str(shipped["digest"]) == bank_digest(DATA_FILE, Encoder().version)
        assert shipped["vectors"].shape == (len(load_exemplars()), 384)
