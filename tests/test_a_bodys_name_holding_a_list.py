"""`the National Union of Rail, Harbour and Port Workers`, `the Kenya Medical Officers, Pharmacists
and Dentists Union`, which the tagger cuts at their commas: a body's name, then words in capitals
tagged no body, person or place after commas, then `and` and another body's name, is one body
listing its fields (after `of`) or its members (plurals before the body's noun); the job set
beside it reads past its commas, after the person's name (`X, the … Union (KMOPDU) branch
secretary,`) and before it (`The … Union secretary-general, Dr X,`). Bodies listed one by one (`the
Bank of Scotland, Nationwide and Lloyds Bank`) stay apart. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Bongani Zulu, general secretary of the National Union of Rail, Harbour and Port Workers, said
# the talks had failed. "We walk out on Monday," he said.
_RAIL = """
Bongani PROPN NNP compound 1 B-PERSON Bongani
Zulu PROPN NNP nsubj 17 I-PERSON Zulu _
, PUNCT , punct 1 O ,
general ADJ JJ amod 4 O general
secretary NOUN NN appos 1 O secretary
of ADP IN prep 4 O of
the DET DT det 8 B-ORG the
National PROPN NNP compound 8 I-ORG National
Union PROPN NNP pobj 5 I-ORG Union
of ADP IN prep 8 I-ORG of
Rail PROPN NNP pobj 9 I-ORG Rail _
, PUNCT , punct 10 O ,
Harbour PROPN NNP conj 10 O Harbour
and CCONJ CC cc 12 O and
Port PROPN NNP compound 15 B-ORG Port
Workers PROPN NNPS conj 12 I-ORG Workers _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
talks NOUN NNS nsubj 21 O talk
had AUX VBD aux 21 O have
failed VERB VBN ccomp 17 O fail _
. PUNCT . punct 17 O .
" PUNCT `` punct 32 O " _
We PRON PRP nsubj 25 O we
walk VERB VBP ccomp 32 O walk
out ADV RB advmod 25 O out
on ADP IN prep 25 O on
Monday PROPN NNP pobj 27 B-DATE Monday _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
he PRON PRP nsubj 32 O he
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

# Grace Achieng, the Kenya Medical Officers, Pharmacists and Dentists Union (KMOPDU) branch
# secretary, said workers would stay away. "Nobody has been paid," she said.
_OFFICERS = """
Grace PROPN NNP compound 1 B-PERSON Grace
Achieng PROPN NNP nsubj 18 I-PERSON Achieng _
, PUNCT , punct 1 O ,
the DET DT det 6 B-ORG the
Kenya PROPN NNP compound 6 I-ORG Kenya
Medical PROPN NNP compound 6 I-ORG Medical
Officers PROPN NNP conj 1 I-ORG Officers _
, PUNCT , punct 6 O ,
Pharmacists PROPN NNPS conj 6 B-NORP Pharmacists
and CCONJ CC cc 8 O and
Dentists PROPN NNPS compound 11 B-ORG Dentists
Union PROPN NNP conj 8 I-ORG Union
( PUNCT -LRB- punct 6 O ( _
KMOPDU PROPN NNP nmod 16 B-ORG KMOPDU _
) PUNCT -RRB- punct 13 O )
branch NOUN NN compound 16 O branch
secretary NOUN NN appos 6 O secretary _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 18 O say
workers NOUN NNS nsubj 21 O worker
would AUX MD aux 21 O would
stay VERB VB ccomp 18 O stay
away ADV RB advmod 21 O away _
. PUNCT . punct 18 O .
" PUNCT `` punct 32 O " _
Nobody PRON NN nsubjpass 28 O nobody
has AUX VBZ aux 28 O have
been AUX VBN auxpass 28 O be
paid VERB VBN ccomp 32 O pay _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
she PRON PRP nsubj 32 O she
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

# The Kenya Clinicians, Pharmacists and Dentists Union secretary-general, Dr Tom Otieno, said
# workers would stay away. "Nobody has been paid," he said.
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
said VERB VBD ROOT 16 O say
workers NOUN NNS nsubj 19 O worker
would AUX MD aux 19 O would
stay VERB VB ccomp 16 O stay
away ADV RB advmod 19 O away _
. PUNCT . punct 16 O .
" PUNCT `` punct 30 O " _
Nobody PRON NN nsubjpass 26 O nobody
has AUX VBZ aux 26 O have
been AUX VBN auxpass 26 O be
paid VERB VBN ccomp 30 O pay _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
he PRON PRP nsubj 30 O he
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# Ann Lee, an analyst who has worked for the Bank of Scotland, Nationwide and Lloyds Bank, said
# costs were rising. "Nobody is spared," she said.
_BANKS = """
Ann PROPN NNP compound 1 B-PERSON Ann
Lee PROPN NNP nsubj 19 I-PERSON Lee _
, PUNCT , punct 1 O ,
an DET DT det 4 O an
analyst NOUN NN appos 1 O analyst
who PRON WP nsubj 7 O who
has AUX VBZ aux 7 O have
worked VERB VBN relcl 4 O work
for ADP IN prep 7 O for
the DET DT det 10 B-ORG the
Bank PROPN NNP pobj 8 I-ORG Bank
of ADP IN prep 10 I-ORG of
Scotland PROPN NNP pobj 11 I-ORG Scotland _
, PUNCT , punct 10 O ,
Nationwide PROPN NNP amod 17 B-ORG Nationwide
and CCONJ CC cc 14 O and
Lloyds PROPN NNP compound 17 B-ORG Lloyds
Bank PROPN NNP appos 10 I-ORG Bank _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 19 O say
costs NOUN NNS nsubj 22 O cost
were AUX VBD aux 22 O be
rising VERB VBG ccomp 19 O rise _
. PUNCT . punct 19 O .
" PUNCT `` punct 31 O " _
Nobody PRON NN nsubjpass 27 O nobody
is AUX VBZ auxpass 27 O be
spared VERB VBN ccomp 31 O spar _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
she PRON PRP nsubj 31 O she
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""

