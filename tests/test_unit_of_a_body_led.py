"""`who heads the union branch`: a unit's noun that names no body itself, qualified by a body's
noun in small letters, is a unit of the body the article calls by that noun (*Lenton
Nurses Union*); with no such body named, none. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The Lenton Nurses Union branch at the hospital called the cuts a scandal. / "We will not stand
# for it," said Ann Fox, who heads the union branch.
_BRANCH = """
The DET DT det 4 B-ORG the
Lenton PROPN NNP compound 3 I-ORG Lenton
Nurses PROPN NNPS compound 3 I-ORG Nurses
Union PROPN NNP compound 4 I-ORG Union
branch NOUN NN nsubj 8 O branch
at ADP IN prep 4 O at
the DET DT det 7 O the
hospital NOUN NN pobj 5 O hospital
called VERB VBD ROOT 8 O call
the DET DT det 10 O the
cuts NOUN NNS dobj 8 O cut
a DET DT det 12 O a
scandal NOUN NN oprd 8 O scandal _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 19 O we
will AUX MD aux 19 O will
not PART RB neg 19 O not
stand VERB VB ccomp 24 O stand
for ADP IN prep 19 O for
it PRON PRP pobj 20 O it _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
said VERB VBD ROOT 24 O say
Ann PROPN NNP compound 26 B-PERSON Ann
Fox PROPN NNP nsubj 24 I-PERSON Fox _
, PUNCT , punct 26 O ,
who PRON WP nsubj 29 O who
heads VERB VBZ relcl 26 O head
the DET DT det 32 O the
union NOUN NN compound 32 O union
branch NOUN NN dobj 29 O branch _
. PUNCT . punct 24 O . _
"""

# "We will not stand for it," said Ann Fox, who heads the union branch.
_NONE = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
stand VERB VB ccomp 9 O stand
for ADP IN prep 4 O for
it PRON PRP pobj 5 O it _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Ann PROPN NNP compound 11 B-PERSON Ann
Fox PROPN NNP nsubj 9 I-PERSON Fox _
, PUNCT , punct 11 O ,
who PRON WP nsubj 14 O who
heads VERB VBZ relcl 11 O head
the DET DT det 17 O the
union NOUN NN compound 17 O union
branch NOUN NN dobj 14 O branch _
. PUNCT . punct 9 O . _
"""


def test_a_unit_the_body_noun_qualifies_is_of_the_body_named_so() -> None:
    assert who(_BRANCH) == [("Ann Fox", "", "Lenton Nurses Union")]


def test_a_unit_of_no_body_named_gives_none() -> None:
    assert who(_NONE) == [("Ann Fox", "", "")]
