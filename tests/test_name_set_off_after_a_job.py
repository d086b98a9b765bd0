"""A name the tagger calls a body, set off by commas right after a job no body holds (`The
department's spokesperson, Wisane Mavasa, said`), is the job holder's: without it the next
quote's `she` went to the only person named before."""

from __future__ import annotations

from tests.frozen import frozen

# The tagger's parse of sentences written for this file (it tags `Wisane Mavasa` a body).
NAME_SET_OFF_AFTER_A_JOB = """
Jannie PROPN NNP compound 1 B-PERSON Jannie
Strauss PROPN NNP nsubj 2 I-PERSON Strauss
said VERB VBD ROOT 2 O say
farms NOUN NNS nsubj 5 O farm
would AUX MD aux 5 O would
close VERB VB ccomp 2 O close _
. PUNCT . punct 2 O . _
<space> SPACE _SP dep 6 O <space> _
The DET DT det 9 B-ORG the
Department PROPN NNP nsubj 20 I-ORG Department
of ADP IN prep 9 I-ORG of
Water PROPN NNP pobj 10 I-ORG Water
and CCONJ CC cc 11 I-ORG and
Sanitation PROPN NNP conj 11 I-ORG Sanitation _
's PART POS case 13 I-ORG 's
spokesperson NOUN NN appos 9 O spokesperson _
, PUNCT , punct 9 O ,
Wisane PROPN NNP compound 18 B-ORG Wisane
Mavasa PROPN NNP appos 9 I-ORG Mavasa _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 20 O say
the DET DT det 22 O the
department NOUN NN nsubj 24 O department
was AUX VBD aux 24 O be
working VERB VBG ccomp 20 O work
with ADP IN prep 24 O with
the DET DT det 27 O the
province NOUN NN pobj 25 O province _
. PUNCT . punct 20 O .
" PUNCT `` punct 39 O " _
We PRON PRP nsubj 32 O we
are AUX VBP aux 32 O be
monitoring VERB VBG ccomp 39 O monitor
the DET DT det 34 O the
situation NOUN NN dobj 32 O situation
daily ADV RB advmod 32 O daily _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
she PRON PRP nsubj 39 O she
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""


def test_a_name_tagged_a_body_after_a_persons_job_and_a_comma_is_the_holder() -> None:
    from quotes.extractor import Extractor

    rows = Extractor().rows(frozen(NAME_SET_OFF_AFTER_A_JOB))
    (row,) = [r for r in rows if r.quote.startswith("We are monitoring")]
    assert (row.speaker, row.role, row.organization) == (
        "Wisane Mavasa",
        "spokesperson",
        "Department of Water and Sanitation",
    )
