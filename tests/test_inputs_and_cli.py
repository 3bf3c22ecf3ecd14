"""Bad input gets a numbered error and a documented exit code, never a traceback; the CLI renders both formats."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import targetlens.pipeline
from targetlens.cli import main
from targetlens.errors import BinaryInput, EmptyInput, EncodingError, InputTooLarge
from targetlens.inputs import MAX_INPUT_BYTES, decode_text


@pytest.fixture(autouse=True)
def _shared_analyzer(monkeypatch, analyzer):
    """The CLI builds an analyser per call; reuse the session's one to keep the tests fast."""
    monkeypatch.setattr("targetlens.load_analyzer", lambda fast=False: analyzer)


@pytest.mark.parametrize(
    ("data", "error", "code"),
    [
        (b"", EmptyInput, "TL101"),
        (b"   \n\t ", EmptyInput, "TL101"),
        (b"12345 !!!", EmptyInput, "TL101"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "TL102"),
        ("Долой Китай!".encode("cp1251"), EncodingError, "TL103"),
        (b"a" * (MAX_INPUT_BYTES + 1), InputTooLarge, "TL104"),
    ],
)
def test_bad_bytes_get_numbered_errors(data, error, code):
    with pytest.raises(error) as info:
        decode_text(data, "sample")
    assert str(info.value).startswith(f"[{code}]")


def test_bom_is_accepted():
    assert decode_text("\ufeffDown with China!".encode()) == "Down with China!"


@pytest.mark.parametrize(
    ("content", "code", "exit_code"),
    [(b"", "TL101", 2), (b"\x00\x01\x02binary", "TL102", 2), ("Қытай".encode("utf-16"), "TL10", 2)],
)
def test_cli_bad_files(tmp_path, content, code, exit_code):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["analyze", str(path)])
    assert result.exit_code == exit_code
    assert f"[{code}" in result.output
    assert "Traceback" not in result.output


def test_cli_missing_file_and_unknown_language(tmp_path):
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "[TL105]" in result.output
    result = CliRunner().invoke(main, ["analyze", "--language", "xx", "--text", "hello"])
    assert result.exit_code == 2 and "[TL106]" in result.output


def test_cli_json_follows_the_schema_from_stdin():
    result = CliRunner().invoke(main, ["analyze", "-", "--format", "json"], input="Down with the Communist Party!")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["schema"] == "targetlens.analysis/1"
    assert doc["tool"]["name"] == "targetlens" and doc["tool"]["ruleset"].startswith("sha256:")
    assert doc["input"]["chars"] == len("Down with the Communist Party!")
    statement = doc["statements"][0]
    assert statement["category"] == "political_criticism" and statement["hateful"] is False
    assert statement["targets"][0]["type"] == "party"
    assert doc["summary"] == {**doc["summary"], "category": "political_criticism", "hateful": False}


def test_cli_text_marks_spans_and_fail_on_hate():
    result = CliRunner().invoke(main, ["analyze", "--text", "All Chinese must be expelled.", "--fail-on-hate"])
    assert result.exit_code == 1
    assert "[Chinese|group]" in result.output
    assert "group_incitement" in result.output


def test_pipeline_checks_stage_order():
    from targetlens.errors import PipelineError

    stage = targetlens.pipeline.Stage("cues", frozenset({"mentions"}), frozenset({"cues"}), lambda d: None)
    with pytest.raises(PipelineError, match="TL401"):
        targetlens.pipeline.Pipeline([stage])


def test_eval_on_a_labelled_csv(tmp_path):
    data = tmp_path / "mine.csv"
    data.write_text(
        "text,label\n"
        "Down with the Communist Party!,political_criticism\n"
        "All Chinese must be expelled.,group_incitement\n"
        "It is raining today.,no_target\n",
        encoding="utf-8",
    )
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(main, ["eval", str(data), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "confusion matrix" in result.output and "precision" in result.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["n"] == 3 and figures["accuracy"] == 1.0


def test_eval_binary_jsonl_and_bad_files(tmp_path):
    data = tmp_path / "mine.jsonl"
    data.write_text('{"t": "I hate Muslims.", "y": "hateful"}\n{"t": "Muslims pray.", "y": "non-hateful"}\n')
    result = CliRunner().invoke(main, ["eval", str(data), "--text-col", "t", "--label-col", "y"])
    assert result.exit_code == 0 and "accuracy 1.000 over 2 rows" in result.output
    result = CliRunner().invoke(main, ["eval", str(data), "--text-col", "missing"])
    assert result.exit_code == 2 and "[TL107]" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\nhello,maybe\n")
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code == 2 and "[TL107]" in result.output and "Traceback" not in result.output


def test_eval_hatecheck_with_a_small_suite(tmp_path):
    suite = tmp_path / "test_suite_cases.csv"
    suite.write_text(
        "functionality,test_case,label_gold\n"
        "derog_neg_emote_h,I hate women.,hateful\n"
        "ident_neutral_nh,I live with two women.,non-hateful\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", "hatecheck", "--cases", str(suite)])
    assert result.exit_code == 0, result.output
    assert "derog_neg_emote_h" in result.output and "100.0" in result.output
