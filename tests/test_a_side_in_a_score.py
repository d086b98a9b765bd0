"""A side's name that only ever opens a sentence, before a job (`Hearts manager X`, `Rangers boss
X`): the word is a side's when the story elsewhere makes it the subject or object of a sentence
giving a match's score (`Hearts were beaten 3-0`), so the job is the role and the side the
organisation; a word beside a range with a unit (`Sales rose 2-3 per cent`) stays in the role.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Hearts were beaten 3-0 at Tynecastle.
#
# Hearts manager Tom Hale said: "We were poor."
_HEARTS = """
Hearts NOUN NNS nsubjpass 2 O heart
were AUX VBD auxpass 2 O be
beaten VERB VBN ROOT 2 O beat
3 NUM CD npadvmod 2 B-CARDINAL 3 _
- SYM SYM punct 2 O - _
0 NUM CD oprd 2 O 0
at ADP IN prep 2 O at
Tynecastle PROPN NNP pobj 6 O Tynecastle _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Hearts NOUN NNS compound 11 O heart
manager NOUN NN compound 13 O manager
Tom PROPN NNP compound 13 B-PERSON Tom
Hale PROPN NNP nsubj 14 I-PERSON Hale
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 18 O we
were AUX VBD ccomp 14 O be
poor ADJ JJ acomp 18 O poor _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""

# Rangers drew 1-1 with Hibs on Sunday.
#
# Rangers boss Tom Hale said: "We were poor."
_RANGERS = """
Rangers NOUN NNS nsubj 1 B-ORG ranger
drew VERB VBD ROOT 1 O draw
1 NUM CD npadvmod 1 B-CARDINAL 1 _
- SYM SYM punct 4 O - _
1 NUM CD prep 2 O 1
with ADP IN prep 1 O with
Hibs PROPN NNP pobj 5 B-ORG Hibs
on ADP IN prep 1 O on
Sunday PROPN NNP pobj 7 B-DATE Sunday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Rangers NOUN NNS compound 12 B-ORG ranger
boss NOUN NN compound 14 O boss
Tom PROPN NNP compound 14 B-PERSON Tom
Hale PROPN NNP nsubj 15 I-PERSON Hale
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O :
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 19 O we
were AUX VBD ccomp 15 O be
poor ADJ JJ acomp 19 O poor _
. PUNCT . punct 15 O . _
" PUNCT '' punct 15 O " _
"""

# Sales rose 2-3 per cent last year.
#
# Sales manager Tom Hale said: "We were lucky."
_SALES = """
Sales NOUN NNS nsubj 1 O sale
rose VERB VBD ROOT 1 O rise
2 NUM CD npadvmod 1 B-CARDINAL 2 _
- SYM SYM punct 4 O - _
3 NUM CD prep 2 O 3
per ADP IN prep 1 O per
cent NOUN NN pobj 5 O cent
last ADJ JJ amod 8 B-DATE last
year NOUN NN npadvmod 1 I-DATE year _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Sales NOUN NNS compound 12 O sale
manager NOUN NN compound 14 O manager
Tom PROPN NNP compound 14 B-PERSON Tom
Hale PROPN NNP nsubj 15 I-PERSON Hale
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O :
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 19 O we
were AUX VBD ccomp 15 O be
lucky ADJ JJ acomp 19 O lucky _
. PUNCT . punct 15 O . _
" PUNCT '' punct 15 O " _
"""


def test_a_side_in_a_score_before_a_job_any_body_has() -> None:
    rows = Extractor().rows(frozen(_HEARTS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Hale", "manager", "Hearts")]


def test_a_side_called_by_a_jobs_plural_in_a_score() -> None:
    rows = Extractor().rows(frozen(_RANGERS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Hale", "boss", "Rangers")]


def test_a_range_with_a_unit_is_no_score() -> None:
    rows = Extractor().rows(frozen(_SALES))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Hale", "Sales manager", "")]
