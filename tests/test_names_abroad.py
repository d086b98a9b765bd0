"""Names as other countries' news writes them (issue 10, brief who18), each from a sentence
written for this file:

- a three-part name the tagger cut in two after a form of address (`Shri Rajesh` + `Kumar
  Patil`) is one name;
- a name the tagger missed after a form of address of Kenyan news (`Eng.`) is a name, and
  the surname with `Mr` later is the same person;
- a double-barrelled surname with its form of address (`Ms. Sheikh-Ansari added`, where
  `Sheikh` alone is a title) is the whole surname, and the person the article names in full;
- an office the tagger took for a body (`The Leader of Opposition`), with its holder's name
  set beside it, gives the holder as the speaker;
- a long job before its holder's name read as the subject of the verb (`County Executive
  Committee Member for Roads Ms Grace Wanjiru Kamau called`) gives the holder.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_name_cut_in_two_by_the_tagger_is_one_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Road penalties\n\n"
        "\u201cNo contractor will get another tender,\u201d city Commissioner Shri Rajesh Kumar "
        "Patil said on Monday.\n\n"
        "Mr. Patil told reporters that the engineers would face inquiries.\n"
    )
    row = row_starting(extract_rows(text), "No contractor")
    assert row.speaker == "Rajesh Kumar Patil"


def test_a_name_after_an_engineers_form_of_address_is_a_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Water rationing\n\n"
        "\u201cWe cannot pump water that is not in the dam,\u201d the managing director of the "
        "Nairobi City Water and Sewerage Company, Eng. Nahashon Kiprotich Ruto, said on Monday.\n\n"
        "\u201cThe rains did not come,\u201d said Mr Ruto.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "We cannot").speaker == "Nahashon Kiprotich Ruto"
    assert row_starting(rows, "The rains").speaker == "Nahashon Kiprotich Ruto"


def test_a_double_barrelled_surname_is_the_whole_surname(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Audit reports\n\n"
        "Opposition leader Rukhsana Sheikh-Ansari said the audit was late.\n\n"
        "\u201cIf the council is serious, let it publish the audit,\u201d Ms. Sheikh-Ansari added.\n"
    )
    row = row_starting(extract_rows(text), "If the council")
    assert (row.speaker, row.mention) == ("Rukhsana Sheikh-Ansari", "Sheikh-Ansari")


def test_an_office_tagged_a_body_gives_way_to_its_holder(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Road penalties\n\n"
        "The Leader of Opposition in the corporation, Smt. Farida Shaikh-Pathan, called the "
        "penalties \u201ctoo little, too late\u201d on Monday.\n"
    )
    row = row_starting(extract_rows(text), "too little")
    assert row.speaker == "Farida Shaikh-Pathan"


def test_the_holder_closing_a_long_job_before_the_verb_speaks(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Roads\n\n"
        "County Executive Committee Member for Roads, Transport and Public Works Ms Grace "
        "Wanjiru Kamau called the repairs \u201ca first step for a city that has outgrown its "
        "roads\u201d.\n\n"
        "Motorists Association of Kenya (MAK) secretary-general Dr Peter Otieno Ouma described "
        "the plan as \u201ctoo little, too late\u201d and urged a review.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "a first step").speaker == "Grace Wanjiru Kamau"
    assert row_starting(rows, "too little").speaker == "Peter Otieno Ouma"
