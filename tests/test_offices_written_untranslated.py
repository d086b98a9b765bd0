"""Offices and forms of address that English-language news in South Asia, Malaysia, Nigeria and
Zimbabwe writes untranslated (models/role_nouns.txt, models/titles.txt): `SHO` (a station house
officer, who heads a police station: `SHO Tariq Mehmood … the SHO said`), Malaysia's `Menteri
Besar` (a state's chief minister), Nigeria's `emir` (a traditional ruler), and Zimbabwe's `Cde`
(comrade, a form of address, no part of the name). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# SHO Tariq Mehmood said a case had been registered at Shadman police station. "The suspects will be
# arrested soon," the SHO said.
_SHO = """
SHO PROPN NNP compound 2 O SHO
Tariq PROPN NNP compound 2 B-PERSON Tariq
Mehmood PROPN NNP nsubj 3 I-PERSON Mehmood
said VERB VBD ROOT 3 O say
a DET DT det 5 O a
case NOUN NN nsubjpass 8 O case
had AUX VBD aux 8 O have
been AUX VBN auxpass 8 O be
registered VERB VBN ccomp 3 O register
at ADP IN prep 8 O at
Shadman PROPN NNP compound 12 B-ORG Shadman
police NOUN NN compound 12 O police
station NOUN NN pobj 9 O station _
. PUNCT . punct 3 O .
" PUNCT `` punct 25 O " _
The DET DT det 16 O the
suspects NOUN NNS nsubjpass 19 O suspect
will AUX MD aux 19 O will
be AUX VB auxpass 19 O be
arrested VERB VBN ccomp 25 O arrest
soon ADV RB advmod 19 O soon _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
the DET DT det 24 O the
SHO PROPN NNP nsubj 25 B-ORG SHO
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# HARARE - Provincial Affairs Minister Cde Albert Nguluvhe said villagers would benefit. "This is a
# game changer for our farmers," said Cde Nguluvhe.
_CDE = """
HARARE PROPN NNP ROOT 0 B-ORG HARARE
- PUNCT HYPH punct 0 I-ORG -
Provincial PROPN NNP compound 3 O Provincial
Affairs PROPN NNPS compound 4 O Affairs
Minister PROPN NNP compound 7 O Minister
Cde PROPN NNP compound 7 B-PERSON Cde
Albert PROPN NNP compound 7 I-PERSON Albert
Nguluvhe PROPN NNP nsubj 8 I-PERSON Nguluvhe
said VERB VBD ROOT 8 O say
villagers NOUN NNS nsubj 11 O villager
would AUX MD aux 11 O would
benefit VERB VB ccomp 8 O benefit _
. PUNCT . punct 8 O .
" PUNCT `` punct 24 O " _
This PRON DT nsubj 15 O this
is AUX VBZ ccomp 24 O be
a DET DT det 18 O a
game NOUN NN compound 18 O game
changer NOUN NN attr 15 O changer
for ADP IN prep 18 O for
our PRON PRP$ poss 21 O our
farmers NOUN NNS pobj 19 O farmer _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
said VERB VBD ROOT 24 O say
Cde PROPN NNP compound 26 B-PERSON Cde
Nguluvhe PROPN NNP nsubj 24 I-PERSON Nguluvhe _
. PUNCT . punct 24 O . _
"""

# SHAH ALAM: Selangor Menteri Besar Datuk Seri Amirudin Rahman said the state would help flood
# victims. "We are working with the federal government," he said.
_MENTERI_BESAR = """
SHAH PROPN NNP compound 1 O SHAH
ALAM ADV RB ROOT 1 O alam _
: PUNCT : punct 1 O :
Selangor PROPN NNP compound 6 O Selangor
Menteri PROPN NNP compound 5 B-PERSON Menteri
Besar PROPN NNP compound 6 I-PERSON Besar
Datuk PROPN NNP compound 7 I-PERSON Datuk
Seri PROPN NNP compound 9 B-PERSON Seri
Amirudin PROPN NNP compound 9 I-PERSON Amirudin
Rahman PROPN NNP nsubj 10 I-PERSON Rahman
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
state NOUN NN nsubj 14 O state
would AUX MD aux 14 O would
help VERB VB ccomp 10 O help
flood NOUN NN compound 16 O flood
victims NOUN NNS dobj 14 O victim _
. PUNCT . punct 10 O .
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 21 O we
are AUX VBP aux 21 O be
working VERB VBG ccomp 29 O work
with ADP IN prep 21 O with
the DET DT det 25 O the
federal ADJ JJ amod 25 O federal
government NOUN NN pobj 22 O government _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
he PRON PRP nsubj 29 O he
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""

# KANO - The Emir of Kano, Sanusi Bello Dantata, said the durbar would hold. "It is our heritage,"
# the emir said.
_EMIR = """
KANO PROPN NNP ROOT 0 B-ORG KANO
- PUNCT : punct 0 I-ORG -
The DET DT det 3 O the
Emir PROPN NNP nsubj 11 O Emir
of ADP IN prep 3 O of
Kano PROPN NNP pobj 4 O Kano _
, PUNCT , punct 3 O ,
Sanusi PROPN NNP compound 9 B-PERSON Sanusi
Bello PROPN NNP compound 9 I-PERSON Bello
Dantata PROPN NNP appos 3 I-PERSON Dantata _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
durbar NOUN NN nsubj 15 O durbar
would AUX MD aux 15 O would
hold VERB VB ccomp 11 O hold _
. PUNCT . punct 11 O .
" PUNCT `` punct 26 O " _
It PRON PRP nsubj 19 O it
is AUX VBZ ccomp 26 O be
our PRON PRP$ poss 21 O our
heritage NOUN NN attr 19 O heritage _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
the DET DT det 25 O the
emir NOUN NN nsubj 26 O emir
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_an_sho_and_the_sho_are_one_person() -> None:
    assert who(_SHO) == [("Tariq Mehmood", "SHO", "")]


def test_cde_is_a_form_of_address() -> None:
    assert who(_CDE) == [("Albert Nguluvhe", "Provincial Affairs Minister", "")]


def test_a_menteri_besar_is_a_role() -> None:
    assert who(_MENTERI_BESAR) == [("Amirudin Rahman", "Selangor Menteri Besar", "")]


def test_an_emir_is_a_rulers_office() -> None:
    assert who(_EMIR) == [("Sanusi Bello Dantata", "Emir of Kano", "")]
