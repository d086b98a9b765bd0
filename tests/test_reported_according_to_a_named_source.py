"""`According to the county health officer, Dr Mary Achieng, three wards were closed`: the name
set off by commas after an opening `according to` phrase is the source's, in apposition, though
the parser makes it a first subject of the clause's verb; the words reported start after the
name's closing comma, where the verb has a subject of its own (quotes/indirect.py,
``_name_apposed_to_source``). A name that is the clause's only subject (`According to the
survey, Mary Achieng, a trader, earns …`) stays in the words. Frozen parses (tests/frozen.py) of
sentences written for this file, through the whole extractor with reported speech on."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# According to the county health officer, Dr Mary Achieng, three wards had been closed since
# March.
_OFFICER = """
According VERB VBG prep 15 O accord
to ADP IN prep 0 O to
the DET DT det 5 O the
county NOUN NN compound 5 O county
health NOUN NN compound 5 O health
officer NOUN NN pobj 1 O officer _
, PUNCT , punct 15 O ,
Dr PROPN NNP compound 9 O Dr
Mary PROPN NNP compound 9 B-PERSON Mary
Achieng PROPN NNP nsubjpass 15 I-PERSON Achieng _
, PUNCT , punct 9 O ,
three NUM CD nummod 12 B-CARDINAL three
wards NOUN NNS nsubjpass 15 O ward
had AUX VBD aux 15 O have
been AUX VBN auxpass 15 O be
closed VERB VBN ROOT 15 O close
since SCONJ IN prep 15 O since
March PROPN NNP pobj 16 B-DATE March _
. PUNCT . punct 15 O . _
"""


# According to a spokesman for the ministry, Ahmed Raza, the dam will be finished by 2025.
_SPOKESMAN = """
According VERB VBG prep 15 O accord
to ADP IN prep 0 O to
a DET DT det 3 O a
spokesman NOUN NN pobj 1 O spokesman
for ADP IN prep 3 O for
the DET DT det 6 O the
ministry NOUN NN pobj 4 O ministry _
, PUNCT , punct 15 O ,
Ahmed PROPN NNP compound 9 B-PERSON Ahmed
Raza PROPN NNP nsubjpass 15 I-PERSON Raza _
, PUNCT , punct 9 O ,
the DET DT det 12 O the
dam NOUN NN nsubjpass 15 O dam
will AUX MD aux 15 O will
be AUX VB auxpass 15 O be
finished VERB VBN ROOT 15 O finish
by ADP IN prep 15 O by
2025 NUM CD pobj 16 B-DATE 2025 _
. PUNCT . punct 15 O . _
"""


# According to the survey, Mary Achieng, a trader, earns less than her mother did.
_SURVEY = """
According VERB VBG prep 11 O accord
to ADP IN prep 0 O to
the DET DT det 3 O the
survey NOUN NN pobj 1 O survey _
, PUNCT , punct 11 O ,
Mary PROPN NNP compound 6 B-PERSON Mary
Achieng PROPN NNP nsubj 11 I-PERSON Achieng _
, PUNCT , punct 6 O ,
a DET DT det 9 O a
trader NOUN NN appos 6 O trader _
, PUNCT , punct 6 O ,
earns VERB VBZ ROOT 11 O earn
less ADJ JJR dobj 11 O less
than SCONJ IN mark 16 O than
her PRON PRP$ poss 15 O her
mother NOUN NN nsubj 16 O mother
did VERB VBD advcl 12 O do _
. PUNCT . punct 11 O . _
"""


def _reports(spec: str) -> list[tuple[str, str]]:
    return [(r.quote, r.speaker) for r in Extractor(indirect=True).rows(frozen(spec)) if r.kind == "indirect"]


def test_the_words_start_after_a_name_apposed_to_the_source() -> None:
    assert _reports(_OFFICER) == [("three wards had been closed since March", "Mary Achieng")]


def test_the_words_start_after_a_name_apposed_to_a_long_source() -> None:
    assert _reports(_SPOKESMAN) == [("the dam will be finished by 2025", "Ahmed Raza")]


def test_a_name_that_is_the_only_subject_stays_in_the_words() -> None:
    assert [quote for quote, _ in _reports(_SURVEY)] == [
        "Mary Achieng, a trader, earns less than her mother did"
    ]
