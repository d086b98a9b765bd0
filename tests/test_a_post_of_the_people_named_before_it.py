"""`Board of trustees chairwoman Aroha Ngata`, the title cut at `of`: the chair of the trustees is
a post of their own board, not a post in the body the sentence before is about (the Ministry of
Education investigating the school). Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A Christchurch school principal has been stood down while the Ministry of Education investigates
# complaints from parents.  Board of trustees chairwoman Aroha Ngata confirmed the principal was
# on leave. "The board takes every complaint seriously," Ngata said.
_TRUSTEES = """
A DET DT det 3 O a
Christchurch PROPN NNP compound 2 B-ORG Christchurch
school NOUN NN compound 3 O school
principal NOUN NN nsubjpass 6 O principal
has AUX VBZ aux 6 O have
been AUX VBN auxpass 6 O be
stood VERB VBN ROOT 6 O stand
down ADP RP prt 6 O down
while SCONJ IN mark 13 O while
the DET DT det 10 B-ORG the
Ministry PROPN NNP nsubj 13 I-ORG Ministry
of ADP IN prep 10 I-ORG of
Education PROPN NNP pobj 11 I-ORG Education
investigates VERB VBZ advcl 6 O investigate
complaints NOUN NNS dobj 13 O complaint
from ADP IN prep 13 O from
parents NOUN NNS pobj 15 O parent _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
Board PROPN NNP nsubj 25 O Board
of ADP IN prep 19 O of
trustees NOUN NNS compound 22 O trustee
chairwoman NOUN NN compound 24 O chairwoman
Aroha PROPN NNP compound 24 B-PERSON Aroha
Ngata PROPN NNP pobj 20 I-PERSON Ngata
confirmed VERB VBD ROOT 25 O confirm
the DET DT det 27 O the
principal NOUN NN nsubj 28 O principal
was AUX VBD ccomp 25 O be
on ADP IN prep 28 O on
leave NOUN NN pobj 29 O leave _
. PUNCT . punct 25 O .
" PUNCT `` punct 42 O " _
The DET DT det 34 O the
board NOUN NN nsubj 35 O board
takes VERB VBZ ccomp 42 O take
every DET DT det 37 O every
complaint NOUN NN dobj 35 O complaint
seriously ADV RB advmod 35 O seriously _
, PUNCT , punct 42 O , _
" PUNCT '' punct 42 O "
Ngata PROPN NNP nsubj 42 B-ORG Ngata
said VERB VBD ROOT 42 O say _
. PUNCT . punct 42 O . _
"""


def test_a_post_of_the_people_named_before_it_is_in_no_other_body() -> None:
    rows = Extractor().rows(frozen(_TRUSTEES))
    assert [(r.speaker, r.organization) for r in rows] == [("Aroha Ngata", "")]
