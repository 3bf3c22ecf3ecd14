"""Kazakh helpers: transliteration with offsets, Latin-Kazakh score, fold key and the suffix analyser."""

from __future__ import annotations

import re

import pytest

from targetlens.languages.kk import (
    KkAnalysis,
    analyse,
    fold,
    latin_kazakh_score,
    latin_to_cyrillic,
    source_span,
    stems,
)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Қытай", "қытай"),
        ("Қытайдың", "қытай"),
        ("Қытайға", "қытай"),
        ("Қытайды", "қытай"),
        ("қытайлар", "қытай"),
        ("қытайларды", "қытай"),
        ("қытайлардың", "қытай"),
        ("қытаймен", "қытай"),
        ("Қытайдағы", "қытай"),
        ("үкіметі", "үкімет"),
        ("үкіметін", "үкімет"),
        ("үкіметтің", "үкімет"),
        ("үкіметінен", "үкімет"),
        ("үкіметтер", "үкімет"),
        ("қазақтар", "қазақ"),
        ("қазақтарды", "қазақ"),
        ("қазақтың", "қазақ"),
        ("ұйғырлар", "ұйғыр"),
        ("халқы", "халқ"),
        ("халқы", "халық"),
        ("ерні", "ерін"),
        ("мұрны", "мұрын"),
        ("жойылсын", "жой"),
        ("босатсын", "босат"),
        ("қарсымыз", "қарсы"),
        ("лагерьлерде", "лагерь"),
        ("режимді", "режим"),
        ("полицияны", "полиция"),
        ("туыстарымызды", "туыс"),
        ("жерлерімізді", "жер"),
        ("басып", "бас"),
        ("өртейміз", "өрте"),
        ("елшілігі", "елшілік"),
        ("тоқтатыңдар", "тоқтат"),
        ("жоюға", "жой"),
        ("алады", "ал"),
        ("жатыр", "жат"),
        ("бармаймыз", "бар"),
        ("жойдық", "жой"),
        ("qytailar", "қытай"),
    ],
)
def test_stem_reached(word: str, stem: str) -> None:
    assert stem in stems(word)


@pytest.mark.parametrize(
    ("word", "stem", "features"),
    [
        ("жойылсын", "жой", {"pass", "imp3"}),
        ("қарсымыз", "қарсы", {"pred1pl"}),
        ("қытайлардың", "қытай", {"pl", "gen"}),
        ("қытайларды", "қытай", {"pl", "acc"}),
        ("Қытайға", "қытай", {"dat"}),
        ("үкіметін", "үкімет", {"poss3", "acc"}),
        ("лагерьлерде", "лагерь", {"pl", "loc"}),
        ("туыстарымызды", "туыс", {"pl", "poss1pl", "acc"}),
        ("тоқтатыңдар", "тоқтат", {"imp2pl"}),
        ("алады", "ал", {"pres3"}),
        ("басып", "бас", {"conv"}),
        ("өртейміз", "өрте", {"pres", "pred1pl"}),
        ("жойдық", "жой", {"past", "pred1pl"}),
        ("бармаймыз", "бар", {"neg", "pres", "pred1pl"}),
        ("келгендер", "кел", {"ptcp", "pl"}),
        ("қазақпыз", "қазақ", {"pred1pl"}),
    ],
)
def test_features(word: str, stem: str, features: set[str]) -> None:
    assert any(a.stem == stem and a.features == features for a in analyse(word))


def test_suffixes_in_order() -> None:
    assert KkAnalysis("жой", ("ыл", "сын"), frozenset({"pass", "imp3"})) in analyse("жойылсын")
    assert KkAnalysis("қытай", ("лар", "ды"), frozenset({"pl", "acc"})) in analyse("қытайларды")


@pytest.mark.parametrize(
    ("word", "blocked"),
    [
        ("үкіметлар", "үкімет"),  # back plural on a front stem (and л after т)
        ("үкіметтар", "үкімет"),  # right consonant, wrong harmony
        ("қазақтер", "қазақ"),  # front plural on a back stem
        ("қытайлер", "қытай"),
        ("жерлар", "жер"),
        ("қазақлар", "қазақ"),  # л-plural after a voiceless consonant
        ("қытайтар", "қытай"),  # т-plural after й
    ],
)
def test_harmony_and_consonant_filters(word: str, blocked: str) -> None:
    assert blocked not in stems(word)


def test_neutral_stems_accept_both_harmonies() -> None:
    assert "ту" in stems("тудың") and "ту" in stems("тулар")
    assert "пекин" in stems("пекинді") and "пекин" in stems("пекинды")


