"""`Leela Nair of the CPI(M) said …`: South Asian news writes a party's letters with a
faction's letter in brackets (`CPI(M)`, `JD(U)`, `PML(N)`); the tokenizer keeps them one token
(quotes/pipeline.py, keep_bracketed_letters_whole), as the tagger then finds the body, which is
the speaker's organisation. Split at the bracket (`CPI(M` + `)`), no body was found. A frozen parse
of a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from spacy.language import Language

from quotes.extractor import Extractor
from tests.frozen import frozen

# Leela Nair of the CPI(M) said the new bus depot was "a white elephant".
_MEMBER = """
Leela PROPN NNP compound 1 B-PERSON Leela
Nair PROPN NNP nsubj 5 I-PERSON Nair
of ADP IN prep 1 O of
the DET DT det 4 O the
CPI(M) PROPN NNP pobj 2 B-ORG CPI(M)
said VERB VBD ROOT 5 O say
the DET DT det 9 O the
new ADJ JJ amod 9 O new
bus NOUN NN compound 9 O bus
depot NOUN NN nsubj 10 O depot
was AUX VBD ccomp 5 O be
" PUNCT `` punct 10 O " _
a DET DT det 14 O a
white ADJ JJ amod 14 O white
elephant NOUN NN attr 10 O elephant _
" PUNCT '' punct 10 O " _
. PUNCT . punct 5 O . _
"""


def test_a_party_with_its_factions_letter_is_the_speakers_body() -> None:
    rows = Extractor().rows(frozen(_MEMBER))
    assert [(r.speaker, r.organization) for r in rows] == [("Leela Nair", "CPI(M)")]


def test_a_partys_bracketed_letter_is_one_token(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("the CPI(M), JD(U)'s leader and PML(N). (M) Abc(D)")]
    party = ["the", "CPI(M)", ",", "JD(U)", "'s", "leader", "and", "PML(N)", "."]
    assert words == party + ["(", "M", ")", "Abc(D", ")"]
