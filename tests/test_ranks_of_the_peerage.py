"""`Baroness Ashby said`, `Viscount Hale said`: a rank of the peerage written in full before a
name is the person's role, as `King` and `Prince` are (models/titles.txt), and the name after it
is a person's whatever the tagger made of it (`Ashby` tagged a body, `Prince Ashby` too: a title
in full in capitals addresses a person as `Lord` does). `Earl` is no such title, being a given
name (`Earl Blumenauer`). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Baroness Ashby said the bill was "a disgrace". "It punishes the poor," she added.
_BARONESS = """
Baroness PROPN NNP compound 1 O Baroness
Ashby PROPN NNP nsubj 2 B-ORG Ashby
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
bill NOUN NN nsubj 5 O bill
was AUX VBD ccomp 2 O be
" PUNCT `` punct 5 O " _
a DET DT det 8 O a
disgrace NOUN NN attr 5 O disgrace _
" PUNCT '' punct 5 O " _
. PUNCT . punct 2 O .
" PUNCT `` punct 19 O " _
It PRON PRP nsubj 13 O it
punishes VERB VBZ ccomp 19 O punish
the DET DT det 15 O the
poor ADJ JJ dobj 13 O poor _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
she PRON PRP nsubj 19 O she
added VERB VBD ROOT 19 O add _
. PUNCT . punct 19 O . _
"""

# Viscount Hale said the changes were "rushed". "Nobody has read the small print," the viscount
# added.
_VISCOUNT = """
Viscount PROPN NNP compound 1 B-ORG Viscount
Hale PROPN NNP nsubj 2 I-ORG Hale
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
changes NOUN NNS nsubjpass 7 O change
were AUX VBD auxpass 7 O be
" PUNCT `` punct 7 O " _
rushed VERB VBN ccomp 2 O rush _
" PUNCT '' punct 7 O " _
. PUNCT . punct 2 O .
" PUNCT `` punct 21 O " _
Nobody PRON NN nsubj 13 O nobody
has AUX VBZ aux 13 O have
read VERB VBN ccomp 21 O read
the DET DT det 16 O the
small ADJ JJ amod 16 O small
print NOUN NN dobj 13 O print _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
the DET DT det 20 O the
viscount NOUN NN nsubj 21 O viscount
added VERB VBD ROOT 21 O add _
. PUNCT . punct 21 O . _
"""

# Prince Ashby said the palace would "stand with the farmers".
_PRINCE = """
Prince PROPN NNP compound 1 O Prince
Ashby PROPN NNP nsubj 2 B-ORG Ashby
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
palace NOUN NN nsubj 7 O palace
would AUX MD aux 7 O would
" PUNCT `` punct 7 O " _
stand VERB VB ccomp 2 O stand
with ADP IN prep 7 O with
the DET DT det 10 O the
farmers NOUN NNS pobj 8 O farmer _
" PUNCT '' punct 7 O " _
. PUNCT . punct 2 O . _
"""

# "We will vote no," said Earl Blumenauer, a Democrat from Oregon.
_GIVEN_NAME = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
vote VERB VB ccomp 7 O vote
no INTJ UH dobj 3 O no _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Earl PROPN NNP compound 9 B-PERSON Earl
Blumenauer PROPN NNP nsubj 7 I-PERSON Blumenauer _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
Democrat PROPN NNP appos 9 B-NORP Democrat
from ADP IN prep 12 O from
Oregon PROPN NNP pobj 13 B-GPE Oregon _
. PUNCT . punct 7 O . _
"""


def test_a_baroness_tagged_a_body_is_a_person_of_her_rank() -> None:
    rows = Extractor().rows(frozen(_BARONESS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ashby", "Baroness", "")] * 2


def test_the_viscount_is_the_viscount_named() -> None:
    rows = Extractor().rows(frozen(_VISCOUNT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Hale", "Viscount", "")] * 2


def test_a_prince_tagged_a_body_is_a_person() -> None:
    rows = Extractor().rows(frozen(_PRINCE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ashby", "Prince", "")]


def test_earl_before_a_surname_is_a_given_name() -> None:
    rows = Extractor().rows(frozen(_GIVEN_NAME))
    assert [(r.speaker, r.role) for r in rows] == [("Earl Blumenauer", "")]
