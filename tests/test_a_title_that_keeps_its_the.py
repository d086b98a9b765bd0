"""`according to The Standard`, `"…," The Spinoff reported`: a name in capitals the tagger read as
no person's, after `The` in capitals inside a sentence, is a title (a newspaper's, a website's)
that keeps its article; the body speaks as itself by the whole name, its own organisation
(ROLES.md 2, 4), where it was the bare word before (`Standard`, no organisation). Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The council has broken its word," union organiser Peter Kamau said in a statement, according to
# The Standard.
_STANDARD = """
" PUNCT `` punct 13 O " _
The DET DT det 2 O the
council NOUN NN nsubj 4 O council
has AUX VBZ aux 4 O have
broken VERB VBN ccomp 13 O break
its PRON PRP$ poss 6 O its
word NOUN NN dobj 4 O word _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
union NOUN NN compound 10 O union
organiser NOUN NN compound 12 O organiser
Peter PROPN NNP compound 12 B-PERSON Peter
Kamau PROPN NNP nsubj 13 I-PERSON Kamau
said VERB VBD ROOT 13 O say
in ADP IN prep 13 O in
a DET DT det 16 O a
statement NOUN NN pobj 14 O statement _
, PUNCT , punct 13 O ,
according VERB VBG prep 13 O accord
to ADP IN prep 18 O to
The DET DT det 21 O the
Standard PROPN NNP pobj 19 O Standard _
. PUNCT . punct 13 O . _
"""

# Auckland Transport confirmed the change. "Ferry fares will rise by a third," The Spinoff
# reported on Tuesday.
_SPINOFF = """
Auckland PROPN NNP compound 1 B-ORG Auckland
Transport PROPN NNP nsubj 2 I-ORG Transport
confirmed VERB VBD ROOT 2 O confirm
the DET DT det 4 O the
change NOUN NN dobj 2 O change _
. PUNCT . punct 2 O .
" PUNCT `` punct 18 O " _
Ferry NOUN NN compound 8 O ferry
fares NOUN NNS nsubj 10 O fare
will AUX MD aux 10 O will
rise VERB VB ccomp 18 O rise
by ADP IN prep 10 O by
a DET DT det 13 O a
third ADJ JJ pobj 11 B-ORDINAL third _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 B-WORK_OF_ART "
The DET DT det 17 I-WORK_OF_ART the
Spinoff PROPN NNP nsubj 18 I-WORK_OF_ART Spinoff
reported VERB VBD ROOT 18 O report
on ADP IN prep 18 O on
Tuesday PROPN NNP pobj 19 B-DATE Tuesday _
. PUNCT . punct 18 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_a_paper_cited_by_according_to_keeps_its_the() -> None:
    assert _who(_STANDARD) == [("The Standard", "The Standard")]


def test_a_website_that_reported_keeps_its_the() -> None:
    assert _who(_SPINOFF) == [("The Spinoff", "The Spinoff")]
