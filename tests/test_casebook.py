"""The precedent casebook and the jurisdiction profiles: validated on load, matched to statements by what they do."""

from __future__ import annotations

import pytest

from targetlens.errors import CasebookError, JurisdictionError
from targetlens.rules.jurisdictions import load_jurisdictions
from targetlens.rules.precedents import DATA_FILE, load_casebook, match_statement

CASEBOOK = load_casebook()


def test_casebook_has_thirty_real_decisions_of_several_bodies_and_both_outcomes():
    assert len(CASEBOOK) >= 30
    bodies = {p.body for p in CASEBOOK}
    assert {"ecthr", "oversight_board"} <= bodies and bodies & {"un_hrc", "un_cerd"}
    assert sum(p.speech_protected for p in CASEBOOK) >= 10
    assert sum(not p.speech_protected for p in CASEBOOK) >= 8


def test_a_precedent_with_an_unknown_cue_is_rejected(tmp_path):
    text = DATA_FILE.read_text(encoding="utf-8")
    path = tmp_path / "precedents.yaml"
    path.write_text(text.replace("cues: [", "cues: [telepathy, ", 1), encoding="utf-8")
    with pytest.raises(CasebookError, match="features.cues"):
        load_casebook.__wrapped__(path)


def _top(analyzer, text):
    st = analyzer.analyze(text).statements[0]
    return st, match_statement(st, CASEBOOK)


def test_slogan_against_a_party_is_closest_to_protected_political_speech(analyzer):
    st, matches = _top(analyzer, "Down with the Communist Party! Down with Xi Jinping!")
    assert st.category == "political_criticism" and matches
    assert matches[0].precedent.speech_protected
    assert any("political_slogan" in s or "official" in s for s in matches[0].similar)


def test_flag_burning_is_closest_to_symbolic_act_precedents(analyzer):
    st, matches = _top(analyzer, "They burned the Chinese flag.")
    assert any(t.type == "symbol" for t in st.targets)
    assert "cue symbolic_act" in matches[0].similar and matches[0].precedent.speech_protected


def test_a_call_to_expel_a_people_is_closest_to_restrictions_upheld(analyzer):
    st, matches = _top(analyzer, "All Muslims must be expelled from our country.")
    assert st.category == "group_incitement" and matches
    assert not matches[0].precedent.speech_protected
    assert "target type group" in matches[0].similar
    assert all(m1.score >= m2.score for m1, m2 in zip(matches, matches[1:], strict=False))


def test_matching_is_deterministic(analyzer):
    st = analyzer.analyze("China must release Alimnur Turganbay!").statements[0]
    assert [m.precedent.id for m in match_statement(st, CASEBOOK)] == [
        m.precedent.id for m in match_statement(st, CASEBOOK)
    ]


def test_four_jurisdiction_profiles_show_where_domestic_law_goes_beyond_art_20_2():
    profiles = load_jurisdictions()
    assert set(profiles) >= {"international", "coe", "kz", "ru"}
    assert not profiles["international"].beyond
    for code in ("kz", "ru"):
        assert profiles[code].beyond, code
        assert any(
            "group_negative" in b.reaches_categories or "political_criticism" in b.reaches_categories
            for b in profiles[code].beyond
        )
    assert "174" in profiles["kz"].offence_citation and "282" in profiles["ru"].offence_citation
    assert profiles["ru"].guidance  # the Supreme Court's guidance on criticism of politicians


@pytest.mark.parametrize(
    ("loader", "error", "code", "body", "message"),
    [
        (load_casebook, CasebookError, "TL205", "precedents: [{id: bad}]", "id like"),
        (load_casebook, CasebookError, "TL205", "precedents: 3", "precedents"),
        (load_casebook, CasebookError, "TL205", "[unclosed", "cannot read"),
        (
            load_jurisdictions,
            JurisdictionError,
            "TL206",
            "jurisdictions: [{id: international, name: x, offence: {citation: y, elements: [z]}}]",
            "missing profiles",
        ),
        (load_jurisdictions, JurisdictionError, "TL206", "jurisdictions: [{id: KZ!, name: x}]", "lower-case id"),
        (load_jurisdictions, JurisdictionError, "TL206", "jurisdictions: {}", "jurisdictions"),
    ],
)
def test_bad_data_files_get_numbered_errors(tmp_path, loader, error, code, body, message):
    path = tmp_path / "data.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(error, match=message) as info:
        loader.__wrapped__(path)
    assert f"[{code}]" in str(info.value)
