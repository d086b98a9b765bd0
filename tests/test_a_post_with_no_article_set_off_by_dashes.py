"""A post with no article set off by dashes or brackets after a name: `John Smith – chief
executive of Lenton Foods – said`, `Mary Cole (head of the Lenton Tenants Association) said`.
One set off by commas with no article is an apposition (`Ana Ruiz, head of X,`), and so is one
with its article between dashes (`Tom Hale – the mayor of Lenton – said`); between dashes with no
article it gave no role. Only a post: one to three words in small letters closed by a role's
noun, then `of`, `at` or `for` (kin, `– mother of three –`, and words of no post, `– angry at
the council –`, give none). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Sales fell by a fifth last year. John Smith – chief executive of Lenton Foods – said the firm
# would cut 40 jobs. "It is a hard day," he said.
_DASHES = """
Sales NOUN NNS nsubj 1 O sale
fell VERB VBD ROOT 1 O fall
by ADP IN prep 1 O by
a DET DT det 6 B-DATE a
fifth ADJ JJ amod 6 I-DATE fifth
last ADJ JJ amod 6 I-DATE last
year NOUN NN pobj 2 I-DATE year _
. PUNCT . punct 1 O .
John PROPN NNP compound 9 B-PERSON John
Smith PROPN NNP nsubj 17 I-PERSON Smith
– PUNCT : punct 9 O –
chief ADJ JJ amod 12 O chief
executive NOUN NN appos 9 O executive
of ADP IN prep 12 O of
Lenton PROPN NNP compound 15 B-ORG Lenton
Foods PROPN NNPS pobj 13 I-ORG Foods
– PUNCT : punct 9 O –
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
firm NOUN NN nsubj 21 O firm
would AUX MD aux 21 O would
cut VERB VB ccomp 17 O cut
40 NUM CD nummod 23 B-CARDINAL 40
jobs NOUN NNS dobj 21 O job _
. PUNCT . punct 17 O .
" PUNCT `` punct 34 O " _
It PRON PRP nsubj 27 O it
is AUX VBZ ccomp 34 O be
a DET DT det 30 B-DATE a
hard ADJ JJ amod 30 I-DATE hard
day NOUN NN attr 27 I-DATE day _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
he PRON PRP nsubj 34 O he
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


# Rents rose again this year. Mary Cole (head of the Lenton Tenants Association) said: "We will not
# pay."
_BRACKETS = """
Rents NOUN NNS nsubj 1 O rent
rose VERB VBD ROOT 1 O rise
again ADV RB advmod 1 O again
this DET DT det 4 B-DATE this
year NOUN NN npadvmod 1 I-DATE year _
. PUNCT . punct 1 O .
Mary PROPN NNP compound 7 B-PERSON Mary
Cole PROPN NNP nsubj 16 I-PERSON Cole
( PUNCT -LRB- punct 7 O ( _
head NOUN NN appos 7 O head
of ADP IN prep 9 O of
the DET DT det 14 B-ORG the
Lenton PROPN NNP compound 13 I-ORG Lenton
Tenants PROPN NNPS compound 14 I-ORG Tenants
Association PROPN NNP pobj 10 I-ORG Association _
) PUNCT -RRB- punct 7 O )
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 22 O we
will AUX MD aux 22 O will
not PART RB neg 22 O not
pay VERB VB ccomp 16 O pay _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""


# Rents rose again this year. Mary Cole – mother of three – said: "We will not pay."
_KIN = """
Rents NOUN NNS nsubj 1 O rent
rose VERB VBD ROOT 1 O rise
again ADV RB advmod 1 O again
this DET DT det 4 B-DATE this
year NOUN NN npadvmod 1 I-DATE year _
. PUNCT . punct 1 O .
Mary PROPN NNP compound 7 B-PERSON Mary
Cole PROPN NNP nsubj 13 I-PERSON Cole
– PUNCT : punct 7 O –
mother NOUN NN appos 7 O mother
of ADP IN prep 9 O of
three NUM CD pobj 10 B-CARDINAL three
– PUNCT : punct 7 O –
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 19 O we
will AUX MD aux 19 O will
not PART RB neg 19 O not
pay VERB VB ccomp 13 O pay _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""


# Rents rose again this year. Mary Cole – angry at the council – said: "We will not pay."
_NO_NOUN = """
Rents NOUN NNS nsubj 1 O rent
rose VERB VBD ROOT 1 O rise
again ADV RB advmod 1 O again
this DET DT det 4 B-DATE this
year NOUN NN npadvmod 1 I-DATE year _
. PUNCT . punct 1 O .
Mary PROPN NNP compound 7 B-PERSON Mary
Cole PROPN NNP nsubj 14 I-PERSON Cole
– PUNCT : punct 7 O –
angry ADJ JJ amod 7 O angry
at ADP IN prep 9 O at
the DET DT det 12 O the
council NOUN NN pobj 10 O council
– PUNCT : punct 7 O –
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 20 O we
will AUX MD aux 20 O will
not PART RB neg 20 O not
pay VERB VB ccomp 14 O pay _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_post_with_no_article_between_dashes_is_the_persons_role() -> None:
    assert _rows(_DASHES) == [("John Smith", "chief executive of Lenton Foods", "Lenton Foods")]


def test_so_in_brackets() -> None:
    assert _rows(_BRACKETS) == [
        ("Mary Cole", "head of the Lenton Tenants Association", "Lenton Tenants Association")
    ]


def test_kin_between_dashes_gives_no_role() -> None:
    assert _rows(_KIN) == [("Mary Cole", "", "")]


def test_words_of_no_post_between_dashes_give_no_role() -> None:
    assert _rows(_NO_NOUN) == [("Mary Cole", "", "")]
