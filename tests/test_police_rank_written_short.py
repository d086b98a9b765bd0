"""A police rank written short before a name (`Det Insp Sarah Khan said`) gives no role, as
ROLES.md keeps abbreviated titles out of the role column, but ties its holder to the one force the
story names in the paragraph or the one before (`West Midlands Police said`), as the rank in full
does. Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The men fled on mopeds, West Midlands Police said. / Det Insp Sarah Khan said: "This was a
# terrifying experience for the staff."
_RANK_WRITTEN_SHORT = """
The DET DT det 1 O the
men NOUN NNS nsubj 2 O man
fled VERB VBD ccomp 9 O flee
on ADP IN prep 2 O on
mopeds NOUN NNS pobj 3 O moped _
, PUNCT , punct 9 O ,
West PROPN NNP compound 7 B-ORG West
Midlands PROPN NNP compound 8 I-ORG Midlands
Police PROPN NNP nsubj 9 I-ORG Police
said VERB VBD ROOT 9 O say _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Det PROPN NNP compound 15 B-PERSON Det
Insp PROPN NNP compound 15 I-PERSON Insp
Sarah PROPN NNP compound 15 B-PERSON Sarah
Khan PROPN NNP nsubj 16 I-PERSON Khan
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
This PRON DT nsubj 20 O this
was AUX VBD ccomp 16 O be
a DET DT det 23 O a
terrifying ADJ JJ amod 23 O terrifying
experience NOUN NN attr 20 O experience
for ADP IN prep 23 O for
the DET DT det 26 O the
staff NOUN NN pobj 24 O staff _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""


def test_rank_written_short_ties_the_officer_to_the_force() -> None:
    assert who(_RANK_WRITTEN_SHORT) == [("Sarah Khan", "", "West Midlands Police")]


# Det Con Raj Patel said: "This was an avoidable tragedy."
_DET_CON = """
Det PROPN NNP compound 3 B-PERSON Det
Con PROPN NNP compound 3 O Con
Raj PROPN NNP compound 3 O Raj
Patel PROPN NNP nsubj 4 B-PERSON Patel
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
This PRON DT nsubj 8 O this
was AUX VBD ccomp 4 O be
an DET DT det 11 O an
avoidable ADJ JJ amod 11 O avoidable
tragedy NOUN NN attr 8 O tragedy _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""


# Con Hegarty said: "This was an avoidable tragedy."
_CON_A_GIVEN_NAME = """
Con PROPN NNP compound 1 B-PERSON Con
Hegarty PROPN NNP nsubj 2 I-PERSON Hegarty
said VERB VBD ROOT 2 O say _
: PUNCT : punct 2 O :
" PUNCT `` punct 2 O " _
This PRON DT nsubj 6 O this
was AUX VBD ccomp 2 O be
an DET DT det 9 O an
avoidable ADJ JJ amod 9 O avoidable
tragedy NOUN NN attr 6 O tragedy _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O " _
"""


def test_con_after_det_is_a_rank_and_alone_a_given_name() -> None:
    # (`Det Con`, detective constable: `Con` is a title only right after another.)
    assert who(_DET_CON) == [("Raj Patel", "", "")]
    assert who(_CON_A_GIVEN_NAME) == [("Con Hegarty", "", "")]
