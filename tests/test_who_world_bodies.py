"""Bodies and offices in other countries' news, each from a sentence written for this file:

- a short form whose spelled-out name the tagger cut in two at `and` (`the Highland Office and
  Rural Fisheries Board` … `a HORFB spokesperson`), or left untagged before the short form in
  brackets (`Northern Rivers Authority (NRA)`);
- a town the tagger takes for a body before the office it has (`Borongo Mayor`);
- a minister's brief that holds `government` (`Rural and Local Government Minister`) or
  `administration` (`Municipal Administration Minister`);
- a job after a plural field the parser took for the apposition's head (`an infectious
  diseases specialist at the University of Waikato`);
- a body's short form in brackets, in small letters, between its name and the title
  (`Tenants Federation of Ghana (Tefog) secretary-general`);
- the body owning the committee a person chairs (`who chairs Leeds City Council's transport,
  housing and climate policy committee`);
- a name set off by an age is a person's, never a body, whatever the tagger or the noun after
  it says (`said Myfanwy Harries, 74,`; `Shirin Parveen, 31, a machine operator`);
- a long portfolio after a minister of state's `for` (`Union Minister of State for Roads and
  Highways`);
- a title with its `of` that the tagger calls a body (`The Leader of Opposition in the
  council, Smt. Rekha Deshmukh-Rao,`) is the person set beside it.
"""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from quotes.names import spelled_in_text
from tests.frozen import frozen
from tests.rows import row_starting


def test_a_short_form_is_the_body_cut_in_two_at_and(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Highland Office and Rural Fisheries Board said the boats would be inspected.\n\n"
        "\u201cWe will inspect every boat,\u201d a HORFB spokesperson said.\n"
    )
    row = row_starting(extract_rows(text), "We will inspect")
    assert (row.role, row.organization) == ("spokesperson", "Highland Office and Rural Fisheries Board")


def test_a_short_form_in_brackets_names_the_words_before_it() -> None:
    text = "Lowland Water Conservancy (Lowcon) met on Monday. A Lowcon officer said so."
    assert spelled_in_text(text, "Lowcon") == "Lowland Water Conservancy"
    nra = "The Northern Rivers Authority (NRA) said so."
    assert spelled_in_text(nra, "NRA") == "Northern Rivers Authority"
    # Initials alone must point at one name only.
    assert spelled_in_text("Border Rail Company and Blue Ridge Council met.", "BRC") == ""


def test_a_town_tagged_a_body_before_its_mayor_is_no_employer(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = 'On Samar, Borongo Mayor Lito Dacanay-Flores called the storm "the worst in memory" on Sunday.\n'
    row = row_starting(extract_rows(text), "the worst")
    assert (row.speaker, row.role, row.organization) == ("Lito Dacanay-Flores", "Borongo Mayor", "")


def test_a_brief_holding_government_before_a_minister_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rural and Local Government Minister Tomas Vale-Ortiz said the funds were "
        '"already spent" by Friday.\n'
    )
    row = row_starting(extract_rows(text), "already spent")
    assert row.organization == ""
    assert row.role.endswith("Local Government Minister")


