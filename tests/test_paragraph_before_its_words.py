"""A paragraph that is all quote after one whose last sentence says who speaks (the
`paragraph-before` rule), each from a frozen parse of sentences written for this file:

- `Lind elaborated in a piece for The Harbour Times that members currently pledged to the plan
  may reconsider.`, `pledged` parsed as a clause describing `piece`: a verb of saying that
  describes a noun says nothing of who speaks next, the sentence's own verb does (the words had
  no speaker: the rule stopped at `pledged`, whose subject is `members`);
- `Lind wrote in a column that members pledged to the plan may reconsider.`: a verb of saying
  inside what is said goes back to the verb that reports it (no speaker before);
- `The 29-year-old lock also defended the call, telling reporters …`: a participle of saying
  hung on the sentence's verb reports as that verb's subject, and a description of a person
  (by age, or a noun for a person) is someone who speaks (no speaker before);
- `Tama is wary of the “old way” of building, and says …`: a few words quoted inside the
  reporter's sentence leave it the one that says who speaks (no speaker before: any quote in the
  paragraph before stopped the rule).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_CUE_DESCRIBING_A_NOUN = """
Mara PROPN NNP compound 1 B-PERSON Mara
Lind PROPN NNP nsubj 2 I-PERSON Lind
says VERB VBZ ROOT 2 O say
the DET DT det 4 O the
board NOUN NN nsubj 6 O board
may AUX MD aux 6 O may
switch VERB VB ccomp 2 O switch
sides NOUN NNS dobj 6 O side _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Lind PROPN NNP nsubj 11 O Lind
elaborated VERB VBD ROOT 11 O elaborate
in ADP IN prep 11 O in
a DET DT det 14 O a
piece NOUN NN pobj 12 O piece
for ADP IN prep 14 O for
The DET DT det 18 B-ORG the
Harbour PROPN NNP compound 18 I-ORG Harbour
Times PROPN NNP pobj 15 I-ORG Times
that SCONJ IN mark 22 O that
members NOUN NNS nsubj 22 O member
currently ADV RB advmod 22 O currently
pledged VERB VBD relcl 14 O pledge
to ADP IN prep 22 O to
the DET DT det 25 O the
plan NOUN NN nsubj 27 O plan
may AUX MD aux 27 O may
reconsider VERB VB ccomp 22 O reconsider _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
“ PUNCT `` punct 37 O " _
A DET DT det 32 O a
win NOUN NN nsubj 37 O win
in ADP IN prep 32 O in
the DET DT det 35 O the
west NOUN NN pobj 33 O west
would AUX MD aux 37 O would
show VERB VB ROOT 37 O show
its PRON PRP$ poss 39 O its
weakness NOUN NN dobj 37 O weakness _
. PUNCT . punct 37 O . _
” PUNCT '' punct 37 O " _
"""

_A_CUE_INSIDE_WHAT_IS_SAID = """
Mara PROPN NNP compound 1 B-PERSON Mara
Lind PROPN NNP nsubj 2 I-PERSON Lind
says VERB VBZ ROOT 2 O say
the DET DT det 4 O the
board NOUN NN nsubj 6 O board
may AUX MD aux 6 O may
switch VERB VB ccomp 2 O switch
sides NOUN NNS dobj 6 O side _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Lind PROPN NNP nsubj 11 O Lind
wrote VERB VBD ROOT 11 O write
in ADP IN prep 11 O in
a DET DT det 14 O a
column NOUN NN pobj 12 O column
that PRON WDT mark 17 O that
members NOUN NNS nsubj 17 O member
pledged VERB VBD ccomp 11 O pledge
to ADP IN prep 17 O to
the DET DT det 20 O the
plan NOUN NN pobj 18 O plan
may AUX MD aux 22 O may
reconsider VERB VB xcomp 17 O reconsider _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
“ PUNCT `` punct 32 O " _
A DET DT det 27 O a
win NOUN NN nsubj 32 O win
in ADP IN prep 27 O in
the DET DT det 30 O the
west NOUN NN pobj 28 O west
would AUX MD aux 32 O would
show VERB VB ROOT 32 O show
its PRON PRP$ poss 34 O its
weakness NOUN NN dobj 32 O weakness _
. PUNCT . punct 32 O . _
” PUNCT '' punct 32 O " _
"""

_A_PARTICIPLE_OF_SAYING = """
“ PUNCT `` punct 9 O " _
We PRON PRP nsubj 4 O we
did AUX VBD aux 4 O do
not PART RB neg 4 O not
panic VERB VB ccomp 9 O panic _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
Tomas PROPN NNP compound 8 B-PERSON Tomas
Vale PROPN NNP nsubj 9 I-PERSON Vale
said VERB VBD ROOT 9 O say _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
The DET DT det 18 O the
29 NUM CD nummod 15 B-DATE 29 _
- PUNCT HYPH punct 15 I-DATE - _
year NOUN NN npadvmod 17 I-DATE year _
- PUNCT HYPH punct 17 I-DATE - _
old ADJ JJ amod 18 I-DATE old
lock NOUN NN nsubj 20 O lock
also ADV RB advmod 20 O also
defended VERB VBD ROOT 20 O defend
the DET DT det 22 O the
call NOUN NN dobj 20 O call _
, PUNCT , punct 20 O ,
telling VERB VBG advcl 20 O tell
reporters NOUN NNS dobj 24 O reporter
the DET DT det 27 O the
maul NOUN NN nsubj 28 O maul
was AUX VBD ccomp 24 O be
their PRON PRP$ poss 30 O their
strength NOUN NN attr 28 O strength _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 31 O <paragraph> _
“ PUNCT `` punct 35 O " _
We PRON PRP nsubj 35 O we
back VERB VBP ROOT 35 O back
our PRON PRP$ poss 37 O our
maul NOUN NN dobj 35 O maul _
. PUNCT . punct 35 O .
Tonight NOUN NN npadvmod 43 B-TIME tonight
it PRON PRP nsubj 43 O it
did AUX VBD aux 43 O do
not PART RB neg 43 O not
work VERB VB ROOT 43 O work _
. PUNCT . punct 43 O . _
” PUNCT '' punct 43 O " _
"""

_A_SCARE_QUOTE_BEFORE = """
Tama PROPN NNP nsubj 1 B-PERSON Tama
is AUX VBZ ROOT 1 O be
wary ADJ JJ acomp 1 O wary
of ADP IN prep 2 O of
the DET DT det 7 O the
“ PUNCT `` punct 7 O " _
old ADJ JJ amod 7 O old
way NOUN NN pobj 3 O way _
” PUNCT '' punct 7 O "
of ADP IN prep 7 O of
building NOUN NN pobj 9 O building _
, PUNCT , punct 1 O ,
and CCONJ CC cc 1 O and
says VERB VBZ conj 1 O say
he PRON PRP nsubj 15 O he
used VERB VBD ccomp 13 O use
power NOUN NN compound 17 O power
tools NOUN NNS dobj 15 O tool _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
“ PUNCT `` punct 24 O " _
Koro PROPN NNP nsubj 24 B-ORG Koro
would AUX MD aux 24 O would
have AUX VB aux 24 O have
used VERB VBN ROOT 24 O use
a DET DT det 26 O a
chainsaw NOUN NN dobj 24 O chainsaw _
. PUNCT . punct 24 O .
He PRON PRP nsubj 29 O he
was AUX VBD ROOT 29 O be
a DET DT det 32 O a
practical ADJ JJ amod 32 O practical
man NOUN NN attr 29 O man _
. PUNCT . punct 29 O . _
” PUNCT '' punct 29 O " _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.quote[:12], r.speaker) for r in Extractor().rows(frozen(spec))]


def test_a_cue_describing_a_noun_gives_way_to_the_sentences_verb() -> None:
    assert _rows(_A_CUE_DESCRIBING_A_NOUN) == [("A win in the", "Mara Lind")]


def test_a_cue_inside_what_is_said_goes_back_to_its_reporter() -> None:
    assert _rows(_A_CUE_INSIDE_WHAT_IS_SAID) == [("A win in the", "Mara Lind")]


def test_a_participle_of_saying_reports_as_its_verbs_subject() -> None:
    rows = _rows(_A_PARTICIPLE_OF_SAYING)
    assert rows == [("We did not p", "Tomas Vale"), ("We back our ", "Tomas Vale")]


def test_a_scare_quote_before_leaves_the_sentence_saying_who_speaks() -> None:
    assert _rows(_A_SCARE_QUOTE_BEFORE) == [("Koro would h", "Tama")]
