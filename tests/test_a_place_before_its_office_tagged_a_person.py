"""`Lisbon mayor Carlos Moedas`, with `Lisbon` tagged a person in that sentence and a place
elsewhere in the story (never a body): a place before the office that governs it says where the
office is and stays in the role (ROLES.md: a place is no organisation), role *Lisbon mayor*,
no organisation *Lisbon*. Frozen parse of a story written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Rents in Lisbon have doubled since 2015, and the city has become one of the least affordable in
# Europe.  "We cannot let the centre empty out," Lisbon mayor Carlos Moedas told reporters on
# Tuesday.
_LISBON = """
Rents NOUN NNS nsubj 4 O rent
in ADP IN prep 0 O in
Lisbon PROPN NNP pobj 1 B-GPE Lisbon
have AUX VBP aux 4 O have
doubled VERB VBN ROOT 4 O double
since SCONJ IN prep 4 O since
2015 NUM CD pobj 5 B-DATE 2015 _
, PUNCT , punct 4 O ,
and CCONJ CC cc 4 O and
the DET DT det 10 O the
city NOUN NN nsubj 12 O city
has AUX VBZ aux 12 O have
become VERB VBN conj 4 O become
one NUM CD attr 12 O one
of ADP IN prep 13 O of
the DET DT det 17 O the
least ADJ JJS advmod 17 O least
affordable ADJ JJ pobj 14 O affordable
in ADP IN prep 12 O in
Europe PROPN NNP pobj 18 B-LOC Europe _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 26 O we
can AUX MD aux 26 O can _
not PART RB neg 26 O not
let VERB VB ccomp 37 O let
the DET DT det 28 O the
centre NOUN NN nsubj 29 O centre
empty ADJ JJ ccomp 26 O empty
out ADP RP prt 29 O out _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
Lisbon PROPN NNP compound 34 B-PERSON Lisbon
mayor NOUN NN compound 36 O mayor
Carlos PROPN NNP compound 36 B-PERSON Carlos
Moedas PROPN NNP nsubj 37 I-PERSON Moedas
told VERB VBD ROOT 37 O tell
reporters NOUN NNS dobj 37 O reporter
on ADP IN prep 37 O on
Tuesday PROPN NNP pobj 39 B-DATE Tuesday _
. PUNCT . punct 37 O . _
"""


def test_a_place_tagged_a_person_before_its_mayor_is_no_body() -> None:
    rows = Extractor().rows(frozen(_LISBON))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Carlos Moedas", "Lisbon mayor", "")]
