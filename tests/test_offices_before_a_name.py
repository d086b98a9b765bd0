"""An office set off before a name by commas gives the person's role even without an article,
and past a body's short form in brackets (`The Tasman Council of Trade Unions (TCTU) secretary,`):
`Lagos State Commissioner for Health, Dr Tunde Bello, urged …` (the place before the office is
the body). A commissioner's one-word portfolio is part of the title, not a body
(`Commissioner for Health` has no organisation `Health`)."""

from __future__ import annotations

from tests.rows import row_starting


def test_an_office_before_a_name_without_an_article_gives_the_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lagos State Commissioner for Health, Dr Tunde Bello, urged residents to keep food covered. "
        "\u201cRats carry this disease,\u201d he said.\n"
    )
    row = row_starting(extract_rows(text), "Rats carry")
    assert (row.speaker, row.role, row.organization) == (
        "Tunde Bello",
        "Commissioner for Health",
        "Lagos State",
    )


def test_a_commissioners_portfolio_is_no_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commissioner for Health, Dr Kemi Ade, urged residents to keep food covered. "
        "\u201cRodents carry this disease,\u201d she said.\n"
    )
    row = row_starting(extract_rows(text), "Rodents carry")
    assert (row.speaker, row.role, row.organization) == ("Kemi Ade", "Commissioner for Health", "")


def test_a_union_officers_role_stops_at_the_bodys_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `Trade Unions`: a plural body's noun ends the body's name; `secretary` after it is the
    # union's officer, not a minister's portfolio.
    text = (
        "The Tasman Council of Trade Unions secretary, Ruth Kane, said workers should not pay "
        "for \u201cboardroom mistakes\u201d.\n"
    )
    row = row_starting(extract_rows(text), "boardroom")
    assert (row.role, row.organization) == ("secretary", "Tasman Council of Trade Unions")


def test_a_bodys_short_form_in_brackets_stays_inside_the_apposition(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Tasman Council of Trade Unions (TCTU) secretary, Ruth Kane, said workers should "
        "not pay for \u201cboardroom mistakes\u201d.\n"
    )
    row = row_starting(extract_rows(text), "boardroom")
    assert (row.role, row.organization) == ("secretary", "Tasman Council of Trade Unions")


# `HMRCL managing director Ana Ruiz said the rise was "unavoidable".`, by en_core_web_sm 3.8,
# with the short form's tag set by hand to the verb the tagger made of it in a longer story.
SHORT_FORM_TAGGED_A_VERB = """
HMRCL VERB VB nsubj 5 B-ORG HMRCL
managing VERB VBG amod 2 O manage
director NOUN NN compound 4 O director
Ana PROPN NNP compound 4 B-PERSON Ana
Ruiz PROPN NNP nsubj 5 I-PERSON Ruiz
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
rise NOUN NN nsubj 8 O rise
was AUX VBD ccomp 5 O be
" PUNCT `` punct 8 O " _
unavoidable ADJ JJ acomp 8 O unavoidable _
" PUNCT '' punct 8 O " _
. PUNCT . punct 5 O . _
"""


def test_a_bodys_short_form_the_tagger_took_for_a_verb_opens_the_title() -> None:
    from quotes.context import DocContext
    from quotes.descriptors import Describer
    from tests.frozen import frozen

    doc = frozen(SHORT_FORM_TAGGED_A_VERB)
    describer = Describer(
        DocContext(doc), [True] * len(doc), frozenset({"hmrcl"}), frozenset({"ana", "ruiz"})
    )
    assert [(d.role, d.organization) for d in describer.describe(3, 5)] == [("managing director", "HMRCL")]


def test_a_plural_portfolio_before_a_minister_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Emergency Services Minister Grace Tanaka said crews were \u201con their way\u201d.\n"
    row = row_starting(extract_rows(text), "on their way")
    assert (row.role, row.organization) == ("Emergency Services Minister", "")


