"""`Lagos CP Fatai Owoseni said … the CP said`: a post Nigerian, Indian and Pakistani news writes by
its letters between the place it serves and its holder's name, as `SHO` and `MCA` are (`CP`, a
commissioner of police; `CPO`, a city police officer), is the holder's role, no part of the name
and no body; it gave the whole span for the speaker and organisation (or the letters alone, `the
CPO`, for both). Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will not allow hoodlums to take over," Lagos CP Fatai Owoseni said.
_CP = """
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
allow VERB VB ccomp 15 O allow
hoodlums NOUN NNS nsubj 7 O hoodlum
to PART TO aux 7 O to
take VERB VB ccomp 4 O take
over ADP RP prt 7 O over _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Lagos PROPN NNP compound 14 B-GPE Lagos
CP PROPN NNP compound 14 O CP
Fatai PROPN NNP compound 14 O Fatai
Owoseni PROPN NNP nsubj 15 O Owoseni
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""


# Rawalpindi CPO Syed Khalid Hamdani said on Monday that the suspects had been traced. "The gang
# was operating in three districts," the CPO said.
_CPO = """
Rawalpindi PROPN NNP compound 1 O Rawalpindi
CPO PROPN NNP nsubj 2 O CPO
Syed PROPN NNP compound 4 B-PERSON Syed
Khalid PROPN NNP compound 4 I-PERSON Khalid
Hamdani PROPN NNP nsubj 5 I-PERSON Hamdani
said VERB VBD ROOT 5 O say
on ADP IN prep 5 O on
Monday PROPN NNP pobj 6 B-DATE Monday
that SCONJ IN mark 13 O that
the DET DT det 10 O the
suspects NOUN NNS nsubjpass 13 O suspect
had AUX VBD aux 13 O have
been AUX VBN auxpass 13 O be
traced VERB VBN ccomp 5 O trace _
. PUNCT . punct 5 O .
" PUNCT `` punct 27 O " _
The DET DT det 17 O the
gang NOUN NN nsubj 19 O gang
was AUX VBD aux 19 O be
operating VERB VBG ccomp 27 O operate
in ADP IN prep 19 O in
three NUM CD nummod 22 B-CARDINAL three
districts NOUN NNS pobj 20 O district _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
the DET DT det 26 O the
CPO PROPN NNP nsubj 27 B-ORG CPO
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_a_commissioner_of_polices_letters_before_the_name_are_the_role() -> None:
    rows = Extractor().rows(frozen(_CP))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Fatai Owoseni", "Lagos CP", "")]


def test_the_city_police_officer_by_letters_alone_is_the_one_named_before() -> None:
    rows = Extractor().rows(frozen(_CPO))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Syed Khalid Hamdani", "Rawalpindi CPO", "")
    ]
