"""A company named by a place and the trade it sells, in capitals, that the tagger leaves untagged or
calls a person (`Severn Trent Water said …`: models/trade_name_words.txt) is a body, which `the
company` stands for; and of bodies named as often before `the company`, the subject of the sentence
right before it is the one it means (ROLES.md 5, the adjacent sentence), not another that the
article calls a group. Frozen parses of sentences written for this file (see tests/frozen.py),
with the company left untagged as the tagger leaves such names."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Harbour Vale Water said supplies were unaffected. The company's operations director, Neil
# Morrison, said: “Tap water is safe to drink.”
_ALONE = """
Harbour PROPN NNP compound 2 O Harbour
Vale PROPN NNP compound 2 O Vale
Water PROPN NNP nsubj 3 O Water
said VERB VBD ROOT 3 O say
supplies NOUN NNS nsubj 5 O supply
were AUX VBD ccomp 3 O be
unaffected ADJ JJ acomp 5 O unaffected _
. PUNCT . punct 3 O .
The DET DT det 9 O the
company NOUN NN poss 12 O company _
's PART POS case 9 O 's
operations NOUN NNS compound 12 O operation
director NOUN NN nsubj 17 O director _
, PUNCT , punct 12 O ,
Neil PROPN NNP compound 15 B-PERSON Neil
Morrison PROPN NNP appos 12 I-PERSON Morrison _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 17 O say _
: PUNCT : punct 17 O :
“ PUNCT `` punct 17 O " _
Tap NOUN NN compound 21 O tap
water NOUN NN nsubj 22 O water
is AUX VBZ ccomp 17 O be
safe ADJ JJ acomp 22 O safe
to PART TO aux 25 O to
drink VERB VB xcomp 23 O drink _
. PUNCT . punct 17 O . _
” PUNCT '' punct 17 O " _
"""

# “The river has never been this high,” said Ann Pryce, who chairs the Kestrel Flood Action Group.
# | Harbour Vale Water said … (as above)
_AFTER_A_GROUP = """
“ PUNCT `` punct 10 O " _
The DET DT det 2 O the
river NOUN NN nsubj 5 O river
has AUX VBZ aux 5 O have
never ADV RB neg 5 O never
been AUX VBN ccomp 10 O be
this DET DT det 7 O this
high ADJ JJ acomp 5 O high _
, PUNCT , punct 10 O , _
” PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Ann PROPN NNP compound 12 B-PERSON Ann
Pryce PROPN NNP nsubj 10 I-PERSON Pryce _
, PUNCT , punct 12 O ,
who PRON WP nsubj 15 O who
chairs VERB VBZ relcl 12 O chair
the DET DT det 20 B-ORG the
Kestrel PROPN NNP compound 20 I-ORG Kestrel
Flood PROPN NNP compound 20 I-ORG Flood
Action PROPN NNP compound 20 I-ORG Action
Group PROPN NNP dobj 15 I-ORG Group _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
Harbour PROPN NNP compound 25 O Harbour
Vale PROPN NNP compound 25 O Vale
Water PROPN NNP nsubj 26 O Water
said VERB VBD ROOT 26 O say
supplies NOUN NNS nsubj 28 O supply
were AUX VBD ccomp 26 O be
unaffected ADJ JJ acomp 28 O unaffected _
. PUNCT . punct 26 O .
The DET DT det 32 O the
company NOUN NN poss 35 O company _
's PART POS case 32 O 's
operations NOUN NNS compound 35 O operation
director NOUN NN nsubj 40 O director _
, PUNCT , punct 35 O ,
Neil PROPN NNP compound 38 B-PERSON Neil
Morrison PROPN NNP appos 35 I-PERSON Morrison _
, PUNCT , punct 35 O ,
said VERB VBD ROOT 40 O say _
: PUNCT : punct 40 O :
“ PUNCT `` punct 40 O " _
Tap NOUN NN compound 44 O tap
water NOUN NN nsubj 45 O water
is AUX VBZ ccomp 40 O be
safe ADJ JJ acomp 45 O safe
to PART TO aux 48 O to
drink VERB VB xcomp 46 O drink _
. PUNCT . punct 40 O . _
” PUNCT '' punct 40 O " _
"""


def test_a_company_named_by_its_trade_is_a_body() -> None:
    assert who(_ALONE) == [("Neil Morrison", "operations director", "Harbour Vale Water")]


def test_the_company_is_the_subject_just_before_among_bodies_named_as_often() -> None:
    assert who(_AFTER_A_GROUP)[-1] == ("Neil Morrison", "operations director", "Harbour Vale Water")


def test_a_company_named_by_its_trade_and_tagged_a_person_is_a_body() -> None:
    tagged = _ALONE.replace(" O Harbour", " B-PERSON Harbour").replace(" O Vale", " I-PERSON Vale")
    tagged = tagged.replace("nsubj 3 O Water", "nsubj 3 I-PERSON Water")
    assert who(tagged) == [("Neil Morrison", "operations director", "Harbour Vale Water")]
