"""One word naming a body of the article, then a country or a province, before a title, is the
body's branch there though the tagger makes the words a person's name (`Pranu Manitoba regional
secretary Pat Boyle` after `The Prairie Nurses Guild (Pranu)`: *regional secretary* / *Prairie
Nurses Guild*). Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The Prairie Nurses Guild (Pranu) said wards in Manitoba were full. Pranu Manitoba regional
# secretary Pat Boyle said staff were leaving. "We cannot keep up," Boyle said. (The short form
# in brackets tagged a body; `Manitoba` stands alone, so the two words are no person's name.)
_BRANCH = """
The DET DT det 3 B-ORG the
Prairie PROPN NNP compound 2 I-ORG Prairie
Nurses PROPN NNP compound 3 I-ORG Nurses
Guild PROPN NNP nsubj 7 I-ORG Guild
( PUNCT -LRB- punct 5 O ( _
Pranu PROPN NNP appos 3 B-ORG Pranu _
) PUNCT -RRB- punct 3 O )
said VERB VBD ROOT 7 O say
wards NOUN NNS nsubj 11 O ward
in ADP IN prep 8 O in
Manitoba PROPN NNP pobj 9 B-GPE Manitoba
were AUX VBD ccomp 7 O be
full ADJ JJ acomp 11 O full _
. PUNCT . punct 7 O .
Pranu PROPN NNP nmod 15 B-PERSON Pranu
Manitoba PROPN NNP nmod 17 I-PERSON Manitoba
regional ADJ JJ amod 17 O regional
secretary NOUN NN compound 19 O secretary
Pat PROPN NNP compound 19 B-PERSON Pat
Boyle PROPN NNP nsubj 20 I-PERSON Boyle
said VERB VBD ROOT 20 O say
staff NOUN NN nsubj 23 O staff
were AUX VBD aux 23 O be
leaving VERB VBG ccomp 20 O leave _
. PUNCT . punct 20 O .
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 29 O we
can AUX MD aux 29 O can _
not PART RB neg 29 O not
keep VERB VB ccomp 34 O keep
up ADP RP prt 29 O up _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
Boyle PROPN NNP nsubj 34 B-PERSON Boyle
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


def test_a_body_s_short_form_and_a_province_before_a_title_are_the_body_s_branch() -> None:
    assert who(_BRANCH) == [("Pat Boyle", "regional secretary", "Prairie Nurses Guild")]


# The same as parsed: the short form in brackets tagged a person.
_BRACKETED = _BRANCH.replace("appos 3 B-ORG Pranu _", "appos 3 B-PERSON Pranu _")


def test_a_short_form_only_the_brackets_show_is_a_body_s_too() -> None:
    assert who(_BRACKETED) == [("Pat Boyle", "regional secretary", "Prairie Nurses Guild")]
