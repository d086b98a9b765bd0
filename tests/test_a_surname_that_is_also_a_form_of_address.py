"""A surname that is also a form of address, at the end of a sentence (`said KCCI President
Iftikhar Ahmed Sheikh.`, `said economist Atif Mian.`, as Pakistan's and India's papers write many
names): the tokenizer kept `Sheikh.` whole, as it keeps an abbreviated title (`Cpl.`), so the name
ended in a stop and the row's speaker was `KCCI President Iftikhar Ahmed Sheikh.`, no role. A form
of address written in full is no abbreviation, and a full stop after such a surname ends the
sentence: the stop is now its own token, and the person named speaks, the title his role. A title
written short keeps its stop (`Cpl.`). The tokenizer's words through the pipeline; the row from a
frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor.
"""

from __future__ import annotations

from spacy.language import Language

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Small traders cannot survive this," said KCCI President Iftikhar Ahmed Sheikh.
_KCCI = """
" PUNCT `` punct 9 O " _
Small ADJ JJ amod 2 O small
traders NOUN NNS nsubj 5 O trader
can AUX MD aux 5 O can _
not PART RB neg 5 O not
survive VERB VB ccomp 9 O survive
this PRON DT dobj 5 O this _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
KCCI PROPN NNP compound 11 B-ORG KCCI
President PROPN NNP compound 14 O President
Iftikhar PROPN NNP compound 14 B-PERSON Iftikhar
Ahmed PROPN NNP compound 14 I-PERSON Ahmed
Sheikh PROPN NNP nsubj 9 O Sheikh _
. PUNCT . punct 9 O . _
"""


def test_a_surname_that_is_a_form_of_address_leaves_the_stop_apart(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("said Iftikhar Ahmed Sheikh. Then Atif Mian.")]
    assert words == ["said", "Iftikhar", "Ahmed", "Sheikh", ".", "Then", "Atif", "Mian", "."]


def test_a_title_written_short_keeps_its_stop(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("said Surrey RCMP Cpl. Vanessa Munn.")]
    assert "Cpl." in words


def test_the_person_with_the_surname_speaks() -> None:
    (row,) = Extractor().rows(frozen(_KCCI))
    assert (row.speaker, row.role) == ("Iftikhar Ahmed Sheikh", "President")
