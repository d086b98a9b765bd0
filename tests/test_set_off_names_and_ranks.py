"""Names set off beside a person's place, names the tagger took for places, and ranks written
before a name in other countries' news (issue 10), each from a frozen parse of a sentence written
for this file, so a model update cannot change what a test exercises:

- `A boat owner from Kadavu, Ravi Lal, said …` | `“…,” he said.`, the parser hanging the name on
  the place: the name stands in the subject's place, so `he` in the next sentence is Ravi Lal,
  not the minister quoted before;
- `said director-general Anong Saelim`, the name tagged a place: two words in capitals that no
  list knows as a place, right after a job, name a person, not a body;
- `Pol Maj Gen Anan Srisuk`: the Thai police's `Pol` before a rank is a title's word, no part of
  the name (models/titles.txt, an honour of two words, since `Pol` alone is a given name);
- `Kumirai, the country's largest farmers' federation,` … `Kumirai President Ana Mori said`: a
  word no dictionary has that the article sets beside a body's noun is the body before a title
  in capitals (not a place's name, as `Tampa Mayor` is);
- `Clive Black, head of research at Shore Capital, said`, untagged, `Clive` an adjective to the
  tagger: words in capitals opening on a given name, with a role set off after them, are a
  person's name, so the `he` after them is Clive Black, not the director quoted before;
- `an analyst at Bergholt`, the firm tagged a person: one word one works `at` or `with`, never
  shown as a person's name, is a body.
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


_COINED_BODY_SHOWN_BY_APPOSITION = """
Kumirai PROPN NNP nsubj 10 O Kumirai _
, PUNCT , punct 0 O ,
the DET DT det 3 O the
country NOUN NN poss 8 O country _
's PART POS case 3 O 's
largest ADJ JJS amod 6 O large
farmers NOUN NNS poss 8 O farmer _
' PART POS case 6 O '
federation NOUN NN appos 0 O federation _
, PUNCT , punct 0 O ,
welcomed VERB VBD ROOT 10 O welcome
the DET DT det 12 O the
decision NOUN NN dobj 10 O decision _
. PUNCT . punct 10 O .
“ PUNCT `` punct 27 O " _
Farmers NOUN NNS nsubj 18 O farmer
can AUX MD aux 18 O can _
not PART RB neg 18 O not
wait VERB VB ccomp 27 O wait
any ADV RB advmod 20 O any
longer ADV RBR advmod 18 O long _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
Kumirai PROPN NNP compound 24 O Kumirai
President PROPN NNP compound 26 O President
Ana PROPN NNP compound 26 B-PERSON Ana
Mori PROPN NNP nsubj 27 I-PERSON Mori
said VERB VBD ROOT 27 O say
in ADP IN prep 27 O in
a DET DT det 30 O a
statement NOUN NN pobj 28 O statement _
. PUNCT . punct 27 O . _
"""

# `Clive Black` hand-set untagged, `Clive` an adjective, as the tagger read them in a longer story.
_NAME_SET_OFF_BEFORE_A_ROLE = """
Finance NOUN NN compound 1 O finance
director NOUN NN compound 3 O director
Tom PROPN NNP compound 3 B-PERSON Tom
Sykes PROPN NNP nsubj 4 I-PERSON Sykes
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
firm NOUN NN nsubj 8 O firm
would AUX MD aux 8 O would
cut VERB VB ccomp 4 O cut
jobs NOUN NNS dobj 8 O job _
. PUNCT . punct 4 O .
“ PUNCT `` punct 20 O " _
We PRON PRP nsubj 13 O we
need VERB VBP ccomp 20 O need
to PART TO aux 15 O to
be AUX VB xcomp 13 O be
leaner ADJ JJR acomp 15 O lean _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
Sykes PROPN NNP nsubj 20 B-ORG Sykes
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
Clive ADJ JJ compound 24 O Clive
Black PROPN NNP nsubj 33 O Black _
, PUNCT , punct 24 O ,
head NOUN NN appos 24 O head
of ADP IN prep 26 O of
research NOUN NN pobj 27 O research
at ADP IN prep 26 O at
Shore PROPN NNP compound 31 B-ORG Shore
Capital PROPN NNP pobj 29 I-ORG Capital _
, PUNCT , punct 24 O ,
said VERB VBD ROOT 33 O say
the DET DT det 35 O the
outlook NOUN NN nsubj 36 O outlook
was AUX VBD ccomp 33 O be
brighter ADJ JJR acomp 36 O bright _
. PUNCT . punct 33 O .
“ PUNCT `` punct 49 O " _
The DET DT det 42 O the
second ADJ JJ amod 42 B-ORDINAL second
half NOUN NN nsubj 44 O half
will AUX MD aux 44 O will
be AUX VB ccomp 49 O be
better ADJ JJR acomp 44 O well _
, PUNCT , punct 49 O , _
” PUNCT '' punct 49 O "
he PRON PRP nsubj 49 O he
wrote VERB VBD ROOT 49 O write
in ADP IN prep 49 O in
a DET DT det 52 O a
note NOUN NN pobj 50 O note _
. PUNCT . punct 49 O . _
"""

# `Bergholt` hand-set to the person the tagger makes of such a firm's name.
_FIRM_TAKEN_FOR_A_PERSON = """
“ PUNCT `` punct 10 O " _
The DET DT det 2 O the
numbers NOUN NNS nsubj 3 O number
were AUX VBD ccomp 10 O be
weaker ADJ JJR acomp 3 O weak
than SCONJ IN mark 7 O than
we PRON PRP nsubj 7 O we
expected VERB VBD advcl 4 O expect _
, PUNCT , punct 10 O , _
” PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Priya PROPN NNP compound 12 B-PERSON Priya
Shah PROPN NNP nsubj 10 I-PERSON Shah _
, PUNCT , punct 12 O ,
an DET DT det 15 O an
analyst NOUN NN appos 12 O analyst
at ADP IN prep 15 O at
Bergholt PROPN NNP pobj 16 B-PERSON Bergholt _
. PUNCT . punct 10 O . _
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


def test_a_coined_word_set_beside_a_bodys_noun_is_the_body_before_a_title() -> None:
    assert _rows(_COINED_BODY_SHOWN_BY_APPOSITION) == [("Ana Mori", "President", "Kumirai", "Ana Mori")]


def test_an_untagged_name_set_off_before_a_role_is_the_subject_a_pronoun_continues() -> None:
    assert _rows(_NAME_SET_OFF_BEFORE_A_ROLE)[1] == (
        "Clive Black",
        "head of research at Shore Capital",
        "Shore Capital",
        "he",
    )


def test_a_firm_one_works_at_taken_for_a_person_is_a_body() -> None:
    assert _rows(_FIRM_TAKEN_FOR_A_PERSON) == [
        ("Priya Shah", "analyst at Bergholt", "Bergholt", "Priya Shah")
    ]
