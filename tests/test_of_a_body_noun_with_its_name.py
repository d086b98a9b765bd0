"""A body's noun in small letters after a name's `of`, set off by commas, with the body's name
set beside it (`X, of the firm Strand & Okafor,`, `X, of the consultancy Harbour Economics`),
gives that body, the whole name the tagger tagged past its `&`. Frozen parse of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Prices rose on Monday. Defense lawyer Declan Strand, of the firm Strand & Okafor, said his client
# would appeal. "We will win," Strand said. "It is awful," said Kiri Tane, of the consultancy
# Harbour Economics.
_OF_THE_FIRM = """
Prices NOUN NNS nsubj 1 O price
rose VERB VBD ROOT 1 O rise
on ADP IN prep 1 O on
Monday PROPN NNP pobj 2 B-DATE Monday _
. PUNCT . punct 1 O .
Defense NOUN NN compound 6 O defense
lawyer NOUN NN compound 8 O lawyer
Declan PROPN NNP compound 8 B-PERSON Declan
Strand PROPN NNP nsubj 17 I-PERSON Strand _
, PUNCT , punct 8 O ,
of ADP IN prep 8 O of
the DET DT det 12 O the
firm NOUN NN pobj 10 O firm
Strand PROPN NNP appos 12 B-ORG Strand
& CCONJ CC cc 13 I-ORG &
Okafor PROPN NNP conj 13 I-ORG Okafor _
, PUNCT , punct 8 O ,
said VERB VBD ROOT 17 O say
his PRON PRP$ poss 19 O his
client NOUN NN nsubj 21 O client
would AUX MD aux 21 O would
appeal VERB VB ccomp 17 O appeal _
. PUNCT . punct 17 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 26 O we
will AUX MD aux 26 O will
win VERB VB ccomp 30 O win _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Strand PROPN NNP nsubj 30 B-PERSON Strand
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O .
" PUNCT `` punct 34 O " _
It PRON PRP nsubj 34 O it
is AUX VBZ ccomp 38 O be
awful ADJ JJ acomp 34 O awful _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
said VERB VBD ROOT 38 O say
Kiri PROPN NNP compound 40 B-PERSON Kiri
Tane PROPN NNP nsubj 38 I-PERSON Tane _
, PUNCT , punct 40 O ,
of ADP IN prep 40 O of
the DET DT det 44 O the
consultancy NOUN NN pobj 42 O consultancy
Harbour PROPN NNP compound 46 B-ORG Harbour
Economics PROPN NNP appos 44 I-ORG Economics _
. PUNCT . punct 38 O . _
"""


def test_of_a_body_noun_with_its_name_beside_it() -> None:
    assert who(_OF_THE_FIRM) == [
        ("Declan Strand", "Defense lawyer", "Strand & Okafor"),
        ("Kiri Tane", "", "Harbour Economics"),
    ]
