"""`chair of the NMA's ICT committee`: the body that owns the unit a role is `of` is the
organisation, not the unit's short form read as a body the article calls `the committee`. A
frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Dr Ruth Kaye, chair of the NMA's ICT committee, said the new system was late. "We warned them
# a year ago," Dr Kaye said.
_COMMITTEE = """
Dr PROPN NNP compound 2 O Dr
Ruth PROPN NNP compound 2 B-PERSON Ruth
Kaye PROPN NNP nsubj 12 I-PERSON Kaye _
, PUNCT , punct 2 O ,
chair NOUN NN appos 2 O chair
of ADP IN prep 4 O of
the DET DT det 7 O the
NMA PROPN NNP poss 10 B-ORG NMA _
's PART POS case 7 O 's
ICT PROPN NNP compound 10 B-ORG ICT
committee NOUN NN pobj 5 O committee _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 12 O say
the DET DT det 15 O the
new ADJ JJ amod 15 O new
system NOUN NN nsubj 16 O system
was AUX VBD ccomp 12 O be
late ADJ JJ acomp 16 O late _
. PUNCT . punct 12 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 21 O we
warned VERB VBD ccomp 30 O warn
them PRON PRP dobj 21 O they
a DET DT det 24 B-DATE a
year NOUN NN npadvmod 25 I-DATE year
ago ADV RB advmod 21 I-DATE ago _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Dr PROPN NNP compound 29 O Dr
Kaye PROPN NNP nsubj 30 O Kaye
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_the_owner_of_a_unit_a_role_is_of_is_the_body() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_COMMITTEE))]
    assert rows == [("Ruth Kaye", "chair of the NMA's ICT committee", "NMA")]
