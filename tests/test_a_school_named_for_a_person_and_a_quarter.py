"""`Jefferson West point guard Maya Collins`: a school or a side named for a person and a quarter
opens on a given name, and the tagger may call it a person's name; the article never refers to
anyone by the quarter alone, so it is the body the job is held in (`Rita West spokesperson`, with
`West thanked her fans`, stays a person's). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# With the score tied, Jefferson West point guard Maya Collins drove to the basket. “I was
# shaking,” Collins said. Jefferson West finished the season 22-4.
_SCHOOL = """
With SCONJ IN mark 3 O with
the DET DT det 2 O the
score NOUN NN nsubj 3 O score
tied VERB VBN advcl 11 O tie _
, PUNCT , punct 11 O ,
Jefferson PROPN NNP compound 6 B-PERSON Jefferson
West PROPN NNP compound 8 I-PERSON West
point NOUN NN compound 8 I-PERSON point
guard NOUN NN compound 10 O guard
Maya PROPN NNP compound 10 B-PERSON Maya
Collins PROPN NNP nsubj 11 I-PERSON Collins
drove VERB VBD ROOT 11 O drive
to ADP IN prep 11 O to
the DET DT det 14 O the
basket NOUN NN pobj 12 O basket _
. PUNCT . punct 11 O .
“ PUNCT `` punct 23 O " _
I PRON PRP nsubj 19 O I
was AUX VBD aux 19 O be
shaking VERB VBG ccomp 23 O shake _
, PUNCT , punct 23 O , _
” PUNCT '' punct 23 O "
Collins PROPN NNP nsubj 23 B-PERSON Collins
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O .
Jefferson PROPN NNP compound 26 B-PERSON Jefferson
West PROPN NNP nsubj 27 I-PERSON West
finished VERB VBD ROOT 27 O finish
the DET DT det 29 O the
season NOUN NN dobj 27 O season
22 NUM CD nummod 29 B-CARDINAL 22 _
- SYM SYM punct 32 I-CARDINAL - _
4 NUM CD prep 30 I-CARDINAL 4 _
. PUNCT . punct 27 O . _
"""


# Rita West spokesperson Maya Collins said the tour was off. “She is resting,” Collins said. Rita
# West said later that she was fine, and West thanked her fans.
_SINGER = """
Rita PROPN NNP compound 2 O Rita
West PROPN NNP compound 2 O West
spokesperson NOUN NN compound 4 O spokesperson
Maya PROPN NNP compound 4 B-PERSON Maya
Collins PROPN NNP nsubj 5 I-PERSON Collins
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
tour NOUN NN nsubj 8 O tour
was AUX VBD ccomp 5 O be
off ADV RB advmod 8 O off _
. PUNCT . punct 5 O .
“ PUNCT `` punct 18 O " _
She PRON PRP nsubj 14 O she
is AUX VBZ aux 14 O be
resting VERB VBG ccomp 18 O rest _
, PUNCT , punct 18 O , _
” PUNCT '' punct 18 O "
Collins PROPN NNP nsubj 18 B-PERSON Collins
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O .
Rita PROPN NNP compound 21 B-PERSON Rita
West PROPN NNP nsubj 22 I-PERSON West
said VERB VBD ROOT 22 O say
later ADV RB advmod 22 O later
that SCONJ IN mark 26 O that
she PRON PRP nsubj 26 O she
was AUX VBD ccomp 22 O be
fine ADJ JJ acomp 26 O fine _
, PUNCT , punct 22 O ,
and CCONJ CC cc 22 O and
West PROPN NNP nsubj 31 B-LOC West
thanked VERB VBD conj 22 O thank
her PRON PRP$ poss 33 O her
fans NOUN NNS dobj 31 O fan _
. PUNCT . punct 31 O . _
"""




def test_a_school_named_for_a_person_and_a_quarter() -> None:
    assert who_of(_SCHOOL) == [("Maya Collins", "point guard", "Jefferson West")]


def test_a_person_called_by_the_quarter_is_no_body() -> None:
    assert who_of(_SINGER) == [("Maya Collins", "Rita West spokesperson", "")]
