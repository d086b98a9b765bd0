"""Given names of other countries' news the lists lacked (issue 10; models/first_names.txt),
each from a frozen parse of a sentence written for this file:

- `said Mwila Chanda Banda, chairperson of …`, the tagger calling `Mwila` and `Banda` bodies: a
  common Zambian given name opens the name, which is no body's;
- `Kuwaiti engineer Dr Nouf Abdulrahman Al Sabah said`, only `Al Sabah` tagged: a Gulf woman's
  given name after the title opens the name, and the job before the title is hers;
- `AMSTERDAM - Frans van der Berg, a farmer …, said`, only `Berg` tagged: a common Dutch given
  name opens the name over its untagged particles (since who79);
- `Councillor Nik Azman Hamid said … Nik Azman said`: with `Nik` a given name the lists know, the
  Malaysian name is called by its first two words, the same person (since who79).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_ZAMBIAN_GIVEN_NAME = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 2 O we
planted VERB VBD ccomp 8 O plant
late ADV RB advmod 5 B-DATE late
this DET DT det 5 I-DATE this
year NOUN NN npadvmod 2 I-DATE year _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Mwila PROPN NNP compound 11 B-ORG Mwila
Chanda PROPN NNP compound 11 O Chanda
Banda PROPN NNP nsubj 8 B-ORG Banda _
, PUNCT , punct 11 O ,
chairperson NOUN NN appos 11 O chairperson
of ADP IN prep 13 O of
the DET DT det 18 B-ORG the
Mkushi PROPN NNP compound 17 I-ORG Mkushi
Growers PROPN NNP compound 18 I-ORG Growers
Association PROPN NNP pobj 14 I-ORG Association _
. PUNCT . punct 8 O . _
"""

_GULF_GIVEN_NAME = """
Kuwaiti PROPN NNP compound 1 B-GPE Kuwaiti
engineer NOUN NN compound 6 O engineer
Dr PROPN NNP compound 4 O Dr
Nouf PROPN NNP compound 4 O Nouf
Abdulrahman PROPN NNP compound 6 O Abdulrahman
Al PROPN NNP compound 6 B-PERSON Al
Sabah PROPN NNP nsubj 7 I-PERSON Sabah
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
Brine NOUN NN compound 11 O brine
disposal NOUN NN nsubj 12 O disposal
is AUX VBZ ccomp 7 O be
the DET DT det 14 O the
problem NOUN NN attr 12 O problem
nobody PRON NN nsubj 16 O nobody
talks VERB VBZ relcl 14 O talk
about ADP IN prep 16 O about _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


_DUTCH_GIVEN_NAME = """
AMSTERDAM PROPN NNP ROOT 0 B-ORG AMSTERDAM
- PUNCT HYPH punct 0 I-ORG -
Frans PROPN NNP ROOT 2 O Frans
van PROPN NNP compound 5 O van
der PROPN NNP compound 5 O der
Berg PROPN NNP nsubj 12 B-PERSON Berg _
, PUNCT , punct 5 O ,
a DET DT det 8 O a
farmer NOUN NN appos 5 O farmer
in ADP IN prep 8 O in
Friesland PROPN NNP pobj 9 B-GPE Friesland _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
rules NOUN NNS nsubj 15 O rule
were AUX VBD ccomp 12 O be
unfair ADJ JJ acomp 15 O unfair _
. PUNCT . punct 12 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubjpass 22 O we
are AUX VBP aux 22 O be
being AUX VBG auxpass 22 O be
squeezed VERB VBN ccomp 28 O squeeze _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
Van PROPN NNP compound 26 B-WORK_OF_ART Van
der PROPN NNP compound 27 I-WORK_OF_ART der
Berg PROPN NNP nsubj 28 I-WORK_OF_ART Berg
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


_MALAY_NIK = """
Councillor PROPN NNP compound 3 B-PERSON Councillor
Nik PROPN NNP compound 3 I-PERSON Nik
Azman PROPN NNP compound 3 I-PERSON Azman
Hamid PROPN NNP nsubj 4 I-PERSON Hamid
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
market NOUN NN nsubj 8 O market
would AUX MD aux 8 O would
close VERB VB ccomp 4 O close _
. PUNCT . punct 4 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 12 O we
have VERB VBP ccomp 19 O have
no DET DT det 14 O no
choice NOUN NN dobj 12 O choice _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Nik PROPN NNP compound 18 B-PERSON Nik
Azman PROPN NNP nsubj 19 I-PERSON Azman
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_zambian_given_name_opens_the_name_the_tagger_called_a_body() -> None:
    assert _rows(_ZAMBIAN_GIVEN_NAME) == [
        ("Mwila Chanda Banda", "chairperson of the Mkushi Growers Association", "Mkushi Growers Association")
    ]


def test_a_gulf_given_name_after_a_title_opens_the_name() -> None:
    assert _rows(_GULF_GIVEN_NAME) == [("Nouf Abdulrahman Al Sabah", "Kuwaiti engineer", "")]


def test_a_dutch_given_name_opens_a_name_over_its_particles() -> None:
    assert _rows(_DUTCH_GIVEN_NAME) == [("Frans van der Berg", "farmer", "")]


def test_a_malay_name_opened_by_nik_is_called_by_its_first_two_words() -> None:
    assert _rows(_MALAY_NIK) == [("Nik Azman Hamid", "Councillor", "")]