def test_a_municipal_brief_before_a_minister_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`administration` can name a body (`the Obama administration`), but a brief's words
    around it (`Municipal Administration Minister`, India's state cabinets) make it a portfolio."""
    text = 'Municipal Administration Minister Kavya Rao said the drains were "finally clear" on Friday.\n'
    row = row_starting(extract_rows(text), "finally clear")
    assert (row.speaker, row.role, row.organization) == ("Kavya Rao", "Municipal Administration Minister", "")


def test_a_job_after_a_plural_field_heads_the_apposition(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr. Lena Okafor-Hart, an infectious diseases specialist at the University of Waikato, "
        "said the season would peak soon.\n\n"
        "\u201cWash your hands. It is not too late,\u201d said Okafor-Hart.\n"
    )
    row = row_starting(extract_rows(text), "Wash your hands")
    assert row.speaker == "Lena Okafor-Hart"
    assert row.role.startswith("infectious diseases specialist")
    assert row.organization == "University of Waikato"


def test_a_short_form_in_small_letters_between_body_and_title(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tenants Federation of Ghana (Tefog) secretary-general Kwame Mensah-Boateng described "
        'the rise as "too little, too late" on Monday.\n'
    )
    row = row_starting(extract_rows(text), "too little")
    assert (row.role, row.organization) == ("secretary-general", "Tenants Federation of Ghana")


def test_the_body_owning_the_committee_one_chairs(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "But Cllr Dana Whitlock, who chairs Leeds City Council's transport, housing and climate "
        'policy committee, said tenants had been given "barely a week" to move.\n'
    )
    row = row_starting(extract_rows(text), "barely a week")
    assert (row.speaker, row.role, row.organization) == ("Dana Whitlock", "", "Leeds City Council")


# "Ana Ruiz, an infectious diseases specialist at the University of Otago, said so.", the job
# parsed as an apposition of the plural field (as the parser does in longer articles).
_FIELD_HEADED = """
Ana PROPN NNP compound 1 B-PERSON Ana
Ruiz PROPN NNP nsubj 13 I-PERSON Ruiz _
, PUNCT , punct 1 O ,
an DET DT det 5 O an
infectious ADJ JJ amod 5 O infectious
diseases NOUN NNS appos 1 O disease
specialist NOUN NN appos 5 O specialist
at ADP IN prep 6 O at
the DET DT det 9 B-ORG the
University PROPN NNP pobj 7 I-ORG University
of ADP IN prep 9 I-ORG of
Otago PROPN NNP pobj 10 I-ORG Otago _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 13 O say
so ADV RB advmod 13 O so _
. PUNCT . punct 13 O . _
"""


def test_a_job_parsed_as_the_apposition_of_its_field() -> None:
    doc = frozen(_FIELD_HEADED)
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), frozenset({"ana", "ruiz"}))
    found = [(d.role, d.organization) for d in describer.describe(0, 2)]
    assert ("infectious diseases specialist at the University of Otago", "University of Otago") in found


def test_a_name_with_an_age_tagged_a_body_is_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "'It came up through the floorboards first,' said Myfanwy Harries, 74, who has lived on "
        "Quay Street for 51 years.\n"
    )
    row = row_starting(extract_rows(text), "It came up")
    assert (row.speaker, row.organization) == ("Myfanwy Harries", "")


def test_a_name_with_an_age_before_a_trade_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We sew for the biggest shops in the world and we cannot pay the rent," said Shirin '
        "Parveen, 31, a machine operator at a factory that makes shirts.\n"
    )
    row = row_starting(extract_rows(text), "We sew")
    assert (row.speaker, row.organization) == ("Shirin Parveen", "")
    assert row.role.startswith("machine operator")


def test_a_long_portfolio_after_minister_of_state_for(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Union Minister of State for Roads and Highways Dr. Arvind Kumar Sethi said the work would "
        'finish soon. "We are on schedule," Dr. Sethi said.\n'
    )
    row = row_starting(extract_rows(text), "We are on schedule")
    assert row.speaker == "Arvind Kumar Sethi"
    assert row.role.startswith("Union Minister of State for Roads and Highway")


def test_a_title_tagged_a_body_is_the_person_beside_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Opposition councillors were not impressed. The Leader of Opposition in the council, Smt. "
        'Rekha Deshmukh-Rao, called the fines "far too small" and said the money should go to the '
        'families.\n\n"Forty crore is nothing," Ms. Deshmukh-Rao added.\n'
    )
    row = row_starting(extract_rows(text), "far too small")
    assert (row.speaker, row.organization) == ("Rekha Deshmukh-Rao", "")
    assert row.role.startswith("Leader of Opposition")
