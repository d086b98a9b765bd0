"""`"…," said Kabale Vice-Chancellor X`: one word in capitals right before an office only a
university has is the university named short (tests/test_a_university_named_short.py) also where
the tagger calls that word a person by itself, when no other person the story tags holds it and
the lists know no given name of it: role *Vice-Chancellor*, organisation *Kabale*, not the role
*Kabale Vice-Chancellor* with none. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The hostels will reopen on Monday and lectures on Wednesday," said Kabale Vice-Chancellor
# Aloysius Okello.
_KABALE = """
" PUNCT `` punct 13 O " _
The DET DT det 2 O the
hostels NOUN NNS nsubj 4 O hostel
will AUX MD aux 4 O will
reopen VERB VB ccomp 13 O reopen
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday
and CCONJ CC cc 4 O and
lectures VERB VBZ conj 4 O lecture
on ADP IN prep 8 O on
Wednesday PROPN NNP pobj 9 B-DATE Wednesday _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
said VERB VBD ROOT 13 O say
Kabale PROPN NNP compound 19 B-PERSON Kabale
Vice PROPN NNP compound 19 O Vice _
- PROPN NNP compound 19 O - _
Chancellor PROPN NNP appos 16 O Chancellor
Aloysius PROPN NNP compound 19 B-PERSON Aloysius
Okello PROPN NNP nsubj 13 I-PERSON Okello _
. PUNCT . punct 13 O . _
"""




def test_a_university_tagged_a_person_before_its_vice_chancellor() -> None:
    assert who_of(_KABALE) == [("Aloysius Okello", "Vice-Chancellor", "Kabale")]


def test_a_surname_the_story_gives_a_person_is_no_university() -> None:
    # The same sentence after `Grace Kabale` is named: `Kabale` may be a person's.
    spec = _KABALE.replace("Aloysius PROPN", "Grace PROPN").replace("Okello PROPN", "Kabale PROPN")
    assert who_of(spec)[0][2] == ""
