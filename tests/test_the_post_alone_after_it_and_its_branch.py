"""`DIG Operations Tariq Nawaz said …` then `"…," the DIG said.`: a post written by its letters and
the branch it heads is headed by the post, not the branch, so the later `the DIG` is the officer
named with it (it stayed the bare description *the DIG*: the role's head was read as *operations*).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# PESHAWAR: Police have arrested three men over the attack, DIG Operations Tariq Nawaz said on
# Monday. Officials said the men had been under watch for weeks. "More arrests are expected," the
# DIG said.
_ARRESTS = """
PESHAWAR NOUN NNS ROOT 0 O PESHAWAR _
: PUNCT : punct 0 O :
Police NOUN NNS nsubj 4 O Police
have AUX VBP aux 4 O have
arrested VERB VBN ccomp 15 O arrest
three NUM CD nummod 6 B-CARDINAL three
men NOUN NNS dobj 4 O man
over ADP IN prep 4 O over
the DET DT det 9 O the
attack NOUN NN pobj 7 O attack _
, PUNCT , punct 15 O ,
DIG PROPN NNP compound 12 O DIG
Operations PROPN NNP compound 14 O Operations
Tariq PROPN NNP compound 14 B-PERSON Tariq
Nawaz PROPN NNP nsubj 15 I-PERSON Nawaz
said VERB VBD ROOT 15 O say
on ADP IN prep 15 O on
Monday PROPN NNP pobj 16 B-DATE Monday _
. PUNCT . punct 15 O .
Officials NOUN NNS nsubj 20 O official
said VERB VBD ROOT 20 O say
the DET DT det 22 O the
men NOUN NNS nsubj 24 O man
had AUX VBD aux 24 O have
been AUX VBN ccomp 20 O be
under ADP IN prep 24 O under
watch NOUN NN pobj 25 O watch
for ADP IN prep 24 O for
weeks NOUN NNS pobj 27 B-DATE week _
. PUNCT . punct 20 O .
" PUNCT `` punct 39 O " _
More ADJ JJR amod 32 O More
arrests NOUN NNS nsubjpass 34 O arrest
are AUX VBP auxpass 34 O be
expected VERB VBN ccomp 39 O expect _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
the DET DT det 38 O the
DIG PROPN NNP nsubj 39 B-ORG DIG
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""


def test_the_post_alone_is_the_officer_named_with_its_branch() -> None:
    rows = Extractor().rows(frozen(_ARRESTS))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [("Tariq Nawaz", "DIG Operations", "the DIG")]
