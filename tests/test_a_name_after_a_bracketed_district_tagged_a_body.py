"""`Deputy Commissioner (Fazilka) Senu Duggal said`, the district in brackets tagged a body: the
parser makes the name an apposition of the title beside the district's, and a given name the word
list lacks opens it. Two or three capitalised words that are no body's or job's noun, between the
bracket closing a title and the title's verb, are the holder's name (nothing else stands there):
*Senu Duggal*, role *Deputy Commissioner*. Words of a body there (`District Office`, the same
parse written by hand) name no person. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Relief camps opened on Monday. Deputy Commissioner (Fazilka) Senu Duggal said they would stay
# open. "No family will be left without shelter," she said.
_DC = """
Relief NOUN NN compound 1 O relief
camps NOUN NNS nsubj 2 O camp
opened VERB VBN ROOT 2 O open
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O .
Deputy PROPN NNP compound 7 O Deputy
Commissioner PROPN NNP nsubj 13 O Commissioner
( PUNCT -LRB- punct 7 O ( _
Fazilka PROPN NNP appos 7 B-ORG Fazilka _
) PUNCT -RRB- punct 7 O )
Senu PROPN NNP compound 12 O Senu
Duggal PROPN NNP appos 7 O Duggal
said VERB VBD ROOT 13 O say
they PRON PRP nsubj 16 O they
would AUX MD aux 16 O would
stay VERB VB ccomp 13 O stay
open ADJ JJ acomp 16 O open _
. PUNCT . punct 13 O .
" PUNCT `` punct 30 O " _
No DET DT det 21 O no
family NOUN NN nsubjpass 24 O family
will AUX MD aux 24 O will
be AUX VB auxpass 24 O be
left VERB VBN ccomp 30 O leave
without ADP IN prep 24 O without
shelter NOUN NN pobj 25 O shelter _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
she PRON PRP nsubj 30 O she
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# The same parse with a body's words where the name was.
# Relief camps opened on Monday. Deputy Commissioner (Fazilka) District Office said they would
# stay open. "No family will be left without shelter," it said.
_OFFICE = """
Relief NOUN NN compound 1 O relief
camps NOUN NNS nsubj 2 O camp
opened VERB VBN ROOT 2 O open
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O .
Deputy PROPN NNP compound 7 O Deputy
Commissioner PROPN NNP nsubj 13 O Commissioner
( PUNCT -LRB- punct 7 O ( _
Fazilka PROPN NNP appos 7 B-ORG Fazilka _
) PUNCT -RRB- punct 7 O )
District PROPN NNP compound 12 O District
Office PROPN NNP appos 7 O Office
said VERB VBD ROOT 13 O say
they PRON PRP nsubj 16 O they
would AUX MD aux 16 O would
stay VERB VB ccomp 13 O stay
open ADJ JJ acomp 16 O open _
. PUNCT . punct 13 O .
" PUNCT `` punct 30 O " _
No DET DT det 21 O no
family NOUN NN nsubjpass 24 O family
will AUX MD aux 24 O will
be AUX VB auxpass 24 O be
left VERB VBN ccomp 30 O leave
without ADP IN prep 24 O without
shelter NOUN NN pobj 25 O shelter _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
it PRON PRP nsubj 30 O it
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_the_name_after_a_bracketed_district_tagged_a_body_speaks() -> None:
    rows = Extractor().rows(frozen(_DC))
    assert [(r.speaker, r.role) for r in rows] == [("Senu Duggal", "Deputy Commissioner")]


def test_a_bodys_words_after_the_brackets_are_no_persons_name() -> None:
    rows = Extractor().rows(frozen(_OFFICE))
    assert [(r.speaker, r.role) for r in rows] == [("District Office", "")]
