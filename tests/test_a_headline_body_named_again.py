"""`Air New Zealand cancels flights` heading the story, then `Air New Zealand has cancelled 40
flights`, the tagger calling `New Zealand` a place there: the body the headline names is named
again in the story, so `The airline's chief operating officer` is its. Frozen parse of a text
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Air New Zealand cancels flights as storm hits Wellington / / Air New Zealand has cancelled 40
# flights because of high winds. The airline's chief operating officer, Alex Marren, said: "We know
# this is disruptive."
_HEADLINE = """
Air PROPN NNP compound 2 B-ORG Air
New PROPN NNP compound 2 I-ORG New
Zealand PROPN NNP nsubj 3 I-ORG Zealand
cancels VERB VBZ ROOT 3 O cancel
flights NOUN NNS dobj 3 O flight
as SCONJ IN mark 7 O as
storm NOUN NN nsubj 7 O storm
hits VERB VBZ advcl 3 O hit
Wellington PROPN NNP ROOT 8 B-ORG Wellington _
<paragraph> SPACE _SP dep 8 I-ORG <paragraph> _
Air PROPN NNP ROOT 10 O Air
New PROPN NNP compound 12 B-GPE New
Zealand PROPN NNP nsubj 14 I-GPE Zealand
has AUX VBZ aux 14 O have
cancelled VERB VBN ROOT 14 O cancel
40 NUM CD nummod 16 B-CARDINAL 40
flights NOUN NNS dobj 14 O flight
because SCONJ IN prep 14 O because
of ADP IN pcomp 17 O of
high ADJ JJ amod 20 O high
winds NOUN NNS pobj 17 O wind _
. PUNCT . punct 14 O .
The DET DT det 23 O the
airline NOUN NN poss 27 O airline _
's PART POS case 23 O 's
chief ADJ JJ amod 27 O chief
operating NOUN NN compound 27 O operating
officer NOUN NN nsubj 32 O officer _
, PUNCT , punct 27 O ,
Alex PROPN NNP compound 30 B-PERSON Alex
Marren PROPN NNP appos 27 I-PERSON Marren _
, PUNCT , punct 27 O ,
said VERB VBD ROOT 32 O say _
: PUNCT : punct 32 O :
" PUNCT `` punct 32 O " _
We PRON PRP nsubj 36 O we
know VERB VBP ccomp 32 O know
this PRON DT nsubj 38 O this
is AUX VBZ ccomp 36 O be
disruptive ADJ JJ acomp 38 O disruptive _
. PUNCT . punct 32 O . _
" PUNCT '' punct 32 O " _
"""


def test_a_body_the_headline_names_is_named_again_in_the_story() -> None:
    rows = Extractor().rows(frozen(_HEADLINE))
    who = [(r.speaker, r.role, r.organization) for r in rows]
    assert who == [("Alex Marren", "chief operating officer", "Air New Zealand")]
