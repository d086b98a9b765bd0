"""`Brian Otieno, elected chairperson of the branch last year, said`, `Sam Kiptoo, named coach
in June, said`: a participle of appointing set off by a comma right after the name stands for
`who was` and gives the office its complement names (ROLES.md 4: a role written as a noun);
whether the parser hangs the participle on the name or makes the name its subject. Not an
active verb with no comma (`Brian Otieno elected a new chairperson`: he chose one). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Brian Otieno, elected chairperson of the branch last year, said: "We stand together."
_ELECTED = """
Brian PROPN NNP compound 1 B-PERSON Brian
Otieno PROPN NNP nsubj 3 I-PERSON Otieno _
, PUNCT , punct 1 O ,
elected VERB VBN ccomp 11 O elect
chairperson NOUN NN dobj 3 O chairperson
of ADP IN prep 4 O of
the DET DT det 7 O the
branch NOUN NN pobj 5 O branch
last ADJ JJ amod 9 B-DATE last
year NOUN NN npadvmod 3 I-DATE year _
, PUNCT , punct 11 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 15 O we
stand VERB VBP ccomp 11 O stand
together ADV RB advmod 15 O together _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""


# Sam Kiptoo, named coach in June, said: "The team is ready."
_NAMED = """
Sam PROPN NNP compound 1 B-PERSON Sam
Kiptoo PROPN NNP nsubj 8 I-PERSON Kiptoo _
, PUNCT , punct 1 O ,
named VERB VBN acl 1 O name
coach NOUN NN oprd 3 O coach
in ADP IN prep 3 O in
June PROPN NNP pobj 5 B-DATE June _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
The DET DT det 12 O the
team NOUN NN nsubj 13 O team
is AUX VBZ ccomp 8 O be
ready ADJ JJ acomp 13 O ready _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""


# Brian Otieno elected a new chairperson last year. "We stand together," Otieno said.
_HAS_ELECTED = """
Brian PROPN NNP compound 1 B-PERSON Brian
Otieno PROPN NNP nsubj 2 I-PERSON Otieno
elected VERB VBD ROOT 2 O elect
a DET DT det 5 O a
new ADJ JJ amod 5 O new
chairperson NOUN NN dobj 2 O chairperson
last ADJ JJ amod 7 B-DATE last
year NOUN NN npadvmod 2 I-DATE year _
. PUNCT . punct 2 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 11 O we
stand VERB VBP ccomp 16 O stand
together ADV RB advmod 11 O together _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Otieno PROPN NNP nsubj 16 B-PERSON Otieno
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_elected_read_as_the_names_verb() -> None:
    assert _who(_ELECTED) == [("Brian Otieno", "chairperson of the branch")]


def test_named_hung_on_the_name() -> None:
    assert _who(_NAMED) == [("Sam Kiptoo", "coach")]


def test_no_comma_is_the_persons_own_act() -> None:
    assert _who(_HAS_ELECTED) == [("Brian Otieno", "")]
