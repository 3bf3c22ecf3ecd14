"""Case files: validated with numbered errors; the example case's report keeps missing facts as missing."""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from targetlens.casefile.loader import load_case
from targetlens.cli import main
from targetlens.errors import CaseFileError, EmptyInput, FileNotReadable, UnknownJurisdiction
from tests.conftest import ROOT, SHARED

EXAMPLE = ROOT / "examples" / "atajurt-case.yaml"


@pytest.fixture(autouse=True)
def _shared_analyzer(monkeypatch, analyzer):
    monkeypatch.setattr("targetlens.load_analyzer", lambda fast=False: analyzer)


@pytest.mark.parametrize(
    ("content", "error", "code"),
    [
        ("case: [unclosed", CaseFileError, "TL109"),
        ("- just a list", CaseFileError, "TL109"),
        ("case: x\nfacts: {}", CaseFileError, "TL109"),
        ("case: x\nstatements: [{text: hi}]\njurisdiction: mars", UnknownJurisdiction, "TL110"),
        ("case: x\nstatements: [{text: hi}]\nfacts: {weather: sunny}", CaseFileError, "TL109"),
        ("case: x\nsources: [{path: nowhere.txt}]", FileNotReadable, "TL105"),
    ],
)
def test_bad_case_files(tmp_path, content, error, code):
    path = tmp_path / "case.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=code):
        load_case(str(path))