# The same sentence with `Nationwide` left untagged, as the tagger leaves some firms' names.
_BANKS_UNTAGGED = """
Ann PROPN NNP compound 1 B-PERSON Ann
Lee PROPN NNP nsubj 19 I-PERSON Lee _
, PUNCT , punct 1 O ,
an DET DT det 4 O an
analyst NOUN NN appos 1 O analyst
who PRON WP nsubj 7 O who
has AUX VBZ aux 7 O have
worked VERB VBN relcl 4 O work
for ADP IN prep 7 O for
the DET DT det 10 B-ORG the
Bank PROPN NNP pobj 8 I-ORG Bank
of ADP IN prep 10 I-ORG of
Scotland PROPN NNP pobj 11 I-ORG Scotland _
, PUNCT , punct 10 O ,
Nationwide PROPN NNP amod 17 O Nationwide
and CCONJ CC cc 14 O and
Lloyds PROPN NNP compound 17 B-ORG Lloyds
Bank PROPN NNP appos 10 I-ORG Bank _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 19 O say
costs NOUN NNS nsubj 22 O cost
were AUX VBD aux 22 O be
rising VERB VBG ccomp 19 O rise _
. PUNCT . punct 19 O .
" PUNCT `` punct 31 O " _
Nobody PRON NN nsubjpass 27 O nobody
is AUX VBZ auxpass 27 O be
spared VERB VBN ccomp 31 O spar _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
she PRON PRP nsubj 31 O she
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""




def test_a_bodys_name_listing_its_fields_is_one_body() -> None:
    assert who_of(_RAIL) == [
        (
            "Bongani Zulu",
            "general secretary of the National Union of Rail, Harbour and Port Workers",
            "National Union of Rail, Harbour and Port Workers",
        )
    ]


def test_the_job_after_a_body_listing_its_members_and_its_short_form() -> None:
    assert who_of(_OFFICERS) == [
        ("Grace Achieng", "branch secretary", "Kenya Medical Officers, Pharmacists and Dentists Union")
    ]


def test_the_job_of_a_body_listing_its_members_set_before_the_name() -> None:
    assert who_of(_CLINICIANS) == [
        ("Tom Otieno", "secretary-general", "Kenya Clinicians, Pharmacists and Dentists Union")
    ]


def test_bodies_listed_one_by_one_stay_apart() -> None:
    assert who_of(_BANKS) == [("Ann Lee", "analyst", "Bank of Scotland")]
    assert who_of(_BANKS_UNTAGGED) == [("Ann Lee", "analyst", "Bank of Scotland")]
