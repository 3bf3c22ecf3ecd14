"""Word, PDF, subtitles and HTML: statements found with their location, markup kept out, bad files numbered."""

from __future__ import annotations

import os

import docx
import pypdf
import pytest
import weasyprint
from click.testing import CliRunner

from targetlens.cli import main
from targetlens.documents.reader import SUPPORTED, read_document
from targetlens.inputs import MAX_INPUT_BYTES

SLOGAN = "Down with the Communist Party!"


@pytest.fixture(autouse=True)
def _shared_analyzer(monkeypatch, analyzer):
    monkeypatch.setattr("targetlens.load_analyzer", lambda fast=False: analyzer)


def _docx(path, table: bool = True):
    document = docx.Document()
    document.add_paragraph("Expert opinion on the leaflet seized on 4 June.")
    document.add_paragraph("")
    document.add_paragraph("The leaflet carried the words:")
    document.add_paragraph(f"“{SLOGAN}”")
    if table:
        cells = document.add_table(rows=2, cols=2)
        cells.cell(0, 0).text = "Second slogan"
        cells.cell(0, 1).text = "“China must release Alimnur now!”"
        cells.cell(1, 0).merge(cells.cell(1, 1)).text = "A merged cell, read once."
    document.add_paragraph("The author calls this “a political slogan” in passing.")
    document.save(str(path))
    return path


def _cli(path, tmp_path):
    return CliRunner().invoke(main, ["report", str(path), "-o", str(tmp_path / "out.md")])


def test_docx_quotations_have_paragraph_locations(tmp_path):
    document = read_document(str(_docx(tmp_path / "opinion.docx")))
    assert document.kind == "docx" and document.quoted
    assert [(e.text, e.location) for e in document.excerpts] == [
        (SLOGAN, "paragraph 3"),
        ("China must release Alimnur now!", "paragraph 5"),
    ]
    for excerpt in document.excerpts:
        assert document.text[excerpt.start : excerpt.end] == excerpt.text
    assert document.text.count("A merged cell, read once.") == 1
    assert document.text.index("Second slogan") < document.text.index("The author calls")


def test_docx_report_through_the_cli(tmp_path):
    result = _cli(_docx(tmp_path / "opinion.docx", table=False), tmp_path)
    assert result.exit_code == 0, result.output
    assert "paragraph 3" in (tmp_path / "out.md").read_text(encoding="utf-8")


def test_pdf_quotations_have_page_and_line(tmp_path):
    pdf = tmp_path / "report.pdf"
    weasyprint.HTML(string=f"<p>The crowd chanted:</p><p>“{SLOGAN}”</p><p>Police said nothing.</p>").write_pdf(pdf)
    document = read_document(str(pdf))
    assert document.kind == "pdf" and document.quoted
    [excerpt] = document.excerpts
    assert excerpt.text == SLOGAN and excerpt.location == "page 1, line 2"
    assert document.text[excerpt.start : excerpt.end] == excerpt.text


def test_second_pdf_page_counts_lines_from_its_top(tmp_path):
    pdf = tmp_path / "two.pdf"
    html = f'<p>First page.</p><p style="break-before: page">Heading</p><p>“{SLOGAN}”</p>'
    weasyprint.HTML(string=html).write_pdf(pdf)
    [excerpt] = read_document(str(pdf)).excerpts
    assert excerpt.location == "page 2, line 2"


def _blank_pdf(path, password: str | None = None):
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if password:
        writer.encrypt(password, algorithm="RC4-128")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


@pytest.mark.parametrize(
    ("name", "content", "code", "phrase"),
    [
        ("renamed.docx", b"Down with the Communist Party!\n", "TL108", "not a valid DOCX"),
        ("random.pdf", os.urandom(4096), "TL108", "not a valid PDF"),
        ("random.docx", b"PK\x03\x04" + os.urandom(4096), "TL108", "not a valid DOCX"),
        ("empty.docx", b"", "TL101", "empty"),
        ("empty.pdf", b"", "TL101", "empty"),
    ],
)
def test_bad_files_get_numbered_errors(tmp_path, name, content, code, phrase):
    path = tmp_path / name
    path.write_bytes(content)
    result = _cli(path, tmp_path)
    assert result.exit_code == 2 and f"[{code}]" in result.output and phrase in result.output, result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_oversize_and_missing_files(tmp_path, suffix):
    big = tmp_path / f"big{suffix}"
    big.write_bytes(b"\0" * (MAX_INPUT_BYTES + 1))
    result = _cli(big, tmp_path)
    assert result.exit_code == 2 and "[TL104]" in result.output and "Traceback" not in result.output
    result = _cli(tmp_path / f"missing{suffix}", tmp_path)
    assert result.exit_code == 2 and "[TL105]" in result.output and "Traceback" not in result.output


