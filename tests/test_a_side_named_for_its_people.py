"""`Rangers boss X` opening a sentence, where the story also writes `as Rangers beat Motherwell`
(British and Irish sports pages, issue 10), from a frozen parse of a story written for this file:
a side called by a plural of people whose singular is a job (`ranger`) is the side's name before
a team job, as the story writes it in capitals mid-sentence as a name of its own; the role is the
job alone and the side is the organisation."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_RANGERS_BOSS = """
Callum PROPN NNP compound 1 B-PERSON Callum
Reid PROPN NNP nsubj 2 I-PERSON Reid
scored VERB VBD ROOT 2 O score
twice ADV RB advmod 2 O twice
as SCONJ IN mark 6 O as
Rangers NOUN NNS nsubj 6 B-ORG ranger
beat VERB VBD advcl 2 O beat
Motherwell PROPN NNP dobj 6 O Motherwell
2 NUM CD npadvmod 6 B-PRODUCT 2 _
- SYM SYM punct 10 I-PRODUCT - _
1 NUM CD prep 8 I-PRODUCT 1
at ADP IN prep 6 O at
Ibrox PROPN NNP pobj 11 B-GPE Ibrox
on ADP IN prep 6 O on
Sunday PROPN NNP pobj 13 B-DATE Sunday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
Rangers NOUN NNS compound 18 B-ORG ranger
boss NOUN NN compound 20 O boss
Tom PROPN NNP compound 20 B-PERSON Tom
Hale PROPN NNP nsubj 21 I-PERSON Hale
was AUX VBD ROOT 21 O be
upbeat ADJ JJ acomp 21 O upbeat _
. PUNCT . punct 21 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 26 O we
deserved VERB VBD ccomp 31 O deserve
it PRON PRP dobj 26 O it _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_a_plural_of_people_opening_a_sentence_before_a_team_job_is_the_side() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_RANGERS_BOSS))]
    assert rows == [("Tom Hale", "boss", "Rangers")]
