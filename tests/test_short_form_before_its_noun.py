"""A body named by its short form with its noun after it (`the GMB union`) is the one `the union`
stands for later (`The union's regional organiser, Dave Kershaw`). A frozen parse (by the
project's pipeline) of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Refuse collectors in Leeds will stay on strike, the GMB union has said.
#
# The union's regional organiser, Dave Kershaw, said the council had walked away. "Our members
# want to be back at work," he said.
_UNION = """
Refuse VERB VB csubj 5 O refuse
collectors NOUN NNS dobj 0 O collector
in ADP IN prep 1 O in
Leeds PROPN NNPS pobj 2 B-GPE Leeds
will AUX MD aux 5 O will
stay VERB VB ccomp 13 O stay
on ADP IN prep 5 O on
strike NOUN NN pobj 6 O strike _
, PUNCT , punct 13 O ,
the DET DT det 11 O the
GMB PROPN NNP compound 11 B-ORG GMB
union NOUN NN nsubj 13 O union
has AUX VBZ aux 13 O have
said VERB VBN ROOT 13 O say _
. PUNCT . punct 13 O . _
<space> SPACE _SP dep 14 O <space> _
The DET DT det 17 O the
union NOUN NN poss 20 O union _
's PART POS case 17 O 's
regional ADJ JJ amod 20 O regional
organiser NOUN NN nsubj 25 O organiser _
, PUNCT , punct 20 O ,
Dave PROPN NNP compound 23 B-PERSON Dave
Kershaw PROPN NNP appos 20 I-PERSON Kershaw _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 25 O say
the DET DT det 27 O the
council NOUN NN nsubj 29 O council
had AUX VBD aux 29 O have
walked VERB VBD ccomp 25 O walk
away ADV RB advmod 29 O away _
. PUNCT . punct 25 O .
" PUNCT `` punct 44 O " _
Our PRON PRP$ poss 34 O our
members NOUN NNS nsubj 35 O member
want VERB VBP ccomp 44 O want
to PART TO aux 37 O to
be AUX VB xcomp 35 O be
back ADV RB advmod 37 O back
at ADP IN prep 38 O at
work NOUN NN pobj 39 O work _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
he PRON PRP nsubj 44 O he
said VERB VBD ROOT 44 O say _
. PUNCT . punct 44 O . _
"""


def test_a_short_form_before_its_noun_is_the_body_the_noun_stands_for() -> None:
    rows = Extractor().rows(frozen(_UNION))
    expected = [("Dave Kershaw", "regional organiser", "GMB")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
