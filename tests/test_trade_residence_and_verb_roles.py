"""Roles a trade noun, a neighbourhood and a verb could take from a person: a noun that names a
trade as well as a business (`a taxi operator`) set beside a person's name is the person's trade;
`from` a facility-tagged name closed by a land's feature (`Gregory Park`) says where the person
lives; a role a verb gives (`who chairs Y`) ranks after any role the article writes as a noun.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Not everyone at the meeting was convinced. Desmond "Bunny" Wallace, a taxi operator from Gregory Park, said
# people still feared going out after dark. "Dem say the numbers down, but numbers don't walk me home,"
# Wallace told the paper.
_NICKNAMED = """
Not PART RB neg 1 O not
everyone PRON NN nsubjpass 6 O everyone
at ADP IN prep 1 O at
the DET DT det 4 O the
meeting NOUN NN pobj 2 O meeting
was AUX VBD auxpass 6 O be
convinced VERB VBN ROOT 6 O convince _
. PUNCT . punct 6 O .
Desmond ADJ JJ nmod 12 B-PERSON desmond
" PUNCT `` punct 12 I-PERSON " _
Bunny PROPN NNP nmod 12 I-PERSON Bunny _
" PUNCT '' punct 12 I-PERSON "
Wallace PROPN NNP nsubj 21 I-PERSON Wallace _
, PUNCT , punct 12 O ,
a DET DT det 16 O a
taxi NOUN NN compound 16 O taxi
operator NOUN NN appos 12 O operator
from ADP IN prep 16 O from
Gregory PROPN NNP compound 19 B-FAC Gregory
Park PROPN NNP pobj 17 I-FAC Park _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 21 O say
people NOUN NNS nsubj 24 O people
still ADV RB advmod 24 O still
feared VERB VBD ccomp 21 O fear
going VERB VBG xcomp 24 O go
out ADP RP prt 25 O out
after ADP IN prep 25 O after
dark ADJ JJ amod 27 O dark _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
" PUNCT `` punct 33 O " _
Dem PROPN NNP nsubj 33 O Dem
say VERB VBP ccomp 48 O say
the DET DT det 35 O the
numbers NOUN NNS dobj 33 O number
down ADP RP advmod 35 O down _
, PUNCT , punct 33 O ,
but CCONJ CC cc 33 O but
numbers NOUN NNS nsubj 42 O number
do AUX VBP aux 42 O do _
n't PART RB neg 42 O not
walk VERB VB conj 33 O walk
me PRON PRP dobj 42 O I
home NOUN NN advmod 42 O home _
, PUNCT , punct 48 O , _
" PUNCT '' punct 48 O "
Wallace PROPN NNP nsubj 48 B-PERSON Wallace
told VERB VBD ROOT 48 O tell
the DET DT det 50 O the
paper NOUN NN dobj 48 O paper _
. PUNCT . punct 48 O . _"""

# Ruth Okafor, who chairs the county's roads committee, called the delay "a scandal". "We will not
# pay twice," Ms Okafor, the councillor for Eastvale Ward, said.
_CHAIRS = """
Ruth PROPN NNP compound 1 B-PERSON Ruth
Okafor PROPN NNP nsubj 11 I-PERSON Okafor _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
chairs VERB VBZ relcl 1 O chair
the DET DT det 6 O the
county NOUN NN poss 9 O county _
's PART POS case 6 O 's
roads NOUN NNS compound 9 O road
committee NOUN NN dobj 4 O committee _
, PUNCT , punct 1 O ,
called VERB VBD ROOT 11 O call
the DET DT det 13 O the
delay NOUN NN dobj 11 O delay
" PUNCT `` punct 16 O " _
a DET DT det 16 O a
scandal NOUN NN oprd 11 O scandal _
" PUNCT '' punct 11 O " _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
" PUNCT `` punct 37 O " _
We PRON PRP nsubj 24 O we
will AUX MD aux 24 O will
not PART RB neg 24 O not
pay VERB VB ccomp 37 O pay
twice ADV RB advmod 24 O twice _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
Ms PROPN NNP compound 29 B-PERSON Ms
Okafor PROPN NNP nsubj 37 I-PERSON Okafor _
, PUNCT , punct 29 O ,
the DET DT det 32 O the
councillor NOUN NN appos 29 O councillor
for ADP IN prep 32 O for
Eastvale PROPN NNP compound 35 B-PERSON Eastvale
Ward PROPN NNP pobj 33 I-PERSON Ward _
, PUNCT , punct 29 O ,
said VERB VBD ROOT 37 O say _
. PUNCT . punct 37 O . _"""


def test_a_trade_that_is_also_a_business_is_a_named_persons_trade() -> None:
    assert who(_NICKNAMED) == [("Desmond Wallace", "taxi operator", "")]


def test_a_park_after_from_is_where_the_person_lives() -> None:
    driver = _NICKNAMED.replace("operator NOUN NN appos 12 O operator", "driver NOUN NN appos 12 O driver")
    assert who(driver) == [("Desmond Wallace", "taxi driver", "")]


def test_a_role_written_as_a_noun_beats_one_a_verb_gives() -> None:
    assert {row[1] for row in who(_CHAIRS)} == {"councillor for Eastvale Ward"}
