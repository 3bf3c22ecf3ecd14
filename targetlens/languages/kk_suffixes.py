"""Data tables for `kk.py`: suffix inventory, morphotactics, phoneme classes, Latin-score word lists."""

from __future__ import annotations

from typing import NamedTuple

BACK_VOWELS = frozenset("аоұыяё")
FRONT_VOWELS = frozenset("әөүіеэ")
NEUTRAL_VOWELS = frozenset("иую")
VOWELS = BACK_VOWELS | FRONT_VOWELS | NEUTRAL_VOWELS

# Class of a stem-final sound, which selects the suffix allomorph (V vowel, S р/й/у/и, L л, N nasal, Z з/ж,
# K voiceless or devoiced). A letter may belong to several classes (и, у); ь/ъ are skipped.
_CLASS_LETTERS = {
    "V": "аоұыяёәөүіеэию",
    "S": "рйуи",
    "L": "л",
    "N": "мнң",
    "Z": "зж",
    "K": "кқпстфхцчшщбвгдғһ",
}
CLASSES: dict[str, frozenset[str]] = {}
for _cls, _letters in _CLASS_LETTERS.items():
    for _ch in _letters:
        CLASSES[_ch] = CLASSES.get(_ch, frozenset()) | {_cls}

# Which kinds of morph may stand immediately to the right of each kind ("END" = end of word).
_VERB_TAM = {"NEG", "PAST", "PRES", "PRES3", "PTCP", "COND", "CONV", "VN", "IMP3", "IMP2PL"}
RIGHT_OK: dict[str, frozenset[str]] = {
    "PL": frozenset({"END", "POSS", "CASE", "PRED"}),
    "POSS": frozenset({"END", "CASE", "PRED"}),
    "CASE": frozenset({"END", "PRED"}),
    "PRED": frozenset({"END"}),
    "PASS": frozenset({"END"} | _VERB_TAM),
    "NEG": frozenset({"END"} | _VERB_TAM - {"NEG"}),
    "PAST": frozenset({"END", "VPERS"}),
    "PRES": frozenset({"PRED"}),  # bare converb -а/-е/-й is left out: too noisy
    "PRES3": frozenset({"END"}),
    "PTCP": frozenset({"END", "PL", "POSS", "CASE", "PRED"}),
    "COND": frozenset({"END", "VPERS"}),
    "CONV": frozenset({"END", "PRED"}),
    "VN": frozenset({"END", "PL", "POSS", "CASE"}),
    "IMP3": frozenset({"END"}),
    "IMP2PL": frozenset({"END"}),
    "VPERS": frozenset({"END"}),
}


class Suffix(NamedTuple):
    """One allomorph: surface form, the morphs it reports, kind, features and its conditions."""

    form: str
    parts: tuple[str, ...]
    kind: str
    feats: frozenset[str]
    classes: frozenset[str]  # allowed classes of the stem-final sound; empty = any
    harmony: str | None  # "back", "front" or None (no vowel harmony check)
    need: frozenset[str]  # features the morph immediately to the left must have (empty = none required)
    restore: str  # appended to the remaining stem (жою → жой + у)
    stems: frozenset[str]  # if non-empty, the only stems allowed


_C = "SLNZK"  # any consonant
_ANY = ""

