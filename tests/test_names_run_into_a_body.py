"""A person the tagger ran into the words before it, over a comma (`for Tamale, Hajia Ayishetu
Seidu,`: one body to it), is a person after a form of address; a short form's spelled-out name
does not open with the article of the sentence it starts (`A National Disaster Management
Organisation (NADMO) official`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Floods hit the north. The Municipal Chief Executive for Tamale, Hajia Ayishetu Seidu, said
# relief items had been sent. "We are doing everything we can," she said.
_HAJIA = """
Floods NOUN NNS nsubj 1 O flood
hit VERB VBD ROOT 1 O hit
the DET DT det 3 O the
north NOUN NN dobj 1 O north _
. PUNCT . punct 1 O .
The DET DT det 8 O the
Municipal PROPN NNP compound 8 O Municipal
Chief PROPN NNP compound 8 O Chief
Executive PROPN NNP nsubj 16 O Executive
for ADP IN prep 8 O for
Tamale PROPN NNP pobj 9 B-ORG Tamale _
, PUNCT , punct 8 I-ORG ,
Hajia PROPN NNP compound 14 I-ORG Hajia
Ayishetu PROPN NNP compound 14 I-ORG Ayishetu
Seidu PROPN NNP appos 8 I-ORG Seidu _
, PUNCT , punct 8 O ,
said VERB VBD ROOT 16 O say
relief NOUN NN compound 18 O relief
items NOUN NNS nsubjpass 21 O item
had AUX VBD aux 21 O have
been AUX VBN auxpass 21 O be
sent VERB VBN ccomp 16 O send _
. PUNCT . punct 16 O .
" PUNCT `` punct 33 O " _
We PRON PRP nsubj 26 O we
are AUX VBP aux 26 O be
doing VERB VBG ccomp 33 O do
everything PRON NN dobj 26 O everything
we PRON PRP nsubj 29 O we
can AUX MD relcl 27 O can _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
she PRON PRP nsubj 33 O she
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""

# A National Disaster Management Organisation (NADMO) official said the roads were shut. NADMO's
# regional director, Alhaji Abdul-Rahman Mohammed, said the organisation needed more boats. "We
# have only two boats," he said.
_NADMO = """
A DET DT det 4 O a
National PROPN NNP nmod 4 B-ORG National
Disaster PROPN NNP compound 4 I-ORG Disaster
Management PROPN NNP compound 4 I-ORG Management
Organisation PROPN NNP nmod 8 I-ORG Organisation
( PUNCT -LRB- punct 4 O ( _
NADMO PROPN NNP nmod 8 B-ORG NADMO _
) PUNCT -RRB- punct 6 O )
official NOUN NN nsubj 9 O official
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
roads NOUN NNS nsubjpass 13 O road
were AUX VBD auxpass 13 O be
shut VERB VBN ccomp 9 O shut _
. PUNCT . punct 9 O .
NADMO PROPN NNP poss 18 B-ORG NADMO _
's PART POS case 15 O 's
regional ADJ JJ amod 18 O regional
director NOUN NN nsubj 26 O director _
, PUNCT , punct 18 O ,
Alhaji PROPN NNP compound 24 B-PERSON Alhaji
Abdul PROPN NNP compound 24 I-PERSON Abdul _
- PUNCT HYPH punct 23 I-PERSON - _
Rahman PROPN NNP compound 24 I-PERSON Rahman
Mohammed PROPN NNP appos 18 I-PERSON Mohammed _
, PUNCT , punct 18 O ,
said VERB VBD ROOT 26 O say
the DET DT det 28 O the
organisation NOUN NN nsubj 29 O organisation
needed VERB VBD ccomp 26 O need
more ADJ JJR amod 31 O more
boats NOUN NNS dobj 29 O boat _
. PUNCT . punct 26 O .
" PUNCT `` punct 42 O " _
We PRON PRP nsubj 35 O we
have VERB VBP ccomp 42 O have
only ADV RB advmod 37 B-CARDINAL only
two NUM CD nummod 38 I-CARDINAL two
boats NOUN NNS dobj 35 O boat _
, PUNCT , punct 42 O , _
" PUNCT '' punct 42 O "
he PRON PRP nsubj 42 O he
said VERB VBD ROOT 42 O say _
. PUNCT . punct 42 O . _
"""


def test_a_person_after_a_comma_inside_a_body_is_the_speaker_of_her_quote() -> None:
    assert who(_HAJIA) == [("Ayishetu Seidu", "Municipal Chief Executive for Tamale", "Tamale")]


def test_a_short_forms_name_leaves_out_the_article_opening_the_sentence() -> None:
    assert who(_NADMO) == [
        ("Abdul-Rahman Mohammed", "regional director", "National Disaster Management Organisation")
    ]
