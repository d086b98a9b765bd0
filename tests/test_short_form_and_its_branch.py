"""A body's short form the tagger left untagged, with the country of its branch after it, is the
organisation before a title (`ERA Singapore key executive officer Eugene Lim`: *key executive
officer* / *ERA Singapore*), and so is one the tagger tagged alone before a word no dictionary
has for the branch's region (`NHS Lothian director`, `Lothian` tagged an adjective). A frozen
parse (by the project's pipeline) of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# ERA Singapore key executive officer Eugene Lim said demand from younger couples remained strong.
# "Many of them cannot wait five years for a flat," he said.
_BRANCH = """
ERA PROPN NNP nmod 1 O ERA
Singapore PROPN NNP nmod 6 B-GPE Singapore
key ADJ JJ amod 4 O key
executive ADJ JJ amod 4 O executive
officer NOUN NN appos 1 O officer
Eugene PROPN NNP compound 6 B-PERSON Eugene
Lim PROPN NNP nsubj 7 I-PERSON Lim
said VERB VBD ROOT 7 O say
demand NOUN NN nsubj 12 O demand
from ADP IN prep 8 O from
younger ADJ JJR amod 11 O young
couples NOUN NNS pobj 9 O couple
remained VERB VBD ccomp 7 O remain
strong ADJ JJ acomp 12 O strong _
. PUNCT . punct 7 O .
" PUNCT `` punct 30 O " _
Many ADJ JJ nsubj 21 O many
of ADP IN prep 16 O of
them PRON PRP pobj 17 O they
can AUX MD aux 21 O can _
not PART RB neg 21 O not
wait VERB VB ccomp 30 O wait
five NUM CD nummod 23 B-DATE five
years NOUN NNS npadvmod 21 I-DATE year
for ADP IN prep 21 O for
a DET DT det 26 O a
flat ADJ JJ pobj 24 O flat _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
he PRON PRP nsubj 30 O he
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_a_short_form_and_its_branchs_country_are_the_organisation() -> None:
    rows = Extractor().rows(frozen(_BRANCH))
    expected = [("Eugene Lim", "key executive officer", "ERA Singapore")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected


# “We heard nothing,” NHS Lothian director Ann Bell said.
_REGION = """
“ PUNCT `` punct 11 O " _
We PRON PRP nsubj 2 O we
heard VERB VBD ccomp 11 O hear
nothing PRON NN dobj 2 O nothing _
, PUNCT , punct 11 O , _
” PUNCT '' punct 11 O "
NHS PROPN NNP compound 8 B-ORG NHS
Lothian ADJ JJ amod 8 O lothian
director NOUN NN compound 10 O director
Ann PROPN NNP compound 10 B-PERSON Ann
Bell PROPN NNP nsubj 11 I-PERSON Bell
said VERB VBD ROOT 11 O say _
. PUNCT . punct 11 O . _
"""


def test_a_short_form_and_the_region_of_its_branch_are_the_organisation() -> None:
    rows = Extractor().rows(frozen(_REGION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ann Bell", "director", "NHS Lothian")]
