"""`The Uganda Union of Clinical Officers secretary-general, Dr X, said: "…"`: a body's name, the
job right after it with no comma between, then the holder's name set off by commas, the parser
making the body the subject and hanging job and name on it as appositions: the person named
after the job speaks, not the body (a job set off from the body by a comma of its own, `The
Union, whose secretary-general, X,`, is no such job). Commas inside the body's name, one that
lists its members (`The Kenya Clinicians, Pharmacists and Dentists Union secretary-general, Dr
X,`), are none of these. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The Uganda Union of Clinical Officers secretary-general, Dr Sarah Namusoke, said: "We have not
# been paid since March."
_CLINICAL_OFFICERS = """
The DET DT det 2 B-ORG the
Uganda PROPN NNP compound 2 I-ORG Uganda
Union PROPN NNP nsubj 14 I-ORG Union
of ADP IN prep 2 I-ORG of
Clinical PROPN NNP compound 5 I-ORG Clinical
Officers PROPN NNP pobj 3 I-ORG Officers
secretary NOUN NN appos 2 O secretary _
- PUNCT HYPH punct 8 O - _
general ADJ JJ amod 6 O general _
, PUNCT , punct 2 O ,
Dr PROPN NNP compound 12 O Dr
Sarah PROPN NNP compound 12 B-PERSON Sarah
Namusoke PROPN NNP appos 2 I-PERSON Namusoke _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
We PRON PRP nsubjpass 21 O we
have AUX VBP aux 21 O have
not PART RB neg 21 O not
been AUX VBN auxpass 21 O be
paid VERB VBN ccomp 14 O pay
since SCONJ IN prep 21 O since
March PROPN NNP pobj 22 B-DATE March _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""

# The Kenya Clinicians, Pharmacists and Dentists Union secretary-general, Dr Tom Otieno, said:
# "Nobody has been paid."
_CLINICIANS = """
The DET DT det 2 B-ORG the
Kenya PROPN NNP compound 2 I-ORG Kenya
Clinicians PROPN NNPS nsubj 16 I-ORG Clinicians _
, PUNCT , punct 2 O ,
Pharmacists PROPN NNPS conj 2 B-NORP Pharmacists
and CCONJ CC cc 4 O and
Dentists PROPN NNPS compound 7 B-ORG Dentists
Union PROPN NNP conj 4 I-ORG Union
secretary NOUN NN appos 2 O secretary _
- PUNCT HYPH punct 10 O - _
general ADJ JJ amod 8 O general _
, PUNCT , punct 8 O ,
Dr PROPN NNP compound 14 O Dr
Tom PROPN NNP compound 14 B-PERSON Tom
Otieno PROPN NNP appos 2 I-PERSON Otieno _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
Nobody PRON NN nsubjpass 22 O nobody
has AUX VBZ aux 22 O have
been AUX VBN auxpass 22 O be
paid VERB VBN ccomp 16 O pay _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""




def test_the_holder_named_after_a_bodys_job_speaks() -> None:
    assert who_of(_CLINICAL_OFFICERS) == [
        ("Sarah Namusoke", "secretary-general", "Uganda Union of Clinical Officers")
    ]


def test_commas_inside_a_bodys_name_set_off_no_job() -> None:
    assert who_of(_CLINICIANS) == [
        ("Tom Otieno", "secretary-general", "Kenya Clinicians, Pharmacists and Dentists Union")
    ]
