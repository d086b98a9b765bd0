"""`Church spokesman the Rev. Samuel Oduya said`: a style that takes `the` (`the Rev.`, `the Hon.`)
between a job and the name leaves the job the name's title (ROLES.md 4: the job before the name
is the role, the style is a form of address and no role); the `the` is the style's, no word of
the title. Not after a word that is no job (`She told the Rev. Samuel Oduya`: no role). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Church spokesman the Rev. Samuel Oduya said the hall would reopen. "We will pray for them,"
# Oduya said.
_REV = """
Church NOUN NN compound 1 B-ORG church
spokesman NOUN NN compound 5 O spokesman
the DET DT det 3 O the
Rev. PROPN NNP compound 5 O Rev.
Samuel PROPN NNP compound 5 B-PERSON Samuel
Oduya PROPN NNP nsubj 6 I-PERSON Oduya
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
hall NOUN NN nsubj 10 O hall
would AUX MD aux 10 O would
reopen VERB VB ccomp 6 O reopen _
. PUNCT . punct 6 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 15 O we
will AUX MD aux 15 O will
pray VERB VB ccomp 21 O pray
for ADP IN prep 15 O for
them PRON PRP pobj 16 O they _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Oduya PROPN NNP nsubj 21 B-PERSON Oduya
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


# She told the Rev. Samuel Oduya, "We will pray for them."
_TOLD = """
She PRON PRP nsubj 1 O she
told VERB VBD ROOT 1 O tell
the DET DT det 5 O the
Rev. PROPN NNP compound 5 O Rev.
Samuel PROPN NNP compound 5 B-PERSON Samuel
Oduya PROPN NNP dobj 1 I-PERSON Oduya _
, PUNCT , punct 1 O ,
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 10 O we
will AUX MD aux 10 O will
pray VERB VB ccomp 1 O pray
for ADP IN prep 10 O for
them PRON PRP pobj 11 O they _
. PUNCT . punct 1 O . _
" PUNCT '' punct 1 O " _
"""


def test_a_job_before_the_style_and_its_the() -> None:
    rows = Extractor().rows(frozen(_REV))
    assert {r.speaker for r in rows} == {"Samuel Oduya"}
    # (The body before the job stays in the role on this parse, `church` tagged a common noun.)
    assert all(r.role.endswith("spokesman") and r.organization == "Church" for r in rows)


def test_no_job_before_the_style() -> None:
    rows = Extractor().rows(frozen(_TOLD))
    assert all(r.role == "" for r in rows)
