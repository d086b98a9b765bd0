"""`Manchester United manager X … United captain Y`: a side's name the tagger calls a person's
before a job is the body the manager works for, though the article writes its last word alone
elsewhere, where the tagger calls that word a body (the side's short name, no surname the article
refers to a person by). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Manchester United manager Tom Hale said on Friday that his side were "not far away". United
# captain Sam Cole agreed with his coach.
_UNITED = """
Manchester PROPN NNP compound 1 B-PERSON Manchester
United PROPN NNP compound 2 I-PERSON United
manager NOUN NN compound 4 O manager
Tom PROPN NNP compound 4 B-PERSON Tom
Hale PROPN NNP nsubj 5 I-PERSON Hale
said VERB VBD ROOT 5 O say
on ADP IN prep 5 O on
Friday PROPN NNP pobj 6 B-DATE Friday
that SCONJ IN mark 11 O that
his PRON PRP$ poss 10 O his
side NOUN NN nsubj 11 O side
were AUX VBD ccomp 5 O be
" PUNCT `` punct 11 O " _
not PART RB neg 11 O not
far ADV RB advmod 15 O far
away ADV RB advmod 11 O away _
" PUNCT '' punct 11 O " _
. PUNCT . punct 5 O .
United PROPN NNP compound 19 B-ORG United
captain NOUN NN compound 21 O captain
Sam PROPN NNP compound 21 B-PERSON Sam
Cole PROPN NNP nsubj 22 I-PERSON Cole
agreed VERB VBD ROOT 22 O agree
with ADP IN prep 22 O with
his PRON PRP$ poss 25 O his
coach NOUN NN pobj 23 O coach _
. PUNCT . punct 22 O . _
"""


def test_the_sides_name_is_the_managers_body() -> None:
    rows = Extractor().rows(frozen(_UNITED))
    who = [(r.speaker, r.role, r.organization) for r in rows]
    assert who == [("Tom Hale", "manager", "Manchester United")]
