"""A father and a son who share a name but for `Sr.` and `Jr.`, from a frozen parse of sentences
written for this file (the entities as the tagger gave them), so a model update cannot change
what a test exercises:

- `Hale Jr. said` after `Tom Hale Sr.` and `Tom Hale Jr.`: a name with a generational suffix is
  no one named with another (the speaker was *Tom Hale Sr*);
- `said Tom Hale Sr.`, the tokenizer splitting `Sr` from its stop: the stop is the name's, as
  in `Jr.` written whole (the name was *Tom Hale Sr*);
- `Luis Ruiz started the farm …. His daughter, Ana Ruiz, 31, …. “…,” the elder Ruiz said`:
  of two who share a surname, `the elder` is the one the story makes the parent (or gives the
  greater age beside a name), and `the younger` the other (the speaker was *Ana Ruiz*, named
  last).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_FATHER_AND_SON = """
Tom PROPN NNP compound 2 B-PERSON Tom
Hale PROPN NNP compound 2 I-PERSON Hale
Sr PROPN NNP nsubj 7 I-PERSON Sr _
. PROPN NNP nsubj 7 I-PERSON . _
, PUNCT , punct 3 O ,
80 NUM CD appos 3 B-DATE 80 _
, PUNCT , punct 3 O ,
founded VERB VBD ROOT 7 O found
the DET DT det 9 O the
firm NOUN NN dobj 7 O firm _
. PUNCT . punct 7 O .
His PRON PRP$ poss 12 O his
son NOUN NN nsubj 18 O son _
, PUNCT , punct 12 O ,
Tom PROPN NNP compound 16 B-PERSON Tom
Hale PROPN NNP compound 16 I-PERSON Hale
Jr. PROPN NNP appos 12 I-PERSON Jr. _
, PUNCT , punct 12 O ,
runs VERB VBZ ROOT 18 O run
it PRON PRP dobj 18 O it _
. PUNCT . punct 18 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
" PUNCT `` punct 30 O " _
Dad PROPN NNP nsubj 24 O Dad
built VERB VBD ccomp 30 O build
this PRON DT dobj 24 O this _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Hale PROPN NNP compound 29 B-PERSON Hale
Jr. PROPN NNP nsubj 30 I-PERSON Jr.
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 31 O <paragraph> _
" PUNCT `` punct 36 O " _
I PRON PRP nsubj 36 O I
just ADV RB advmod 36 O just
watch VERB VBP ccomp 39 O watch _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
said VERB VBD ROOT 39 O say
Tom PROPN NNP compound 42 B-PERSON Tom
Hale PROPN NNP compound 42 I-PERSON Hale
Sr PROPN NNP nsubj 39 I-PERSON Sr _
. PUNCT . punct 39 I-PERSON . _
"""

_FATHER_AND_DAUGHTER = """
Luis PROPN NNP compound 1 B-PERSON Luis
Ruiz PROPN NNP nsubj 2 I-PERSON Ruiz
started VERB VBD ROOT 2 O start
the DET DT det 4 O the
farm NOUN NN dobj 2 O farm
in ADP IN prep 2 O in
1980 NUM CD pobj 5 B-DATE 1980 _
. PUNCT . punct 2 O .
His PRON PRP$ poss 9 O his
daughter NOUN NN nsubj 16 O daughter _
, PUNCT , punct 9 O ,
Ana PROPN NNP compound 12 O Ana
Ruiz PROPN NNP appos 9 O Ruiz _
, PUNCT , punct 12 O ,
31 NUM CD appos 12 B-DATE 31 _
, PUNCT , punct 9 O ,
runs VERB VBZ ROOT 16 O run
it PRON PRP dobj 16 O it
now ADV RB advmod 16 O now _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 23 O it
was AUX VBD ccomp 30 O be
hard ADJ JJ acomp 23 O hard
at ADP IN prep 23 O at
first ADV RB pcomp 25 B-ORDINAL first _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Ruiz PROPN NNP nsubj 30 O Ruiz
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 31 O <paragraph> _
" PUNCT `` punct 35 O " _
She PRON PRP nsubj 35 O she
works VERB VBZ ccomp 46 O work
harder ADV RBR advmod 35 O hard
than SCONJ IN mark 40 O than
I PRON PRP nsubj 40 O I
ever ADV RB advmod 40 O ever
did VERB VBD advcl 36 O do _
, PUNCT , punct 46 O , _
" PUNCT '' punct 46 O "
the DET DT det 45 O the
elder ADJ JJR amod 45 O eld
Ruiz PROPN NNP nsubj 46 B-PERSON Ruiz
said VERB VBD ROOT 46 O say _
. PUNCT . punct 46 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_generational_suffix_tells_father_and_son_apart() -> None:
    assert _rows(_FATHER_AND_SON) == [("Tom Hale Jr.", "", ""), ("Tom Hale Sr.", "", "")]


def test_the_elder_of_two_who_share_a_surname_is_the_parent() -> None:
    assert _rows(_FATHER_AND_DAUGHTER) == [("Ana Ruiz", "", ""), ("Luis Ruiz", "", "")]
