"""A member of a house called by a general word after a party (`the Liberal lawmaker said`) is
the person the story last made a subject, as `the Conservative MP` is; an MEP's name the tagger
made one body with the title (`Dutch MEP Anke van Dijk`, tagged an organisation) is the person's,
the particle inside it opening the surname; a seat's letters before a name the tagger left
untagged (`Labour TD Aodhán Byrne`) open it as an office's title does; a member of a Kenyan county
assembly (`Mr Kamau, the MCA for Lenton Ward,`) holds a seat as an MLA does, the ward no body (the
role was the verb's *chair*). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.mention) for r in Extractor().rows(frozen(spec))]


# In the Parliament, reactions split along familiar lines. Dutch MEP Anke van Dijk said the ban was
# "playing with fire". "Solidarity cannot stop at the farm gate," the Liberal lawmaker said.
_MEP = """
In ADP IN prep 5 O in
the DET DT det 2 O the
Parliament PROPN NNP pobj 0 B-ORG Parliament _
, PUNCT , punct 5 O ,
reactions NOUN NNS nsubj 5 O reaction
split VERB VBD ROOT 5 O split
along ADP IN prep 5 O along
familiar ADJ JJ amod 8 O familiar
lines NOUN NNS pobj 6 O line _
. PUNCT . punct 5 O .
Dutch ADJ JJ amod 11 B-NORP dutch
MEP PROPN NNP compound 14 B-PERSON MEP
Anke PROPN NNP compound 13 I-PERSON Anke
van NOUN NN compound 14 I-PERSON van
Dijk PROPN NNP nsubj 15 I-PERSON Dijk
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
ban NOUN NN nsubj 20 O ban
was AUX VBD aux 20 O be
" PUNCT `` punct 20 O " _
playing VERB VBG ccomp 15 O play
with ADP IN prep 20 O with
fire NOUN NN pobj 21 O fire _
" PUNCT '' punct 20 O " _
. PUNCT . punct 15 O .
" PUNCT `` punct 39 O " _
Solidarity PROPN NNP nsubj 29 B-ORG Solidarity
can AUX MD aux 29 O can _
not PART RB neg 29 O not
stop VERB VB ccomp 39 O stop
at ADP IN prep 29 O at
the DET DT det 33 O the
farm NOUN NN compound 33 O farm
gate NOUN NN pobj 30 O gate _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
the DET DT det 38 O the
Liberal ADJ JJ amod 38 B-ORG liberal
lawmaker NOUN NN nsubj 39 O lawmaker
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""

# The same, with the title and the name tagged one body and `van` a proper noun, as the tagger
# reads some such names.
_TAGGED_A_PERSON = """
Dutch ADJ JJ amod 11 B-NORP dutch
MEP PROPN NNP compound 14 B-PERSON MEP
Anke PROPN NNP compound 13 I-PERSON Anke
van NOUN NN compound 14 I-PERSON van
Dijk PROPN NNP nsubj 15 I-PERSON Dijk
"""
_TAGGED_A_BODY = """
Dutch ADJ JJ amod 11 B-ORG dutch
MEP PROPN NNP compound 14 I-ORG MEP
Anke PROPN NNP compound 14 I-ORG Anke
van PROPN NNP compound 14 I-ORG van
Dijk PROPN NNP nsubj 15 I-ORG Dijk
"""
_MEP_TAGGED_A_BODY = _MEP.replace(_TAGGED_A_PERSON.strip(), _TAGGED_A_BODY.strip())


def test_a_party_and_a_general_word_for_a_member_stand_for_the_last_subject() -> None:
    assert [row[0] for row in who(_MEP)] == ["Anke van Dijk", "Anke van Dijk"]


def test_a_members_name_tagged_one_body_with_the_title_is_the_persons() -> None:
    assert who(_MEP_TAGGED_A_BODY) == [
        ("Anke van Dijk", "Dutch MEP", "Anke van Dijk"),
        ("Anke van Dijk", "Dutch MEP", "the Liberal lawmaker"),
    ]