def test_analyse_contract() -> None:
    result = analyse("Қытайлардың")
    assert result[0] == KkAnalysis("қытайлардың", (), frozenset())
    cuts = [len("қытайлардың") - len("".join(a.suffixes)) for a in result]
    assert cuts == sorted(cuts, reverse=True)
    assert analyse("қытайлардың") == result
    assert all(len(a.stem) >= 2 for a in analyse("алды") + analyse("ұлдар") + analyse("ту"))
    assert analyse("Қытайдың") is analyse("Қытайдың")  # cached
    assert analyse("ол") == (KkAnalysis("ол", (), frozenset()),)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Qytai", "Қытай"),
        ("Qytay", "Қытай"),
        ("Qytaı", "Қытай"),
        ("qytailar", "қытайлар"),
        ("Qazaqstan", "Қазақстан"),
        ("qazaq", "қазақ"),
        ("ukimeti", "үкіметі"),
        ("úkimeti", "үкіметі"),
        ("joiylsyn", "жойылсын"),
        ("joyylsyn", "жойылсын"),
        ("joiylsın", "жойылсын"),
        ("Kommunistik partiia", "коммунистік партия"),
        ("partiya", "партия"),
        ("tu", "ту"),
        ("órteımiz", "өртейміз"),
        ("Qazaq jäne Ūiğyr halyqtaryna", "Қазақ және Ұйғыр халықтарына"),
        ("toqtatyñdar", "тоқтатыңдар"),
        ("bosatyńdar", "босатыңдар"),
        ("shyndyq zhane ǵalym", "шындық және ғалым"),
        ("ayaq", "аяқ"),
        ("Úkimettiń", "Үкіметтің"),
        ("Tsinpin", "Цинпин"),
        ("bosatsyn", "босатсын"),
    ],
)
def test_fold_of_transliteration(latin: str, cyrillic: str) -> None:
    assert fold(latin_to_cyrillic(latin)[0]) == fold(cyrillic)


def test_transliteration_exact_cases() -> None:
    assert latin_to_cyrillic("Qytai")[0] == "Қытай"
    assert latin_to_cyrillic("q")[0] == "қ"
    assert latin_to_cyrillic("QAZAQ")[0] == "ҚАЗАҚ"
    assert latin_to_cyrillic("joiylsyn!")[0] == "жойылсын!"
    assert latin_to_cyrillic("2025, «Qytai»")[0] == "2025, «Қытай»"
    assert latin_to_cyrillic("Shy Szinpin")[0]  # does not crash
    assert latin_to_cyrillic("İran İt")[0] == "Иран Ит"  # 2021 dotted capital İ → И
    assert latin_to_cyrillic("Қытай")[0] == "Қытай"  # Cyrillic passes through
    assert latin_to_cyrillic("")[0] == "" and latin_to_cyrillic("")[1] == [0]
    decomposed = "u\u0301kimet"  # ú as u + combining acute
    assert latin_to_cyrillic(decomposed) == ("үкімет", [0, 2, 3, 4, 5, 6, 7])


def test_fold() -> None:
    assert fold("Қытай") == "китаи"
    assert fold("туын") == fold("туйн")  # informal "tuyn"
    assert fold("ӘӨҮҰІЙҒҚҢҺЁ") == "аоууиигкнхе"
    assert fold("үкімет") == fold("укимет")


@pytest.mark.parametrize(
    "sentence",
    [
        "Qytai ukimeti joiylsyn!",
        "Qazaq jäne Ūiğyr halyqtaryna qysymdy toqtatyñdar",
        "Shy Szinpin joiylsyn",
        "Kommunistik partiia joıylsyn!  Alimnur Turganbaidy bosatyńdar...",
        "Ayaq-astynan, «Qytaı» (2025) — shyndyq zhane ǵalym; órteımiz.",
        "u\u0301kimet qytaiia tsin",
    ],
)
def test_offsets_round_trip(sentence: str) -> None:
    converted, offsets = latin_to_cyrillic(sentence)
    assert len(offsets) == len(converted) + 1 and offsets[-1] == len(sentence)
    assert offsets == sorted(offsets)
    src_words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sentence)]
    cyr_words = [(m.start(), m.end()) for m in re.finditer(r"\S+", converted)]
    assert len(src_words) == len(cyr_words)
    for (s, e), (cs, ce) in zip(src_words, cyr_words, strict=True):
        assert source_span(offsets, cs, ce) == (s, e)
    for i, ch in enumerate(converted):
        if not ch.isalpha():
            assert sentence[offsets[i]] == ch


KAZAKH_LATIN = [
    "Qytai ukimeti joiylsyn!",
    "Qazaq jäne Ūiğyr halyqtaryna qysymdy toqtatyñdar",
    "Shy Szinpin joiylsyn",
    "Biz vizasyz rejimge qarsymyz",
    "Alimnur Turganbaidy bosatyńdar!",
    "Kommunistik partiia joiylsyn!",
    "Qazaqstandy qytailarmen toltyryp jiberdi",
    "Olar bizdiń jerimizde lagerler salyp jatyr",
    "Qytaı úkimeti qazaqtardy qamaýda ustap otyr",
]
ENGLISH = [
    "Down with China!",
    "I hate women.",
    "The government must release him.",
    "Muslims are welcome here.",
    "We oppose the visa-free regime with China.",
    "Stop the pressure and injustice against the Kazakh and Uyghur peoples.",
    "They have flooded Kazakhstan with Chinese.",
    "Down with the Communist Party! Down with Xi Jinping!",
    "I hate men.",
]


@pytest.mark.parametrize("sentence", KAZAKH_LATIN)
def test_score_kazakh(sentence: str) -> None:
    assert latin_kazakh_score(sentence) > 0.5


@pytest.mark.parametrize("sentence", ENGLISH)
def test_score_english(sentence: str) -> None:
    assert latin_kazakh_score(sentence) < 0.3


def test_score_bounds() -> None:
    assert latin_kazakh_score("") == 0.0
    assert latin_kazakh_score("Қытай үкіметі") == 0.0
    assert 0.0 <= latin_kazakh_score("qqqq ńńń") <= 1.0
