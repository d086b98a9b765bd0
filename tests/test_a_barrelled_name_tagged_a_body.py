"""A double-barrelled name the tagger took whole for a body, set off by commas beside a job no
body holds (`Limpopo MEC for education, Mavhungu Lerule-Ramakhanya, said`): the name is the
holder's, its hyphen's first part read with it (the parser hangs it on the last). Frozen parse of
a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Limpopo MEC for education, Mavhungu Lerule-Ramakhanya, said schools would reopen on Monday. "No
# child will be left behind," she said.
_MEC = """
Limpopo PROPN NNP compound 1 B-ORG Limpopo
MEC PROPN NNP nsubj 10 I-ORG MEC
for ADP IN prep 1 O for
education NOUN NN pobj 2 O education _
, PUNCT , punct 1 O ,
Mavhungu PROPN NNP compound 8 B-ORG Mavhungu
Lerule PROPN NNP compound 8 I-ORG Lerule _
- PUNCT HYPH punct 8 I-ORG - _
Ramakhanya PROPN NNP appos 1 I-ORG Ramakhanya _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say
schools NOUN NNS nsubj 13 O school
would AUX MD aux 13 O would
reopen VERB VB ccomp 10 O reopen
on ADP IN prep 13 O on
Monday PROPN NNP pobj 14 B-DATE Monday _
. PUNCT . punct 10 O .
" PUNCT `` punct 27 O " _
No DET DT det 19 O no
child NOUN NN nsubjpass 22 O child
will AUX MD aux 22 O will
be AUX VB auxpass 22 O be
left VERB VBN ccomp 27 O leave
behind ADV RB advmod 22 O behind _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
she PRON PRP nsubj 27 O she
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_a_barrelled_name_tagged_a_body_beside_a_persons_job() -> None:
    rows = Extractor().rows(frozen(_MEC))
    who = [(r.speaker, r.role) for r in rows]
    assert who == [("Mavhungu Lerule-Ramakhanya", "Limpopo MEC for education")]