# The council backed the plan. Labour TD Aodhán Byrne welcomed the vote. "This is what a city for
# people looks like," the Dublin Bay North TD said.
_TD = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
backed VERB VBD ROOT 2 O back
the DET DT det 4 O the
plan NOUN NN dobj 2 O plan _
. PUNCT . punct 2 O .
Labour NOUN NN compound 7 O labour
TD PROPN NNP compound 9 O TD
Aodhán PROPN NNP compound 9 O Aodhán
Byrne PROPN NNP nsubj 10 O Byrne
welcomed VERB VBD ROOT 10 O welcome
the DET DT det 12 O the
vote NOUN NN dobj 10 O vote _
. PUNCT . punct 10 O .
" PUNCT `` punct 31 O " _
This PRON DT nsubj 16 O this
is AUX VBZ ccomp 31 O be
what PRON WP pobj 23 O what
a DET DT det 19 O a
city NOUN NN nsubj 22 O city
for ADP IN prep 19 O for
people NOUN NNS pobj 20 O people
looks VERB VBZ ccomp 16 O look
like ADP IN prep 22 O like _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
the DET DT det 30 O the
Dublin PROPN NNP compound 28 O Dublin
Bay PROPN NNP compound 30 B-LOC Bay
North PROPN NNP compound 30 I-LOC North
TD PROPN NNP nsubj 31 I-LOC TD
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_a_seats_letters_open_an_untagged_name_as_a_title_does() -> None:
    assert who(_TD) == [("Aodhán Byrne", "Labour TD", "the Dublin Bay North TD")]


_AN_MCA_FOR_A_WARD = """
Hon. PROPN NNP compound 3 O Hon.
Peter PROPN NNP compound 3 B-PERSON Peter
Mwangi PROPN NNP compound 3 I-PERSON Mwangi
Kamau PROPN NNP nsubj 10 I-PERSON Kamau _
, PUNCT , punct 3 O ,
who PRON WP nsubj 6 O who
chairs VERB VBZ relcl 3 O chair
the DET DT det 8 O the
committee NOUN NN dobj 6 O committee _
, PUNCT , punct 3 O ,
called VERB VBD ROOT 10 O call
the DET DT det 12 O the
delay NOUN NN dobj 10 O delay
“ PUNCT `` punct 15 O " _
a DET DT det 15 O a
shame NOUN NN oprd 10 O shame _
” PUNCT '' punct 15 O " _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
“ PUNCT `` punct 21 O " _
We PRON PRP nsubj 21 O we
passed VERB VBD ccomp 35 O pass
this DET DT det 23 O this
budget NOUN NN dobj 21 O budget _
, PUNCT , punct 35 O , _
” PUNCT '' punct 35 O "
Mr PROPN NNP compound 27 O Mr
Kamau PROPN NNP nsubj 35 O Kamau _
, PUNCT , punct 27 O ,
the DET DT det 30 O the
MCA PROPN NNP appos 27 B-ORG MCA
for ADP IN prep 30 O for
Lenton PROPN NNP compound 33 B-GPE Lenton
Ward PROPN NNP pobj 31 I-GPE Ward _
, PUNCT , punct 27 O ,
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""


def test_a_county_assemblys_member_holds_a_seat_for_a_ward() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_AN_MCA_FOR_A_WARD))]
    assert rows == [("Peter Mwangi Kamau", "MCA for Lenton Ward", "")] * 2


# The city's MMC for utilities, Themba Fosi, said the cuts were "unavoidable".
_MMC = """
The DET DT det 1 O the
city NOUN NN poss 3 O city _
's PART POS case 1 O 's
MMC PROPN NNP nsubj 10 B-ORG MMC
for ADP IN prep 3 O for
utilities NOUN NNS pobj 4 O utility _
, PUNCT , punct 3 O ,
Themba PROPN NNP compound 8 B-WORK_OF_ART Themba
Fosi PROPN NNP appos 3 I-WORK_OF_ART Fosi _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
cuts NOUN NNS nsubj 13 O cut
were AUX VBD ccomp 10 O be
" PUNCT `` punct 13 O " _
unavoidable ADJ JJ acomp 13 O unavoidable _
" PUNCT '' punct 13 O " _
. PUNCT . punct 10 O . _
"""


def test_a_mayoral_committee_member_is_a_role_before_the_name() -> None:
    # (A South African city's MMC, as a province's MEC: the letters were read as a body's name.)
    rows = Extractor().rows(frozen(_MMC))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Themba Fosi", "MMC for utilities", "")]