# (kind, features, stem-final classes, forms, need) — "+" inside a form separates reported morphs.
_SPEC: list[tuple[str, str, str, str, str]] = [
    ("PL", "pl", "VS", "лар лер", ""),
    ("PL", "pl", "LNZ", "дар дер", ""),
    ("PL", "pl", "K", "тар тер", ""),
    ("POSS", "poss1sg", "V", "м", ""),
    ("POSS", "poss1sg", _C, "ым ім", ""),
    ("POSS", "poss2sg", "V", "ң", ""),
    ("POSS", "poss2sg", _C, "ың ің", ""),
    ("POSS", "poss3", "V", "сы сі", ""),
    ("POSS", "poss3", _C, "ы і", ""),
    ("POSS", "poss1pl", "V", "мыз міз", ""),
    ("POSS", "poss1pl", _C, "ымыз іміз", ""),
    ("POSS", "poss2pl", "V", "ңыз ңіз", ""),
    ("POSS", "poss2pl", _C, "ыңыз іңіз", ""),
    ("CASE", "gen", "V", "ның нің", ""),
    ("CASE", "gen", "SLNZ", "дың дің", ""),
    ("CASE", "gen", "K", "тың тің", ""),
    ("CASE", "acc", "V", "ны ні", ""),
    ("CASE", "acc", "SLNZ", "ды ді", ""),
    ("CASE", "acc", "K", "ты ті", ""),
    ("CASE", "acc", "V", "н", "poss3"),
    ("CASE", "dat", "VSLNZ", "ға ге", ""),
    ("CASE", "dat", "K", "қа ке", ""),
    ("CASE", "dat", "V", "а е", "poss1sg poss2sg"),
    ("CASE", "dat", "V", "на не", "poss3"),
    ("CASE", "loc", "VSLNZ", "да де", ""),
    ("CASE", "loc", "K", "та те", ""),
    ("CASE", "loc", "V", "нда нде", "poss3"),
    ("CASE", "loc attr", "VSLNZ", "дағы дегі", ""),
    ("CASE", "loc attr", "K", "тағы тегі", ""),
    ("CASE", "loc attr", "V", "ндағы ндегі", "poss3"),
    ("CASE", "abl", "VSLZ", "дан ден", ""),
    ("CASE", "abl", "N", "нан нен", ""),
    ("CASE", "abl", "V", "нан нен", "poss3"),
    ("CASE", "abl", "K", "тан тен", ""),
    ("CASE", "ins", "VSLN", "мен менен", ""),
    ("CASE", "ins", "Z", "бен бенен", ""),
    ("CASE", "ins", "K", "пен пенен", ""),
    ("PRED", "pred1sg", "VSL", "мын мін", ""),
    ("PRED", "pred1sg", "NZ", "бын бін", ""),
    ("PRED", "pred1sg", "NZ", "мын мін", ""),  # colloquial and common after н/м: "мұсылманмын"
    ("PRED", "pred1sg", "K", "пын пін", ""),
    ("PRED", "pred1pl", "VSL", "мыз міз", ""),
    ("PRED", "pred1pl", "NZ", "быз біз", ""),
    ("PRED", "pred1pl", "K", "пыз піз", ""),
    ("PRED", "pred2sg", _ANY, "сың сің", ""),
    ("PRED", "pred2pol", _ANY, "сыз сіз", ""),
    ("PRED", "pred2pl", _ANY, "сыңдар сіңдер сыздар сіздер", ""),
    ("PASS", "pass", "SNZK", "ыл іл", ""),
    ("PASS", "pass", "L", "ын ін", ""),
    ("PASS", "pass", "V", "л", ""),
    ("NEG", "neg", "VSL", "ма ме", ""),
    ("NEG", "neg", "NZ", "ба бе", ""),
    ("NEG", "neg", "K", "па пе", ""),
    ("PAST", "past", "VSLNZ", "ды ді", ""),
    ("PAST", "past", "K", "ты ті", ""),
    ("PRES", "pres", _C, "а е", ""),
    ("PRES", "pres", "V", "й", ""),
    ("PRES3", "pres3", _C, "а+ды е+ді", ""),
    ("PRES3", "pres3", "V", "й+ды й+ді", ""),
    ("PTCP", "ptcp", "VSLNZ", "ған ген", ""),
    ("PTCP", "ptcp", "K", "қан кен", ""),
    ("COND", "cond", _ANY, "са се", ""),
    ("CONV", "conv", _C, "ып іп", ""),
    ("CONV", "conv", "V", "п", ""),
    ("CONV", "conv", "V", "й", "neg"),  # бар+ма+й
    ("VN", "vn", _ANY, "у", ""),
    ("IMP3", "imp3", _ANY, "сын сін", ""),
    ("IMP2PL", "imp2pl", _C, "ыңдар іңдер", ""),
    ("IMP2PL", "imp2pl", "V", "ңдар ңдер", ""),
    ("VPERS", "pred1sg", "V", "м", "past cond"),
    ("VPERS", "pred2sg", "V", "ң", "past cond"),
    ("VPERS", "pred2pol", "V", "ңыз ңіз", "past cond"),
    ("VPERS", "pred2pl", "V", "ңдар ңдер", "past cond"),
    ("VPERS", "pred1pl", "V", "қ к", "past cond"),
]


