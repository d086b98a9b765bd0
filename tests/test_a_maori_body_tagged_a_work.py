"""`Te Whatu Ora chief executive Margie Apa said`, `Kainga Ora chief executive X`: New Zealand's
public bodies have Māori names, which the tagger calls works of art; two or three words in
capitals written in Māori syllables right before a job in small letters are a body's name, the
organisation, and the job the role. A work whose words are English ones stays a work, its words
in the role (`Fair Go presenter X`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.letters import in_maori_syllables
from tests.frozen import frozen

# "We are under pressure this winter," Te Whatu Ora chief executive Margie Apa said.
_TE_WHATU_ORA = """
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 16 O be
under ADP IN prep 2 O under
pressure NOUN NN pobj 3 O pressure
this DET DT det 6 B-DATE this
winter NOUN NN npadvmod 2 I-DATE winter _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Te PROPN NNP compound 11 B-WORK_OF_ART Te
Whatu PROPN NNP compound 11 I-WORK_OF_ART Whatu
Ora PROPN NNP compound 13 I-WORK_OF_ART Ora
chief NOUN NN amod 13 O chief
executive NOUN NN compound 15 O executive
Margie PROPN NNP compound 15 B-PERSON Margie
Apa PROPN NNP nsubj 16 I-PERSON Apa
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""

# "We will build more," Kainga Ora chief executive Andrew McKenzie said.
_KAINGA_ORA = """
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
build VERB VB ccomp 13 O build
more ADJ JJR dobj 3 O more _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Kainga PROPN NNP compound 8 B-WORK_OF_ART Kainga
Ora PROPN NNP compound 10 I-WORK_OF_ART Ora
chief NOUN NN amod 10 O chief
executive NOUN NN compound 12 O executive
Andrew PROPN NNP compound 12 B-PERSON Andrew
McKenzie PROPN NNP nsubj 13 I-PERSON McKenzie
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
"""

# "The show will return," Fair Go presenter Hilary Barry said.
_FAIR_GO = """
" PUNCT `` punct 12 O " _
The DET DT det 2 O the
show NOUN NN nsubj 4 O show
will AUX MD aux 4 O will
return VERB VB ccomp 12 O return _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
Fair NOUN NN compound 8 B-WORK_OF_ART fair
Go NOUN NN compound 9 I-WORK_OF_ART go
presenter NOUN NN compound 11 O presenter
Hilary PROPN NNP compound 11 B-PERSON Hilary
Barry PROPN NNP nsubj 12 I-PERSON Barry
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""


def test_a_maori_body_tagged_a_work_before_a_job() -> None:
    rows = Extractor().rows(frozen(_TE_WHATU_ORA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Margie Apa", "chief executive", "Te Whatu Ora")
    ]


def test_a_maori_body_of_two_words_before_a_job() -> None:
    rows = Extractor().rows(frozen(_KAINGA_ORA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Andrew McKenzie", "chief executive", "Kainga Ora")
    ]


def test_an_english_work_before_a_job_stays_a_work() -> None:
    rows = Extractor().rows(frozen(_FAIR_GO))
    assert [(r.speaker, r.organization) for r in rows] == [("Hilary Barry", "")]


def test_maori_syllables() -> None:
    assert [in_maori_syllables(w) for w in ("Whatu", "Kāinga", "Kotahi", "Top", "Mamma", "Fair")] == [
        True, True, True, False, False, False
    ]