def test_irish_police_ranks_are_titles_written_in_full_or_short(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `Garda` is the Irish police officer's rank (`Gda` shortened), as `Constable` is elsewhere.
    text = (
        "Detective Garda Aoife Byrne of the Garda Drugs Bureau told the court the van was stopped "
        "in Naas. \u201cThe cash was hidden in the floor,\u201d Det Gda Byrne said.\n\n"
        "\u201cWe want to hear from anyone who saw it,\u201d said Garda Sergeant Liam Duffy.\n"
    )
    rows = extract_rows(text)
    assert (row_starting(rows, "The cash").speaker, row_starting(rows, "The cash").role) == (
        "Aoife Byrne",
        "Detective Garda",
    )
    assert (row_starting(rows, "We want").speaker, row_starting(rows, "We want").role) == (
        "Liam Duffy",
        "Garda Sergeant",
    )


def test_a_later_mention_by_senior_or_acting_rank_is_the_same_officer(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senior Constable Rhys Oakley told the inquest the car was travelling at speed.\n\n"
        "\u201cThe driver did not brake,\u201d Senior Constable Oakley said.\n\n"
        "Acting Inspector Mere Tawhiri said: \u201cWe have spoken to the family.\u201d\n\n"
        "\u201cThey have our support,\u201d Acting Inspector Tawhiri added.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "The driver").speaker == "Rhys Oakley"
    assert row_starting(rows, "They have").speaker == "Mere Tawhiri"


def test_a_cabinet_seat_with_its_portfolio_is_a_title_not_a_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Transport Cabinet Secretary Wanjiru Odera told reporters the road would open \u201csoon\u201d.\n"
    (row,) = extract_rows(text)
    assert (row.speaker, row.role, row.organization) == ("Wanjiru Odera", "Transport Cabinet Secretary", "")


# `The Harbour Users Group met on Monday. Its vice-president for Orkney, Dr Ailsa Munro, told
# reporters: "The pier is unsafe."`, by en_core_web_sm 3.8: `vice` heads the apposition, with
# `-` and `president` its appositions.
VICE_PRESIDENT_SPLIT = """
The DET DT det 3 B-ORG the
Harbour PROPN NNP compound 3 I-ORG Harbour
Users PROPN NNPS compound 3 I-ORG Users
Group PROPN NNP nsubj 4 I-ORG Group
met VERB VBD ROOT 4 O meet
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 4 O .
Its PRON PRP$ poss 9 O its
vice NOUN NN nsubj 19 O vice _
- NOUN NN appos 9 O - _
president NOUN NN appos 9 O president
for ADP IN prep 11 O for
Orkney PROPN NNP pobj 12 B-PERSON Orkney _
, PUNCT , punct 9 O ,
Dr PROPN NNP compound 17 O Dr
Ailsa PROPN NNP compound 17 B-PERSON Ailsa
Munro PROPN NNP nsubj 19 I-PERSON Munro _
, PUNCT , punct 17 O ,
told VERB VBD ROOT 19 O tell
reporters NOUN NNS dobj 19 O reporter _
: PUNCT : punct 19 O :
“ PUNCT `` punct 19 O " _
The DET DT det 24 O the
pier NOUN NN nsubj 25 O pier
is AUX VBZ ccomp 19 O be
unsafe ADJ JJ acomp 25 O unsafe _
. PUNCT . punct 19 O . _
” PUNCT '' punct 19 O " _
"""

# `… Its northern regional co-ordinator for transport, Callum Reid, said: "The pier is
# unsafe."`: `co`, `-` and `ordinator` parsed as three subjects of `said`.
CO_ORDINATOR_SPLIT = """
The DET DT det 3 B-ORG the
Harbour PROPN NNP compound 3 I-ORG Harbour
Users PROPN NNPS compound 3 I-ORG Users
Group PROPN NNP nsubj 4 I-ORG Group
met VERB VBD ROOT 4 O meet
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 4 O .
Its PRON PRP$ poss 11 O its
northern ADJ JJ amod 10 O northern
regional ADJ JJ amod 11 O regional
co NOUN NN nsubj 20 O co _
- NOUN NN nsubj 20 O - _
ordinator NOUN NN nsubj 20 O ordinator
for ADP IN prep 13 O for
transport NOUN NN pobj 14 O transport _
, PUNCT , punct 13 O ,
Callum PROPN NNP compound 18 B-PERSON Callum
Reid PROPN NNP appos 13 I-PERSON Reid _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
“ PUNCT `` punct 20 O " _
The DET DT det 24 O the
pier NOUN NN nsubj 25 O pier
is AUX VBZ ccomp 20 O be
unsafe ADJ JJ acomp 25 O unsafe _
. PUNCT . punct 20 O . _
” PUNCT '' punct 20 O " _
"""


def test_a_job_split_at_its_hyphen_before_a_name_is_one_word_its_last_part_heads() -> None:
    from quotes.context import DocContext
    from quotes.descriptors import Describer
    from tests.frozen import frozen

    bodies = frozenset({"harbour users group"})
    doc = frozen(VICE_PRESIDENT_SPLIT)
    describer = Describer(DocContext(doc), [True] * len(doc), bodies, frozenset({"ailsa", "munro"}))
    assert [d.role for d in describer.describe(16, 18)] == ["vice-president for Orkney"]
    doc = frozen(CO_ORDINATOR_SPLIT)
    describer = Describer(DocContext(doc), [True] * len(doc), bodies, frozenset({"callum", "reid"}))
    assert [d.role for d in describer.describe(17, 19)] == ["northern regional co-ordinator for transport"]


def test_its_before_a_hyphenated_job_is_the_body_the_sentence_before_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbour Users Group met on Monday. Its vice-president for Orkney, Dr Ailsa Munro, "
        "told reporters: \u201cThe pier is unsafe.\u201d\n"
    )
    row = row_starting(extract_rows(text), "The pier")
    assert (row.speaker, row.role, row.organization) == (
        "Ailsa Munro",
        "vice-president for Orkney",
        "Harbour Users Group",
    )


def test_a_police_rank_serves_the_force_the_sentence_before_has_as_its_subject(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # ROLES.md 5: the adjacent sentence ties the officer to the force; a rank ties to no other
    # body placed so.
    said = " Detective Superintendent Jane Marlow said: \u201cThe driver left the scene.\u201d\n"
    row = row_starting(extract_rows("Kent Police have closed the coast road." + said), "The driver")
    assert (row.speaker, row.role, row.organization) == (
        "Jane Marlow",
        "Detective Superintendent",
        "Kent Police",
    )
    row = row_starting(extract_rows("The Harbour Board has closed the coast road." + said), "The driver")
    assert (row.role, row.organization) == ("Detective Superintendent", "")