def _harmony(form: str) -> str | None:
    if any(ch in BACK_VOWELS for ch in form):
        return "back"
    if any(ch in FRONT_VOWELS for ch in form):
        return "front"
    return {"қ": "back", "к": "front"}.get(form)  # past 1pl -қ/-к follows the vowel of -ды/-ді


def _build() -> dict[str, tuple[Suffix, ...]]:
    index: dict[str, list[Suffix]] = {}

    def add(form: str, parts: tuple[str, ...], kind: str, feats: str, cls: str, need: str, **kw: object) -> None:
        harmony = None if kind == "CASE" and "ins" in feats else _harmony(form)
        suffix = Suffix(
            form,
            parts,
            kind,
            frozenset(feats.split()),
            frozenset(cls),
            harmony,
            frozenset(need.split()),
            str(kw.get("restore", "")),
            frozenset(kw.get("stems", ())),  # type: ignore[arg-type,call-overload]
        )
        index.setdefault(form, []).append(suffix)

    for kind, feats, cls, forms, need in _SPEC:
        for spelled in forms.split():
            add(spelled.replace("+", ""), tuple(spelled.split("+")), kind, feats, cls, need)
    add("ю", ("у",), "VN", "vn", "", "", restore="й")  # жой + у → жою
    add("ыр", ("ыр",), "PRES3", "pres3", "", "", stems=("жат",))  # жатыр
    return {form: tuple(entries) for form, entries in index.items()}


SUFFIXES: dict[str, tuple[Suffix, ...]] = _build()
MAX_SUFFIX = max(len(form) for form in SUFFIXES)

# --- latin_kazakh_score data ----------------------------------------------------------------------------
KK_LETTERS = frozenset("áäǵğıńñóöúüūşçý")
KK_WORDS = frozenset(
    """jáne jane jäne emes bul biz olar sender sizder bizdiń bizdin bizdıñ meniń menin olardyń joq jok
    úshin ushin üşin üshin úşin dep edi eken kerek qarsy qarsymyz osy sol mynau barlyq bári búkil halyq
    halqy qazaq qazaqtar qazaqstan qytai qytay qytaı ukimet úkimet ükimet joiylsyn joyylsyn joiylsın
    joıylsyn jeri eli ǵana gana goi ǵoı tek taǵy tagy qaitadan sondyqtan biraq nemese degen""".split()
)
KK_WEAK_WORDS = frozenset("men sen siz ol bar da de ta te el jer adam".split())
KK_STEMS = (
    "qazaq",
    "qytai",
    "qytay",
    "qytaı",
    "ukimet",
    "úkimet",
    "ükimet",
    "joiyl",
    "joyyl",
    "joıyl",
    "halyq",
)
KK_ENDINGS = tuple(
    (
        "lar ler dar der tar ter ny ni dy di nyń dyn nyñ dyñ ğa ge qa ke ǵa syn sin sın myz miz mız "
        "lardy lerdi tardy terdi ymyz imiz dan den tan ten nan nen da de ta te"
    ).split()
)
EN_WORDS = frozenset(
    """the a an and or but is are was were be been being am i you he she it we they them him her his their our
    my your me us this that these those of to in on at by for with from about as into over under must should
    would will can could not no do does did have has had down up out all any some what who which when where
    why how there here than then so if very just also only more most such own same too""".split()
)
EN_ENDINGS = ("ing", "tion", "sion", "ness", "ment", "ous", "ful", "ly", "ed")
EN_BIGRAMS = ("th", "wh", "ck", "ee", "oo", "ea", "ou", "ph")
