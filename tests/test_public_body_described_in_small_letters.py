"""A public body the article names only by a description in small letters (`the farm ministry`,
`the city government`) is the organisation of a job its noun opens (`a senior ministry
official`, `city government spokeswoman X`), by the fullest name the article gives it (ROLES.md
5); a company is not (`the oil company` says what any firm is). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Rice prices rose 4% last month, according to the farm ministry. / The ministry said in a
# statement that it would release more rice. / "We want to see the rice on shelves," a senior
# ministry official said.
_NAMED_SO = """
Rice NOUN NN compound 1 B-PERSON rice
prices NOUN NNS nsubj 2 O price
rose VERB VBD ROOT 2 O rise
4 NUM CD nummod 4 B-PERCENT 4 _
% NOUN NN npadvmod 2 I-PERCENT %
last ADJ JJ amod 6 B-DATE last
month NOUN NN npadvmod 2 I-DATE month _
, PUNCT , punct 2 O ,
according VERB VBG prep 2 O accord
to ADP IN prep 8 O to
the DET DT det 12 B-ORG the
farm NOUN NN compound 12 I-ORG farm
ministry NOUN NN pobj 9 I-ORG ministry _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
The DET DT det 16 O the
ministry NOUN NN nsubj 17 O ministry
said VERB VBD ROOT 17 O say
in ADP IN prep 17 O in
a DET DT det 20 O a
statement NOUN NN pobj 18 O statement
that SCONJ IN mark 24 O that
it PRON PRP nsubj 24 O it
would AUX MD aux 24 O would
release VERB VB acl 20 O release
more ADJ JJR amod 26 O more
rice NOUN NN dobj 24 O rice _
. PUNCT . punct 17 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
" PUNCT `` punct 44 O " _
We PRON PRP nsubj 31 O we
want VERB VBP ccomp 44 O want
to PART TO aux 33 O to
see VERB VB xcomp 31 O see
the DET DT det 35 O the
rice NOUN NN dobj 33 O rice
on ADP IN prep 33 O on
shelves NOUN NNS pobj 36 O shelf _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
a DET DT det 43 O a
senior ADJ JJ amod 43 O senior
ministry NOUN NN compound 43 O ministry
official NOUN NN nsubj 44 O official
said VERB VBD ROOT 44 O say _
. PUNCT . punct 44 O . _
"""

# The city government will cut bus routes next year. / "We have no money left," city government
# spokeswoman Anna Berg said.
_DESCRIBED_BEFORE = """
The DET DT det 2 O the
city NOUN NN compound 2 O city
government NOUN NN nsubj 4 O government
will AUX MD aux 4 O will
cut VERB VB ROOT 4 O cut
bus NOUN NN compound 6 O bus
routes NOUN NNS dobj 4 O route
next ADP IN nmod 8 B-DATE next
year NOUN NN npadvmod 4 I-DATE year _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 13 O we
have VERB VBP ccomp 24 O have
no DET DT det 15 O no
money NOUN NN dobj 13 O money
left VERB VBN acl 15 O leave _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
city NOUN NN compound 20 O city
government NOUN NN compound 21 O government
spokeswoman NOUN NN compound 23 O spokeswoman
Anna PROPN NNP compound 23 B-PERSON Anna
Berg PROPN NNP nsubj 24 I-PERSON Berg
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# Oil prices fell on Monday, the oil company said. / "Demand is weak," a company spokesman said.
_A_COMPANY = """
Oil NOUN NN compound 1 O oil
prices NOUN NNS nsubj 2 O price
fell VERB VBD ccomp 9 O fall
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
, PUNCT , punct 9 O ,
the DET DT det 8 O the
oil NOUN NN compound 8 O oil
company NOUN NN nsubj 9 O company
said VERB VBD ROOT 9 O say _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 21 O " _
Demand NOUN NN nsubj 14 O demand
is AUX VBZ ccomp 21 O be
weak ADJ JJ acomp 14 O weak _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
a DET DT det 20 O a
company NOUN NN compound 20 O company
spokesman NOUN NN nsubj 21 O spokesman
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_official_of_a_ministry_named_in_small_letters() -> None:
    assert who(_NAMED_SO) == [("a senior ministry official", "senior official", "farm ministry")]


def test_spokeswoman_of_a_government_described_before() -> None:
    assert who(_DESCRIBED_BEFORE) == [("Anna Berg", "spokeswoman", "city government")]


def test_company_described_in_small_letters_is_no_name() -> None:
    assert who(_A_COMPANY) == [("a company spokesman", "company spokesman", "")]
