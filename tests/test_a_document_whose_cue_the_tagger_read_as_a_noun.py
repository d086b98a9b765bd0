"""A document cited after a quote cut off by a comma speaks (ROLES.md 3) even when the tagger
took its verb of saying for a noun: `“…,” the email read.` (a past spelled as the bare form)
and `“…,” the memo states.` (the trust model reads the cue as the verb the sieve found, not as
the noun the tagger saw). Frozen parses of sentences written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The council met on Monday. /  / "We cannot keep paying for a building nobody uses," the email read.
_EMAIL = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 11 O we
can AUX MD aux 11 O can _
not PART RB neg 11 O not
keep VERB VB ccomp 22 O keep
paying VERB VBG xcomp 11 O pay
for ADP IN prep 12 O for
a DET DT det 15 O a
building NOUN NN pobj 13 O building
nobody PRON NN nsubj 17 O nobody
uses VERB VBZ relcl 15 O use _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
the DET DT det 22 O the
email NOUN NN compound 22 O email
read NOUN NN ROOT 22 O read _
. PUNCT . punct 22 O . _
"""
# The council met on Monday. /  / "We cannot keep paying for a building nobody uses," the memo states.
_MEMO = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 11 O we
can AUX MD aux 11 O can _
not PART RB neg 11 O not
keep VERB VB ccomp 22 O keep
paying VERB VBG xcomp 11 O pay
for ADP IN prep 12 O for
a DET DT det 15 O a
building NOUN NN pobj 13 O building
nobody PRON NN nsubj 17 O nobody
uses VERB VBZ relcl 15 O use _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
the DET DT det 22 O the
memo NOUN NN compound 22 O memo
states NOUN NNS ROOT 22 O state _
. PUNCT . punct 22 O . _
"""


def test_a_past_read_as_a_noun_is_the_documents_cue() -> None:
    rows = Extractor().rows(frozen(_EMAIL))
    assert [(r.speaker, r.cue) for r in rows] == [("the email", "read")]


def test_a_present_read_as_a_noun_is_the_documents_cue() -> None:
    rows = Extractor().rows(frozen(_MEMO))
    assert [(r.speaker, r.cue) for r in rows] == [("the memo", "states")]
