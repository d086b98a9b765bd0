"""A body's name in capitals with a small word inside (`of`, `the`, `without`) that owns a job:
`Friends of the Earth's biodiversity officer, X, said`, `said Friends of the Earth's water officer,
X`, `Friends of the Earth water officer X said`, `Engineers Without Borders' programme manager, X,
said`, `Save the Children's humanitarian director, X, told`. The tagger cuts such a name or leaves
it untagged (`Earth` a place, `Save` a verb) and the parser splits it at its small word, hanging
the job on `of` or `Without` as its object: the job is the role and the whole name the
organisation all the same. A person's name owning a job stays a person's (`Mary Ann Smith's
campaign manager`). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Friends of the Earth's biodiversity officer, Niamh Doyle, said the felling licences should be
# paused. "The hen harrier is running out of room," she said.
_OPENING = """
Friends NOUN NNS nsubj 11 O friend
of ADP IN prep 0 O of
the DET DT det 3 O the
Earth PROPN NNP poss 6 B-LOC Earth _
's PART POS case 3 O 's
biodiversity NOUN NN compound 6 O biodiversity
officer NOUN NN pobj 1 O officer _
, PUNCT , punct 0 O ,
Niamh PROPN NNP compound 9 B-PERSON Niamh
Doyle PROPN NNP appos 0 I-PERSON Doyle _
, PUNCT , punct 11 O ,
said VERB VBD ROOT 11 O say
the DET DT det 14 O the
felling NOUN NN compound 14 O felling
licences NOUN NNS nsubjpass 17 O licence
should AUX MD aux 17 O should
be AUX VB auxpass 17 O be
paused VERB VBN ccomp 11 O pause _
. PUNCT . punct 11 O .
" PUNCT `` punct 31 O " _
The DET DT det 22 O the
hen NOUN NN compound 22 O hen
harrier NOUN NN nsubj 24 O harrier
is AUX VBZ aux 24 O be
running VERB VBG ccomp 31 O run
out ADP IN prep 24 O out
of ADP IN prep 25 O of
room NOUN NN pobj 26 O room _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
she PRON PRP nsubj 31 O she
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""

# "The river is dying," said Friends of the Earth's water officer, Kwame Asante.
_INVERTED = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
river NOUN NN nsubj 4 O river
is AUX VBZ aux 4 O be
dying VERB VBG ccomp 7 O die _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Friends NOUN NNS nsubj 7 B-ORG friend
of ADP IN prep 8 I-ORG of
the DET DT det 11 I-ORG the
Earth PROPN NNP poss 14 I-ORG Earth _
's PART POS case 11 I-ORG 's
water NOUN NN compound 14 O water
officer NOUN NN pobj 9 O officer _
, PUNCT , punct 8 O ,
Kwame PROPN NNP compound 17 B-PERSON Kwame
Asante PROPN NNP appos 8 I-PERSON Asante _
. PUNCT . punct 7 O . _
"""

# Friends of the Earth water officer Kwame Asante said: "The river is dying."
_NO_MARK = """
Friends NOUN NNS nsubj 8 O friend
of ADP IN prep 0 O of
the DET DT det 5 O the
Earth PROPN NNP compound 5 B-LOC Earth
water NOUN NN compound 5 O water
officer NOUN NN pobj 1 O officer
Kwame PROPN NNP compound 7 B-PERSON Kwame
Asante PROPN NNP nsubj 8 I-PERSON Asante
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
The DET DT det 12 O the
river NOUN NN nsubj 14 O river
is AUX VBZ aux 14 O be
dying VERB VBG ccomp 8 O die _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""

