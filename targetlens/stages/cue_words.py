"""Word lists and token-level tests used by the cue finder: case features, passives, in-group slur use, homonyms,
predicate nominals and clause boundaries."""

from __future__ import annotations

from targetlens.lexicons.matcher import PatternHit
from targetlens.model.document import CueHit, Mention, Token, WorkStatement


def case_of(tokens: list[Token], mention: Mention) -> frozenset[str]:
    """Case features of the mention's last token (for its matched stem in Kazakh)."""
    token = tokens[mention.last - 1]
    if token.key_feats:
        feats: set[str] = set()
        for v in token.key_feats.values():
            feats |= v
        return frozenset(feats) | token.feats
    return token.feats


IN_GROUP = frozenset({"my", "i'm", "im", "i", "'m", "we", "we're", "us", "our", "myself", "ourselves", "fellow"})
PRAISE = frozenset(
    {"proud", "great", "talent", "talented", "love", "real", "realest", "best", "baddest", "hottest", "prettiest"}
    | {"freshest", "genius", "vibe", "queen", "king", "legend", "stands", "lgbtq", "pride", "homophobes", "fellow"}
)
SECOND_PERSON_WORDS = frozenset({"you", "your", "ты", "вы", "сен", "сіз", "сендер"})
MODALS = frozenset(
    {
        "must",
        "should",
        "ought",
        "deserve",
        "deserves",
        "need",
        "needs",
        "let",
        "will",
        "'ll",
        "would",
        "gonna",
        "to",
        "wish",
    }
)


def describes_violence(tokens: list[Token], hit: PatternHit) -> bool:
    """ "women are getting murdered", "were killed": violence reported as done to people, not called for."""
    if hit.entry.kind != "call_for_violence":
        return False
    head = tokens[hit.first]
    window = [t.lower for t in tokens[max(0, hit.first - 6) : hit.first]]
    passive = "participle" in head.feats and bool(
        set(window) & {"are", "is", "was", "were", "been", "being", "getting", "get"}
    )
    return passive and not set(window) & MODALS


def slur_mentions(statement: WorkStatement, hits: list[PatternHit], text: str) -> None:
    """A slur names the group it attacks ("a bitch like you", "Typical tranny behaviour")."""
    tokens = statement.tokens
    for hit in hits:
        group = hit.entry.group
        if hit.entry.kind != "slur" or not group:
            continue
        overlapping = [m for m in statement.mentions if m.first < hit.last and hit.first < m.last]
        if any(m.entity or "individual" not in m.candidates for m in overlapping):
            continue
        for m in overlapping:  # a capitalised slur ("Jihadis") first looked like a person's name
            statement.mentions.remove(m)
        start, end = tokens[hit.first].start, tokens[hit.last - 1].end
        source = f"slur '{text[start:end]}' ({hit.entry.id}) names {group}"
        statement.mentions.append(
            Mention(hit.first, hit.last, start, end, text[start:end], group, {"group": 1.0}, source, {"group": group})
        )
    statement.mentions.sort(key=lambda m: m.first)


def in_group_use(tokens: list[Token], cue: CueHit) -> bool:
    """ "my nigga", "we are faggots and proud", "a bitch like me", "queer culture": the group's word for itself."""
    if any(t.lower in SECOND_PERSON_WORDS for t in tokens[max(0, cue.first - 6) : cue.first]):
        return False  # "you are nothing but a bitch to me" is aimed at someone
    if any(t.lower in PRAISE for t in tokens):
        return True  # "this nigga had so much talent", "being a fag is great": said with pride, not contempt
    before = {t.lower for t in tokens[max(0, cue.first - 6) : cue.first]}
    after = [t.lower for t in tokens[cue.last : cue.last + 3]]
    nxt = tokens[cue.last] if cue.last < len(tokens) else None
    adjective_use = nxt is not None and nxt.pos == "NOUN" and cue.text.lower() in {"queer"}
    like_me = after[:2] in (["like", "me"], ["like", "us"])
    return adjective_use or like_me or bool(before & IN_GROUP) or bool(set(after) & {"myself", "ourselves"})