@pytest.mark.skipif(not (SHARED / "case").exists(), reason="../shared/case is not beside the repository")
def test_example_case_report_keeps_missing_facts_missing(tmp_path):
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["report", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    status = {f["name"]: f["status"] for f in report["rabat"]}
    # the example case file gives context and medium, nothing on speaker, intent, reach or likelihood
    assert status["speaker"] == status["intent"] == status["likelihood and imminence"] == "insufficient information"
    assert status["extent"] == "insufficient information"
    assert status["content and form"] == "weighs against restriction"
    assert report["summary"]["hateful"] is False
    sections = [c["section"] for c in report["conclusion"]]
    assert sections[:2] == ["linguistic findings", "legal characterisation (international standard)"]
    assert sections[-1] == "uncertainty" and any(s.startswith("jurisdiction: ") for s in sections)
    assert report["jurisdiction"]["id"] == "kz"
    legal = next(c["text"] for c in report["conclusion"] if c["section"].startswith("legal"))
    assert "protected expression" in legal and "GC 34 para 38" in legal
    # every factor the case file leaves empty says so, and says what would be needed
    for factor in report["rabat"]:
        if factor["name"] in ("speaker", "intent", "likelihood and imminence"):
            assert factor["status"] == "insufficient information" and not factor["evidence"], factor
            assert (
                "would be needed" in factor["finding"]
                or "needs facts" in factor["finding"]
                or ("gives no facts" in factor["finding"])
            ), factor
        if factor["name"] == "extent":  # the medium is given, the reach is not
            assert "only partial facts" in factor["finding"] and factor["evidence"]
    assert any("case file statement" in item["location"] for item in report["items"])


def test_broken_case_file_through_the_cli(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text("case: [", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(path), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 2 and "[TL109]" in result.output and "Traceback" not in result.output


def _rabat(tmp_path, statements, facts):
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump({"case": "t", "statements": statements, "facts": facts}), encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["report", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return {f["name"]: f for f in json.loads(out.read_text(encoding="utf-8"))["rabat"]}


def test_graded_facts_move_their_factor_and_are_cited(tmp_path):
    facts = {
        "context": {"description": "riots against the minority last month", "tension": "high"},
        "speaker": {"role": "blogger", "influence": "low"},
        "sources": {"context": "police report 12"},
    }
    hateful = _rabat(tmp_path, [{"text": "All Muslims must be expelled from our country."}], facts)
    assert hateful["context"]["status"] == "weighs towards restriction"
    assert "police report 12" in hateful["context"]["evidence"][0]
    assert hateful["speaker"]["status"] == "weighs against restriction"
    political = _rabat(tmp_path, [{"text": "Down with the Communist Party!"}], facts)
    assert political["context"]["status"] == "weighs against restriction"
    assert "no statement advocates hatred" in political["context"]["finding"]


@pytest.mark.parametrize(
    "facts",
    [{"speaker": {"influence": "enormous"}}, {"reach": {"views": "many"}}, {"reach": 5}, {"sources": ["a"]}],
)
def test_badly_graded_facts_get_tl109(tmp_path, facts):
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump({"case": "t", "statements": [{"text": "hi"}], "facts": facts}), encoding="utf-8")
    with pytest.raises(CaseFileError, match="TL109"):
        load_case(str(path))


def test_a_huge_case_file_gets_tl104(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text("case: x\nstatements:\n" + "  - {text: 'Down with China!'}\n" * 200_000, encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(path), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 2 and "[TL104]" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    "content",
    [
        "case: x\nstatements: [{text: hi}]\nfacts:\n  context: &a [1, 2]\n  intent: [*a, *a, *a]\n",
        "case: x\nstatements: [{text: hi, translations: {en: [a, b]}}]\n",
        "case: x\nstatements: [{text: hi, speaker: {name: x}}]\n",
        "case: x\nstatements: [{text: hi, colour: red}]\n",
        "case: [x]\nstatements: [{text: hi}]\n",
        "case: x\nstatements: {text: hi}\n",
        "case: x\nfacts: {speaker: {role: {nested: deep}}}\nstatements: [{text: hi}]\n",
        "statements: [{text: 'Down with China!'}]\nstatements: [{text: 'Nice weather'}]\n",
        "case: x\nstatements: [{text: hi}]\nfacts: {reach: {views: 500000}, reach: {views: 5}}\n",
        "statements: [{text: hi}]\n1: a\nfoo: b\n",
        "statements: [{text: hi}]\nfacts: {1: a, b: c}\n",
        "statements: " + "[" * 5000 + "]" * 5000 + "\n",
        "statements: [{text: hi}]\nfacts: {intent: no}\n",
        "statements: [{text: hi}]\nfacts: {reach: {views: true}}\n",
        "statements: [{text: hi}]\nfacts: {context: riots, sources: {bogus: x}}\n",
        "statements: [{text: hi, translations: {xx-!!: text}}]\n",
        "statements: [{text: hi, translations: {ru: ''}}]\n",
    ],
)
def test_case_files_with_lists_nesting_or_aliases_where_text_belongs_get_tl109(tmp_path, content):
    path = tmp_path / "case.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CaseFileError, match="TL109"):
        load_case(str(path))


def test_a_source_can_name_the_speaker_of_its_quotations(tmp_path):
    doc = tmp_path / "report.txt"
    doc.write_text("Protesters chanted “Down with the Communist Party!” in the square.", encoding="utf-8")
    path = tmp_path / "case.yaml"
    path.write_text(
        "case: x\nsources: [{path: report.txt, speaker: protesters, description: a news report}]\n", encoding="utf-8"
    )
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["report", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["items"][0]["speaker"] == "protesters" and report["items"][0]["framed_as"] == "evidence"
    assert report["sources"][0]["description"] == "a news report"


def test_facts_read_as_numbers_are_kept_and_empty_jurisdictions_and_repeated_sources_are_refused(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text("statements: [{text: hi}]\nfacts: {likelihood: 0, audience: 250}\n", encoding="utf-8")
    assert load_case(str(path)).facts == {"likelihood": "0", "audience": "250"}
    path.write_text("statements: [{text: hi}]\njurisdiction: ''\n", encoding="utf-8")
    with pytest.raises(UnknownJurisdiction, match="TL110"):
        load_case(str(path))
    (tmp_path / "a.txt").write_text("Down with China!", encoding="utf-8")
    path.write_text("sources: [a.txt, {path: ./a.txt}]\n", encoding="utf-8")
    with pytest.raises(CaseFileError, match="more than once"):
        load_case(str(path))
    path.write_text("statements: [{text: '12345 !!!'}]\n", encoding="utf-8")
    with pytest.raises(EmptyInput, match="TL101"):
        load_case(str(path))
