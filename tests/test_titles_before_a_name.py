"""The words before a person's name that are no part of it, and a name the tagger cut there:
forms of address of West African usage (`Nii`, `El Hadji`), and a nickname in quote marks inside
the name when the tagger opens the person at the nickname or reads the surname as a thing
(`Trevor "Shorty" Campbell`, `Pieter “Piet” de Villiers`). Sentences written for this file."""

from __future__ import annotations


def _who(extract_rows, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(r.speaker, r.role, r.organization) for r in extract_rows(text)]


def test_el_hadji_is_a_form_of_address(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Its secretary general, El Hadji Mamadou Sarr, said catches had fallen.\n\n"
        '"The boats come back empty," Sarr said.'
    )
    assert _who(extract_rows, text) == [("Mamadou Sarr", "secretary general", "")]


def test_nii_is_a_form_of_address(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The chief of the village, Nii Kwame Mensah III, said the toilets were locked.\n\n"
        '"Where should they go?" asked Nii Mensah III.'
    )
    ((speaker, _, _),) = _who(extract_rows, text)
    assert speaker == "Kwame Mensah III"


def test_a_nickname_the_person_is_tagged_from(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Not everyone was convinced. Trevor "Shorty" Campbell, a bus driver from Hillside, said '
        "people were afraid.\n\n"
        '"Numbers do not walk me home," Campbell said.'
    )
    assert _who(extract_rows, text) == [("Trevor Campbell", "bus driver", "")]


def test_a_nickname_before_a_surname_read_as_a_thing(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "DA Western Cape spokesperson for transport Pieter “Piet” de Villiers called the crash a "
        'disgrace. "It is a shame," de Villiers said.'
    )
    ((speaker, _, _),) = _who(extract_rows, text)
    assert speaker == "Pieter de Villiers"


# A sentence written for this file, parsed by en_core_web_sm 3.8, with the entity tags set as
# the tagger gives them in such a sentence in news text: the form of address read as a place,
# the given name untagged, the surname and its suffix a person.
ADDRESSED_NAME_TAGGED_FROM_ITS_SURNAME = """
The DET DT det 1 O the
chief NOUN NN nsubj 10 O chief
of ADP IN prep 1 O of
Osu PROPN NNP pobj 2 B-ORG Osu _
, PUNCT , punct 1 O ,
Nii PROPN NNP compound 8 B-GPE Nii
Kwabena PROPN NNP compound 8 O Kwabena
Tetteh PROPN NNP compound 8 B-PERSON Tetteh
III PROPN NNP appos 1 I-PERSON III _
, PUNCT , punct 1 O ,
told VERB VBD ROOT 10 O tell
reporters NOUN NNS dobj 10 O reporter
that SCONJ IN mark 16 O that
the DET DT det 14 O the
drains NOUN NNS nsubjpass 16 O drain
were AUX VBD auxpass 16 O be
blocked VERB VBN ccomp 10 O block _
. PUNCT . punct 10 O . _
<space> SPACE _SP dep 17 O <space> _
“ PUNCT `` punct 23 O " _
Where SCONJ WRB advmod 23 O where
should AUX MD aux 23 O should
they PRON PRP nsubj 23 O they
go VERB VB ccomp 26 O go _
? PUNCT . punct 26 O ? _
” PUNCT '' punct 26 O "
said VERB VBD ROOT 26 O say
Nii PROPN NNP compound 29 B-PERSON Nii
Tetteh PROPN NNP compound 29 I-PERSON Tetteh
III PROPN NNP nsubj 26 I-PERSON III _
. PUNCT . punct 26 O . _
"""


def test_a_given_name_between_a_form_of_address_and_a_surname_with_suffix() -> None:
    from quotes.extractor import Extractor
    from tests.frozen import frozen

    (row,) = Extractor().rows(frozen(ADDRESSED_NAME_TAGGED_FROM_ITS_SURNAME))
    assert row.speaker == "Kwabena Tetteh III"


def test_a_short_form_and_a_rank_tagged_with_the_given_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The National Disaster Response Force (NDRF) sent six teams to the coast.\n\n"
        '"We reached them at dawn," NDRF Commandant Ravi Kumar said.'
    )
    assert _who(extract_rows, text)[-1] == ("Ravi Kumar", "Commandant", "National Disaster Response Force")


def test_a_short_form_tagged_with_the_rank_after_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The National Disaster Response Force has sent 24 teams to the coast, NDRF Commandant "
        "Rajesh Yadav told reporters.\n\n"
        '"Each team has 35 rescuers," Yadav said.'
    )
    assert _who(extract_rows, text) == [("Rajesh Yadav", "Commandant", "National Disaster Response Force")]


def test_a_name_after_the_field_of_a_job_is_its_holder(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Sharks play the Hawks in Albany next Friday. Coastal Sharks director of rugby Viliami "
        "Tonga said earlier in the week that the team would recover.\n\n"
        '"We go again," Tonga said.'
    )
    assert _who(extract_rows, text) == [("Viliami Tonga", "director of rugby", "Coastal Sharks")]


def test_forms_of_address_tagged_a_person_alone(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Better late than sorry," state Housing and Local Government Committee chairman Datuk '
        "Seri Azlan Khir Rahman Ismail told a press conference."
    )
    assert _who(extract_rows, text) == [
        ("Azlan Khir Rahman Ismail", "chairman", "Housing and Local Government Committee")
    ]
