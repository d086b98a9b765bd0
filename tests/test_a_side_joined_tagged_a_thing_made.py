"""A side a player joined `from` another, its name in capitals tagged a thing made rather than a
body (`Winger Tomasi Vula, who joined the Crusaders from the Highlanders last year,`, `Crusaders`
a product to the tagger), is the player's side now, as an untagged name joined so is: the
transfer between two named sides says the name is a side's. Joined with no side left (`who
joined the Crusaders last year`), a name tagged so shows no body and gives none. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Winger Tomasi Vula, who joined the Crusaders from the Highlanders last year, scored twice. "I just
# ran," he said.
_MOVED = """
Winger PROPN NNP compound 2 B-PERSON Winger
Tomasi PROPN NNP compound 2 I-PERSON Tomasi
Vula PROPN NNP nsubj 14 I-PERSON Vula _
, PUNCT , punct 2 O ,
who PRON WP nsubj 5 O who
joined VERB VBD relcl 2 O join
the DET DT det 7 O the
Crusaders PROPN NNPS dobj 5 B-PRODUCT Crusaders
from ADP IN prep 5 O from
the DET DT det 10 O the
Highlanders PROPN NNPS pobj 8 B-NORP Highlanders
last ADJ JJ amod 12 B-DATE last
year NOUN NN npadvmod 5 I-DATE year _
, PUNCT , punct 2 O ,
scored VERB VBN ROOT 14 O score
twice ADV RB advmod 14 O twice _
. PUNCT . punct 14 O .
" PUNCT `` punct 24 O " _
I PRON PRP nsubj 20 O I
just ADV RB advmod 20 O just
ran VERB VBD ccomp 24 O run _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
he PRON PRP nsubj 24 O he
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


# Winger Tomasi Vula, who joined the Crusaders last year, scored twice. "I just ran," he said.
_STAYED = """
Winger PROPN NNP compound 2 B-PERSON Winger
Tomasi PROPN NNP compound 2 I-PERSON Tomasi
Vula PROPN NNP nsubj 11 I-PERSON Vula _
, PUNCT , punct 2 O ,
who PRON WP nsubj 5 O who
joined VERB VBD relcl 2 O join
the DET DT det 7 O the
Crusaders PROPN NNPS dobj 5 B-PRODUCT Crusaders
last ADJ JJ amod 9 B-DATE last
year NOUN NN npadvmod 5 I-DATE year _
, PUNCT , punct 2 O ,
scored VERB VBN ROOT 11 O score
twice ADV RB advmod 11 O twice _
. PUNCT . punct 11 O .
" PUNCT `` punct 21 O " _
I PRON PRP nsubj 17 O I
just ADV RB advmod 17 O just
ran VERB VBD ccomp 21 O run _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_side_joined_from_another_tagged_a_product_is_the_players() -> None:
    rows = Extractor().rows(frozen(_MOVED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tomasi Vula", "Winger", "Crusaders")]


def test_a_name_tagged_a_product_joined_from_no_side_gives_no_body() -> None:
    rows = Extractor().rows(frozen(_STAYED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tomasi Vula", "Winger", "")]
