"""How a document frames its quotations: the speech under examination, a charge or finding, a third party."""

from __future__ import annotations

import pytest

from targetlens.documents.quotes import find_quotations, select
from targetlens.documents.reader import read_document

FRAMED = [
    ("Marchers chanted “Free our brothers from the camps” outside the embassy.", "evidence", "chanted"),
    ("A banner reading “No to the unequal treaties” hung on the bridge.", "evidence", "banner"),
    ("“Shame on the regime and its courts,” they shouted as police arrived.", "evidence", "they shouted"),
    ("He is charged with “inciting national discord among citizens” under the code.", "charge", "charged"),
    ("The examination allegedly found “negative evaluations of a nationality” in the video.", "charge", "found"),
    ("“We urge the authorities to drop all charges,” said a spokesperson for the group.", "third_party", "said"),
    ("The ministry urged the court “to take appropriate measures swiftly”.", "third_party", "urged"),
    ("Участники скандировали «Свободу нашим братьям и сёстрам!» у здания консульства.", "evidence", "скандир"),
    ("Прокурор заявил: «Это разжигание национальной розни в чистом виде».", "third_party", "заявил"),
    ("Согласно заключению экспертизы, «выявлены признаки возбуждения розни» в ролике.", "charge", "экспертиз"),
    ("Наразылар «Алимнұрды босатыңдар, біз талап етеміз!» деген ұран көтерді.", "evidence", "деген ұран"),
    ("The video posted that night shows “Down with the party bosses” written on a wall.", "evidence", "written"),
]


@pytest.mark.parametrize(("text", "role", "frame"), FRAMED, ids=[f[2] + "-" + f[1] for f in FRAMED])
def test_each_quotation_is_framed_by_the_words_nearest_to_it(text, role, frame):
    (quotation,) = find_quotations(text)
    assert (quotation.role, quotation.frame.lower()) == (role, frame)
    assert text[quotation.start : quotation.end] == quotation.text


def test_nearest_frame_wins_over_an_earlier_one():
    text = "Examiners of the video the activists had posted found “clear signs of national enmity” in it."
    (quotation,) = find_quotations(text)
    assert quotation.role == "charge" and quotation.frame == "found"


def test_a_quotation_continuing_a_third_party_inherits_its_frame_and_slogans_are_examined(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(
        "“The activists must be freed at once,” said an analyst. “Their protest was peaceful and lawful.”\n"
        "Protesters chanted slogans such as “Down with the Communist Party!” and “Free Alimnur now!”\n"
        "They face charges of “inciting national discord among citizens”.\n",
        encoding="utf-8",
    )
    document = read_document(str(path))
    assert [e.text for e in document.excerpts] == ["Down with the Communist Party!", "Free Alimnur now!"]
    assert {e.role for e in document.excerpts} == {"evidence"} and document.excerpts[0].location == "line 2"
    context = {e.text: e.role for e in document.context}
    assert context == {
        "The activists must be freed at once,": "third_party",
        "Their protest was peaceful and lawful.": "third_party",
        "inciting national discord among citizens": "charge",
    }
    assert not document.note


def test_only_charges_and_third_parties_are_all_analysed_with_a_note(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(
        "The leader told reporters, “We will keep documenting the camps for the families.”\n"
        "They were charged with “inciting ethnic hatred against a people”.\n",
        encoding="utf-8",
    )
    document = read_document(str(path))
    assert [e.role for e in document.excerpts] == ["third_party", "charge"]
    assert "No quotation in this document is framed as the speech under examination" in document.note


def test_displayed_quotations_win_and_short_terms_are_listed_as_context():
    text = "The indictment cites:\n“Down with the regime and its judges!”\nIt calls this “discord”.\n"
    quotations = find_quotations(text)
    assert [(q.text, q.role) for q in quotations] == [
        ("Down with the regime and its judges!", "unframed"),
        ("discord", "term"),
    ]
    examined, context = select(quotations)
    assert [q.displayed for q in examined] == [True] and [q.text for q in context] == ["discord"]


@pytest.mark.parametrize(
    ("text", "examined"),
    [
        ("Протестующие скандировали «Долой Китай!» у консульства.", ["Долой Китай!"]),
        ("Демонстранты кричали “打倒中国共产党！” и разошлись.", ["打倒中国共产党！"]),
        ("On the wall someone wrote “Kill them!” in red.", ["Kill them!"]),
        ("A sign said “Қытай жойылсын!” and another “Free Alimnur now”.", ["Қытай жойылсын!", "Free Alimnur now"]),
    ],
)
def test_short_slogans_are_examined_not_dropped(text, examined):
    chosen, _ = select(find_quotations(text))
    assert [q.text for q in chosen] == examined
