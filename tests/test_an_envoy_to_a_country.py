"""`Ambassador to France Amina Bello said`, `said Ambassador to Germany Peter Okoye`, `High
Commissioner to Ghana Harriet Thompson said`: an envoy's title, its `to` (no `the`) and the
country the envoy is sent to, before the name. The country is the title's, not the name's (the
tagger may run it into the name, tagged a body or a person, or leave it a place and make the
title the subject); the role is the title with its country. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The talks were frank and useful," Ambassador to Kenya Amina Bello said on Tuesday.
_KENYA = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
talks NOUN NNS nsubj 3 O talk
were AUX VBD ccomp 14 O be
frank ADJ JJ acomp 3 O frank
and CCONJ CC cc 4 O and
useful ADJ JJ conj 4 O useful _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Ambassador PROPN NNP nmod 13 O Ambassador
to ADP IN prep 9 O to
Kenya PROPN NNP compound 13 B-ORG Kenya
Amina PROPN NNP compound 13 I-ORG Amina
Bello PROPN NNP nsubj 14 I-ORG Bello
said VERB VBD ROOT 14 O say
on ADP IN prep 14 O on
Tuesday PROPN NNP pobj 15 B-DATE Tuesday _
. PUNCT . punct 14 O . _
"""

# ABUJA - "We will not be bullied over visas," Ambassador to France Amina Bello said.
_FRANCE = """
ABUJA ADV RB ROOT 0 O abuja
- PUNCT : punct 0 O -
" PUNCT `` punct 17 O " _
We PRON PRP nsubjpass 7 O we
will AUX MD aux 7 O will
not PART RB neg 7 O not
be AUX VB auxpass 7 O be
bullied VERB VBN ccomp 17 O bully
over ADP IN prep 7 O over
visas NOUN NNS pobj 8 O visa _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Ambassador PROPN NNP nmod 16 O Ambassador
to ADP IN prep 12 O to
France PROPN NNP compound 16 B-ORG France
Amina PROPN NNP compound 16 I-ORG Amina
Bello PROPN NNP nsubj 17 I-ORG Bello
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

# "Trade between our countries is growing," said Ambassador to Germany Peter Okoye.
_GERMANY = """
" PUNCT `` punct 9 O " _
Trade NOUN NN nsubj 6 O trade
between ADP IN prep 1 O between
our PRON PRP$ poss 4 O our
countries NOUN NNS pobj 2 O country
is AUX VBZ aux 6 O be
growing VERB VBG ccomp 9 O grow _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Ambassador PROPN NNP nsubj 9 O Ambassador
to ADP IN prep 10 O to
Germany PROPN NNP compound 14 B-GPE Germany
Peter PROPN NNP compound 14 B-PERSON Peter
Okoye PROPN NNP pobj 11 I-PERSON Okoye _
. PUNCT . punct 9 O . _
"""

# "We are old friends," High Commissioner to Ghana Harriet Thompson said at the reception.
_GHANA = """
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 13 O be
old ADJ JJ amod 4 O old
friends NOUN NNS attr 2 O friend _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
High PROPN NNP compound 8 O High
Commissioner PROPN NNP nsubj 13 O Commissioner
to ADP IN prep 8 O to
Ghana PROPN NNP compound 12 B-PERSON Ghana
Harriet PROPN NNP compound 12 I-PERSON Harriet
Thompson PROPN NNP pobj 9 I-PERSON Thompson
said VERB VBD ROOT 13 O say
at ADP IN prep 13 O at
the DET DT det 16 O the
reception NOUN NN pobj 14 O reception _
. PUNCT . punct 13 O . _
"""

# "Trade is growing," said Ambassador to Japan John Smith.
_JAPAN = """
" PUNCT `` punct 6 O " _
Trade NOUN NN nsubj 3 O trade
is AUX VBZ aux 3 O be
growing VERB VBG ccomp 6 O grow _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Ambassador PROPN NNP compound 11 O Ambassador
to ADP IN prep 7 O to
Japan PROPN NNP pobj 8 B-GPE Japan
John PROPN NNP compound 11 B-PERSON John
Smith PROPN NNP nsubj 6 I-PERSON Smith _
. PUNCT . punct 6 O . _
"""




def test_a_country_given_name_tagged_with_the_envoy_is_the_titles() -> None:
    assert who_of(_KENYA) == [("Amina Bello", "Ambassador to Kenya", "")]
    assert who_of(_FRANCE) == [("Amina Bello", "Ambassador to France", "")]


def test_the_envoy_named_after_the_country_speaks_after_the_verb() -> None:
    assert who_of(_GERMANY) == [("Peter Okoye", "Ambassador to Germany", "")]


def test_a_country_tagged_with_the_name_as_a_person_is_the_titles() -> None:
    assert who_of(_GHANA) == [("Harriet Thompson", "High Commissioner to Ghana", "")]


def test_a_country_tagged_alone_after_the_envoys_to_is_the_titles() -> None:
    assert who_of(_JAPAN) == [("John Smith", "Ambassador to Japan", "")]
