"""Reports: documents in (quotations, subtitles, HTML), JSON/Markdown/HTML out, read back; bad input gets numbers."""

from __future__ import annotations

import hashlib
import io
import json
from html.parser import HTMLParser

import docx
import pypdf
import pytest
from click.testing import CliRunner

from targetlens.cli import main
from targetlens.documents.reader import read_document
from tests.conftest import SHARED

OPINION = SHARED / "case" / "source-3-expert-opinion.txt"


@pytest.fixture(autouse=True)
def _shared_analyzer(monkeypatch, analyzer):
    monkeypatch.setattr("targetlens.load_analyzer", lambda fast=False: analyzer)


@pytest.mark.skipif(not OPINION.exists(), reason="../shared/case is not beside the repository")
def test_the_expert_opinion_yields_its_eight_quoted_statements():
    document = read_document(str(OPINION))
    assert document.quoted and len(document.excerpts) == 8
    text = OPINION.read_text(encoding="utf-8")
    for excerpt in document.excerpts:
        assert text[excerpt.start : excerpt.end] == excerpt.text
        assert excerpt.location.startswith("line ")


def test_subtitles_keep_their_timestamps(tmp_path):
    srt = tmp_path / "protest.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:03,500\nDown with the Communist Party!\n\n"
        "2\n00:00:04,000 --> 00:00:06,000\nChina must release Alimnur!\n",
        encoding="utf-8",
    )
    excerpts = read_document(str(srt)).excerpts
    assert [e.location for e in excerpts] == ["00:00:01,000 --> 00:00:03,500", "00:00:04,000 --> 00:00:06,000"]
    assert [e.text for e in excerpts] == ["Down with the Communist Party!", "China must release Alimnur!"]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


SLOGANS_MD = (
    'The crowd chanted:\n\n- "Down with the Communist Party!"\n- "<script>alert(1)</script> Muslims are vermin"\n'
)


def _render_all(tmp_path, source, extra=()):
    outputs = {}
    for ext in (".json", ".md", ".html", ".docx", ".pdf"):
        out = tmp_path / f"report{ext}"
        result = CliRunner().invoke(main, ["report", str(source), "-o", str(out), *extra])
        assert result.exit_code == 0, result.output
        outputs[ext] = out.read_bytes()
    return outputs


def _docx_text(data: bytes) -> tuple[str, list[str], int]:
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    return "\n".join(paragraphs + cells), headings, len(document.tables)


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_every_format_renders_and_reads_back(tmp_path):
    source = tmp_path / "slogans.md"
    source.write_text(SLOGANS_MD, encoding="utf-8")
    outputs = _render_all(tmp_path, source)
    doc = json.loads(outputs[".json"])
    assert doc["schema"] == "targetlens.report/1" and doc["sources"][0]["statements_are_quotations"] is True
    assert [i["analysis"]["summary"]["category"] for i in doc["items"]] == ["political_criticism", "group_hate"]
    assert doc["tool"]["ruleset"].startswith("sha256:") and doc["created"]
    assert doc["input"]["sha256"] == hashlib.sha256(SLOGANS_MD.encode()).hexdigest()
    assert doc["items"][1]["precedents"]["2.1"], "a hateful statement is compared with precedents"
    markdown = outputs[".md"].decode()
    assert "group_hate (hateful)" in markdown and "[Communist Party|party]" in markdown
    assert "<script>" not in markdown and "&lt;script>" in markdown
    parser = _Collector()
    parser.feed(outputs[".html"].decode())
    assert "script" not in parser.tags
    assert "<script>alert(1)</script>" in "".join(parser.text)
    assert "&lt;script&gt;" in outputs[".html"].decode()
    text, headings, tables = _docx_text(outputs[".docx"])
    assert headings[0].startswith("targetlens report") and "4. Statements under examination, one by one" in headings
    assert tables >= 3 and "1. " in text and "Rabat" in text and "group_hate" in text
    assert "<script>alert(1)</script> Muslims are vermin" in text
    pdf = _pdf_text(outputs[".pdf"])
    assert pdf and "Down with the Communist Party" in pdf and "Rabat six-part" in pdf
    assert doc["tool"]["ruleset"] in pdf.replace("\n", "")


