"""A company named by what it sells, in the words of technology, media, finance and property
(`Northgate Digital`, `Ridgeway Capital`; models/trade_name_words.txt), is a body even where the
tagger calls it a person, so `the company` can name it. Frozen parse of sentences written for
this file (see tests/frozen.py), the company tagged a person as the model tags it in a longer
story, through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The developer, Northgate Digital, says the project will bring 150 jobs. "We have listened,"
# said Lisa Park, the company's vice president for development.
_DEVELOPER = """
The DET DT det 1 O the
developer NOUN NN nsubj 6 O developer _
, PUNCT , punct 1 O ,
Northgate PROPN NNP compound 4 B-PERSON Northgate
Digital PROPN NNP appos 1 I-PERSON Digital _
, PUNCT , punct 1 O ,
says VERB VBZ ROOT 6 O say
the DET DT det 8 O the
project NOUN NN nsubj 10 O project
will AUX MD aux 10 O will
bring VERB VB ccomp 6 O bring
150 NUM CD nummod 12 B-CARDINAL 150
jobs NOUN NNS dobj 10 O job _
. PUNCT . punct 6 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 17 O we
have AUX VBP aux 17 O have
listened VERB VBN ccomp 20 O listen _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
Lisa PROPN NNP compound 22 B-PERSON Lisa
Park PROPN NNP nsubj 20 I-PERSON Park _
, PUNCT , punct 22 O ,
the DET DT det 25 O the
company NOUN NN poss 28 O company _
's PART POS case 25 O 's
vice NOUN NN compound 28 O vice
president NOUN NN appos 22 O president
for ADP IN prep 28 O for
development NOUN NN pobj 29 O development _
. PUNCT . punct 20 O . _
"""


def test_a_company_named_by_its_trade_is_the_company_even_tagged_a_person() -> None:
    rows = Extractor().rows(frozen(_DEVELOPER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Lisa Park", "vice president for development", "Northgate Digital")
    ]
