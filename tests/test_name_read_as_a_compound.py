"""`“…,” Ana Ruiz notes.`: the parser reads `Ana Ruiz notes` as a noun phrase, with the name a
compound of a cue it tags as a verb; the name between the quote and the cue is its subject. A
headline's `Spurns offer` (a capitalised word as a compound of a cue, at a line's start) is no
such name. Each sentence was written for this file; its parse (by en_core_web_sm 3.8) is
written out token by token (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

NAME_AS_COMPOUND = """
" PUNCT `` punct 9 O " _
Look VERB VB ccomp 9 O look
at ADP IN prep 1 O at
the DET DT det 4 O the
statement NOUN NN pobj 2 O statement _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
Ana PROPN NNP compound 8 O Ana
Ruiz PROPN NNP compound 9 O Ruiz
notes VERB VBZ ROOT 9 O note _
. PUNCT . punct 9 O . _
"""

# "Harbour mayor rebuffs minister on 'exception' to levy; \nSpurns offer, blasts 'unfair view
# of the port.'\n\nThe mayor on Tuesday rejected the offer."
HEADLINE = """
Harbour VERB VB ROOT 0 B-NORP harbour
mayor NOUN NN compound 3 O mayor
rebuffs NOUN NNS compound 3 O rebuff
minister NOUN NN dobj 0 O minister
on ADP IN prep 0 O on
' PUNCT `` punct 4 O ' _
exception NOUN NN pobj 4 O exception _
' PUNCT '' punct 0 O '
to PART TO aux 9 O to
levy VERB VB xcomp 0 O levy _
; PUNCT : punct 0 O ;
<newline> SPACE _SP dep 10 O <newline> _
Spurns PROPN NNP compound 13 B-NORP Spurns
offer VERB VBP ROOT 13 O offer _
, PUNCT , punct 13 O ,
blasts NOUN NNS poss 18 O blast
' PART POS case 15 O ' _
unfair ADJ JJ amod 18 O unfair
view NOUN NN dobj 13 O view
of ADP IN prep 18 O of
the DET DT det 21 O the
port NOUN NN pobj 19 O port _
. PUNCT . punct 13 O . _
' PUNCT '' punct 13 O ' _
<space> SPACE _SP dep 23 O <space> _
The DET DT det 26 O the
mayor NOUN NN nsubj 29 O mayor
on ADP IN prep 29 O on
Tuesday PROPN NNP pobj 27 B-DATE Tuesday
rejected VERB VBD ROOT 29 O reject
the DET DT det 31 O the
offer NOUN NN dobj 29 O offer _
. PUNCT . punct 29 O . _
"""


def test_a_name_the_parser_hung_on_the_cue_as_a_compound_speaks() -> None:
    rows = Extractor().rows(frozen(NAME_AS_COMPOUND))
    assert [(r.quote, r.speaker, r.cue) for r in rows] == [("Look at the statement,", "Ana Ruiz", "notes")]


def test_a_headline_word_before_a_cue_is_nobody() -> None:
    rows = Extractor(include_all=True).rows(frozen(HEADLINE))
    assert [r.quote for r in rows] == ["exception", "unfair view of the port."]
    assert all(r.speaker != "Spurns" for r in rows)
