"""`… to rehabilitate the Morton Jaffray Water Treatment Works, Local Government and Public Works
Minister Daniel Garwe has said`: a portfolio listed with a comma and `and` before a title's noun
(`Agriculture, Forestry and Fisheries Minister`) takes the word before its first comma for the
list's first part; when the words in capitals before that comma are not all a brief's, they are
a name the sentence set before the title (a works', a body's), and the comma no part of the
portfolio. Before, the role was *Morton Jaffray Water Treatment Works, Local Government and
Public Works Minister*; now it is *Local Government and Public Works Minister*. A first part of
several words of a brief (`Local Government, Housing and Public Works Minister`) stays whole.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Government has set aside funds to rehabilitate the Morton Jaffray Water Treatment Works, Local
# Government and Public Works Minister Daniel Garwe has said. "We want every household to have
# clean running water," he said.
_WORKS = """
Government NOUN NN nsubj 2 O government
has AUX VBZ aux 2 O have
set VERB VBN ROOT 2 O set
aside ADP RP prt 2 O aside
funds NOUN NNS dobj 2 O fund
to PART TO aux 6 O to
rehabilitate VERB VB advcl 2 O rehabilitate
the DET DT det 12 O the
Morton PROPN NNP compound 12 O Morton
Jaffray PROPN NNP compound 11 O Jaffray
Water PROPN NNP compound 11 O Water
Treatment PROPN NNP compound 12 O Treatment
Works PROPN NNP dobj 6 O Works _
, PUNCT , punct 12 O ,
Local PROPN NNP compound 15 B-ORG Local
Government PROPN NNP conj 12 I-ORG Government
and CCONJ CC cc 15 I-ORG and
Public PROPN NNP compound 18 I-ORG Public
Works PROPN NNP compound 19 I-ORG Works
Minister PROPN NNP compound 21 O Minister
Daniel PROPN NNP compound 21 B-PERSON Daniel
Garwe PROPN NNP nsubj 23 I-PERSON Garwe
has AUX VBZ aux 23 O have
said VERB VBN conj 2 O say _
. PUNCT . punct 23 O .
" PUNCT `` punct 38 O " _
We PRON PRP nsubj 27 O we
want VERB VBP ccomp 38 O want
every DET DT det 29 O every
household NOUN NN nsubj 31 O household
to PART TO aux 31 O to
have VERB VB ccomp 27 O have
clean ADJ JJ amod 34 O clean
running NOUN NN amod 34 O running
water NOUN NN dobj 31 O water _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
he PRON PRP nsubj 38 O he
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""
# Local Government, Housing and Public Works Minister Daniel Garwe said the work would start next
# month. "We want every household to have clean running water," he said.
_LISTED = """
Local ADJ JJ amod 1 B-ORG local
Government PROPN NNP nsubj 10 I-ORG Government _
, PUNCT , punct 1 O ,
Housing PROPN NNP conj 1 B-ORG Housing
and CCONJ CC cc 3 I-ORG and
Public PROPN NNP compound 6 I-ORG Public
Works PROPN NNP compound 7 I-ORG Works
Minister PROPN NNP compound 9 O Minister
Daniel PROPN NNP compound 9 B-PERSON Daniel
Garwe PROPN NNP conj 3 I-PERSON Garwe
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
work NOUN NN nsubj 14 O work
would AUX MD aux 14 O would
start VERB VB ccomp 10 O start
next ADJ JJ amod 16 B-DATE next
month NOUN NN npadvmod 14 I-DATE month _
. PUNCT . punct 10 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 20 O we
want VERB VBP ccomp 31 O want
every DET DT det 22 O every
household NOUN NN nsubj 24 O household
to PART TO aux 24 O to
have VERB VB ccomp 20 O have
clean ADJ JJ amod 27 O clean
running NOUN NN amod 27 O running
water NOUN NN dobj 24 O water _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_a_works_name_before_the_comma_is_no_part_of_the_portfolio() -> None:
    rows = Extractor().rows(frozen(_WORKS))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Daniel Garwe", "Local Government and Public Works Minister")
    ]


def test_a_first_part_of_several_brief_words_stays() -> None:
    rows = Extractor().rows(frozen(_LISTED))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Daniel Garwe", "Local Government, Housing and Public Works Minister")
    ]
