"""A caption a wire's credit closes, run into it (`Finance Minister X, who said the rise was
"unavoidable", at Parliament House on Monday. — AFP`): a name and where it was, no verb at the
sentence's root, so its quote is the page's, no row; a round-up's item or a brief signed the same
way (`"…," he said. — AFP`) is a sentence and keeps its row. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Finance Minister Tendai Moyo, who said the rise was "unavoidable", at Parliament House on
# Monday. — AFP
# (a new paragraph) "We have no choice," Moyo told MPs.
_CAPTION = """
Finance PROPN NNP compound 1 O Finance
Minister PROPN NNP compound 3 O Minister
Tendai PROPN NNP compound 3 B-PERSON Tendai
Moyo PROPN NNP ROOT 3 I-PERSON Moyo _
, PUNCT , punct 3 O ,
who PRON WP nsubj 6 O who
said VERB VBD relcl 3 O say
the DET DT det 8 O the
rise NOUN NN nsubj 9 O rise
was AUX VBD ccomp 6 O be
" PUNCT `` punct 9 O " _
unavoidable ADJ JJ acomp 9 O unavoidable _
" PUNCT '' punct 9 O " _
, PUNCT , punct 9 O ,
at ADP IN prep 9 O at
Parliament PROPN NNP compound 16 B-ORG Parliament
House PROPN NNP pobj 14 I-ORG House
on ADP IN prep 9 O on
Monday PROPN NNP pobj 17 B-DATE Monday _
. PUNCT . punct 3 O .
— PUNCT : punct 3 O —
AFP PROPN NNP appos 3 O AFP _
<paragraph> SPACE _SP dep 21 O <paragraph> _
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 25 O we
have VERB VBP ccomp 31 O have
no DET DT det 27 O no
choice NOUN NN dobj 25 O choice _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Moyo PROPN NNP nsubj 31 B-PERSON Moyo
told VERB VBD ROOT 31 O tell
MPs PROPN NNP dobj 31 O MPs _
. PUNCT . punct 31 O . _
"""
# Nigeria: Fuel queues return in Lagos. "The stations are empty again," he said. — AFP
_ROUNDUP = """
Nigeria PROPN NNP ROOT 0 O Nigeria _
: PUNCT : punct 0 O :
Fuel PROPN NNP compound 3 O Fuel
queues NOUN NNS nsubj 4 O queue
return VERB VBP ROOT 4 O return
in ADP IN prep 4 O in
Lagos PROPN NNP pobj 5 B-GPE Lagos _
. PUNCT . punct 4 O .
" PUNCT `` punct 17 O " _
The DET DT det 10 O the
stations NOUN NNS nsubj 11 O station
are AUX VBP ccomp 17 O be
empty ADJ JJ acomp 11 O empty
again ADV RB advmod 11 O again _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
he PRON PRP nsubj 17 O he
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O .
— PUNCT : punct 20 O —
AFP PROPN NNP ROOT 20 B-ORG AFP _
"""
# Moyo said the rise was "unavoidable". — AFP
_BRIEF = """
Moyo PROPN NNP nsubj 1 B-PERSON Moyo
said VERB VBD ROOT 1 O say
the DET DT det 3 O the
rise NOUN NN nsubj 4 O rise
was AUX VBD ccomp 1 O be
" PUNCT `` punct 4 O " _
unavoidable ADJ JJ acomp 4 O unavoidable _
" PUNCT '' punct 4 O " _
. PUNCT . punct 1 O .
— PUNCT : punct 10 O —
AFP PROPN NNP ROOT 10 B-ORG AFP _
"""


def test_a_caption_signed_by_a_wire_gives_no_row() -> None:
    rows = Extractor().rows(frozen(_CAPTION))
    assert [(r.quote, r.speaker, r.role) for r in rows] == [
        ("We have no choice,", "Tendai Moyo", "Finance Minister")
    ]


def test_a_round_up_item_signed_by_a_wire_keeps_its_row() -> None:
    rows = Extractor().rows(frozen(_ROUNDUP))
    assert [r.quote for r in rows] == ["The stations are empty again,"]


def test_a_brief_signed_by_a_wire_keeps_its_partial_quote() -> None:
    rows = Extractor().rows(frozen(_BRIEF))
    assert [(r.quote, r.speaker) for r in rows] == [("unavoidable", "Moyo")]