# Engineers Without Borders' programme manager, Rhys Morgan, said: "The pumps were never
# maintained."
_WITHOUT = """
Engineers NOUN NNS nsubj 10 O engineer
Without ADP IN prep 0 O without
Borders PROPN NNP poss 5 O Borders _
' PART POS case 2 O '
programme NOUN NN compound 5 O programme
manager NOUN NN pobj 1 O manager _
, PUNCT , punct 5 O ,
Rhys PROPN NNP compound 8 B-PERSON Rhys
Morgan PROPN NNP appos 5 I-PERSON Morgan _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
The DET DT det 14 O the
pumps NOUN NNS nsubjpass 17 O pump
were AUX VBD auxpass 17 O be
never ADV RB neg 17 O never
maintained VERB VBN ccomp 10 O maintain _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""

# Save the Children's humanitarian director, Farah Qureshi, told reporters in Islamabad: "Families
# have nothing left."
_SAVE = """
Save VERB VB advcl 10 O save
the DET DT det 2 O the
Children PROPN NNP poss 5 O Children _
's PART POS case 2 O 's
humanitarian ADJ JJ amod 5 O humanitarian
director NOUN NN dobj 0 O director _
, PUNCT , punct 5 O ,
Farah PROPN NNP compound 8 B-PERSON Farah
Qureshi PROPN NNP appos 5 I-PERSON Qureshi _
, PUNCT , punct 0 O ,
told VERB VBD ROOT 10 O tell
reporters NOUN NNS dobj 10 O reporter
in ADP IN prep 10 O in
Islamabad PROPN NNP pobj 12 B-GPE Islamabad _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
Families NOUN NNS nsubj 17 O family
have VERB VBP ccomp 10 O have
nothing PRON NN dobj 17 O nothing
left VERB VBN acl 18 O leave _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""

# Mary Ann Smith's campaign manager, Peter Doyle, said: "She will carry the county."
_PERSON = """
Mary PROPN NNP compound 2 B-PERSON Mary
Ann PROPN NNP compound 2 I-PERSON Ann
Smith PROPN NNP poss 5 I-PERSON Smith _
's PART POS case 2 I-PERSON 's
campaign NOUN NN compound 5 O campaign
manager NOUN NN nsubj 10 O manager _
, PUNCT , punct 5 O ,
Peter PROPN NNP compound 8 B-PERSON Peter
Doyle PROPN NNP appos 5 I-PERSON Doyle _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
She PRON PRP nsubj 15 O she
will AUX MD aux 15 O will
carry VERB VB ccomp 10 O carry
the DET DT det 17 O the
county NOUN NN dobj 15 O county _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""

# "The wards are full," said Doctors Without Borders' head of mission, Claire Dubois.
_WITHOUT_INVERTED = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
wards NOUN NNS nsubj 3 O ward
are AUX VBP ccomp 7 O be
full ADJ JJ acomp 3 O full _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Doctors NOUN NNS nsubj 7 O doctor
Without ADP IN prep 8 O without
Borders PROPN NNP poss 12 O Borders _
' PART POS case 10 O '
head NOUN NN pobj 9 O head
of ADP IN prep 12 O of
mission NOUN NN pobj 13 O mission _
, PUNCT , punct 12 O ,
Claire PROPN NNP compound 17 B-PERSON Claire
Dubois PROPN NNP appos 12 I-PERSON Dubois _
. PUNCT . punct 7 O . _
"""




def test_a_body_with_of_owning_the_job_opening_the_sentence() -> None:
    assert who_of(_OPENING) == [("Niamh Doyle", "biodiversity officer", "Friends of the Earth")]


def test_a_body_with_of_owning_the_job_after_the_cue() -> None:
    assert who_of(_INVERTED) == [("Kwame Asante", "water officer", "Friends of the Earth")]


def test_a_body_with_of_before_the_job_and_no_possessive() -> None:
    assert who_of(_NO_MARK) == [("Kwame Asante", "water officer", "Friends of the Earth")]


def test_a_body_with_without_owning_the_job() -> None:
    assert who_of(_WITHOUT) == [("Rhys Morgan", "programme manager", "Engineers Without Borders")]


def test_a_body_with_without_owning_the_job_after_the_cue() -> None:
    assert who_of(_WITHOUT_INVERTED) == [("Claire Dubois", "head of mission", "Doctors Without Borders")]


def test_a_body_opening_on_a_verb_owning_the_job() -> None:
    assert who_of(_SAVE) == [("Farah Qureshi", "humanitarian director", "Save the Children")]


def test_a_persons_name_owning_the_job_stays_a_persons() -> None:
    assert who_of(_PERSON) == [("Peter Doyle", "campaign manager", "Smith campaign")]
