"""`said Save the Children country director Mark Ellis`: a body's name in capitals with a small
`the` inside it (`Save the Children`, `Feed the Children`) is the speaker's organisation whole,
whether the tagger takes its opening verb with the `the` for a person's name or reads it as a
proper noun; the body is not the words after the `the` alone (*Children*) nor the ones before
it (*Feed*). Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Aid groups warned of famine in the north. "We are seeing children starve," said Save the
# Children country director Mark Ellis.
_SAVE = """
Aid NOUN NN compound 1 O aid
groups NOUN NNS nsubj 2 O group
warned VERB VBD ROOT 2 O warn
of ADP IN prep 2 O of
famine NOUN NN pobj 3 O famine
in ADP IN prep 2 O in
the DET DT det 7 O the
north NOUN NN pobj 5 O north _
. PUNCT . punct 2 O .
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 12 O we
are AUX VBP aux 12 O be
seeing VERB VBG ccomp 17 O see
children NOUN NNS nsubj 14 O child
starve VERB VB ccomp 12 O starve _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
Save VERB VB compound 24 B-PERSON save
the DET DT det 22 I-PERSON the
Children PROPN NNP compound 22 O Children
country NOUN NN compound 22 O country
director NOUN NN dobj 18 O director
Mark PROPN NNP compound 24 B-PERSON Mark
Ellis PROPN NNP nsubj 17 I-PERSON Ellis _
. PUNCT . punct 17 O . _
"""


# "Schools must reopen in the camps," Save the Children regional director Ana Ruiz told reporters
# in Nairobi.
_CAMPS = """
" PUNCT `` punct 16 O " _
Schools NOUN NNS nsubj 3 O school
must AUX MD aux 3 O must
reopen VERB VB ccomp 9 O reopen
in ADP IN prep 3 O in
the DET DT det 6 O the
camps NOUN NNS pobj 4 O camp _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
Save VERB VB nmod 13 B-WORK_OF_ART save
the DET DT det 11 I-WORK_OF_ART the
Children PROPN NNPS dative 9 I-WORK_OF_ART Children
regional ADJ JJ amod 13 O regional
director NOUN NN compound 15 O director
Ana PROPN NNP compound 15 B-PERSON Ana
Ruiz PROPN NNP nsubj 16 I-PERSON Ruiz
told VERB VBD ROOT 16 O tell
reporters NOUN NNS dobj 16 O reporter
in ADP IN prep 16 O in
Nairobi PROPN NNP pobj 18 B-GPE Nairobi _
. PUNCT . punct 16 O . _
"""


# The charity said funding had been cut. "Families are going hungry," said Feed the Children chief
# executive Tom Kelly.
_FEED = """
The DET DT det 1 O the
charity NOUN NN nsubj 2 O charity
said VERB VBD ROOT 2 O say
funding NOUN NN nsubjpass 6 O funding
had AUX VBD aux 6 O have
been AUX VBN auxpass 6 O be
cut VERB VBN ccomp 2 O cut _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
Families NOUN NNS nsubj 11 O family
are AUX VBP aux 11 O be
going VERB VBG ccomp 15 O go
hungry ADJ JJ acomp 11 O hungry _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Feed PROPN NNP nmod 20 B-WORK_OF_ART Feed
the DET DT det 18 I-WORK_OF_ART the
Children PROPN NNP dative 16 I-WORK_OF_ART Children
chief ADJ JJ amod 20 O chief
executive NOUN NN compound 22 O executive
Tom PROPN NNP compound 22 B-PERSON Tom
Kelly PROPN NNP nsubj 15 I-PERSON Kelly _
. PUNCT . punct 15 O . _
"""


def test_a_verb_tagged_a_person_with_its_the_opens_the_body() -> None:
    rows = Extractor().rows(frozen(_SAVE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Mark Ellis", "country director", "Save the Children")
    ]


def test_the_body_before_the_title_opening_a_sentence() -> None:
    rows = Extractor().rows(frozen(_CAMPS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Ruiz", "regional director", "Save the Children")
    ]


def test_a_name_read_as_a_proper_noun_runs_on_past_its_the() -> None:
    rows = Extractor().rows(frozen(_FEED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Kelly", "chief executive", "Feed the Children")
    ]
