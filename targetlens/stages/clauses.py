"""Split a sentence into clauses when its clauses name different targets.

"Down with China! They have flooded Kazakhstan with Chinese—down with China!" holds a slogan against a
state and a clause about people: they are judged one by one (Stomakhin v. Russia), so they become separate
statements. Clauses that name the same targets, or none, stay together.
"""

from __future__ import annotations

from dataclasses import replace

from targetlens.model.document import Mention, Token, WorkStatement

BOUNDARY_MARKS = frozenset({"—", "–", ";", "--"})
QUANTIFIERS = frozenset({"all", "все", "бәрі", "барлығы", "көбі"})
CONJUNCTIONS = frozenset({"but", "and", "а", "но", "и", "однако", "бірақ", "ал", "және", "алайда"})


def split_clauses(st: WorkStatement) -> list[WorkStatement]:
    """Return the statement itself, or its clauses when they name different targets."""
    cuts = _boundaries(st.tokens, st.mentions)
    if not cuts or len(st.mentions) < 2:
        return [st]
    pieces = _pieces(len(st.tokens), cuts)
    sigs = [_signature(st.mentions, a, b) for a, b in pieces]
    named = [s for s in sigs if s]
    if len(named) < 2 or len(set(named)) < 2:
        return [st]
    merged: list[tuple[int, int]] = []
    for (a, b), sig in zip(pieces, sigs, strict=True):
        if merged and not sig:
            merged[-1] = (merged[-1][0], b)
        elif merged and not _signature(st.mentions, *merged[-1]):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) < 2:
        return [st]
    return [_slice(st, a, b) for a, b in merged]


def _boundaries(tokens: list[Token], mentions: list[Mention]) -> list[int]:
    """Token indices where a new clause starts."""
    cuts = []
    for i, t in enumerate(tokens[1:-1], start=1):
        if t.text in BOUNDARY_MARKS or (t.text == "-" and tokens[i - 1].end < t.start):
            if not _copula_dash(tokens, mentions, i):
                cuts.append(i + 1)
        elif t.text == "," and tokens[i + 1].lower in CONJUNCTIONS and i + 2 < len(tokens):
            cuts.append(i + 1)
    return cuts


def _copula_dash(tokens: list[Token], mentions: list[Mention], dash: int) -> bool:
    """ "Си Цзиньпин — диктатор", "Все цыгане — воры": a dash after a bare subject stands for "is"."""
    ends_with_subject = any(
        m.last == dash or (m.last == dash - 1 and tokens[dash - 1].lower in QUANTIFIERS) for m in mentions
    )
    if not ends_with_subject:
        return False
    j = dash - 1
    while j > 0 and tokens[j - 1].text not in {",", ";", ":", "—", "–"} and tokens[j - 1].lower not in {"что", "that"}:
        j -= 1
    return not any("verb" in t.feats for t in tokens[j:dash])


def _pieces(n: int, cuts: list[int]) -> list[tuple[int, int]]:
    bounds = [0, *cuts, n]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _signature(mentions: list[Mention], a: int, b: int) -> frozenset[str]:
    return frozenset(m.entity for m in mentions if a <= m.first and m.last <= b and m.entity)


def _slice(st: WorkStatement, a: int, b: int) -> WorkStatement:
    tokens = st.tokens[a:b]
    while len(tokens) > 1 and not tokens[-1].text[:1].isalnum() and tokens[-1].text not in "!?.…":
        tokens = tokens[:-1]
    start, end = tokens[0].start, tokens[-1].end
    mentions = [replace(m, first=m.first - a, last=m.last - a) for m in st.mentions if a <= m.first and m.last <= b]
    quotes = [(qs, qe) for qs, qe in st.quote_spans if qs >= start and qe <= end]
    return WorkStatement(
        start,
        end,
        st.language,
        st.language_reason,
        st.script,
        tokens,
        mentions,
        [],
        list(st.notes),
        st.sentence_id,
        quotes,
    )
