"""A Samoan name opened by a chief's title (`Tuilagi Fa'amausili Leota, the village's senior
chief,`): the first word, opening the sentence and left untagged before a name set beside a
role, is the name's; and that word alone, tagged a body, later stands for the person (`Tuilagi
said`), as a family name written first does. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# APIA - Chiefs in Lufilufi have rejected a seawall plan.
#
# Tuilagi Fa'amausili Leota, the village's senior chief, said the council had voted unanimously.
#
# "Our fathers fished from this beach," Leota said.
_BY_SURNAME = """
APIA PROPN NNP compound 2 B-ORG APIA
- PUNCT HYPH punct 2 I-ORG -
Chiefs PROPN NNPS nsubj 6 I-ORG Chiefs
in ADP IN prep 2 O in
Lufilufi PROPN NNP pobj 3 B-GPE Lufilufi
have AUX VBP aux 6 O have
rejected VERB VBN ROOT 6 O reject
a DET DT det 9 O a
seawall ADJ JJ amod 9 O seawall
plan NOUN NN dobj 6 O plan _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Tuilagi PROPN NNP compound 14 O Tuilagi
Fa'amausili PROPN NNP compound 14 B-PERSON Fa'amausili
Leota PROPN NNP nsubj 22 I-PERSON Leota _
, PUNCT , punct 14 O ,
the DET DT det 17 O the
village NOUN NN poss 20 O village _
's PART POS case 17 O 's
senior ADJ JJ amod 20 O senior
chief NOUN NN appos 14 O chief _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 22 O say
the DET DT det 24 O the
council NOUN NN nsubj 26 O council
had AUX VBD aux 26 O have
voted VERB VBN ccomp 22 O vote
unanimously ADV RB advmod 26 O unanimously _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
" PUNCT `` punct 40 O " _
Our PRON PRP$ poss 32 O our
fathers NOUN NNS nsubj 33 O father
fished VERB VBD ccomp 40 O fish
from ADP IN prep 33 O from
this DET DT det 36 O this
beach NOUN NN pobj 34 O beach _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
Leota PROPN NNP nsubj 40 B-PERSON Leota
said VERB VBD ROOT 40 O say _
. PUNCT . punct 40 O . _

"""

# The same, then `"Our fathers fished from this beach," Tuilagi said.`, `Tuilagi` tagged a body.
_BY_FIRST_WORD = """
APIA PROPN NNP compound 2 B-ORG APIA
- PUNCT HYPH punct 2 I-ORG -
Chiefs PROPN NNPS nsubj 6 I-ORG Chiefs
in ADP IN prep 2 O in
Lufilufi PROPN NNP pobj 3 B-GPE Lufilufi
have AUX VBP aux 6 O have
rejected VERB VBN ROOT 6 O reject
a DET DT det 9 O a
seawall ADJ JJ amod 9 O seawall
plan NOUN NN dobj 6 O plan _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Tuilagi PROPN NNP compound 14 O Tuilagi
Fa'amausili PROPN NNP compound 14 B-PERSON Fa'amausili
Leota PROPN NNP nsubj 22 I-PERSON Leota _
, PUNCT , punct 14 O ,
the DET DT det 17 O the
village NOUN NN poss 20 O village _
's PART POS case 17 O 's
senior ADJ JJ amod 20 O senior
chief NOUN NN appos 14 O chief _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 22 O say
the DET DT det 24 O the
council NOUN NN nsubj 26 O council
had AUX VBD aux 26 O have
voted VERB VBN ccomp 22 O vote
unanimously ADV RB advmod 26 O unanimously _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
" PUNCT `` punct 40 O " _
Our PRON PRP$ poss 32 O our
fathers NOUN NNS nsubj 33 O father
fished VERB VBD ccomp 40 O fish
from ADP IN prep 33 O from
this DET DT det 36 O this
beach NOUN NN pobj 34 O beach _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
Tuilagi PROPN NNP nsubj 40 B-ORG Tuilagi
said VERB VBD ROOT 40 O say _
. PUNCT . punct 40 O . _

"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_first_word_opening_the_sentence_is_the_names() -> None:
    assert who(_BY_SURNAME) == [("Tuilagi Fa'amausili Leota", "senior chief", "")]


def test_the_first_word_tagged_a_body_stands_for_the_person() -> None:
    assert who(_BY_FIRST_WORD) == [("Tuilagi Fa'amausili Leota", "senior chief", "")]
