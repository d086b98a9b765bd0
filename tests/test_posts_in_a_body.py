"""A post held inside a body, tied to the body the sentence before has act (ROLES.md 5: an
adjacent sentence ties them), each from a frozen parse of a sentence written for this file (the
entities as the tagger gave them), so a model update cannot change what a test exercises:

- `Acme Foods cut its profit forecast … finance director Tom Hale said`: a director is of the
  company the sentence before is about (the organisation was none);
- `The Harbour District Court jailed a former mayor … presiding judge Ana Ruiz said`: a judge
  sits in the court that acted just before (the organisation was none);
- `Lenton Trust lost its grant. The appeal’s chairwoman, Ana Ruiz, said`: a possessive says
  whose post it is, so the body the sentence before has act is not hers;
- `Acme Water Ltd pleaded guilty … Judge Ana Ruiz said`: a judge's body is a court, never the
  defendant the sentence before is about.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_DIRECTOR_AFTER_HIS_COMPANY = """
Acme PROPN NNP compound 1 B-ORG Acme
Foods PROPN NNP nsubj 2 I-ORG Foods
cut VERB VBD ROOT 2 O cut
its PRON PRP$ poss 5 O its
profit NOUN NN compound 5 O profit
forecast NOUN NN dobj 2 O forecast
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 6 B-DATE Tuesday _
. PUNCT . punct 2 O .
" PUNCT `` punct 19 O " _
Demand NOUN NN nsubj 12 O demand
has AUX VBZ aux 12 O have
slowed VERB VBN ccomp 19 O slow _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
finance NOUN NN compound 16 O finance
director NOUN NN compound 18 O director
Tom PROPN NNP compound 18 B-PERSON Tom
Hale PROPN NNP nsubj 19 I-PERSON Hale
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""

_A_JUDGE_AFTER_HER_COURT = """
The DET DT det 3 B-ORG the
Harbour PROPN NNP compound 3 I-ORG Harbour
District PROPN NNP compound 3 I-ORG District
Court PROPN NNP nsubj 4 I-ORG Court
jailed VERB VBD ROOT 4 O jail
a DET DT det 7 O a
former ADJ JJ amod 7 O former
mayor NOUN NN dobj 4 O mayor
for ADP IN prep 7 O for
fraud NOUN NN pobj 8 O fraud
on ADP IN prep 4 O on
Monday PROPN NNP pobj 10 B-DATE Monday _
. PUNCT . punct 4 O .
" PUNCT `` punct 24 O " _
He PRON PRP nsubj 15 O he
sold VERB VBD ccomp 24 O sell
his PRON PRP$ poss 17 O his
office NOUN NN dobj 15 O office _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
presiding VERB VBG amod 21 O preside
judge NOUN NN compound 23 O judge
Ana PROPN NNP compound 23 O Ana
Ruiz PROPN NNP nsubj 24 O Ruiz
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

_A_CHAIR_OWNED_BY_ANOTHER_BODY = """
Lenton PROPN NNP compound 1 B-ORG Lenton
Trust PROPN NNP nsubj 2 I-ORG Trust
lost VERB VBD ROOT 2 O lose
its PRON PRP$ poss 4 O its
grant NOUN NN dobj 2 O grant
on ADP IN prep 2 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 2 O .
The DET DT det 9 O the
appeal NOUN NN poss 11 O appeal _
’s PART POS case 9 O ’s
chairwoman NOUN NN nsubj 16 O chairwoman _
, PUNCT , punct 11 O ,
Ana PROPN NNP compound 14 O Ana
Ruiz PROPN NNP appos 11 O Ruiz _
, PUNCT , punct 11 O ,
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 21 O we
will AUX MD aux 21 O will
go VERB VB ccomp 16 O go
on ADP RP prt 21 O on _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""

_A_JUDGE_AFTER_THE_DEFENDANT = """
Acme PROPN NNP compound 2 B-ORG Acme
Water PROPN NNP compound 2 I-ORG Water
Ltd PROPN NNP nsubj 3 I-ORG Ltd
pleaded VERB VBD ROOT 3 O plead
guilty ADJ JJ oprd 3 O guilty
to ADP IN prep 4 O to
three NUM CD nummod 7 B-CARDINAL three
charges NOUN NNS pobj 5 O charge
at ADP IN prep 7 O at
Lenton PROPN NNP compound 11 B-ORG Lenton
Crown PROPN NNP compound 11 I-ORG Crown
Court PROPN NNP pobj 8 I-ORG Court
on ADP IN prep 3 O on
Monday PROPN NNP pobj 12 B-DATE Monday _
. PUNCT . punct 3 O .
Sentencing VERB VBG advcl 22 O sentence
the DET DT det 17 O the
company NOUN NN dobj 15 O company _
, PUNCT , punct 22 O ,
Judge PROPN NNP compound 21 O Judge
Ana PROPN NNP compound 21 B-PERSON Ana
Ruiz PROPN NNP nsubj 22 I-PERSON Ruiz
said VERB VBD ROOT 22 O say
the DET DT det 24 O the
spills NOUN NNS nsubj 25 O spill
were AUX VBD ccomp 22 O be
" PUNCT `` punct 25 O " _
a DET DT det 28 O a
disgrace NOUN NN attr 25 O disgrace _
" PUNCT '' punct 25 O " _
. PUNCT . punct 22 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_director_is_of_the_company_the_sentence_before_is_about() -> None:
    assert _rows(_A_DIRECTOR_AFTER_HIS_COMPANY) == [("Tom Hale", "finance director", "Acme Foods")]


def test_a_judge_sits_in_the_court_that_acted_just_before() -> None:
    assert _rows(_A_JUDGE_AFTER_HER_COURT) == [("Ana Ruiz", "presiding judge", "Harbour District Court")]


def test_a_post_a_possessive_owns_is_not_the_body_that_acted_before() -> None:
    assert _rows(_A_CHAIR_OWNED_BY_ANOTHER_BODY) == [("Ana Ruiz", "chairwoman", "")]


def test_a_judge_is_not_of_the_defendant_the_sentence_before_is_about() -> None:
    assert _rows(_A_JUDGE_AFTER_THE_DEFENDANT) == [("Ana Ruiz", "Judge", "")]
