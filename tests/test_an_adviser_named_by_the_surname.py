"""`said Tom Baker, a senior Harlow adviser`, in a story about a campaign: an adviser written with
the surname of a person of the story before the job serves that person's campaign (ROLES.md 5:
`X staffer` is `X campaign`), as a spokesman so written does and as `senior adviser to Harlow`
does; the role is the job without the name. A former adviser may have served the person in
office, and keeps the name in the role and no organisation. Frozen parses of texts written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Senator Ann Harlow was in Iowa, where her campaign opened an office. "We will keep fighting,"
# said Tom Baker, a senior Harlow adviser.
_ADVISER = """
Senator PROPN NNP compound 2 O Senator
Ann PROPN NNP compound 2 B-PERSON Ann
Harlow PROPN NNP nsubj 3 I-PERSON Harlow
was AUX VBD ROOT 3 O be
in ADP IN prep 3 O in
Iowa PROPN NNP pobj 4 B-GPE Iowa _
, PUNCT , punct 5 O ,
where SCONJ WRB advmod 10 O where
her PRON PRP$ poss 9 O her
campaign NOUN NN nsubj 10 O campaign
opened VERB VBD relcl 5 O open
an DET DT det 12 O an
office NOUN NN dobj 10 O office _
. PUNCT . punct 3 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 17 O we
will AUX MD aux 17 O will
keep VERB VB ccomp 21 O keep
fighting VERB VBG xcomp 17 O fight _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
Tom PROPN NNP compound 23 B-PERSON Tom
Baker PROPN NNP nsubj 21 I-PERSON Baker _
, PUNCT , punct 23 O ,
a DET DT det 28 O a
senior ADJ JJ amod 28 O senior
Harlow PROPN NNP compound 28 B-PERSON Harlow
adviser NOUN NN appos 23 O adviser _
. PUNCT . punct 21 O . _
"""


# Senator Ann Harlow was in Iowa, where her campaign opened an office. "We will keep fighting,"
# said Tom Baker, a former Harlow adviser.
_FORMER = """
Senator PROPN NNP compound 2 O Senator
Ann PROPN NNP compound 2 B-PERSON Ann
Harlow PROPN NNP nsubj 3 I-PERSON Harlow
was AUX VBD ROOT 3 O be
in ADP IN prep 3 O in
Iowa PROPN NNP pobj 4 B-GPE Iowa _
, PUNCT , punct 5 O ,
where SCONJ WRB advmod 10 O where
her PRON PRP$ poss 9 O her
campaign NOUN NN nsubj 10 O campaign
opened VERB VBD relcl 5 O open
an DET DT det 12 O an
office NOUN NN dobj 10 O office _
. PUNCT . punct 3 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 17 O we
will AUX MD aux 17 O will
keep VERB VB ccomp 21 O keep
fighting VERB VBG xcomp 17 O fight _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
Tom PROPN NNP compound 23 B-PERSON Tom
Baker PROPN NNP nsubj 21 I-PERSON Baker _
, PUNCT , punct 23 O ,
a DET DT det 28 O a
former ADJ JJ amod 28 O former
Harlow PROPN NNP compound 28 B-PERSON Harlow
adviser NOUN NN appos 23 O adviser _
. PUNCT . punct 21 O . _
"""


def test_an_adviser_named_by_the_candidates_surname_is_on_the_campaign() -> None:
    rows = Extractor().rows(frozen(_ADVISER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Baker", "senior adviser", "Harlow campaign")
    ]


def test_a_former_adviser_so_named_is_on_no_campaign() -> None:
    rows = Extractor().rows(frozen(_FORMER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Baker", "former Harlow adviser", "")]
