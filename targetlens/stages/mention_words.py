"""Word-level tests used by mention finding: person-like names, Kazakh possessives, demonym uses, "you"."""

from __future__ import annotations

from targetlens.model.document import Token, WorkStatement
from targetlens.ontology.index import NameMatch

SECOND_PERSON = frozenset({"you", "вы", "вас", "вам", "вами", "сендер", "сіздер", "сендерді", "сендерге"})
LIKE_WORDS = frozenset({"like", "как", "сияқты", "секілді"})
OTHER_WORDS = frozenset({"other", "другие", "других", "басқа"})

PRONOUNS = {
    "en": frozenset({"they", "them", "their", "these", "those", "theirs"}),
    "ru": frozenset({"они", "их", "им", "ими", "эти", "этих", "этим", "этими"}),
    "kk": frozenset({"олар", "бұлар", "солар", "олардың", "оларды", "оларға"}),
}
PERSONAL = {
    "en": frozenset({"you", "he", "she", "him", "her", "u"}),
    "ru": frozenset({"ты", "вы", "он", "она", "тебя", "тебе", "вас", "вам", "его", "ему", "ей", "её", "ее"}),
    "kk": frozenset({"сен", "сіз", "сендер", "сіздер", "сені", "сізді", "саған", "сізге"}),
}
KIND_WORDS = frozenset({"kind", "lot", "type", "sort", "lives", "people", "race", "breed", "ilk"})
PERSON_NOUNS = frozenset(
    {"neighbour", "neighbor", "boss", "colleague", "brother", "sister", "friend", "husband", "wife", "son", "daughter"}
    | {
        "mother",
        "father",
        "mum",
        "mom",
        "dad",
        "teacher",
        "relative",
        "cousin",
        "uncle",
        "aunt",
        "classmate",
        "roommate",
    }
    | {
        "girlfriend",
        "boyfriend",
        "partner",
        "manager",
        "landlord",
        "doctor",
        "lawyer",
        "child",
        "kid",
        "parent",
        "family",
    }
    | {"сосед", "соседка", "начальник", "брат", "сестра", "друг", "подруга", "муж", "жена", "сын", "дочь", "учитель"}
)
POSSESSIVES = frozenset({"my", "your", "his", "her", "мой", "моя", "твой", "твоя", "менің", "сенің"})
COLLECTIVE_HEADS = frozenset(
    {"people", "nation", "population", "community", "diaspora", "народ", "нация", "население", "диаспора", "общество"}
    | {"халық", "ұлт", "қауым", "диаспорасы", "人民", "民族"}
)
QUANTIFIERS = frozenset(
    {
        "all",
        "every",
        "each",
        "any",
        "most",
        "все",
        "всех",
        "всем",
        "всеми",
        "каждый",
        "любой",
        "барлық",
        "бүкіл",
        "барлығы",
        "бәрі",
    }
)
DETERMINERS = frozenset({"these", "those", "эти", "этих", "этим", "этими", "бұлар"})


def link_you_to_group(statement: WorkStatement) -> None:
    """ "women like you", "you and any other Muslims": the addressee is one of the group, so "you" is the group."""
    tokens, mentions = statement.tokens, statement.mentions
    groups = [m for m in mentions if "group" in m.candidates and not m.pronoun]
    if not groups:
        return
    for m in mentions:
        if m.pronoun or "individual" not in m.candidates or m.text.lower() not in SECOND_PERSON:
            continue
        like = m.first > 0 and tokens[m.first - 1].lower in LIKE_WORDS
        other = any(t.lower in OTHER_WORDS for t in tokens[m.last : m.last + 5])
        if like or other:
            m.pronoun, m.candidates, m.entity_by_type = True, {}, {}
            m.source = f"'{m.text}' is addressed as one of a group named in the statement"


_OBLIQUE = frozenset({"acc", "dat", "gen", "abl", "ins", "loc"})


def oblique(token: Token) -> frozenset[str]:
    """Case endings found on a capitalised word the dictionary does not know ("Алимнурды")."""
    if token.pos not in {"", "NOUN", "PROPN"}:
        return frozenset()
    return frozenset(f for feats in (token.key_feats or {}).values() for f in feats) & _OBLIQUE


KK_FUNCTION_WORDS = frozenset({"менің", "сенің", "сіздің", "біздің", "бүгін", "кейін", "бірақ", "мұным", "осым"})


def kk_my_person(token: Token) -> bool:
    """Kazakh "көршім" (my neighbour), "інімді" (my brother): a person noun with a 1st/2nd singular possessive."""
    lower = token.lower
    if len(lower) < 4 or not token.key_feats:
        return False
    person = any(f & {"poss1sg", "poss2sg"} and not f & {"pl", "pred1sg", "pred1pl"} for f in token.key_feats.values())
    core = lower.removesuffix("ды").removesuffix("ді").removesuffix("ны").removesuffix("ні")
    genitive = core.endswith(("дың", "дің", "тың", "тің", "ның", "нің"))
    if core.endswith(("сам", "сем", "саң", "сең", "ғым", "гім", "қым", "кім")):
        return False  # a conditional ("көрсем": if I see) or a desiderative ("көргім"), not "my X"
    return (
        person and not genitive and lower not in KK_FUNCTION_WORDS and core.endswith(("ым", "ім", "м", "ың", "ің", "ң"))
    )


def name_like(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[1:2].islower() and token.text.isalpha()


def is_demonym_use(tokens: list[Token], match: NameMatch, matches: list[list[NameMatch]]) -> bool:
    """An adjective form used as a noun ("the Chinese", "китайцы" is a demonym anyway)."""
    if any(m.entry.role == "demonym" for m in matches[match.first]):
        nxt = tokens[match.last] if match.last < len(tokens) else None
        return nxt is None or not nxt.text[:1].isalpha() or tokens[match.last - 1].pos in {"NOUN", "PROPN"}
    return False


def kk_plural_name(tokens: list[Token], match: NameMatch, entity_type: str) -> bool:
    """Kazakh: the bare stem "Қытай" is the country, the plural "қытайлар" is the Chinese (people or state)."""
    if entity_type != "state" or match.last - match.first != 1:
        return False
    token = tokens[match.first]
    return any("pl" in token.feats_for(k) for k in token.keys if k == match.entry.keys[0])
