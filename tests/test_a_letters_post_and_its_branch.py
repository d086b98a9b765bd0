"""`DIG Operations Tariq Nawaz said`, `SSP Operations Bilal Ahmed told`: a post written by its
letters, then the branch of the force it heads in capitals (a department's word), right before
the name, is one post (Pakistani and Indian news name a branch's head so): the role is *DIG
Operations*, and the branch's word is no part of the name. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# SIALKOT: Extra pickets have been set up on the GT Road, DIG Operations Tariq Nawaz said.
# "Citizens should call the helpline," he said.
_PICKETS = """
SIALKOT PROPN NNP ROOT 0 O SIALKOT _
: PUNCT : punct 0 O :
Extra ADJ JJ amod 3 B-NORP extra
pickets NOUN NNS nsubjpass 6 O picket
have AUX VBP aux 6 O have
been AUX VBN auxpass 6 O be
set VERB VBN ccomp 17 O set
up ADP RP prt 6 O up
on ADP IN prep 6 O on
the DET DT det 11 B-EVENT the
GT PROPN NNP compound 11 I-EVENT GT
Road PROPN NNP pobj 8 I-EVENT Road _
, PUNCT , punct 17 O ,
DIG PROPN NNP compound 14 O DIG
Operations PROPN NNP compound 16 O Operations
Tariq PROPN NNP compound 16 B-PERSON Tariq
Nawaz PROPN NNP nsubj 17 I-PERSON Nawaz
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O .
" PUNCT `` punct 22 O " _
Citizens NOUN NNS nsubj 22 B-PERSON citizen
should AUX MD aux 22 O should
call VERB VB ccomp 28 O call
the DET DT det 24 O the
helpline NOUN NN dobj 22 O helpline _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# "The suspects fled towards the river," SSP Operations Bilal Ahmed told Dawn.
_RIVER = """
" PUNCT `` punct 13 O " _
The DET DT det 2 O the
suspects NOUN NNS nsubj 3 O suspect
fled VERB VBD ccomp 13 O flee
towards ADP IN prep 3 O towards
the DET DT det 6 O the
river NOUN NN pobj 4 O river _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
SSP PROPN NNP compound 10 O SSP
Operations PROPN NNPS compound 12 O Operations
Bilal PROPN NNP compound 12 O Bilal
Ahmed PROPN NNP nsubj 13 O Ahmed
told VERB VBD ROOT 13 O tell
Dawn PROPN NNP dobj 13 B-PERSON Dawn _
. PUNCT . punct 13 O . _
"""


def test_the_branch_after_the_post_is_the_roles() -> None:
    rows = Extractor().rows(frozen(_PICKETS))
    assert [(r.speaker, r.role) for r in rows] == [("Tariq Nawaz", "DIG Operations")]


def test_the_branch_is_no_word_of_the_name() -> None:
    rows = Extractor().rows(frozen(_RIVER))
    assert [(r.speaker, r.role) for r in rows] == [("Bilal Ahmed", "SSP Operations")]
