"""A name written family name first with neither word a given name the lists know (`Morimoto
Tatsuya`), then the family name alone tagged a body (`Morimoto said`), is one person; and a name
the tagger ran into a body's span after an office title inside it (`Niigata Governor Morimoto
Tatsuya` as one facility) is the holder's. Frozen parses of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Troops were sent at the request of Niigata Governor Morimoto Tatsuya to clear the roads. “We
# will not let anyone freeze,” Morimoto said.  (As the tagger parses it: the title and the name
# one facility, the family name later a body.)
_IN_A_BODY = """
Troops NOUN NNS nsubjpass 2 O troop
were AUX VBD auxpass 2 O be
sent VERB VBN ROOT 2 O send
at ADP IN prep 2 O at
the DET DT det 5 O the
request NOUN NN pobj 3 O request
of ADP IN prep 5 O of
Niigata PROPN NNP compound 8 B-FAC Niigata
Governor PROPN NNP compound 10 I-FAC Governor
Morimoto PROPN NNP compound 10 I-FAC Morimoto
Tatsuya PROPN NNP pobj 6 I-FAC Tatsuya
to PART TO aux 12 O to
clear VERB VB advcl 2 O clear
the DET DT det 14 O the
roads NOUN NNS dobj 12 O road _
. PUNCT . punct 2 O .
“ PUNCT `` punct 26 O " _
We PRON PRP nsubj 20 O we
will AUX MD aux 20 O will
not PART RB neg 20 O not
let VERB VB ccomp 26 O let
anyone PRON NN nsubj 22 O anyone
freeze VERB VB ccomp 20 O freeze _
, PUNCT , punct 26 O , _
” PUNCT '' punct 26 O "
Morimoto PROPN NNP nsubj 26 B-ORG Morimoto
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

# The same sentence with the name tagged a person.
_TAGGED = """
Troops NOUN NNS nsubjpass 2 O troop
were AUX VBD auxpass 2 O be
sent VERB VBN ROOT 2 O send
at ADP IN prep 2 O at
the DET DT det 5 O the
request NOUN NN pobj 3 O request
of ADP IN prep 5 O of
Niigata PROPN NNP compound 8 B-GPE Niigata
Governor PROPN NNP compound 10 O Governor
Morimoto PROPN NNP compound 10 B-PERSON Morimoto
Tatsuya PROPN NNP pobj 6 I-PERSON Tatsuya
to PART TO aux 12 O to
clear VERB VB advcl 2 O clear
the DET DT det 14 O the
roads NOUN NNS dobj 12 O road _
. PUNCT . punct 2 O .
“ PUNCT `` punct 26 O " _
We PRON PRP nsubj 20 O we
will AUX MD aux 20 O will
not PART RB neg 20 O not
let VERB VB ccomp 26 O let
anyone PRON NN nsubj 22 O anyone
freeze VERB VB ccomp 20 O freeze _
, PUNCT , punct 26 O , _
” PUNCT '' punct 26 O "
Morimoto PROPN NNP nsubj 26 B-ORG Morimoto
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_the_family_name_alone_is_the_person_named_family_name_first() -> None:
    assert who(_TAGGED) == [("Morimoto Tatsuya", "Niigata Governor", "")]


def test_a_name_after_an_office_title_inside_a_body_s_span_is_a_person() -> None:
    assert who(_IN_A_BODY) == [("Morimoto Tatsuya", "Niigata Governor", "")]
