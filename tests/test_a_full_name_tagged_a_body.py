"""A person's full name the tagger calls a body, from a frozen parse of a sentence written for this
file (the entities as the tagger gave them, a job in small letters before the name), so a model
update cannot change what a test exercises:

- `sophomore center Mateus Oliveira` read as a body, a given name no list holds, then `Oliveira
  said` tagged a person: two words in capitals with no body's noun or place among them, whose last
  word the story tags a person alone, are that person's full name (the speaker was *Oliveira*, with
  no role).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_SURNAME_TAGGED_ALONE = """
Lenton PROPN NNP compound 1 B-ORG Lenton
East PROPN NNP nsubj 3 I-ORG East
had AUX VBD aux 3 O have
led VERB VBN ROOT 3 O lead
by ADP IN prep 3 O by
nine NUM CD nummod 8 B-CARDINAL nine
behind ADP IN quantmod 7 O behind
22 NUM CD nummod 8 B-CARDINAL 22
points NOUN NNS pobj 4 O point
from ADP IN prep 3 O from
sophomore NOUN NN compound 11 O sophomore
center NOUN NN compound 13 O center
Mateus PROPN NNP compound 13 B-PERSON Mateus
Oliveira PROPN NNP pobj 9 I-PERSON Oliveira _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
Oliveira PROPN NNP nsubj 17 B-PERSON Oliveira
said VERB VBD ROOT 17 O say
he PRON PRP nsubj 20 O he
would AUX MD aux 20 O would
be AUX VB ccomp 17 O be
back ADV RB advmod 20 O back _
. PUNCT . punct 17 O .
" PUNCT `` punct 29 O " _
Next ADJ JJ amod 25 B-DATE next
year NOUN NN npadvmod 29 I-DATE year _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
he PRON PRP nsubj 29 O he
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


def test_a_body_ending_in_a_surname_tagged_alone_is_the_persons_full_name() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_A_SURNAME_TAGGED_ALONE))]
    assert rows == [("Mateus Oliveira", "sophomore center")]
