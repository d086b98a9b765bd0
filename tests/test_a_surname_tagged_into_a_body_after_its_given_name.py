"""`Analyst Ana Ruiz of Maybank said`, the tagger making `Ruiz of Maybank` a body and leaving the
given name before it untagged: a known given name right before a body's name whose first word is
no body's noun, trade or place and is followed by `of` or `at` opens a person's name; the surname
goes to the person and the words after `of` stay the body (*Ana Ruiz*, *Analyst*, *Maybank*;
before, no speaker at all). A body's noun there keeps the body whole (`Grace Church of Uganda`).
Nor is a name left untagged before `of` and a body a body's name such as `Transport for London`
(entities._service_of_a_place): `Ana Ruiz of Maybank said` gave the organisation *Ana Ruiz of
Maybank*; a given name before the noun makes it a surname. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Analyst Ana Ruiz of Maybank said the measures would cost more. "It is a targeted, sensible
# move," she said.
_ANALYST = """
Analyst PROPN NNP compound 2 O Analyst
Ana PROPN NNP compound 2 O Ana
Ruiz PROPN NNP nsubj 5 B-ORG Ruiz
of ADP IN prep 2 I-ORG of
Maybank PROPN NNP pobj 3 I-ORG Maybank
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
measures NOUN NNS nsubj 9 O measure
would AUX MD aux 9 O would
cost VERB VB ccomp 5 O cost
more ADJ JJR dobj 9 O more _
. PUNCT . punct 5 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 14 O it
is AUX VBZ ccomp 23 O be
a DET DT det 19 O a
targeted ADJ JJ amod 19 O targeted _
, PUNCT , punct 19 O ,
sensible ADJ JJ amod 19 O sensible
move NOUN NN attr 14 O move _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
she PRON PRP nsubj 23 O she
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# (written by hand from the parse above) Analyst Grace Church of Uganda said the measures would
# cost more. "It is a targeted, sensible move," she said.
_CHURCH = """
Analyst PROPN NNP compound 2 O Analyst
Grace PROPN NNP compound 2 O Grace
Church PROPN NNP nsubj 5 B-ORG Church
of ADP IN prep 2 I-ORG of
Uganda PROPN NNP pobj 3 I-ORG Uganda
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
measures NOUN NNS nsubj 9 O measure
would AUX MD aux 9 O would
cost VERB VB ccomp 5 O cost
more ADJ JJR dobj 9 O more _
. PUNCT . punct 5 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 14 O it
is AUX VBZ ccomp 23 O be
a DET DT det 19 O a
targeted ADJ JJ amod 19 O targeted _
, PUNCT , punct 19 O ,
sensible ADJ JJ amod 19 O sensible
move NOUN NN attr 14 O move _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
she PRON PRP nsubj 23 O she
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# Ana Ruiz of Maybank said the measures would cost more. "It is a targeted, sensible move," she
# said.
_PLAIN = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 4 O Ruiz
of ADP IN prep 1 O of
Maybank PROPN NNP pobj 2 B-ORG Maybank
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
measures NOUN NNS nsubj 8 O measure
would AUX MD aux 8 O would
cost VERB VB ccomp 4 O cost
more ADJ JJR dobj 8 O more _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 22 O be
a DET DT det 18 O a
targeted ADJ JJ amod 18 O targeted _
, PUNCT , punct 18 O ,
sensible ADJ JJ amod 18 O sensible
move NOUN NN attr 13 O move _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
she PRON PRP nsubj 22 O she
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_the_surname_a_body_took_goes_back_to_its_given_name() -> None:
    rows = Extractor().rows(frozen(_ANALYST))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ana Ruiz", "Analyst", "Maybank")]


def test_a_bodys_noun_after_a_given_name_keeps_the_body_whole() -> None:
    rows = Extractor().rows(frozen(_CHURCH))
    assert all(r.speaker != "Grace Church" for r in rows)


def test_an_untagged_name_before_of_and_a_body_is_no_bodys_name() -> None:
    rows = Extractor().rows(frozen(_PLAIN))
    assert [(r.speaker, r.organization) for r in rows] == [("Ana Ruiz", "Maybank")]
