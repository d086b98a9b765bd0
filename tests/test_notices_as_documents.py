"""`The Ministry of Health issued an advisory … “…,” the advisory said`: the notices a government
or an agency sends out (`advisory`, `notification`, `circular`: models/document_nouns.txt) are
documents cited as a speaker, whose issuing body the article names (ROLES.md 3), as `the
statement` is. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The Ministry of Health issued an advisory on Friday. "Wear masks in crowded places," the
# advisory said.
_ADVISORY = """
The DET DT det 1 B-ORG the
Ministry PROPN NNP nsubj 4 I-ORG Ministry
of ADP IN prep 1 I-ORG of
Health PROPN NNP pobj 2 I-ORG Health
issued VERB VBD ROOT 4 O issue
an DET DT det 6 O an
advisory NOUN NN dobj 4 O advisory
on ADP IN prep 4 O on
Friday PROPN NNP pobj 7 B-DATE Friday _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
Wear VERB VB ccomp 20 O wear
masks NOUN NNS dobj 11 O mask
in ADP IN prep 11 O in
crowded ADJ JJ amod 15 O crowded
places NOUN NNS pobj 13 O place _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
the DET DT det 19 O the
advisory NOUN NN nsubj 20 O advisory
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""
# The Lenton Police Service sent a notification to residents on Monday. "Keep doors locked at
# night," the notification said.
_NOTIFICATION = """
The DET DT det 3 B-ORG the
Lenton PROPN NNP compound 3 I-ORG Lenton
Police PROPN NNP compound 3 I-ORG Police
Service PROPN NNP nsubj 4 I-ORG Service
sent VERB VBD ROOT 4 O send
a DET DT det 6 O a
notification NOUN NN dobj 4 O notification
to ADP IN dative 4 O to
residents NOUN NNS pobj 7 O resident
on ADP IN prep 4 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
Keep VERB VB ccomp 22 O keep
doors NOUN NNS dobj 13 O door
locked VERB VBN acl 14 O lock
at ADP IN prep 15 O at
night NOUN NN pobj 16 B-TIME night _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
the DET DT det 21 O the
notification NOUN NN nsubj 22 O notification
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_an_advisory_is_the_issuing_ministrys() -> None:
    assert _who(_ADVISORY) == [("the advisory", "Ministry of Health")]


def test_a_notification_is_the_sending_forces() -> None:
    assert _who(_NOTIFICATION) == [("the notification", "Lenton Police Service")]
