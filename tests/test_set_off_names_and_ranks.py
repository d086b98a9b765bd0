"""Names set off beside a person's place, names the tagger took for places, and ranks written
before a name in other countries' news (issue 10), each from a frozen parse of a sentence written
for this file, so a model update cannot change what a test exercises:

- `A boat owner from Kadavu, Ravi Lal, said …` | `“…,” he said.`, the parser hanging the name on
  the place: the name stands in the subject's place, so `he` in the next sentence is Ravi Lal,
  not the minister quoted before;
- `said director-general Anong Saelim`, the name tagged a place: two words in capitals that no
  list knows as a place, right after a job, name a person, not a body;
- `Pol Maj Gen Anan Srisuk`: the Thai police's `Pol` before a rank is a title's word, no part of
  the name (models/titles.txt, an honour of two words, since `Pol` alone is a given name).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# `Kadavu` hand-set to the place the tagger makes of such a town in a longer story.
_NAME_SET_OFF_AFTER_A_PLACE = """
Fisheries NOUN NNS compound 1 O fishery
Minister PROPN NNP compound 3 O Minister
Tom PROPN NNP compound 3 B-PERSON Tom
Hale PROPN NNP nsubj 4 I-PERSON Hale
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
ministry NOUN NN nsubj 8 O ministry
was AUX VBD aux 8 O be
reviewing VERB VBG ccomp 4 O review
the DET DT det 10 O the
quota NOUN NN dobj 8 O quota _
. PUNCT . punct 4 O .
“ PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
hear VERB VBP ccomp 20 O hear
the DET DT det 16 O the
fishers NOUN NNS dobj 14 O fisher _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
he PRON PRP nsubj 20 O he
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
A DET DT det 25 O a
boat NOUN NN compound 25 O boat
owner NOUN NN nsubj 32 O owner
from ADP IN prep 25 O from
Kadavu PROPN NNP pobj 26 B-GPE Kadavu _
, PUNCT , punct 27 O ,
Ravi PROPN NNP compound 30 B-PERSON Ravi
Lal PROPN NNP appos 27 I-PERSON Lal _
, PUNCT , punct 25 O ,
said VERB VBD ROOT 32 O say
his PRON PRP$ poss 34 O his
family NOUN NN nsubj 36 O family
had AUX VBD aux 36 O have
fished VERB VBN ccomp 32 O fish
these DET DT det 38 O these
waters NOUN NNS dobj 36 O water
for ADP IN prep 36 O for
four NUM CD nummod 41 B-CARDINAL four
generations NOUN NNS pobj 39 O generation _
. PUNCT . punct 32 O .
“ PUNCT `` punct 54 O " _
My PRON PRP$ poss 45 O my
sons NOUN NNS nsubj 48 O son
do AUX VBP aux 48 O do
not PART RB neg 48 O not
want VERB VB ccomp 54 O want
to PART TO aux 50 O to
fish VERB VB xcomp 48 O fish _
, PUNCT , punct 54 O , _
” PUNCT '' punct 54 O "
he PRON PRP nsubj 54 O he
said VERB VBD ROOT 54 O say _
. PUNCT . punct 54 O . _
"""

# The name hand-set to the place the tagger made of it in a longer story.
_NAME_TAGGED_A_PLACE_AFTER_A_JOB = """
“ PUNCT `` punct 9 O " _
Heavy ADJ JJ amod 2 O heavy
rain NOUN NN nsubj 4 O rain
will AUX MD aux 4 O will
continue VERB VB ccomp 9 O continue
until ADP IN prep 4 O until
Thursday PROPN NNP pobj 5 B-DATE Thursday _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
director NOUN NN compound 12 O director _
- PUNCT HYPH punct 12 O - _
general PROPN NNP compound 14 O general
Anong PROPN NNP compound 14 B-GPE Anong
Saelim PROPN NNP nsubj 9 I-GPE Saelim _
. PUNCT . punct 9 O . _
"""

_THAI_POLICE_RANK = """
Pol PROPN NNP compound 4 B-PERSON Pol
Maj PROPN NNP compound 4 I-PERSON Maj
Gen PROPN NNP compound 4 I-PERSON Gen
Anan PROPN NNP compound 4 I-PERSON Anan
Srisuk PROPN NNP nsubj 12 I-PERSON Srisuk _
, PUNCT , punct 4 O ,
commander NOUN NN appos 4 O commander
of ADP IN prep 6 O of
the DET DT det 10 O the
traffic NOUN NN compound 10 O traffic
division NOUN NN pobj 7 O division _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 12 O say
officers NOUN NNS nsubjpass 16 O officer
had AUX VBD aux 16 O have
been AUX VBN auxpass 16 O be
sent VERB VBN ccomp 12 O send _
. PUNCT . punct 12 O .
“ PUNCT `` punct 20 O " _
Please INTJ UH intj 20 O please
avoid VERB VB ccomp 27 O avoid
the DET DT det 23 O the
old ADJ JJ amod 23 O old
town NOUN NN dobj 20 O town _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


def test_a_name_set_off_after_a_persons_place_is_the_subject_a_pronoun_continues() -> None:
    assert _rows(_NAME_SET_OFF_AFTER_A_PLACE) == [
        ("Tom Hale", "Fisheries Minister", "", "he"),
        ("Ravi Lal", "boat owner", "", "he"),
    ]


def test_a_name_tagged_a_place_right_after_a_job_is_a_person() -> None:
    assert _rows(_NAME_TAGGED_A_PLACE_AFTER_A_JOB) == [
        ("Anong Saelim", "director-general", "", "Anong Saelim")
    ]


def test_the_thai_polices_pol_before_a_rank_is_no_part_of_the_name() -> None:
    assert _rows(_THAI_POLICE_RANK) == [("Anan Srisuk", "commander of the traffic division", "", "he")]
