"""A person's name the tagger opens on a form of address it does not know and cuts short
(`The Kano State Commissioner for Works, Alhaji Abba` + `Kabir Dawaki,`, as Nigerian news writes
a name): the untagged words in capitals the parser compounds into the word after it, and that
word, are the rest of the name. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Kano State Commissioner for Works, Alhaji Abba Kabir Dawaki, has ordered the repair of schools.
# "No child should learn under a leaking roof," the commissioner said.
_CUT_AFTER_ALHAJI = """
The DET DT det 3 O the
Kano PROPN NNP compound 3 O Kano
State PROPN NNP compound 3 O State
Commissioner PROPN NNP nsubj 13 O Commissioner
for ADP IN prep 3 O for
Works PROPN NNP pobj 4 O Works _
, PUNCT , punct 5 O ,
Alhaji PROPN NNP compound 10 B-PERSON Alhaji
Abba PROPN NNP compound 10 I-PERSON Abba
Kabir PROPN NNP compound 10 O Kabir
Dawaki PROPN NNP appos 5 O Dawaki _
, PUNCT , punct 3 O ,
has AUX VBZ aux 13 O have
ordered VERB VBN ROOT 13 O order
the DET DT det 15 O the
repair NOUN NN dobj 13 O repair
of ADP IN prep 15 O of
schools NOUN NNS pobj 16 O school _
. PUNCT . punct 13 O .
" PUNCT `` punct 23 O " _
No DET DT det 21 O no
child NOUN NN nsubj 23 O child
should AUX MD aux 23 O should
learn VERB VB ccomp 32 O learn
under ADP IN prep 23 O under
a DET DT det 27 O a
leaking VERB VBG amod 27 O leak
roof NOUN NN pobj 24 O roof _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
the DET DT det 31 O the
commissioner NOUN NN nsubj 32 O commissioner
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_name_cut_after_a_form_of_address_runs_on_to_its_head() -> None:
    assert who(_CUT_AFTER_ALHAJI) == [("Abba Kabir Dawaki", "Kano State Commissioner for Works", "")]
