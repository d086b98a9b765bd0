"""`Ruto Says Fuel Levy Will Stay, Calls Critics Cartels`: a headline set in Title Case joins the
speaker's second act with a comma and a verb of saying in the present, which the parser reads as
a name (`Calls` a compound of `Cartels`, that a conjunct of the reported verb). What was said
ends at the comma. Where the reported verb comes after it, the word is a noun of a list
(`Minister Says Fees, Calls And Data Charges Will Rise`) and stays in. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ruto Says Fuel Levy Will Stay, Calls Critics Cartels.
_CALLS_CRITICS = """
Ruto PROPN NNP nsubj 1 O Ruto
Says VERB VBZ ROOT 1 O say
Fuel PROPN NNP compound 3 B-PERSON Fuel
Levy PROPN NNP nsubj 5 I-PERSON Levy
Will AUX MD aux 5 I-PERSON will
Stay VERB VB ccomp 1 I-PERSON stay _
, PUNCT , punct 5 O ,
Calls PROPN NNPS compound 9 B-ORG Calls
Critics PROPN NNP compound 9 I-ORG Critics
Cartels PROPN NNP conj 5 I-ORG Cartels _
. PUNCT . punct 1 O . _
"""

# Minister Says Fees, Calls And Data Charges Will Rise.
_CALLS_IN_A_LIST = """
Minister PROPN NNP nsubj 1 O Minister
Says VERB VBZ ROOT 1 B-PERSON say
Fees PROPN NNPS nsubj 9 I-PERSON Fees _
, PUNCT , punct 2 O ,
Calls PROPN NNPS conj 2 B-ORG Calls
And CCONJ CC cc 4 I-ORG and
Data NOUN NNS compound 7 I-ORG datum
Charges NOUN NNS conj 4 I-ORG charge
Will AUX MD aux 9 I-ORG will
Rise VERB VB ccomp 1 I-ORG rise _
. PUNCT . punct 1 O . _
"""


def _reports(spec: str) -> list[tuple[str, str, str]]:
    """(the speaker as written, the cue, what was said) of each reported-speech row."""
    rows = Extractor(indirect=True).rows(frozen(spec))
    return [(r.mention, r.cue, r.quote) for r in rows if r.kind == "indirect"]


def test_the_headlines_second_verb_ends_what_was_said() -> None:
    assert _reports(_CALLS_CRITICS) == [("Ruto", "Says", "Fuel Levy Will Stay")]


def test_the_same_word_in_a_list_before_the_verb_stays_in() -> None:
    assert _reports(_CALLS_IN_A_LIST) == [("Minister", "Says", "Fees, Calls And Data Charges Will Rise")]