def test_pdf_without_text_layer_and_encrypted_pdf(tmp_path):
    result = _cli(_blank_pdf(tmp_path / "scan.pdf"), tmp_path)
    assert result.exit_code == 2 and "[TL101]" in result.output and "OCR" in result.output
    result = _cli(_blank_pdf(tmp_path / "locked.pdf", password="secret"), tmp_path)
    assert result.exit_code == 2 and "[TL108]" in result.output and "encrypted" in result.output
    assert "Traceback" not in result.output


def test_empty_docx_and_supported_list(tmp_path):
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    result = _cli(path, tmp_path)
    assert result.exit_code == 2 and "[TL101]" in result.output
    assert {".docx", ".pdf", ".txt", ".srt"} <= set(SUPPORTED)


@pytest.mark.parametrize(
    ("suffix", "cue", "speaker"),
    [
        (".srt", "<i>Down with</i> <b>China</b>", ""),
        (".srt", '<font color="#ff0000">Down with</font> <u>China</u>', ""),
        (".srt", "{\\an8}Down with {\\i1}China{\\i0}", ""),
        (".vtt", "<v Bob>Down with <c.yellow.bg_blue>China</c></v>", "Bob"),
        (".vtt", "<v.loud Bob Smith>Down <00:00:01.500>with <00:00:02.000>China", "Bob Smith"),
        (".vtt", "<ruby>Down with<rt>down</rt></ruby> <I>China</I>", ""),
    ],
)
def test_subtitle_markup_never_reaches_the_analyser(tmp_path, analyzer, suffix, cue, speaker):
    head = "WEBVTT\n\n" if suffix == ".vtt" else "1\n"
    path = tmp_path / f"cue{suffix}"
    path.write_text(f"{head}00:00:01.000 --> 00:00:03.000\n{cue}\n", encoding="utf-8")
    document = read_document(str(path))
    [excerpt] = document.excerpts
    assert document.text[excerpt.start : excerpt.end] == excerpt.text and len(document.text) == len(path.read_text())
    assert "<" not in excerpt.text and "{" not in excerpt.text and excerpt.speaker == speaker
    assert " ".join(excerpt.text.split()) == "Down with China"
    verdict = analyzer.analyze(excerpt.text).statements[0].category
    assert verdict == analyzer.analyze("Down with China").statements[0].category


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (  # no blank line between cues: each is kept, the SRT number of the next one is not cue text
            "1\n00:00:01,000 --> 00:00:02,000\nDown with China\n2\n00:00:02,000 --> 00:00:03,000\nFree Alimnur\n",
            [("Down with China", "00:00:01,000 --> 00:00:02,000"), ("Free Alimnur", "00:00:02,000 --> 00:00:03,000")],
        ),
        (  # timestamps without milliseconds, with "." or "," and VTT cue settings
            "WEBVTT\n\n00:00:01 --> 00:00:02\nOne\n00:03.5 --> 00:04,250 align:start\nTwo\n\n",
            [("One", "00:00:01 --> 00:00:02"), ("Two", "00:03.5 --> 00:04,250")],
        ),
        (  # an impossible timestamp (61 minutes) skips its cue only
            "1\n00:61:00,000 --> 00:62:00,000\nLost cue\n\n2\n00:00:04,000 --> 00:00:05,000\nKept cue\n",
            [("Kept cue", "00:00:04,000 --> 00:00:05,000")],
        ),
    ],
)
def test_subtitle_cues_are_not_lost(tmp_path, content, expected):
    path = tmp_path / "cues.srt"
    path.write_text(content, encoding="utf-8")
    document = read_document(str(path))
    assert [(e.text, e.location) for e in document.excerpts] == expected
    assert all(document.text[e.start : e.end] == e.text for e in document.excerpts)
    assert ("line 2 (00:61:00,000" in document.note) == ("00:61" in content)


@pytest.mark.parametrize(
    ("name", "content", "phrase"),
    [
        ("bad.srt", "1\n00:00:75,000 --> 00:00:80,000\nDown with China\n", "60 or more, at line 2"),
        ("none.vtt", "WEBVTT\n\nno cue here\n", "no subtitle cues"),
        ("script.html", "<script>alert(1)</script>", "script.html"),
    ],
)
def test_documents_without_statements_name_the_file(tmp_path, name, content, phrase):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = _cli(path, tmp_path)
    assert result.exit_code == 2 and "[TL101]" in result.output and phrase in result.output, result.output
    assert "Traceback" not in result.output
