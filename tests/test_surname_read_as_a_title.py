"""A title word closing a person's name that the tagger left out (`President Iftikhar Ahmed
Sheikh said`, `Sheikh` untagged and the head the name's words hang on, no word in capitals
after it) is the name's last word, a surname, not a title opening another name. Frozen parse of
a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Karachi Chamber of Commerce and Industry (KCCI) President Iftikhar Ahmed Sheikh said businesses
# were losing billions. “The government must act now,” he told reporters.
_SHEIKH = """
Karachi PROPN NNP compound 1 B-ORG Karachi
Chamber PROPN NNP nsubj 13 I-ORG Chamber
of ADP IN prep 1 I-ORG of
Commerce PROPN NNP pobj 2 I-ORG Commerce
and CCONJ CC cc 3 I-ORG and
Industry PROPN NNP conj 3 I-ORG Industry
( PUNCT -LRB- punct 7 O ( _
KCCI PROPN NNP parataxis 1 O KCCI _
) PUNCT -RRB- punct 7 O )
President PROPN NNP compound 12 O President
Iftikhar PROPN NNP compound 12 B-PERSON Iftikhar
Ahmed PROPN NNP compound 12 I-PERSON Ahmed
Sheikh PROPN NNP appos 1 O Sheikh
said VERB VBD ROOT 13 O say
businesses NOUN NNS nsubj 16 O business
were AUX VBD aux 16 O be
losing VERB VBG ccomp 13 O lose
billions NOUN NNS dobj 16 O billion _
. PUNCT . punct 13 O .
“ PUNCT `` punct 28 O " _
The DET DT det 21 O the
government NOUN NN nsubj 23 O government
must AUX MD aux 23 O must
act VERB VB ccomp 28 O act
now ADV RB advmod 23 O now _
, PUNCT , punct 28 O , _
” PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
told VERB VBD ROOT 28 O tell
reporters NOUN NNS dobj 28 O reporter _
. PUNCT . punct 28 O . _
"""


def test_a_title_word_closing_a_name_is_its_surname() -> None:
    rows = Extractor().rows(frozen(_SHEIKH))
    assert [(r.speaker, r.role) for r in rows] == [("Iftikhar Ahmed Sheikh", "President")]