def test_same_input_same_report_apart_from_the_date(tmp_path, analyzer):
    from targetlens.casefile.assemble import assemble
    from targetlens.report.builder import build_report
    from targetlens.report.render import RENDERERS

    source = tmp_path / "slogans.md"
    source.write_text(SLOGANS_MD, encoding="utf-8")
    first = build_report(assemble(str(source)), analyzer.analyze, "v", "r", created="2026-01-01 00:00 UTC")
    second = build_report(assemble(str(source)), analyzer.analyze, "v", "r", created="2026-01-01 00:00 UTC")
    for ext in (".json", ".md", ".html"):
        assert RENDERERS[ext](first) == RENDERERS[ext](second), ext
    assert _docx_text(RENDERERS[".docx"](first)) == _docx_text(RENDERERS[".docx"](second))


def test_bad_report_requests_get_numbered_errors(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Down with China!", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(source), "-o", str(tmp_path / "r.xyz")])
    assert result.exit_code == 2 and "[TL108]" in result.output
    result = CliRunner().invoke(main, ["report", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 2 and "[TL105]" in result.output
    weird = tmp_path / "a.pdfx"
    weird.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(weird), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 2 and "[TL108]" in result.output and "Traceback" not in result.output


def test_subtitles_without_cues_and_bad_hatecheck_files(tmp_path):
    srt = tmp_path / "empty.srt"
    srt.write_text("1\nno timestamp here\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(srt), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 2 and "[TL101]" in result.output
    for name, content in (("wrong.csv", b"a,b\n1,2\n"), ("empty.csv", b""), ("binary.csv", b"\x00\x01\x02")):
        path = tmp_path / name
        path.write_bytes(content)
        result = CliRunner().invoke(main, ["eval", "hatecheck", "--cases", str(path)])
        assert result.exit_code == 2 and "[TL10" in result.output and "Traceback" not in result.output, result.output


def test_mixed_case_judges_each_statement_and_never_calls_a_threat_protected(tmp_path, analyzer):
    from targetlens.casefile.assemble import assemble
    from targetlens.report.builder import build_report

    case = tmp_path / "case.yaml"
    case.write_text(
        "case: mixed\njurisdiction: ru\nstatements:\n"
        "  - {text: 'Долой Путина!'}\n  - {text: 'Все таджики должны убраться из России.'}\n"
        "  - {text: 'The president should be hanged.'}\n",
        encoding="utf-8",
    )
    report = build_report(assemble(str(case)), analyzer.analyze, "v", "r", created="2026-01-01 00:00 UTC")
    assert [st.category for st in report.statements] == [
        "political_criticism",
        "group_incitement",
        "political_criticism",
    ]
    legal = dict(report.conclusion)["legal characterisation (international standard)"]
    assert legal.startswith("Statement(s) 2.1 attack a protected group as such.")
    assert "Statement(s) 1.1 are protected expression" in legal
    assert "Statement(s) 3.1 contain words of violence" in legal and "not shown to be protected" in legal
    jurisdiction = dict(report.conclusion)["jurisdiction: Russian Federation"]
    assert "2.1" not in jurisdiction.split("Elements of this offence")[-1]  # hateful speech is not 'overreach'


def test_a_report_is_never_written_over_its_input(tmp_path):
    source = tmp_path / "slogans.md"
    source.write_text(SLOGANS_MD, encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(source), "-o", str(source)])
    assert result.exit_code == 2 and "[TL111]" in result.output
    assert source.read_text(encoding="utf-8") == SLOGANS_MD
    case = tmp_path / "case.yaml"
    case.write_text("case: x\nsources: [{path: slogans.md}]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(case), "-o", str(source)])
    assert result.exit_code == 2 and "[TL111]" in result.output, result.output
    assert source.read_text(encoding="utf-8") == SLOGANS_MD


def test_statements_in_unsupported_languages_are_not_counted_as_protected(tmp_path, analyzer):
    from targetlens.casefile.assemble import assemble
    from targetlens.report.builder import build_report

    case = tmp_path / "case.yaml"
    case.write_text("statements:\n  - {text: 'الموت للصين!'}\n  - {text: 'Down with the Communist Party!'}\n", "utf-8")
    report = build_report(assemble(str(case)), analyzer.analyze, "v", "r", created="2026-01-01 00:00 UTC")
    sections = dict(report.conclusion)
    legal = sections["legal characterisation (international standard)"]
    assert "No statement advocates" not in legal and "Statement(s) 2.1 are protected expression" in legal
    assert "1.1 are in languages targetlens does not analyse (ar)" in legal
    assert "not analysed (unsupported language): 1.1" in sections["uncertainty"]
    content = next(f for f in report.rabat if f.number == 4)
    assert "(ar) are not assessed" in content.finding
    only_arabic = tmp_path / "ar.yaml"
    only_arabic.write_text("statements:\n  - {text: 'الموت للصين!'}\n", "utf-8")
    report = build_report(assemble(str(only_arabic)), analyzer.analyze, "v", "r", created="2026-01-01 00:00 UTC")
    assert next(f for f in report.rabat if f.number == 4).status == "insufficient information"


def test_subtitle_voices_become_speakers_and_a_document_of_cited_terms_is_read_whole(tmp_path):
    vtt = tmp_path / "protest.vtt"
    vtt.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Bekzat>Down with the Communist Party!\n", "utf-8")
    out = tmp_path / "r.json"
    assert CliRunner().invoke(main, ["report", str(vtt), "-o", str(out)]).exit_code == 0
    item = json.loads(out.read_text(encoding="utf-8"))["items"][0]
    assert item["speaker"] == "Bekzat" and item["analysis"]["summary"]["category"] == "political_criticism"
    terms = tmp_path / "terms.txt"
    terms.write_text("They were fined for “hooliganism”. Down with the Communist Party!", "utf-8")
    assert CliRunner().invoke(main, ["report", str(terms), "-o", str(out)]).exit_code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["items"][0]["location"] == "whole document"
    assert [q["text"] for q in report["sources"][0]["context_quotations"]] == ["hooliganism"]


def test_pdf_warns_when_no_font_can_show_chinese(tmp_path, analyzer, monkeypatch):
    import subprocess

    from targetlens.casefile.assemble import assemble
    from targetlens.report.builder import build_report
    from targetlens.report.pdf import missing_fonts

    case = tmp_path / "case.yaml"
    case.write_text("statements:\n  - {text: '打倒中国共产党！'}\n", "utf-8")
    report = build_report(assemble(str(case)), analyzer.analyze, "v", "r", created="2026-01-01 00:00 UTC")
    monkeypatch.setattr("shutil.which", lambda name: "/usr/bin/fc-list")
    answer = {"out": ""}
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, answer["out"], ""))
    assert "fonts-wqy-microhei" in missing_fonts(report)[0]
    answer["out"] = "WenQuanYi Micro Hei\n"
    assert missing_fonts(report) == []


def test_the_report_json_fields_are_the_documented_ones(tmp_path, analyzer):
    from pathlib import Path

    from targetlens.casefile.assemble import assemble
    from targetlens.report.builder import build_report

    source = tmp_path / "slogans.md"
    source.write_text(SLOGANS_MD, encoding="utf-8")
    report = build_report(assemble(str(source)), analyzer.analyze, "v", "r", created="2026-01-01 00:00 UTC")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    documented = " ".join(readme.split("(`targetlens.report/1`:", 1)[1].split("\n\n", 1)[0].split())
    for key in report.to_dict():
        if key != "schema":
            assert f"`{key}`" in documented, key
