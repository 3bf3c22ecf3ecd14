"""Control characters, NUL bytes and UTF-16: normalised or refused with a number, never a traceback."""

from __future__ import annotations

import io

import docx
import pypdf
import pytest
from click.testing import CliRunner

from targetlens.cli import main
from targetlens.documents.reader import read_document
from targetlens.errors import BinaryInput, EncodingError, TargetlensError
from targetlens.inputs import decode_text, normalise_controls

CLEAN = "Down with China"


@pytest.fixture(autouse=True)
def _shared_analyzer(monkeypatch, analyzer):
    monkeypatch.setattr("targetlens.load_analyzer", lambda fast=False: analyzer)


def _verdicts(analyzer, text):
    return [(s.category, [t.type for t in s.targets]) for s in analyzer.analyze(text).statements]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("page one\fpage two", "page one\npage two"),
        ("a\vb", "a\nb"),
        ("Down with\x01 China", "Down with  China"),
        ("\x00\x1b[31mred\x7f", "  [31mred "),
        ("C1\x85 and\x9f", "C1  and "),
        ("tab\tnew\nline\r\n", "tab\tnew\nline\r\n"),
        ("Қытай жойылсын «¡ ÿ»", "Қытай жойылсын «¡ ÿ»"),
    ],
)
def test_normalise_controls_keeps_the_length(raw, expected):
    assert normalise_controls(raw) == expected and len(expected) == len(raw)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Page one.\n\x0cPage two.\n", "Page one.\n\nPage two.\n"),
        ("\ufeffDown with China!".encode(), "Down with China!"),
        (b"Down with\x01 China", "Down with  China"),
        ("Down with\u0085 China".encode(), "Down with  China"),
    ],
)
def test_text_with_controls_is_accepted_and_normalised(data, expected):
    assert decode_text(data, "sample") == expected


@pytest.mark.parametrize(
    ("data", "error", "phrase"),
    [
        (b"a" * 9000 + b"\x00" + b"b" * 10, BinaryInput, "NUL"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "NUL"),
        ("Down with China".encode("utf-16"), EncodingError, "iconv -f UTF-16 -t UTF-8"),
        ("Қытай жойылсын!".encode("utf-16-be"), EncodingError, "UTF-16"),
        (b"\xfe\xff" + "Down".encode("utf-16-be"), EncodingError, "UTF-16"),
        ("Down with the Communist Party!\n".encode("utf-16-le") * 400, EncodingError, "UTF-16"),
    ],
)
def test_nul_bytes_and_utf16_get_numbered_errors(data, error, phrase):
    with pytest.raises(error) as info:
        decode_text(data, "sample")
    assert str(info.value).startswith(f"[{error.code}]") and phrase in str(info.value)


@pytest.mark.parametrize(("suffix", "raw"), [(".txt", "Down with\x01 China"), (".md", "Down with\x7f\x85 China")])
def test_controls_do_not_change_the_verdict(tmp_path, analyzer, suffix, raw):
    path = tmp_path / f"slogan{suffix}"
    path.write_text(raw, encoding="utf-8")
    document = read_document(str(path))
    [excerpt] = document.excerpts
    assert document.text[excerpt.start : excerpt.end] == excerpt.text and len(document.text) == len(raw)
    assert _verdicts(analyzer, excerpt.text) == _verdicts(analyzer, CLEAN)


@pytest.mark.parametrize(
    ("content", "code", "phrase"),
    [
        ("Down with China".encode("utf-16"), "TL103", "iconv -f UTF-16 -t UTF-8"),
        (b"Down with China. " * 600 + b"\x00", "TL102", "NUL"),
    ],
)
def test_cli_refuses_utf16_and_late_nul_bytes(tmp_path, content, code, phrase):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    for command in (["analyze", str(path)], ["report", str(path), "-o", str(tmp_path / "out.md")]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2 and f"[{code}]" in result.output and phrase in result.output, result.output
        assert "Traceback" not in result.output and str(path) in result.output


def test_form_feed_and_control_in_a_quotation_render_to_docx(tmp_path):
    source = tmp_path / "opinion.txt"
    source.write_text("Page one: the crowd chanted\n\f“Down with\x01 the Communist Party!”\n", encoding="utf-8")
    out = tmp_path / "out.docx"
    result = CliRunner().invoke(main, ["report", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(io.BytesIO(out.read_bytes()))
    text = "\n".join([p.text for p in document.paragraphs] + [c.text for t in document.tables for c in t._cells])
    assert "Down with  the Communist Party!" in text and "\x01" not in text and "\f" not in text


def test_docx_and_pdf_text_is_normalised(tmp_path, monkeypatch):
    path = tmp_path / "c1.docx"
    word = docx.Document()
    word.add_paragraph("Down with\x85 China\x9f")
    word.add_paragraph("\x85")
    word.save(str(path))
    document = read_document(str(path))
    assert document.text == "Down with  China " and document.excerpts[0].location == "whole document"
    pdf = tmp_path / "page.pdf"
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.write(str(pdf))
    monkeypatch.setattr(pypdf.PageObject, "extract_text", lambda self, *a, **k: "Down with\x01 China\x0c")
    assert read_document(str(pdf)).text == "Down with  China\n"


def test_html_text_is_normalised(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<p>Down with\x01 China</p><script>x\x02</script>", encoding="utf-8")
    document = read_document(str(path))
    assert document.text == "\nDown with  China" and not any(ord(ch) < 32 and ch != "\n" for ch in document.text)
    path.write_bytes("<p>Down with China</p>".encode("utf-16"))
    with pytest.raises(TargetlensError, match=r"^\[TL103\]"):
        read_document(str(path))
