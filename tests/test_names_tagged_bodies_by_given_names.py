"""Names the tagger made a body or a place, each from a frozen parse of a sentence written for
this file (issue 10):

- `Seán Ó Ceallaigh said … Ó Ceallaigh said`, the whole tagged a body and `Seán` read as a plural
  noun: a given name the lists know opens a person's name whatever the tagger called it
  (tokens.reads_as_person_name), so the speaker is the full name, not *Ó Ceallaigh*;
- `Bahlil Lahadalia, the minister for investment, said … Bahlil said`, the name tagged a place
  and the given name alone a person: Indonesian news calls people by their first name, so a body
  called by its first word (`Meta Platforms` … `Meta said`) is no reason to keep it a place.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_GIVEN_NAME_READ_AS_A_NOUN = """
Seán NOUN NNS compound 2 B-ORG Seán
Ó PROPN NNP compound 2 I-ORG Ó
Ceallaigh PROPN NNP nsubj 3 I-ORG Ceallaigh
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
ferry NOUN NN nsubj 7 O ferry
would AUX MD aux 7 O would
run VERB VB ccomp 3 O run _
. PUNCT . punct 3 O .
" PUNCT `` punct 18 O " _
The DET DT det 11 O the
island NOUN NN nsubj 12 O island
needs VERB VBZ ccomp 18 O need
it PRON PRP dobj 12 O it _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Ó PROPN NNP compound 17 B-ORG Ó
Ceallaigh PROPN NNP nsubj 18 I-ORG Ceallaigh
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""
_CALLED_BY_THE_GIVEN_NAME = """
Bahlil PROPN NNP compound 1 B-GPE Bahlil
Lahadalia PROPN NNP nsubj 8 I-GPE Lahadalia _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
minister NOUN NN appos 1 O minister
for ADP IN prep 4 O for
investment NOUN NN pobj 5 O investment _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 8 O say
nickel NOUN NN compound 10 O nickel
exports NOUN NNS nsubj 12 O export
would AUX MD aux 12 O would
stay VERB VB ccomp 8 O stay
banned VERB VBN acomp 12 O ban _
. PUNCT . punct 8 O .
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 17 O we
want VERB VBP ccomp 23 O want
downstream ADJ JJ amod 19 O downstream
industry NOUN NN dobj 17 O industry _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Bahlil PROPN NNP nsubj 23 B-PERSON Bahlil
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_given_name_read_as_a_noun_opens_a_name_tagged_a_body() -> None:
    assert _rows(_GIVEN_NAME_READ_AS_A_NOUN) == [("Seán Ó Ceallaigh", "", "")]


def test_a_name_tagged_a_place_called_by_its_given_name_is_a_person() -> None:
    assert _rows(_CALLED_BY_THE_GIVEN_NAME) == [("Bahlil Lahadalia", "minister for investment", "")]
