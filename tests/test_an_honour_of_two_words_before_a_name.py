"""A title before a name, then an honour of two words (`Former state police chief Tan Sri Rahim
Yusof`, as Malaysian news writes it): the honour is a form of address, taken off the title's end
as a one-word honorific is, so the role is the title before it (it was none: `Sri` no title
alone, the run ended on it). `Dato' Sri Lau Ming Kee said` (since who79): Malay writes `Dato'`
with its glottal stop's apostrophe, split off by the tokenizer, and the tagger opens the person
at `Sri`; the honour is still one and no part of the name (it gave *Sri Lau Ming Kee* and a
body *Dato*). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# JOHOR BAHRU: Former state police chief Tan Sri Rahim Yusof said the raids were overdue.
# "Nobody is above the law," he said.
_AN_HONOUR = """
JOHOR PROPN NNP compound 1 O JOHOR
BAHRU PROPN NNP ROOT 1 O BAHRU _
: PUNCT : punct 1 O :
Former ADJ JJ amod 6 O former
state NOUN NN compound 6 O state
police NOUN NN compound 6 O police
chief NOUN NN compound 10 O chief
Tan PROPN NNP compound 10 B-PERSON Tan
Sri PROPN NNP compound 9 I-PERSON Sri
Rahim PROPN NNP compound 10 I-PERSON Rahim
Yusof PROPN NNP nsubj 11 I-PERSON Yusof
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
raids NOUN NNS nsubj 14 O raid
were AUX VBD ccomp 11 O be
overdue ADJ JJ acomp 14 O overdue _
. PUNCT . punct 11 O .
" PUNCT `` punct 26 O " _
Nobody PRON NN nsubj 19 O nobody
is AUX VBZ ccomp 26 O be
above ADP IN prep 19 O above
the DET DT det 22 O the
law NOUN NN pobj 20 O law _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


# Dato' Sri Lau Ming Kee said the port would expand. "We expect more ships," Lau said.
_DATO_SRI = """
Dato PROPN NNP nmod 5 O Dato _
' PUNCT '' punct 5 O '
Sri PROPN NNP compound 5 B-PERSON Sri
Lau PROPN NNP compound 5 I-PERSON Lau
Ming PROPN NNP compound 5 I-PERSON Ming
Kee PROPN NNP nsubj 6 I-PERSON Kee
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
port NOUN NN nsubj 10 O port
would AUX MD aux 10 O would
expand VERB VB ccomp 6 O expand _
. PUNCT . punct 6 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
expect VERB VBP ccomp 20 O expect
more ADJ JJR amod 16 O more
ships NOUN NNS dobj 14 O ship _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Lau PROPN NNP nsubj 20 B-PERSON Lau
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_an_honour_of_two_words_is_no_part_of_the_title_before_it() -> None:
    assert who(_AN_HONOUR) == [("Rahim Yusof", "Former state police chief", "")]


def test_an_honour_written_with_an_apostrophe_is_no_part_of_the_name() -> None:
    assert who(_DATO_SRI) == [("Lau Ming Kee", "", "")]
