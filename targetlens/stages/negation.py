"""Negation scope: which cues a "not", "не", "емес" or "no" denies, and which negations deny nothing.

A negation denies the next cue within NEGATION_WINDOW_BEFORE tokens (no other cue, clause break or
subordinator between), a cue whose gap it sits in ("are not at all ignorant"), a Kazakh cue it ends
("жек көрмеймін") or follows ("лас емес"), and, as "no X" / "not all X" / "X-тың бәрі ... емес", the whole
clause. It denies nothing when the pattern names it ("не признают", "should not be allowed"), in rhetorical
questions ("Isn't it clear ...?"), proposals ("why don't we ..."), comparisons ("no one else is as ...") and
"nothing but".
"""

from __future__ import annotations

from targetlens.model.document import CueHit, Token, WorkStatement

STATEMENT_LEVEL = frozenset({"negation", "question", "quotation", "counter_speech", "hyperbole"})
QUANTIFIER_WORDS = frozenset({"all", "every", "все", "всех", "каждый", "бәрі", "барлық", "барлығы"})
NEGATION_WINDOW_BEFORE = 5
SHORT_SCOPE = 2  # "no compassion", "нет жалости": a determiner negation reaches only the next words
DETERMINER_NEGATIONS = frozenset({"no", "никакой", "ни", "ешбір", "ешқандай"})
SUBORDINATORS = frozenset(
    {"but", "that", "who", "which", "while", "because", "if", "но", "что", "который", "пока", "бірақ"}
)


def mark_negation(statement: WorkStatement, after_window: int) -> None:
    """Mark the cues a negation denies.

    A negation denies the next cue within NEGATION_WINDOW_BEFORE tokens (no other cue, clause break or
    subordinator between), a cue whose gap it sits in ("are not at all ignorant"), a Kazakh cue it ends
    ("жек көрмеймін") or follows ("лас емес"), and, as "no X" / "not all X" / "X-тың бәрі ... емес", the whole
    clause. A negation the pattern names itself ("не признают", "should not be allowed") denies nothing.
    """
    tokens = statement.tokens
    content = [c for c in statement.cues if c.kind not in STATEMENT_LEVEL or c.kind == "quotation"]
    in_names = {i for m in statement.mentions for i in range(m.first, m.last)}  # "тең емес келісімдер"
    named = {i for c in content for i in range(c.first, c.last) if i not in c.gaps}
    negations = [
        n
        for n in statement.cues
        if n.kind == "negation"
        and n.first not in in_names
        and n.first not in named
        and not tokens_are(tokens, n.first, SUGGESTION)
        and not _rhetorical(tokens, n)
        and not _comparative(tokens, n)
    ]
    quantified = any(t.lower in QUANTIFIER_WORDS for t in tokens)
    for neg in negations:
        nxt = tokens[neg.last].lower if neg.last < len(tokens) else ""
        determiner = neg.text.lower() in DETERMINER_NEGATIONS and any(m.first == neg.last for m in statement.mentions)
        final_kk = after_window and quantified and neg.last >= len(tokens) - 1 - (tokens[-1].text in ".!?")
        if nxt in QUANTIFIER_WORDS or determiner or final_kk:  # "not all X", "no woman deserves", "бәрі ... емес"
            for cue in content:
                cue.negated = True
            return
    for cue in content:
        for neg in negations:
            if neg.first in cue.gaps or (after_window and cue.first < neg.first and neg.last == cue.last):
                cue.negated = True
                continue
            scope = SHORT_SCOPE if neg.text.lower() in DETERMINER_NEGATIONS else NEGATION_WINDOW_BEFORE
            before = 0 <= cue.first - neg.last < scope
            after = 0 <= neg.first - cue.last < after_window
            if not (before or after):
                continue
            lo, hi = (neg.last, cue.first) if before else (cue.last, neg.first)
            nearer = any(o is not cue and lo <= o.first and o.last <= hi for o in content)
            if not nearer and not _clause_break(tokens, lo, hi):
                cue.negated = True


SUGGESTION = frozenset({"why", "почему", "неге"})  # "why don't we ...", "why not": a proposal, not a denial


def _rhetorical(tokens: list[Token], neg: CueHit) -> bool:
    """ "Isn't it clear ...?", "Don't you see ...?": a negative question that asserts, not a denial."""
    is_question = bool(tokens) and tokens[-1].text == "?"
    follows = tokens[neg.last].lower if neg.last < len(tokens) else ""
    return is_question and neg.first <= 2 and follows in {"it", "you", "we", "they", "people", "everyone", "this"}


def _comparative(tokens: list[Token], neg: CueHit) -> bool:
    """ "No one else is as filthy as X", "nothing but scum", "don't forget they are ...": not a denial."""
    words = {t.lower for t in tokens[neg.last : neg.last + 8]}
    nxt = tokens[neg.last].lower if neg.last < len(tokens) else ""
    if nxt in {"but", "forget", "doubt", "wonder", "kidding"}:
        return True
    return neg.text.lower() in {"no one", "nobody", "nothing", "no"} and bool(words & {"else", "than", "as"})


def tokens_are(tokens: list[Token], negation_at: int, words: frozenset[str]) -> bool:
    """Whether one of `words` stands within two tokens before position `negation_at`."""
    return any(t.lower in words for t in tokens[max(0, negation_at - 3) : negation_at])


def _clause_break(tokens: list[Token], a: int, b: int) -> bool:
    return any(t.text in {",", ";", "—", "–", ":"} or t.lower in SUBORDINATORS for t in tokens[a:b])