def homonym(tokens: list[Token], hit: PatternHit) -> bool:
    """ "The bitch won the sporting dogs category", "a garden hoe": the word's other sense, named by its context."""
    senses = hit.entry.not_with
    return bool(senses) and any(not senses.isdisjoint(t.keys) for t in tokens)


COPULA_MARKS = frozenset({"—", "–", "-"})
SELF_FRAMES = (("as", "a"), ("as", "an"), ("being", "a"), ("being", "an"), ("я", "как"), ("мы", "как"))


def is_speaker(tokens: list[Token], mention: Mention) -> bool:
    """ "As a queer person, ...", "Being a Muslim, ...": the speaker says who they are; that is not a target."""
    before = tuple(t.lower for t in tokens[max(0, mention.first - 2) : mention.first])
    at_clause_start = mention.first == 2 or (mention.first > 2 and not tokens[mention.first - 3].text[:1].isalnum())
    return before in SELF_FRAMES and at_clause_start


def drop_predicate_nominals(statement: WorkStatement, hits: list[PatternHit]) -> None:
    """ "Roma are all thieves", "must be banned": a name inside a predicate is what is said, not who is targeted."""
    tokens = statement.tokens
    dashes = {
        i for i, t in enumerate(tokens) if t.text in COPULA_MARKS and any(m.last == i for m in statement.mentions)
    }
    statement.mentions[:] = [  # "Путин — военный преступник": after a copula dash comes what he is said to be
        m
        for m in statement.mentions
        if not (any(0 < m.first - d <= 2 for d in dashes) and set(m.candidates) <= {"nonprotected_group", "individual"})
    ]
    keep = []
    for m in statement.mentions:
        inside = any(
            h.entry.attach != "none"
            and h.entry.kind != "symbolic_act"
            and h.first <= m.first
            and m.last <= h.last
            and not m.pronoun
            and not m.source.startswith("slur")
            and any(o.last <= h.first for o in statement.mentions)
            for h in hits
        )
        if not inside:
            keep.append(m)
    statement.mentions[:] = keep


BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "get", "got", "gets"})


def is_passive(tokens: list[Token], cue: CueHit, lang: str) -> bool:
    """A passive predicate: "was detained", "задержан", "ұсталды" (Kazakh -ыл/-іл/-л)."""
    head = tokens[cue.first]
    if lang == "en":
        window = {t.lower for t in tokens[max(0, cue.first - 3) : cue.first]}
        return "participle" in head.feats and bool(window & BE_FORMS)
    if lang == "ru":
        return "participle" in head.feats
    return any("pass" in f for f in (head.key_feats or {}).values())


def to_cue(hit: PatternHit, tokens: list[Token], text: str) -> CueHit:
    start, end = tokens[hit.first].start, tokens[hit.last - 1].end
    e = hit.entry
    return CueHit(
        e.id,
        e.kind,
        hit.first,
        hit.last,
        start,
        end,
        text[start:end],
        e.gloss,
        e.attach,
        e.reads_as,
        e.strength,
        e.group,
        gaps=hit.gaps,
    )


CLAUSE_WORDS = frozenset({"but", "while", "because", "although", "но", "а", "однако", "бірақ", "алайда"})


SAME_CLAUSE = frozenset({("but", "be"), ("а", "не")})  # "can't help but be", "в клетке, а не среди людей"


def new_clause(tokens: list[Token], a: int, b: int) -> bool:
    """A coordinating or subordinating word between a cue and a mention: they belong to different clauses."""
    return any(
        t.lower in CLAUSE_WORDS and not (i + 1 < len(tokens) and (t.lower, tokens[i + 1].lower) in SAME_CLAUSE)
        for i, t in enumerate(tokens[a:b], start=a)
    )
