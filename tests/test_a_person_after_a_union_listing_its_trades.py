"""`"…," said Rail, Tram and Bus Union general secretary Tom Hughes`: the parser makes the union's
first word (`Rail`, tagged a person) the subject and hangs the name on it. A body's name in capitals
listing its trades with commas and one `and`, closed by a body's noun, then a job in small letters
and a person's name, stands for that person (tokens.person_after_a_listed_body); before, the union
spoke. Frozen parse of a sentence written for this file, through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The walkout will go ahead on Monday," said Rail, Tram and Bus Union general secretary Tom
# Hughes.
_UNION_LISTING_ITS_TRADES = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
walkout NOUN NN nsubj 4 O walkout
will AUX MD aux 4 O will
go VERB VB ccomp 10 O go
ahead ADV RB advmod 4 O ahead
on ADP IN prep 4 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Rail PROPN NNP nsubj 10 B-PERSON Rail _
, PUNCT , punct 11 O ,
Tram PROPN NNP conj 11 O Tram
and CCONJ CC cc 13 O and
Bus PROPN NNP nmod 16 B-ORG Bus
Union PROPN NNP conj 13 I-ORG Union
general ADJ JJ amod 18 O general
secretary NOUN NN compound 20 O secretary
Tom PROPN NNP compound 20 B-PERSON Tom
Hughes PROPN NNP appos 11 I-PERSON Hughes _
. PUNCT . punct 10 O . _
"""


def test_the_job_holder_after_a_listed_union_speaks() -> None:
    rows = Extractor().rows(frozen(_UNION_LISTING_ITS_TRADES))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Hughes", "general secretary", "Rail, Tram and Bus Union")
    ]
