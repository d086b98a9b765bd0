"""`said Unilorin Registrar Rose Obi.`: the tagger took a university's short name and the office
for a person and left the name after them untagged. A tagged person closed by an office in
capitals, with two untagged words in capitals after it closing the clause, is the office's holder:
the person is the words after the office, which stays her role. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The hostels reopen in March," said Unilorin Registrar Rose Obi.  "Students who owe fees will
# not sit the exams," Obi added.
_REGISTRAR = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
hostels NOUN NNS compound 3 O hostel
reopen NOUN NN ccomp 8 O reopen
in ADP IN prep 3 O in
March PROPN NNP pobj 4 B-DATE March _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Unilorin PROPN NNP compound 10 B-PERSON Unilorin
Registrar PROPN NNP compound 12 I-PERSON Registrar
Rose PROPN NNP compound 12 O Rose
Obi PROPN NNP nsubj 8 O Obi _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
" PUNCT `` punct 28 O " _
Students NOUN NNS nsubj 22 O student
who PRON WP nsubj 18 O who
owe VERB VBP relcl 16 O owe
fees NOUN NNS dobj 18 O fee
will AUX MD aux 22 O will
not PART RB neg 22 O not
sit VERB VB ccomp 28 O sit
the DET DT det 24 O the
exams NOUN NNS dobj 22 O exam _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
Obi PROPN NNP nsubj 28 O Obi
added VERB VBD ROOT 28 O add _
. PUNCT . punct 28 O . _
"""

# "Exams start on Monday," said Unilorin Registrar Hope Obi.
_HOPE = """
" PUNCT `` punct 7 O " _
Exams NOUN NNS nsubj 2 O exam
start VERB VBP ccomp 7 O start
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Unilorin PROPN NNP compound 9 B-PERSON Unilorin
Registrar PROPN NNP compound 11 I-PERSON Registrar
Hope PROPN NNP compound 11 O Hope
Obi PROPN NNP nsubj 7 O Obi _
. PUNCT . punct 7 O . _
"""


def test_the_name_after_an_office_tagged_as_a_person_is_the_speaker() -> None:
    rows = Extractor().rows(frozen(_REGISTRAR))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Rose Obi", "Unilorin Registrar"),
        ("Rose Obi", "Unilorin Registrar"),
    ]


def test_a_second_story_of_the_same_shape() -> None:
    rows = Extractor().rows(frozen(_HOPE))
    assert [(r.speaker, r.role) for r in rows] == [("Hope Obi", "Unilorin Registrar")]
