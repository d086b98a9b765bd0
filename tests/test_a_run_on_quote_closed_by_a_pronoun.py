"""A quote that runs on over paragraphs and closes on a pronoun's cue (`“…,” she added.`) is
that cue's in every paragraph: the sentence before its first piece (`Ms Ruiz said ten shelters
had been opened.`) names the same person, but gold gives the whole utterance to the mention
that attributes it, the pronoun, so the piece that went to the sentence before was a wrong
speaker. A first piece with a cue of its own (`Ms Ruiz said: “…`) keeps it, and so does a
piece that goes on after a quote its own paragraph attributes (`“…,” Ms Ruiz said. “But …`).
Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mayor Ana Ruiz visited the flooded street on Monday. / Ms Ruiz said ten shelters had been
# opened in schools. / "We are asking families near the river to leave tonight. / "The rain
# will go on until Friday," she added.
_RUNS_ON = """
Mayor PROPN NNP compound 2 O Mayor
Ana PROPN NNP compound 2 B-PERSON Ana
Ruiz PROPN NNP nsubj 3 I-PERSON Ruiz
visited VERB VBD ROOT 3 O visit
the DET DT det 6 O the
flooded ADJ JJ amod 6 O flooded
street NOUN NN dobj 3 O street
on ADP IN prep 3 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Ms PROPN NNP compound 12 O Ms
Ruiz PROPN NNP nsubj 13 O Ruiz
said VERB VBD ROOT 13 O say
ten NUM CD nummod 15 B-CARDINAL ten
shelters NOUN NNS nsubjpass 18 O shelter
had AUX VBD aux 18 O have
been AUX VBN auxpass 18 O be
opened VERB VBN ccomp 13 O open
in ADP IN prep 18 O in
schools NOUN NNS pobj 19 O school _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 26 O we
are AUX VBP aux 26 O be
asking VERB VBG ROOT 26 O ask
families NOUN NNS dobj 26 O family
near ADP IN prep 27 O near
the DET DT det 30 O the
river NOUN NN pobj 28 O river
to PART TO aux 32 O to
leave VERB VB xcomp 26 O leave
tonight NOUN NN npadvmod 32 B-TIME tonight _
. PUNCT . punct 26 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
" PUNCT `` punct 47 O " _
The DET DT det 38 O the
rain NOUN NN nsubj 40 O rain
will AUX MD aux 40 O will
go VERB VB ccomp 47 O go
on ADP RP prt 40 O on
until ADP IN prep 40 O until
Friday PROPN NNP pobj 42 B-DATE Friday _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
she PRON PRP nsubj 47 O she
added VERB VBD ROOT 47 O add _
. PUNCT . punct 47 O . _
"""

# Mayor Ana Ruiz visited the flooded street on Monday. / Ms Ruiz said: "We are asking
# families near the river to leave tonight. / "The rain will go on until Friday," she added.
_OPENED_BY_A_CUE = """
Mayor PROPN NNP compound 2 O Mayor
Ana PROPN NNP compound 2 B-PERSON Ana
Ruiz PROPN NNP nsubj 3 I-PERSON Ruiz
visited VERB VBD ROOT 3 O visit
the DET DT det 6 O the
flooded ADJ JJ amod 6 O flooded
street NOUN NN dobj 3 O street
on ADP IN prep 3 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Ms PROPN NNP compound 12 O Ms
Ruiz PROPN NNP nsubj 13 O Ruiz
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 18 O we
are AUX VBP aux 18 O be
asking VERB VBG ccomp 13 O ask
families NOUN NNS dobj 18 O family
near ADP IN prep 19 O near
the DET DT det 22 O the
river NOUN NN pobj 20 O river
to PART TO aux 24 O to
leave VERB VB xcomp 18 O leave
tonight NOUN NN npadvmod 24 B-TIME tonight _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 26 O <paragraph> _
" PUNCT `` punct 39 O " _
The DET DT det 30 O the
rain NOUN NN nsubj 32 O rain
will AUX MD aux 32 O will
go VERB VB ccomp 39 O go
on ADP RP prt 32 O on
until ADP IN prep 32 O until
Friday PROPN NNP pobj 34 B-DATE Friday _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
she PRON PRP nsubj 39 O she
added VERB VBD ROOT 39 O add _
. PUNCT . punct 39 O . _
"""

# Mayor Ana Ruiz spoke on Monday. / "The plan is late," Ms Ruiz said. "But the money is there.
# / "We will finish by June," she added.
_GOES_ON = """
Mayor PROPN NNP compound 2 O Mayor
Ana PROPN NNP compound 2 O Ana
Ruiz PROPN NNP nsubj 3 O Ruiz
spoke VERB VBD ROOT 3 O speak
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
" PUNCT `` punct 17 O " _
The DET DT det 10 O the
plan NOUN NN nsubj 11 O plan
is AUX VBZ ccomp 17 O be
late ADJ JJ acomp 11 O late _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Ms PROPN NNP compound 16 O Ms
Ruiz PROPN NNP nsubj 17 O Ruiz
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O .
" PUNCT `` punct 23 O " _
But CCONJ CC cc 23 O but
the DET DT det 22 O the
money NOUN NN nsubj 23 O money
is AUX VBZ ROOT 23 O be
there ADV RB advmod 23 O there _
. PUNCT . punct 23 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 30 O we
will AUX MD aux 30 O will
finish VERB VB ccomp 36 O finish
by ADP IN prep 30 O by
June PROPN NNP pobj 31 B-DATE June _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
she PRON PRP nsubj 36 O she
added VERB VBD ROOT 36 O add _
. PUNCT . punct 36 O . _
"""


def test_every_piece_rests_on_the_pronoun_that_closes_it() -> None:
    rows = Extractor().rows(frozen(_RUNS_ON))
    assert [(r.speaker, r.mention, r.cue, r.quote) for r in rows] == [
        ("Ana Ruiz", "she", "added", "We are asking families near the river to leave tonight."),
        ("Ana Ruiz", "she", "added", "The rain will go on until Friday,"),
    ]


def test_a_first_piece_with_its_own_cue_keeps_it() -> None:
    rows = Extractor().rows(frozen(_OPENED_BY_A_CUE))
    assert [(r.speaker, r.mention, r.cue) for r in rows] == [
        ("Ana Ruiz", "Ms Ruiz", "said"),
        ("Ana Ruiz", "she", "added"),
    ]


def test_a_piece_after_its_paragraphs_own_quote_goes_on_with_it() -> None:
    rows = Extractor().rows(frozen(_GOES_ON))
    assert [(r.speaker, r.mention, r.cue) for r in rows] == [
        ("Ana Ruiz", "Ms Ruiz", "said"),
        ("Ana Ruiz", "Ms Ruiz", "said"),
        ("Ana Ruiz", "she", "added"),
    ]
