"""Statements, clauses and languages: the splits, the language per statement, and offsets into the input."""

from __future__ import annotations

import pytest

from targetlens.text.segment import quote_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Down with China! Down with Xi Jinping!", ["Down with China!", "Down with Xi Jinping!"]),
        ("We oppose! We oppose! We oppose!", ["We oppose!", "We oppose!", "We oppose!"]),
        ("Mr. Smith said it.\nДолой Китай!", ["Mr. Smith said it.", "Долой Китай!"]),
        ("- “China must release him!”", ["China must release him!”"]),
        ("Қытай жойылсын! Си Цзиньпин жойылсын!", ["Қытай жойылсын!", "Си Цзиньпин жойылсын!"]),
        ("The U.S. said 3.5 percent. Fine.", ["The U.S. said 3.5 percent.", "Fine."]),
    ],
)
def test_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_quote_spans_skip_apostrophes():
    text = "He said 'Kazakhs are lazy' and «вот» — it's fine"
    assert [text[a:b] for a, b in quote_spans(text, 0, len(text))] == ["Kazakhs are lazy", "вот"]


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Down with China!", ["en"]),
        ("Долой Си Цзиньпина! Қытай жойылсын!", ["ru", "kk"]),
        ("Си Цзиньпин жойылсын!", ["kk"]),
        ("Qytai ukimeti joiylsyn!", ["kk"]),
        ("打倒习近平!", ["zh"]),
        ("Nieder mit der Regierung, sofort und für immer!", ["de"]),
        ("I don't hate Jews. Мы против безвизового режима.", ["en", "ru"]),
    ],
)
def test_language_per_statement(analyzer, text, languages):
    assert [s.language for s in analyzer.analyze(text).statements] == languages


def test_unsupported_language_is_reported_not_analysed(analyzer):
    result = analyzer.analyze("Nieder mit der Regierung, sofort und für immer!")
    assert result.warnings == ("unsupported language: de",)
    assert result.statements[0].targets == ()
    assert any("not supported" in why for why in result.statements[0].explanation)


def test_clause_split_when_targets_differ(analyzer):
    text = "Down with China! They have flooded Kazakhstan with Chinese—down with China!"
    result = analyzer.analyze(text)
    assert [s.text for s in result.statements] == [
        "Down with China!",
        "They have flooded Kazakhstan with Chinese",
        "down with China!",
    ]
    assert [s.category for s in result.statements] == ["political_criticism", "group_negative", "political_criticism"]


def test_no_clause_split_when_targets_are_the_same(analyzer):
    text = "We oppose the visa-free regime with China; we reject the agreements with China."
    assert len(analyzer.analyze(text).statements) in (1, 2)
    text = "The police beat protesters — the police lied."
    assert len(analyzer.analyze(text).statements) == 1


def test_latin_kazakh_offsets_point_at_the_latin_words(analyzer):
    text = "Qytai ukimeti joiylsyn! Qytailar lastar."
    result = analyzer.analyze(text)
    first = result.statements[0]
    assert first.language == "kk"
    assert [(t.text, t.type) for t in first.targets] == [("Qytai ukimeti", "government")]
    assert first.cues[0].text == "joiylsyn" and text[first.cues[0].start : first.cues[0].end] == "joiylsyn"
    assert first.category == "political_criticism"


def test_a_wall_of_text_is_cut_into_statements():
    from targetlens.text.segment import MAX_STATEMENT_CHARS

    text = "word " * 5000
    spans = split_sentences(text)
    assert len(spans) > 1 and all(e - s <= MAX_STATEMENT_CHARS for s, e in spans)
    assert all(text[s:e].strip() == text[s:e] for s, e in spans)
