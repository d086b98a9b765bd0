"""A Malay name whose father's name after `binti` the tagger called a place is one name, and the
words set beside it describe the person (`Nurul Izzah binti` + `Kamaruddin`, tagged a place);
so is one the tagger opened on the father's name, the given name tagged a people (`Noraini` +
`binti` + `Wan Ismail`), which the given name alone then calls. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Nurul Izzah binti Kamaruddin, 34, a fish seller, said she hoped the works would stop. "We catch
# less," she said.
_SELLER = """
Nurul PROPN NNP compound 1 B-PERSON Nurul
Izzah PROPN NNP compound 2 I-PERSON Izzah
binti NOUN NN compound 3 O binti
Kamaruddin PROPN NNP nsubj 11 B-GPE Kamaruddin _
, PUNCT , punct 3 O ,
34 NUM CD appos 3 B-DATE 34 _
, PUNCT , punct 3 O ,
a DET DT det 9 O a
fish NOUN NN compound 9 O fish
seller NOUN NN appos 3 O seller _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 11 O say
she PRON PRP nsubj 13 O she
hoped VERB VBD ccomp 11 O hop
the DET DT det 15 O the
works NOUN NNS nsubj 17 O work
would AUX MD aux 17 O would
stop VERB VB ccomp 13 O stop _
. PUNCT . punct 11 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 21 O we
catch VERB VBP ccomp 26 O catch
less ADV RBR advmod 21 O less _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
she PRON PRP nsubj 26 O she
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _

"""


def test_the_fathers_name_tagged_a_place_is_part_of_the_name() -> None:
    (row,) = Extractor().rows(frozen(_SELLER))
    assert (row.speaker, row.role) == ("Nurul Izzah binti Kamaruddin", "fish seller")


# The clinic was closed on Monday.
#
# Dr Noraini binti Wan Ismail, the state health director, said the clinic would reopen.
#
# "We will hire more nurses," Dr Noraini said.
_DIRECTOR = """
The DET DT det 1 O the
clinic NOUN NN nsubjpass 3 O clinic
was AUX VBD auxpass 3 O be
closed VERB VBN ROOT 3 O close
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Dr PROPN NNP compound 12 O Dr
Noraini PROPN NNP compound 10 B-NORP Noraini
binti NOUN NN compound 12 O binti
Wan PROPN NNP compound 12 B-PERSON Wan
Ismail PROPN NNP nsubj 19 I-PERSON Ismail _
, PUNCT , punct 12 O ,
the DET DT det 17 O the
state NOUN NN compound 17 O state
health NOUN NN compound 17 O health
director NOUN NN appos 12 O director _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 19 O say
the DET DT det 21 O the
clinic NOUN NN nsubj 23 O clinic
would AUX MD aux 23 O would
reopen VERB VB ccomp 19 O reopen _
. PUNCT . punct 19 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 29 O we
will AUX MD aux 29 O will
hire VERB VB ccomp 36 O hire
more ADJ JJR amod 31 O more
nurses NOUN NNS dobj 29 O nurse _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
Dr PROPN NNP compound 35 O Dr
Noraini PROPN NNP nsubj 36 B-NORP Noraini
said VERB VBD ROOT 36 O say _
. PUNCT . punct 36 O . _

"""


def test_the_given_name_before_binti_tagged_a_people_opens_the_name() -> None:
    (row,) = Extractor().rows(frozen(_DIRECTOR))
    assert (row.speaker, row.role) == ("Noraini binti Wan Ismail", "state health director")
