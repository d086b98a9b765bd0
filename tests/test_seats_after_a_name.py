"""A seat's letters after a name (`Priya Raman MLC`, `Tom Hale MPA`) are one piece of knowledge,
``tokens.is_seat`` (in models/post_nominals.txt and a role): they give the holder's role and are
cut from the name, for every legislature's members (MPP, MNA, MPA, MCA, MLC, MHK as MP, TD, MLA);
a job's letters after a name without a comma (`Priya Raman CEO`) are no seat and give no role.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


# “We will build the road,” said Priya Raman MLC.
_MLC = """
“ PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
build VERB VB ccomp 8 O build
the DET DT det 5 O the
road NOUN NN dobj 3 O road _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Priya PROPN NNP compound 11 B-PERSON Priya
Raman PROPN NNP compound 11 I-PERSON Raman
MLC PROPN NNP nsubj 8 B-PERSON MLC _
. PUNCT . punct 8 O . _
"""
# Tom Hale MPA said: “We will build the road.”
_MPA = """
Tom PROPN NNP compound 2 B-PERSON Tom
Hale PROPN NNP compound 2 I-PERSON Hale
MPA PROPN NNP nsubj 3 I-PERSON MPA
said VERB VBD ROOT 3 O say _
: PUNCT : punct 3 O :
“ PUNCT `` punct 3 O " _
We PRON PRP nsubj 8 O we
will AUX MD aux 8 O will
build VERB VB ccomp 3 O build
the DET DT det 10 O the
road NOUN NN dobj 8 O road _
. PUNCT . punct 3 O . _
” PUNCT '' punct 3 O " _
"""
# “We will build the road,” said Priya Raman CEO. (The same parse, the letters a job's and untagged.)
_CEO = _MLC.replace("MLC PROPN NNP nsubj 8 B-PERSON MLC", "CEO PROPN NNP nsubj 8 O CEO")


def test_a_legislative_councils_seat_after_a_name_is_the_role() -> None:
    assert who(_MLC) == [("Priya Raman", "MLC")]


def test_a_provincial_assemblys_seat_after_a_name_is_cut_from_it_and_is_the_role() -> None:
    assert who(_MPA) == [("Tom Hale", "MPA")]


def test_a_jobs_letters_after_a_name_without_a_comma_are_no_seat() -> None:
    assert who(_CEO) == [("Priya Raman", "")]
