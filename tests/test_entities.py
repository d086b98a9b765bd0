"""The who layer: the article's people and organisations, one profile each, on every row."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.names import clean_name
from tests.frozen import frozen
from tests.rows import row_starting


def test_an_unresolved_pronoun_names_nobody_but_keeps_its_mention(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“The water is rising,” she said."
    row = row_starting(extract_rows(text), "The water")
    assert row.speaker == "" and row.speaker_id == -1
    assert row.mention == "she"
    assert text[row.speaker_start : row.speaker_end] == "she"
    assert row.confidence == 0.0


def test_a_role_given_later_reaches_the_earlier_rows(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We will rebuild the pier,” said Ana Ruiz on Monday.\n\n"
        "Ruiz, the mayor of Linden, has held the post since 2019. “It will take a year,” Ruiz said."
    )
    rows = extract_rows(text)
    first, second = row_starting(rows, "We will rebuild"), row_starting(rows, "It will take")
    assert first.speaker == second.speaker == "Ana Ruiz"
    assert first.role == second.role == "mayor of Linden"
    assert first.speaker_id == second.speaker_id


def test_speakers_are_numbered_by_their_first_mention_in_the_article(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Hale and Priya Raman met on Friday.\n\n"
        "“We agreed on nothing,” Raman said.\n\n"
        "“That is not true,” Hale said."
    )
    rows = extract_rows(text)
    assert row_starting(rows, "We agreed").speaker == "Priya Raman"
    assert row_starting(rows, "We agreed").speaker_id == 2
    assert row_starting(rows, "That is not").speaker_id == 1


def test_a_title_before_the_surname_is_no_part_of_the_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Dr Leila Haddad opened the clinic. “We are full,” Dr Haddad said."
    row = row_starting(extract_rows(text), "We are full")
    assert row.speaker == "Leila Haddad"


# --- pronouns: the most salient person who agrees -----------------------------------------------


def test_he_after_a_quote_is_the_subject_of_the_sentence_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # Tom Hale is named more often, but Owen Price is the subject the quote follows.
    text = (
        "Tom Hale will face the inquiry on Friday. Tom Hale has refused to comment. Critics say "
        "Hale ignored the warnings.\n\n"
        "Owen Price, who chairs the inquiry, said the questioning would start with Hale. "
        "“Nobody is above the rules,” he said."
    )
    row = row_starting(extract_rows(text), "Nobody is above")
    assert row.speaker == "Owen Price"


def test_a_possessive_in_the_predicate_is_not_the_subject(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `her` in `is her brother` is Nadia, so Samir keeps no female gender and `he` is Samir.
    text = (
        "Nadia Karimi opened the bakery in 2015.\n\n"
        "Samir Karimi is her younger brother. “She never sleeps,” he said."
    )
    row = row_starting(extract_rows(text), "She never sleeps")
    assert row.speaker == "Samir Karimi"


def test_it_is_the_organisation_that_was_the_subject_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Northline Rail cut 40 services on Monday. It said in a statement: “We had no drivers.”"
    row = row_starting(extract_rows(text), "We had no drivers")
    assert (row.speaker, row.organization) == ("Northline Rail", "Northline Rail")


# --- descriptions and organisations -----------------------------------------------------------


def test_a_definite_description_gives_its_role_to_the_person_it_stands_for(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maria Lopez campaigned in Leeds on Saturday. The former mayor said the city had been "
        "let down. “We built this place,” Lopez said."
    )
    row = row_starting(extract_rows(text), "We built this place")
    assert row.speaker == "Maria Lopez"
    assert row.role == "former mayor"


def test_an_acronym_is_the_organisation_spelled_out_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbour Safety Authority closed the port on Monday.\n\n"
        "“The cranes are unsafe,” said Ana Ruiz, a spokeswoman for the HSA."
    )
    row = row_starting(extract_rows(text), "The cranes")
    assert row.speaker == "Ana Ruiz"
    assert row.organization == "Harbour Safety Authority"


def test_the_school_in_a_role_is_the_school_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Lakeside School of Journalism published the study in May.\n\n"
        "“We stand by every word,” said Ruth Adler, the dean of the school."
    )
    row = row_starting(extract_rows(text), "We stand by")
    assert row.speaker == "Ruth Adler"
    assert row.organization == "Lakeside School of Journalism"


def test_a_speaker_can_give_the_full_name_the_story_shortens(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“I met Inspector Daniel Okafor this morning,” the minister said.\n\n"
        "Okafor said the search would go on. “We will find them,” Okafor said."
    )
    row = row_starting(extract_rows(text), "We will find")
    assert row.speaker == "Daniel Okafor"


def test_a_word_the_article_also_writes_in_small_letters_is_no_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harvest is the busiest season. The harvest starts in August.\n\n"
        "Tom Reyes runs the farm. “We never stop,” he said."
    )
    row = row_starting(extract_rows(text), "We never stop")
    assert row.speaker == "Tom Reyes"


def test_a_word_of_the_title_before_a_name_stands_for_the_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The parser may take one word of a long title for the speaker.
    text = (
        "The report was released on Monday. “They are wasting time,” said Oversight ranking "
        "Democrat Elijah Cummings (D-Md.)."
    )
    row = row_starting(extract_rows(text), "They are wasting")
    assert row.speaker == "Elijah Cummings"


def test_who_chairs_the_committee_is_the_chair_of_the_committee_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbour Finance Committee met on Monday. Tom Hale, who chairs the committee, left "
        "early. “We are broke,” Hale said."
    )
    row = row_starting(extract_rows(text), "We are broke")
    assert (row.speaker, row.role, row.organization) == ("Tom Hale", "", "Harbour Finance Committee")


def test_a_role_given_by_a_pronouns_clause_reaches_the_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maya Okonjo came to the meeting from the college, where she is a nursing student.\n\n"
        "“Nobody asked us,” Okonjo said.\n\n"
        "Peter Lindqvist arrived on Monday. He currently serves as the Swedish ambassador. "
        "“It is a grave moment,” he said."
    )
    rows = extract_rows(text)
    assert row_starting(rows, "Nobody asked").role == "nursing student"
    assert row_starting(rows, "It is a grave").role == "Swedish ambassador"


def test_a_description_is_no_other_subject_of_its_sentence(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Berg has run the bakery for ten years. “The ovens need power,” he said.\n\n"
        "He asked whether the cuts would end by summer, as the minister keeps promising."
    )
    row = row_starting(extract_rows(text), "The ovens")
    assert row.speaker == "Tomas Berg" and row.role == ""


def test_a_description_after_a_quote_is_the_subject_that_introduced_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The quote stands between `Okafor` and `the minister`: she introduced it, it is hers,
    # though another minister is named too.
    text = (
        "Finance Minister Bello Adamu presented the budget on Monday. Health Minister Grace "
        "Okafor spoke after him.\n\n"
        "Okafor defended the plan in a radio address: “Every clinic will have a nurse by "
        "March,” the minister said on the programme."
    )
    row = row_starting(extract_rows(text), "Every clinic")
    assert row.mention == "the minister"
    assert row.speaker == "Grace Okafor"


def test_a_description_continues_the_subject_of_the_sentence_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # Nobody has a role yet; Ana Ruiz is the subject the quote follows, the others its objects.
    text = (
        "Ana Ruiz criticised Tom Hale and praised Lee Park in a radio interview on Tuesday. "
        "“He has broken every promise he made to this town,” the opposition leader said."
    )
    row = row_starting(extract_rows(text), "He has broken")
    assert (row.speaker, row.role) == ("Ana Ruiz", "opposition leader")


def test_a_description_is_no_one_named_in_its_own_clause(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Priya Raman toured the depot in Leeds on Monday.\n\n"
        "Tom Hale asked whether the trains would run on time. “It does not worry me,” the "
        "candidate said of running against Mr Hale."
    )
    row = row_starting(extract_rows(text), "It does not worry")
    assert row.speaker != "Tom Hale"


def test_a_description_after_is_belongs_to_its_subject_not_another(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `the next mayor` is what Hale could become: it is no role of Ana Ruiz.
    text = (
        "In a letter to the council, Ana Ruiz warned that Tom Hale could become the next mayor.\n\n"
        "“The town deserves better,” Ruiz said."
    )
    row = row_starting(extract_rows(text), "The town deserves")
    assert (row.speaker, row.role) == ("Ana Ruiz", "")


def test_another_noun_for_the_job_of_the_same_body_is_the_same_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `boss` is not `secretary`, but `union` says it is the union's man.
    text = (
        "Union secretary Steve Purvinas said members were furious.\n\n"
        "Former transport minister Anthony Albright said the cuts were overdue. “The base has "
        "not made money for a decade,” the former minister said.\n\n"
        "Purvinas disagreed. “That is simply false,” the union boss said."
    )
    row = row_starting(extract_rows(text), "That is simply false")
    assert (row.speaker, row.role) == ("Steve Purvinas", "Union secretary")


def test_a_description_set_beside_a_name_is_that_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The inquiry heard from the hospital's former chief executive, Tom Hale, on Monday.\n\n"
        "Mr Hale's lawyer, Ana Ruiz, who sat beside him, said later that her client "
        '"regrets nothing."'
    )
    row = row_starting(extract_rows(text), "regrets nothing")
    assert (row.speaker, row.role) == ("Ana Ruiz", "lawyer")


def test_a_body_written_as_a_description_gives_no_one_its_noun_as_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gurpreet Singh, who grows wheat near Ludhiana, said he had not slept for two nights. "
        "“The government promised us a fair price,” he said.\n\n"
        "His neighbour Harjit Kaur said the police had been patient."
    )
    row = row_starting(extract_rows(text), "The government promised")
    assert (row.speaker, row.role) == ("Gurpreet Singh", "")


def test_an_organisation_speaker_names_itself_as_its_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“We will appeal the ruling,” the Okafor campaign said on Monday."
    row = row_starting(extract_rows(text), "We will appeal")
    assert row.speaker == row.organization == "Okafor campaign"


def test_a_job_or_relation_before_a_name_is_no_part_of_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“I have worked in three clinics,” said Nurse Carla Spence.\n\n"
        "“She feeds them every morning,” said Neighbour Tom Birch."
    )
    rows = extract_rows(text)
    nurse, neighbour = row_starting(rows, "I have worked"), row_starting(rows, "She feeds")
    assert (nurse.speaker, nurse.role) == ("Carla Spence", "Nurse")
    assert (neighbour.speaker, neighbour.role) == ("Tom Birch", "")


def test_an_unnamed_spokesman_of_the_council_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wexham District Council said the fine would stand.\n\n"
        "“The rules apply to everyone,” a council spokesman said."
    )
    row = row_starting(extract_rows(text), "The rules apply")
    assert (row.role, row.organization) == ("spokesman", "Wexham District Council")


def test_its_before_a_role_is_the_body_named_just_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harrow Institute said the plan did little for poor families. Its chief economist, "
        "Laura Kim, said it was “very little for the poorest households”."
    )
    row = row_starting(extract_rows(text), "very little")
    assert (row.speaker, row.role, row.organization) == ("Laura Kim", "chief economist", "Harrow Institute")


def test_its_is_the_body_the_sentence_before_is_about_not_the_last_it_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Northern Rail Company said delays caused by the Highways Agency would last until March.\n\n"
        "Its chief executive, Laura Pike, said: \u201cWe are doing everything we can.\u201d\n"
    )
    row = row_starting(extract_rows(text), "We are doing")
    assert (row.speaker, row.organization) == ("Laura Pike", "Northern Rail Company")


def test_the_only_person_with_a_role_is_the_description_that_opens_the_story(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“No village will depend on tankers by next summer,” the minister said on Tuesday.\n\n"
        "Sunita Kale, the state’s water supply minister, was speaking at Ambad."
    )
    row = row_starting(extract_rows(text), "No village")
    assert (row.speaker, row.role) == ("Sunita Kale", "water supply minister")


def test_the_committees_chair_is_the_person_who_chairs_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Helen Garside, who chairs parliament's Public Accounts Committee, said the committee "
        "would call the auditors. The committee's chair said it had raised concerns about "
        "“the quality of checks on smaller suppliers” last year."
    )
    row = row_starting(extract_rows(text), "the quality")
    assert (row.speaker, row.role) == ("Helen Garside", "")
    assert row.organization == "Public Accounts Committee"


def test_a_police_force_after_of_is_an_organisation_though_tagged_a_place(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Detective Chief Inspector Ruth Kemble of the City of London Police said officers had "
        "seized computers. “This is a complex investigation,” she said.\n\n"
        "In parliament, shadow health secretary Marcus Adeyemi said the government had been warned."
        " “Ministers did nothing,” he said."
    )
    rows = extract_rows(text)
    kemble, adeyemi = row_starting(rows, "This is a complex"), row_starting(rows, "Ministers did")
    assert (kemble.role, kemble.organization) == ("Detective Chief Inspector", "City of London Police")
    assert adeyemi.role == "shadow health secretary"


def test_a_short_form_in_capitals_is_the_body_spelled_out_earlier(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The NSW State Emergency Service issued an evacuation order. The SES’s incident "
        "controller, Dean Albrecht, said 200 people had been rescued. “Stay off the roads,” "
        "Albrecht said."
    )
    row = row_starting(extract_rows(text), "Stay off")
    assert row.organization == "NSW State Emergency Service"


def test_a_village_is_no_organisation_and_a_party_keeps_its_noun(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Wadgaon, a village of about 2,600 people, the tanker still comes every third day.\n\n"
        "“We have heard about pipelines before,” said Ramesh Jadhav, the sarpanch of Wadgaon.\n\n"
        "Congress party spokesperson Vikram Shinde said the budget had risen. “Where has the "
        "money gone?” he said."
    )
    rows = extract_rows(text)
    jadhav, shinde = row_starting(rows, "We have heard"), row_starting(rows, "Where has")
    assert (jadhav.role, jadhav.organization) == ("sarpanch of Wadgaon", "")
    assert (shinde.role, shinde.organization) == ("spokesperson", "Congress party")


def test_a_surname_read_as_a_common_noun_is_still_the_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The board met on Monday.\n\n"
        "Angela Price, whose two children attend Lincoln, was one of 47 people who spoke.\n\n"
        '"My kids walk four blocks to school," Price said.'
    )
    row = row_starting(extract_rows(text), "My kids")
    assert (row.speaker, row.role) == ("Angela Price", "")


def test_a_bodys_bare_noun_before_a_title_is_the_body_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Millbrook School Board voted 5-2 on Monday to close the school.\n\n"
        'Board member Luis Ortega voted against it. "We are closing the wrong school," Ortega said.'
    )
    row = row_starting(extract_rows(text), "We are closing")
    assert (row.role, row.organization) == ("Board member", "Millbrook School Board")


def test_an_untagged_council_is_the_body_of_its_spokesman(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wexham District Council brought in a ban on feeding ducks in January.\n\n"
        "A council spokesman said: ‘We understand the strength of feeling.’"
    )
    row = row_starting(extract_rows(text), "We understand")
    assert (row.role, row.organization) == ("spokesman", "Wexham District Council")


def test_a_name_ending_in_a_body_the_article_tags_is_that_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Workers at the Cerro Pardo mine walked out on Monday.\n\n"
        'Minera Cerro Pardo said in a statement that its offer was "the best in the industry this year".'
    )
    row = row_starting(extract_rows(text), "the best")
    assert row.speaker == row.organization == "Minera Cerro Pardo"


def test_the_minister_is_the_one_minister_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The line will open late, Industries Minister K. Rajasekaran told the Assembly on Tuesday.\n\n"
        'Replying to a question, he said work had been slowed. "We will not rush," the Minister said.'
    )
    row = row_starting(extract_rows(text), "We will not rush")
    assert (row.speaker, row.role) == ("K. Rajasekaran", "Industries Minister")


def test_a_short_form_in_brackets_inside_a_title(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chennai Metro Rail Limited (CMRL) managing director Priya Venkatesh said work was on "
        'schedule.\n\n"The soil was hard," Ms. Venkatesh said.\n\n'
        "Barcoo Shire Mayor Sally Kirkwood said the town was cut off. "
        '"We are used to floods," Cr Kirkwood said.'
    )
    rows = extract_rows(text)
    venkatesh, kirkwood = row_starting(rows, "The soil"), row_starting(rows, "We are used")
    assert (venkatesh.role, venkatesh.organization) == ("managing director", "Chennai Metro Rail Limited")
    assert (kirkwood.speaker, kirkwood.role) == ("Sally Kirkwood", "Mayor")
    assert kirkwood.organization == "Barcoo Shire"


def test_a_hyphenated_given_name_or_an_initial_tagged_as_a_body_is_a_person() -> None:
    from spacy.tokens import Doc, Span

    from quotes.tokens import reads_as_person_name
    from tests.frozen import VOCAB

    def ent(words: list[str], pos: list[str]) -> Span:
        doc = Doc(VOCAB, words=words, pos=pos, ents=["B-ORG"] + ["I-ORG"] * (len(words) - 1))
        return doc.ents[0]

    assert reads_as_person_name(ent(["Anne", "-", "Marie", "Cormier"], ["PROPN", "PUNCT", "PROPN", "PROPN"]))
    assert reads_as_person_name(ent(["K.", "Venkatesh"], ["PROPN", "PROPN"]))
    assert reads_as_person_name(ent(["Claudia", "Brunner"], ["PROPN", "PROPN"]))
    assert reads_as_person_name(ent(["Cllr", "Dev", "Mistry"], ["PROPN", "PROPN", "PROPN"]))
    assert not reads_as_person_name(ent(["Dr", "Martens", "Group"], ["PROPN", "PROPN", "PROPN"]))
    # A body's noun, a hyphen inside a surname, an initial at the end: no person's name read so.
    assert not reads_as_person_name(ent(["Grace", "Hospital"], ["PROPN", "PROPN"]))
    assert not reads_as_person_name(ent(["Ferrero", "-", "Rocher"], ["PROPN", "PUNCT", "PROPN"]))
    assert not reads_as_person_name(ent(["Lake", "K."], ["PROPN", "PROPN"]))


def test_a_body_tagged_name_with_a_role_in_apposition_is_a_person() -> None:
    from spacy.tokens import Doc

    from quotes.tokens import reads_as_person_name
    from tests.frozen import VOCAB

    # said Torquil Brannagh, chief executive of the line
    words = ["said", "Torquil", "Brannagh", ",", "chief", "executive", "of", "the", "line"]
    heads = [0, 2, 0, 2, 5, 2, 5, 8, 6]
    deps = ["ROOT", "compound", "nsubj", "punct", "amod", "appos", "prep", "det", "pobj"]
    pos = ["VERB", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "ADP", "DET", "NOUN"]
    ents = ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"]
    lemmas = ["say", "Torquil", "Brannagh", ",", "chief", "executive", "of", "the", "line"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=ents, lemmas=lemmas)
    assert reads_as_person_name(doc.ents[0])
    # The same words beside a body's noun (`…, the operator`) are no person.
    doc = Doc(
        VOCAB,
        words=[*words[:4], "the", "operator"],
        heads=[0, 2, 0, 2, 5, 2],
        deps=[*deps[:4], "det", "appos"],
        pos=[*pos[:4], "DET", "NOUN"],
        ents=ents[:6],
        lemmas=[*lemmas[:4], "the", "operator"],
    )
    assert not reads_as_person_name(doc.ents[0])


def test_the_place_a_story_is_filed_from_is_no_speakers_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KOCHI: The port trust on Tuesday said the new berth would open in March next year.\n\n"
        "Kochi Port Trust chairman M. Beena said the dredging was nearly finished. "
        '"We will be ready," she said.'
    )
    row = row_starting(extract_rows(text), "We will be ready")
    assert row.speaker == "M. Beena"
    assert row.organization != "KOCHI"


def test_a_person_named_by_age_alone_is_the_person_the_story_is_about(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fishermen in the bay have lost half their catch this year.\n\n"
        "Deckhand Maria Santos, who has worked the boats since she was 16, said she may give up. "
        '"There is nothing left to catch," the 47-year-old said.'
    )
    row = row_starting(extract_rows(text), "There is nothing")
    assert row.mention == "the 47-year-old"
    assert (row.speaker, row.role) == ("Maria Santos", "Deckhand")


def test_the_age_of_a_thing_is_no_person() -> None:
    from spacy.tokens import Doc

    from quotes.attribution import is_age_description
    from tests.frozen import VOCAB

    def head_of(words: list[str], heads: list[int], deps: list[str]) -> bool:
        doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
        return is_age_description(doc[len(words) - 1])

    said = ["“", "No", ",", "”", "the", "47", "-", "year", "-", "old"]
    heads = [9, 9, 9, 9, 9, 7, 7, 9, 9, 9]
    deps = ["punct", "intj", "punct", "punct", "det", "nummod", "punct", "npadvmod", "punct", "ROOT"]
    assert head_of(said, heads, deps)
    # `a 47-year-old` brings in someone new; `old` alone is no age.
    assert not head_of([*said[:4], "a", *said[5:]], heads, deps)
    bare = ["“", "No", ",", "”", "the", "old"]
    assert not head_of(bare, [5] * 6, ["punct"] * 4 + ["det", "ROOT"])


def test_a_description_holding_a_name_before_its_article_stands_for_no_one_else() -> None:
    from quotes.entities import definite_role
    from tests.frozen import frozen

    # The board declared Ana Ruiz the new treasurer on Monday (as the parser may read it, with
    # the name the subject of a small clause).
    doc = frozen(
        """
        The DET DT det 1 O the
        board NOUN NN nsubj 2 O board
        declared VERB VBD ROOT 2 O declare
        Ana PROPN NNP compound 4 B-PERSON Ana
        Ruiz PROPN NNP nsubj 7 I-PERSON Ruiz
        the DET DT det 7 O the
        new ADJ JJ amod 7 O new
        treasurer NOUN NN ccomp 2 O treasurer
        on ADP IN prep 7 O on
        Monday PROPN NNP pobj 8 B-DATE Monday _
        . PUNCT . punct 2 O . _
        """
    )
    assert not definite_role(doc[7])


def test_a_negated_description_is_no_role() -> None:
    from quotes.entities import definite_role
    from tests.frozen import frozen

    # He will not be the treasurer. / He will be the treasurer.
    negated = """
        He PRON PRP nsubj 3 O he
        will AUX MD aux 3 O will
        not PART RB neg 3 O not
        be AUX VB ROOT 3 O be
        the DET DT det 5 O the
        treasurer NOUN NN attr 3 O treasurer _
        . PUNCT . punct 3 O . _
        """
    affirmed = """
        He PRON PRP nsubj 2 O he
        will AUX MD aux 2 O will
        be AUX VB ROOT 2 O be
        the DET DT det 4 O the
        treasurer NOUN NN attr 2 O treasurer _
        . PUNCT . punct 2 O . _
        """
    assert not definite_role(frozen(negated)[5])
    assert definite_role(frozen(affirmed)[4])


def test_the_last_word_of_a_bodys_name_is_that_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbour Post first reported the closure on Monday. “The mill will shut in May,” the Post said."
    )
    row = row_starting(extract_rows(text), "The mill")
    assert row.speaker == row.organization == "Harbour Post"


def test_a_persons_staff_work_for_their_campaign_in_a_story_about_one(extract_rows) -> None:  # type: ignore[no-untyped-def]
    campaign = (
        "Ana Ruiz opened her campaign in Leeds on Monday. “We are ahead,” said Ruiz spokeswoman Mia Cole."
    )
    row = row_starting(extract_rows(campaign), "We are ahead")
    assert (row.speaker, row.role, row.organization) == ("Mia Cole", "spokeswoman", "Ruiz campaign")
    # No campaign in the story, or a former job: no campaign is named.
    office = "Ana Ruiz spoke in Leeds on Monday. “We are ahead,” said Ruiz spokeswoman Mia Cole."
    assert row_starting(extract_rows(office), "We are ahead").organization == ""
    former = campaign.replace("said Ruiz", "said former Ruiz")
    assert row_starting(extract_rows(former), "We are ahead").organization == ""


def test_two_roles_under_one_article_are_one_persons(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Ruiz toured the flooded streets of Linden on Monday. The mayor and former police chief "
        "said the town would recover. “We will rebuild every house,” Ruiz said."
    )
    row = row_starting(extract_rows(text), "We will rebuild")
    assert (row.speaker, row.role) == ("Ana Ruiz", "former police chief")
    # A front-runner is a standing in a race, no role; the role after it still counts.
    row = row_starting(extract_rows(text.replace("The mayor", "The front-runner")), "We will rebuild")
    assert (row.speaker, row.role) == ("Ana Ruiz", "former police chief")


def test_a_surname_read_as_a_noun_heading_more_words_is_still_the_person() -> None:
    from quotes.attribution import Attribution, Mention
    from quotes.context import DocContext
    from quotes.entities import resolve_speakers
    from quotes.types import QuoteSpan
    from tests.frozen import frozen

    # Ana Bell chairs the board. Bell at the time said no. (`Bell` read as the noun `bell`.)
    doc = frozen(
        """
        Ana PROPN NNP compound 1 B-PERSON Ana
        Bell PROPN NNP nsubj 2 I-PERSON Bell
        chairs VERB VBZ ROOT 2 O chair
        the DET DT det 4 O the
        board NOUN NN dobj 2 O board _
        . PUNCT . punct 2 O .
        Bell NOUN NN nsubj 10 O bell
        at ADP IN prep 6 O at
        the DET DT det 9 O the
        time NOUN NN pobj 7 O time
        said VERB VBD ROOT 10 O say
        no INTJ UH intj 10 O no _
        . PUNCT . punct 10 O . _
        """
    )
    start, end = doc[6].idx, doc[9].idx + len("time")
    mention = Mention(start, end, 6, "description")
    span = QuoteSpan(doc[11].idx, doc[11].idx + 2, -1, -1, 0, 0, "double")
    attribution = Attribution(span, mention, "said", "test", "direct")
    speaker = resolve_speakers(DocContext(doc), [attribution], [True] * len(doc))[0]
    assert speaker is not None and speaker.name == "Ana Bell"


def test_a_job_of_two_words_in_a_description_is_the_persons_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Joan Pike, 79, was fined £80 by the council on Monday. The retired dinner lady said she "
        "would appeal. “I will not pay a penny,” she said."
    )
    row = row_starting(extract_rows(text), "I will not pay")
    assert (row.speaker, row.role) == ("Joan Pike", "retired dinner lady")


def test_a_title_a_speaker_gives_a_person_reaches_their_rows(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Ruiz left the meeting early. “I spoke to Police Commissioner Tom Hale about it this "
        "morning,” she said. Later, Hale told reporters: “The plan is sound.”"
    )
    row = row_starting(extract_rows(text), "The plan is sound")
    assert (row.speaker, row.role) == ("Tom Hale", "Police Commissioner")


def test_her_campaign_is_the_campaign_of_the_person_she_is(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Ruiz opened her bid for mayor in Linden on Monday. Her campaign manager, Tom Hale, "
        "said the polls looked good. “We are ahead,” Hale said."
    )
    row = row_starting(extract_rows(text), "We are ahead")
    assert (row.speaker, row.role, row.organization) == ("Tom Hale", "campaign manager", "Ruiz campaign")


def test_a_description_with_a_name_in_apposition_is_that_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The county council says the library loses money.\n\n"
        'Its cabinet member for culture, Cllr Ravi Odhiambo, said: "Nothing has been decided."'
    )
    row = row_starting(extract_rows(text), "Nothing has")
    assert (row.speaker, row.role) == ("Ravi Odhiambo", "cabinet member for culture")


def test_of_a_body_set_off_by_commas_is_the_organisation_but_of_a_town_is_not(extract_rows) -> None:  # type: ignore[no-untyped-def]
    police = (
        "Detective Superintendent Jane Cole, of Greater Manchester Police, said: “We are following leads.”"
    )
    row = row_starting(extract_rows(police), "We are following")
    assert (row.role, row.organization) == ("Detective Superintendent", "Greater Manchester Police")
    town = "Jane Cole, of North Shields, said: “We are following leads.”"
    assert row_starting(extract_rows(town), "We are following").organization == ""


def test_the_paper_is_the_newspaper_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "The Times of India reported that the plant would close. “It is final,” the paper said."
    row = row_starting(extract_rows(text), "It is final")
    assert row.speaker == row.organization == "Times of India"


def test_an_unknown_name_set_beside_a_role_noun_is_a_person() -> None:
    from quotes.context import DocContext
    from quotes.entities import ArticleEntities
    from tests.frozen import frozen

    # Reince Priebus, the party chairman, announced the plan on Monday. (`Priebus` tagged a
    # body, `Reince` in no list of given names.)
    spec = """
        Reince PROPN NNP compound 1 O Reince
        Priebus PROPN NNP nsubj 7 B-ORG Priebus _
        , PUNCT , punct 1 O ,
        the DET DT det 5 O the
        party NOUN NN compound 5 O party
        chairman NOUN NN appos 1 O chairman _
        , PUNCT , punct 1 O ,
        announced VERB VBD ROOT 7 O announce
        the DET DT det 9 O the
        plan NOUN NN dobj 7 O plan
        on ADP IN prep 7 O on
        Monday PROPN NNP pobj 10 B-DATE Monday _
        . PUNCT . punct 7 O . _
        """
    doc = frozen(spec)
    people = ArticleEntities(DocContext(doc), [True] * len(doc)).people()
    assert [(p.name(), p.profile()[0]) for p in people] == [("Reince Priebus", "party chairman")]
    # Beside a body's noun (`the bank`), the same words name no one.
    bank = frozen(spec.replace("chairman NOUN NN appos 1 O chairman", "bank NOUN NN appos 1 O bank"))
    assert ArticleEntities(DocContext(bank), [True] * len(bank)).people() == []


def test_an_unknown_name_is_a_person_when_its_surname_is_set_beside_a_role_later() -> None:
    from quotes.entities import ArticleEntities

    # Olufemi Adeyinka said the volunteers worked all night. / Adeyinka, a retired engineer,
    # said he had never seen the river so high. (The full name untagged, the surname alone
    # tagged a place, `Olufemi` in no list of given names.)
    spec = """
        Olufemi PROPN NNP compound 1 O Olufemi
        Adeyinka PROPN NNP nsubj 2 O Adeyinka
        said VERB VBD ROOT 2 O say
        the DET DT det 4 O the
        volunteers NOUN NNS nsubj 5 O volunteer
        worked VERB VBD ccomp 2 O work
        all DET DT det 7 B-TIME all
        night NOUN NN npadvmod 5 I-TIME night _
        . PUNCT . punct 2 O . _
        <newline> SPACE _SP dep 8 O <newline> _
        Adeyinka PROPN NNP nsubj 16 B-GPE Adeyinka _
        , PUNCT , punct 10 O ,
        a DET DT det 14 O a
        retired ADJ JJ amod 14 O retired
        engineer NOUN NN appos 10 O engineer _
        , PUNCT , punct 10 O ,
        said VERB VBD ROOT 16 O say
        he PRON PRP nsubj 20 O he
        had AUX VBD aux 20 O have
        never ADV RB neg 20 O never
        seen VERB VBN ccomp 16 O see
        the DET DT det 22 O the
        river NOUN NN nsubj 24 O river
        so ADV RB advmod 24 O so
        high ADJ JJ ccomp 20 O high _
        . PUNCT . punct 16 O . _
        """
    doc = frozen(spec)
    article = ArticleEntities(DocContext(doc), [True] * len(doc))
    people = article.people()
    assert [(p.name(), p.profile()[0]) for p in people] == [("Olufemi Adeyinka", "retired engineer")]
    assert article.pronoun_at[doc[17].idx] is people[0]


def test_he_after_a_quote_is_not_a_name_in_its_lead_in(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # Kottakal is the topic; Hale and Dutton are only named in the words before the quote.
    text = (
        "The council met in Ballarat on Tuesday.\n\n"
        "Naveen Kottakal, a Labor supporter from Ballarat, is among those who plan to skip the "
        "vote. This was the first time he had joined a protest.\n\n"
        "Choosing between Anthony Hale and Peter Dutton is a “false choice, because neither "
        "listens,” he said."
    )
    row = row_starting(extract_rows(text), "false choice")
    assert row.speaker == "Naveen Kottakal"


def test_an_adviser_to_a_person_is_on_their_campaign_and_a_person_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    campaign = (
        "Ana Ruiz launched her campaign in May. “We will win,” said Tom Hale, a senior adviser to Ruiz."
    )
    row = row_starting(extract_rows(campaign), "We will win")
    assert (row.role, row.organization) == ("senior adviser to Ruiz", "Ruiz campaign")
    office = "A spokeswoman for Prime Minister Anthony Albanese said: “The government will respond.”"
    assert row_starting(extract_rows(office), "The government").organization == ""


def test_a_possessive_inside_a_name_tagged_as_a_body_and_former_in_capitals(extract_rows) -> None:  # type: ignore[no-untyped-def]
    owned = "Carly Fiorina’s campaign released a video on Monday. “We need change,” Fiorina said."
    row = row_starting(extract_rows(owned), "We need change")
    assert (row.speaker, row.organization) == ("Carly Fiorina", "")
    titled = "Former Hewlett-Packard CEO Carly Fiorina spoke first. “We need change,” Fiorina said."
    row = row_starting(extract_rows(titled), "We need change")
    assert (row.role.lower(), row.organization) == ("former ceo", "Hewlett-Packard")


def test_a_person_set_beside_a_role_and_their_employer_stays_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“It is a good deal,” said Paul Kelly, chief economist at Westpac, the country’s second-largest bank."
    )
    row = row_starting(extract_rows(text), "It is a good deal")
    assert (row.speaker, row.organization) == ("Paul Kelly", "Westpac")
    assert row.role == "chief economist at Westpac"


def test_a_capitalised_word_the_tagger_left_out_of_a_bodys_name_starts_it() -> None:
    from quotes.context import DocContext
    from quotes.entities import ArticleEntities
    from tests.frozen import frozen

    # The Harbour National Committee met. (`Harbour` left out of the tagged name.)
    doc = frozen(
        """
        The DET DT det 3 O the
        Harbour PROPN NNP compound 3 O Harbour
        National PROPN NNP compound 3 B-ORG National
        Committee PROPN NNP nsubj 4 I-ORG Committee
        met VERB VBD ROOT 4 O meet _
        . PUNCT . punct 4 O . _
        """
    )
    article = ArticleEntities(DocContext(doc), [True] * len(doc))
    assert [o.name() for o in article.organizations] == ["Harbour National Committee"]
    assert article.orgs.canonical_org("HNC") == "Harbour National Committee"


def test_a_pronoun_goes_to_the_only_person_though_a_name_list_guesses_otherwise(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `Sam` is listed as a man's name; the article says she.
    text = 'Union organiser Sam Okoro said the vote was close. "We will win the next one," she said.'
    row = row_starting(extract_rows(text), "We will win")
    assert row.speaker == "Sam Okoro"


def test_a_pronoun_still_prefers_the_person_it_agrees_with(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mary Quinn chairs the board. Sam Okoro, the treasurer, spoke first.\n\n"
        '"The accounts are clean," he said.'
    )
    assert row_starting(extract_rows(text), "The accounts").speaker == "Sam Okoro"


def test_the_short_form_of_a_body_the_article_names_before_a_title(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pay talks resumed on Monday, according to the Irish Bus Drivers Association (IBDA).\n\n"
        'IBDA general secretary Niamh Kelly said: "We are close to a deal."\n\n'
        'Taoiseach Conor Walsh told the Dáil: "The Government wants this settled."'
    )
    rows = extract_rows(text)
    kelly, walsh = row_starting(rows, "We are close"), row_starting(rows, "The Government")
    assert (kelly.role, kelly.organization) == ("general secretary", "Irish Bus Drivers Association")
    assert (walsh.speaker, walsh.role) == ("Conor Walsh", "Taoiseach")


def test_an_apposition_before_a_name_with_a_title_in_full(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Rivers Trust's head of science, Professor Dame Ann Cole, said the data were clear. "
        '"The river is dying," she said.'
    )
    row = row_starting(extract_rows(text), "The river is dying")
    assert (row.speaker, row.role, row.organization) == ("Ann Cole", "head of science", "Rivers Trust")


def test_an_unnamed_spokeswoman_speaks_for_the_body_just_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury said on Monday that borrowing had fallen. “The public finances are on a "
        "sound footing,” a spokeswoman said."
    )
    row = row_starting(extract_rows(text), "The public finances")
    assert (row.role, row.organization) == ("spokeswoman", "Treasury")


def test_a_named_spokesman_speaks_for_the_body_just_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Tesco said sales rose. “Customers are spending,” said Tom Hale, a spokesman."
    row = row_starting(extract_rows(text), "Customers are spending")
    assert (row.speaker, row.role, row.organization) == ("Tom Hale", "spokesman", "Tesco")


def test_the_place_an_office_governs_is_no_body_but_a_team_is(extract_rows) -> None:  # type: ignore[no-untyped-def]
    mayor = row_starting(extract_rows("“We will rebuild,” said Ana Ruiz, the mayor of Linden."), "We will")
    assert (mayor.role, mayor.organization) == ("mayor of Linden", "")
    coach = row_starting(extract_rows("“We will win,” said Ana Ruiz, head coach of Cole Valley."), "We will")
    assert (coach.role, coach.organization) == ("head coach of Cole Valley", "Cole Valley")


def test_a_demonym_in_place_of_a_name_is_the_person_named_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`the Englishman said`: a proper noun to the tagger, often a body, never one here."""
    text = (
        "Harbour City 12 Northfield 31\n\n"
        "Harbour City head coach Tom Ashworth admitted his side had faded. \"We ran out of legs. "
        "That's on me,\" the Englishman said.\n"
    )
    row = row_starting(extract_rows(text), "We ran out")
    assert (row.speaker, row.mention) == ("Tom Ashworth", "the Englishman")


def test_an_epithet_in_place_of_a_name_is_the_person_named_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cliff rescue on the coast path\n\n"
        "Aoife Brennan, 16, slipped 20 metres down the cliff on Saturday.\n\n"
        '"I just held on to the grass," the teenager said.\n\n'
        'Her father, Declan Brennan, drove through the night. "I have never been so scared," the '
        "father-of-four said."
    )
    rows = extract_rows(text)
    teen, father = row_starting(rows, "I just held"), row_starting(rows, "I have never")
    assert (teen.speaker, teen.mention, teen.role) == ("Aoife Brennan", "the teenager", "")
    assert (father.speaker, father.mention) == ("Declan Brennan", "the father-of-four")


def test_a_name_inside_a_title_tagged_as_a_body_is_the_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The state will open 40 new clinics this year, Minister for Public Health Kavita Rao "
        "announced on Friday.\n\n“No district will be left out,” Ms Rao said."
    )
    row = row_starting(extract_rows(text), "No district")
    assert (row.speaker, row.role) == ("Kavita Rao", "Minister for Public Health")
    assert row.organization == ""


def test_a_title_written_as_a_noun_ranks_before_a_role_read_from_a_verb(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Principal Secretary Meena Iyer, who heads the Department of Water Resources, said the "
        "canal would reopen. “The repairs are done,” Ms Iyer said."
    )
    row = row_starting(extract_rows(text), "The repairs")
    assert (row.speaker, row.role) == ("Meena Iyer", "Principal Secretary")
    assert row.organization == "Department of Water Resources"


def test_a_place_and_a_body_named_after_it_are_no_body_of_an_unnamed_group(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council tax to rise by 4.9 per cent in Ellsworth\n\n"
        "Ellsworth Borough Council will raise council tax by 4.9 per cent from April, the council "
        "confirmed on Tuesday.\n\n"
        "The leader of the opposition group, Cllr Tom Hale, said residents were being asked to pay "
        "more. “Nobody asked us,” he said.\n\n"
        "Sir Ian Webb, chairman of the Ellsworth Chamber of Commerce, warned that small firms "
        "would struggle."
    )
    row = row_starting(extract_rows(text), "Nobody asked")
    assert row.speaker == "Tom Hale" and row.organization == ""


def test_the_force_is_the_police_service_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Supt. Paul Girard of the Lakeview Police Service said two men were arrested.\n\n"
        "Const. Mona Clarke, a spokesperson for the force, said the men were known to police. "
        "“We expect more charges,” she said."
    )
    row = row_starting(extract_rows(text), "We expect")
    assert row.speaker == "Mona Clarke" and row.organization == "Lakeview Police Service"


def test_a_body_cut_short_by_the_tagger_is_whole_when_its_short_form_follows(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Australian Competition and Consumer Commission (ACCC) chair Gina Marsh said the regulator "
        "was watching. “We will not hesitate to act,” the ACCC chair said."
    )
    row = row_starting(extract_rows(text), "We will not")
    assert row.speaker == "Gina Marsh" and row.role == "chair"
    assert row.organization == "Australian Competition and Consumer Commission"


def test_the_senator_is_the_person_the_article_calls_sen(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sen. Dana Whitfield and Gov. Tom Hale met voters in Dover on Friday. Hale spoke about "
        "roads.\n\nThe senator said the tax plan was unfair. “It punishes families,” the senator said."
    )
    row = row_starting(extract_rows(text), "It punishes")
    assert row.speaker == "Dana Whitfield"


def test_a_bodys_bare_noun_before_a_title_names_no_body_when_the_article_names_none(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Players back sacked coach\n\n"
        "Club captain Ryan Hale said the players shared the blame. “We let him down,” Hale said."
    )
    row = row_starting(extract_rows(text), "We let him")
    assert row.speaker == "Ryan Hale" and row.organization == ""


def test_a_role_whose_object_is_a_title_in_quote_marks_keeps_no_dangling_of(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“It was a long road,” said Tom Hale, the author of ''The Long Road Home,'' a memoir."
    row = row_starting(extract_rows(text), "It was a long")
    assert (row.speaker, row.role) == ("Tom Hale", "author")


def test_a_body_named_with_a_peoples_word_is_whole(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“The vote was close,” said Ann Ruiz, executive director of Republicans for Reform."
    row = row_starting(extract_rows(text), "The vote")
    assert row.organization == "Republicans for Reform"


def test_a_title_a_speaker_gives_a_surname_alone_is_no_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Amal Haddad spoke at the rally on Monday. “Captain Haddad, who died in 2004, was our son,” "
        "Amal Haddad said."
    )
    row = row_starting(extract_rows(text), "Captain Haddad")
    assert row.speaker == "Amal Haddad" and row.role == ""


def test_what_someone_says_they_are_not_is_no_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Ruiz has admitted that she is not a natural campaigner. “I prefer the library,” Ruiz said."
    row = row_starting(extract_rows(text), "I prefer")
    assert row.speaker == "Ann Ruiz" and row.role == ""


def test_an_adverb_opening_a_quote_is_no_part_of_the_name_after_it() -> None:
    # “Certainly Tom Hale has gone too far,” …  (the adverb tagged as part of the name)
    doc = frozen(
        """
        “ PUNCT `` punct 4 O “ _
        Certainly ADV RB advmod 4 B-PERSON certainly
        Tom PROPN NNP compound 3 I-PERSON Tom
        Hale PROPN NNP nsubj 4 I-PERSON Hale
        has AUX VBZ ROOT 4 O have
        gone VERB VBN xcomp 4 O go
        """
    )
    name = clean_name(DocContext(doc), 1, 4)
    assert name is not None and name.text == "Tom Hale"


def test_an_indefinite_body_is_none_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Members of the Harbour Workers Alliance marched on Friday. “We want a fair deal,” said "
        "Tom Hale, organizer of a group that met at the docks."
    )
    row = row_starting(extract_rows(text), "We want")
    assert row.speaker == "Tom Hale" and row.organization == ""


def test_a_possessive_opening_a_bodys_description_names_no_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ann Ruiz did not attend the vote. His office said: “The senator was ill.”"
    row = row_starting(extract_rows(text), "The senator was")
    assert row.organization == ""


def test_a_no_break_space_inside_a_role_stays_a_space(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“We were surprised,” said Kenji Mori, a Japanese\u00a0journalist who covered the visit."
    row = row_starting(extract_rows(text), "We were")
    assert row.role == "Japanese journalist"


def test_markup_left_in_a_pages_text_is_no_part_of_a_title(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = 'The post read tweet_id="6942854158">Trusted reform candidate Ann Ruiz said: “We will win.”'
    row = row_starting(extract_rows(text), "We will win")
    assert "=" not in row.role and ">" not in row.role


def test_a_person_after_their_bodys_possessive_tagged_as_one_body_is_the_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Critics piled on. “The nominee has lost the room,” wrote Harbor’s Noah Rothman on Tuesday."
    row = row_starting(extract_rows(text), "The nominee")
    assert (row.speaker, row.organization) == ("Noah Rothman", "Harbor")


def test_she_after_an_unnamed_spokeswoman_is_the_spokeswoman(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Margaret Holloway, the council's leader, said the plan would go ahead.\n\n"
        "A spokeswoman for Network Rail said the station would be upgraded. "
        "“We are working closely with the council,” she said."
    )
    row = row_starting(extract_rows(text), "We are working")
    assert row.mention == "she"
    assert row.speaker != "Margaret Holloway"
    assert row.organization == "Network Rail"
    assert "spokeswoman" in row.role


def test_the_two_senators_are_the_two_named_together_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Dana Whitfield and Senator Paul Okafor introduced the bill on Monday.\n\n"
        "“This bill secures the border without abandoning our values,” the two senators said."
    )
    row = row_starting(extract_rows(text), "This bill")
    assert row.mention == "the two senators"
    assert row.speaker == "Dana Whitfield; Paul Okafor"
    assert row.role == "Senator"


def test_the_chairmen_far_on_are_the_pair_who_chair(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Committee chairmen Alan Brodie and Rosa Keane wrote to the minister on Monday.\n\n"
        "The minister has not replied. Officials said a reply would come within a week.\n\n"
        "The department said the figures were under review.\n\n"
        "“The public deserves to see the full costs,” the committee chairmen wrote."
    )
    row = row_starting(extract_rows(text), "The public")
    assert row.speaker == "Alan Brodie; Rosa Keane"
    assert row.role.lower() == "committee chairman"


def test_three_named_together_are_no_pair(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Ruiz, Tom Hale and Priya Raman met the board on Monday.\n\n"
        "“We were not consulted,” the two teachers said."
    )
    row = row_starting(extract_rows(text), "We were not")
    assert ";" not in row.speaker


def test_a_surname_with_two_letters_swapped_is_the_person_it_misspells(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Singer Marcus Hallberg said the album was nearly done.\n\n"
        "“We wrote forty songs and kept eleven,” Hlalberg said."
    )
    row = row_starting(extract_rows(text), "We wrote")
    assert row.speaker == "Marcus Hallberg"


def test_a_different_surname_of_the_same_length_is_someone_else(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Singer Marcus Hallberg said the album was nearly done.\n\n"
        "“We wrote forty songs and kept eleven,” Hellborg said."
    )
    row = row_starting(extract_rows(text), "We wrote")
    assert row.speaker != "Marcus Hallberg"


def test_mr_and_mrs_give_neither_spouse_a_gender(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tarek and Noor Haddad opened the bakery in 2019.\n\n"
        "Tarek Haddad, 58, said trade had halved since the roadworks began. "
        "“We have never had a winter like this,” he said.\n\n"
        "Letters addressed to Mr. and Mrs. Haddad arrived every day after the story ran."
    )
    row = row_starting(extract_rows(text), "We have never")
    assert row.speaker == "Tarek Haddad"


def test_he_after_an_unnamed_reporter_is_the_reporter_when_nobody_else_fits(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police urged people to stay away from the harbour.\n\n"
        "A reporter for the Coastal Press Agency called it chaos. "
        "“We saw people running in every direction,” he said."
    )
    row = row_starting(extract_rows(text), "We saw")
    assert row.speaker.lower() == "a reporter"
    assert row.organization == "Coastal Press Agency"


def test_he_after_an_unnamed_official_goes_to_the_man_just_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Tom Hale said the harbour would reopen on Friday. An official said repairs were "
        "on schedule. Hale said: “We will not cut corners.” “The work is nearly done,” he said."
    )
    row = row_starting(extract_rows(text), "The work")
    assert row.speaker == "Tom Hale"


def test_the_campaign_is_the_one_campaign_the_story_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Ellen Harlow's presidential campaign dismissed a new poll on Tuesday.\n\n"
        "“One poll is a snapshot, not a forecast,” said Dev Anand, a spokesman for the campaign.\n\n"
        "“We are built for the long haul,” the campaign said in a statement.\n\n"
        "Harlow spoke in Ames on Monday. Her campaign also said: “Iowa will decide.”"
    )
    rows = extract_rows(text)
    spokesman = row_starting(rows, "One poll")
    assert (spokesman.speaker, spokesman.organization) == ("Dev Anand", "Harlow campaign")
    assert row_starting(rows, "We are built").speaker == "Harlow campaign"
    assert row_starting(rows, "Iowa will").speaker == "Harlow campaign"


def test_the_campaign_between_two_campaigns_is_neither(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ellen Harlow's campaign and Greg Tandy's campaign both spent heavily in Iowa.\n\n"
        "“One poll is a snapshot,” said Dev Anand, a spokesman for the campaign."
    )
    row = row_starting(extract_rows(text), "One poll")
    assert row.organization == ""


def test_a_candidates_spokeswoman_in_a_campaign_story_is_on_their_campaign(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Greg Tandy's campaign spent the week in Iowa.\n\n"
        "Tandy's spokeswoman, Lisa Cho, said the senator would visit every county. "
        "“He will not take a single vote for granted,” Cho said."
    )
    row = row_starting(extract_rows(text), "He will not")
    assert (row.speaker, row.role, row.organization) == ("Lisa Cho", "spokeswoman", "Tandy campaign")


def test_a_description_is_not_the_person_its_verb_has_for_object(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebecca Bradley won a full term on the court on Tuesday. She has risen through the ranks "
        "during Walker’s tenure. The governor first named her to the circuit court in 2012.\n\n"
        "“I am grateful to the voters,” Bradley said."
    )
    row = row_starting(extract_rows(text), "I am grateful")
    assert (row.speaker, row.role) == ("Rebecca Bradley", "")


def test_a_plural_after_a_name_is_a_list_not_their_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "To Tom Hale, his aides and those in attendance, there was no hurry. “We have time,” Hale said."
    row = row_starting(extract_rows(text), "We have time")
    assert (row.speaker, row.role) == ("Tom Hale", "")


def test_a_description_in_reported_words_is_not_their_speaker(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carla Moretti spoke to reporters on Monday. “You will not beat Anna Grieve by attacking "
        "her husband,” she said. The former foreign minister will play the “experience card,” "
        "Moretti said."
    )
    row = row_starting(extract_rows(text), "You will not")
    assert (row.speaker, row.role) == ("Carla Moretti", "")


def test_a_bodys_noun_with_another_name_before_it_is_not_the_body_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Riverton Host Committee has raised $4 million for the games.\n\n"
        "“The games will be the greenest yet,” said Mia Lund, press secretary for the Labour "
        "committee that runs the city."
    )
    row = row_starting(extract_rows(text), "The games")
    assert row.speaker == "Mia Lund"
    assert row.organization != "Riverton Host Committee"


def test_a_bodys_noun_after_the_bodys_own_word_is_the_body_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Riverton Host Committee has raised $4 million for the games.\n\n"
        "“The games will be the greenest yet,” said Mia Lund, press secretary for the Host committee."
    )
    row = row_starting(extract_rows(text), "The games")
    assert row.organization == "Riverton Host Committee"


def test_a_plural_role_is_no_one_persons_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nadia Fell compared herself with rivals like Mr. Orme and Mr. Vance, who have been the "
        "governors of large states. “I have run a business,” Ms. Fell said. "
        "“Experience matters,” Mr. Vance said."
    )
    row = row_starting(extract_rows(text), "Experience matters")
    assert "governors" not in row.role


def test_another_given_name_before_a_known_surname_is_another_of_the_family(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from quotes.pipeline import quotes_from_doc

    text = (
        "Senator Walter Okonjo has been in office since 2004.\n\n"
        "On Monday, Zinnia Okonjo walked across the stage in a blue dress. "
        "“My father will fight for every family,” she said."
    )
    doc = nlp(text)
    # The tagging this rule is for: the given name taken for a product, the surname untagged.
    given = next(t.i for t in doc if t.text == "Zinnia")
    kept = [e for e in doc.ents if not (e.start <= given + 1 and e.end > given)]
    doc.set_ents(kept + [Span(doc, given, given + 1, label="PRODUCT")], default="outside")
    row = row_starting(quotes_from_doc(doc), "My father")
    assert row.speaker == "Zinnia Okonjo"


def test_a_name_the_article_says_someone_goes_by_is_them(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `known as`, `nicknamed`: the short name used after is the same person.
    text = (
        "Ghanaian singer Charles Nii Armah Mensah, better known as Shatta, said the tour was "
        "\u201ca dream come true\u201d. \u201cWe sold out every night,\u201d Shatta said.\n"
    )
    rows = extract_rows(text)
    assert {(r.speaker, r.speaker_id) for r in rows} == {("Charles Nii Armah Mensah", 1)}
    assert len(rows) == 2


def test_a_body_tagged_over_the_line_break_after_it_has_no_white_space_in_its_name() -> None:
    from quotes.entities import ArticleEntities

    # By The Editorial Board / The lido closed. (The tagger runs the byline's body over the
    # line break after it, as it does over a blank line in a longer piece.)
    doc = frozen(
        """
        By ADP IN ROOT 0 O by
        The DET DT det 3 B-ORG the
        Editorial PROPN NNP compound 3 I-ORG Editorial
        Board PROPN NNP pobj 0 I-ORG Board _
        <newline> SPACE _SP dep 3 I-ORG <newline> _
        The DET DT det 6 O the
        lido NOUN NN nsubj 7 O lido
        closed VERB VBD ROOT 7 O close _
        . PUNCT . punct 7 O . _
        """
    )
    article = ArticleEntities(DocContext(doc), [True] * len(doc))
    assert [o.name() for o in article.organizations] == ["Editorial Board"]


def test_the_former_job_of_someone_just_named_is_that_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`the former Wales midfielder said`: a past job no one in the story holds now stands for
    the person the sentence before is about, not for someone new and unnamed."""
    text = (
        "Late goal settles derby\n\n"
        "Kingsbridge Rovers manager Ian Pryce was unhappy with the referee. \"It was a foul in the "
        "build-up,\" the former Scotland striker said. \"I will ask the league to look again.\"\n"
    )
    rows = extract_rows(text)
    for start in ("It was a foul", "I will ask"):
        row = row_starting(rows, start)
        assert (row.speaker, row.mention) == ("Ian Pryce", "the former Scotland striker")
        assert row.role.endswith("manager")


def test_a_body_called_by_the_first_word_of_its_name_is_that_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`Halvorsen said in a statement`, in a story about `Halvorsen Foods`: the tagger takes the
    short name for a person's; the article shows it is the company's."""
    text = (
        "Shares in Halvorsen Foods slump after profit warning\n\n"
        "Shares in Halvorsen Foods fell 14 per cent on Tuesday after the snack maker warned on "
        "profit.\n\n"
        "Halvorsen said in a statement that it remained \"confident in our brands\".\n"
    )
    row = row_starting(extract_rows(text), "confident")
    assert (row.speaker, row.organization) == ("Halvorsen Foods", "Halvorsen Foods")


def test_a_headline_the_tagger_made_a_body_does_not_take_a_surname(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """A headline in capitals read as one long body name (`Dunmore Fumes At Referee ...`) is no
    body the person's surname can stand for."""
    text = (
        "Dunmore Fumes At Referee After Late Penalty Row\n\n"
        "The visitors lost 2-1 on Saturday.\n\n"
        "\"It was never a penalty,\" Dunmore said after the game.\n"
    )
    row = row_starting(extract_rows(text), "It was never")
    assert (row.speaker, row.organization) == ("Dunmore", "")


def test_a_party_member_after_the_is_the_member_just_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`The Conservative MP for Louth said`: an office in capitals after `the`, no name; with no
    MP named in the story, it is the person the sentence before is about."""
    text = (
        "Ministers accused of delay on school repairs\n\n"
        "Shadow education secretary Joan Ferris accused ministers of \"dragging their feet\". "
        "The Conservative MP for Ryedale said: \"Children are learning in buildings that leak.\"\n"
    )
    row = row_starting(extract_rows(text), "Children are")
    assert (row.speaker, row.mention) == ("Joan Ferris", "The Conservative MP for Ryedale")


def test_a_company_named_with_a_given_name_stays_a_company(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`Meta Platforms` (Meta is a given name too), then `Meta's president`: a body is called
    short by its first word, a person by the last, so this is a company."""
    text = (
        "Tech giant fined\n\n"
        "Regulators fined Meta Platforms two million euros on Monday.\n\n"
        "\"The fine is unjustified,\" said Tomas Berg, Meta's president.\n"
    )
    row = row_starting(extract_rows(text), "The fine")
    assert (row.speaker, row.role, row.organization) == ("Tomas Berg", "president", "Meta Platforms")


def test_the_minister_is_the_secretary_with_a_portfolio_just_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`Transport Secretary X said … The minister added`: a secretary with a government
    portfolio is a minister."""
    text = (
        "Rail fares to rise\n\n"
        "Transport Secretary Alan Pryor said the rise was \"unavoidable\". The minister added: "
        "\"Nobody likes paying more.\"\n"
    )
    row = row_starting(extract_rows(text), "Nobody likes")
    assert (row.speaker, row.role) == ("Alan Pryor", "Transport Secretary")


def test_a_general_secretary_is_no_minister(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rail fares to rise\n\n"
        "Dan Ross, general secretary of the rail union, said the rise was \"unfair\". The minister "
        "said: \"Nobody likes paying more.\"\n"
    )
    row = row_starting(extract_rows(text), "Nobody likes")
    assert row.speaker != "Dan Ross"


def test_a_doctor_called_by_the_short_form_of_the_job(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`a retired GP`: British, Irish and Australian news call a family doctor by the short form."""
    text = "Surgery closes\n\n\"We are heartbroken,\" said Peter Lunn, a retired GP.\n"
    rows = extract_rows(text)
    assert [(r.speaker, r.role) for r in rows] == [("Peter Lunn", "retired GP")]


def test_a_job_inside_a_name_the_tagger_ran_together(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`Mill Treasurer Harold J. Kemp`, tagged as one person: the name starts at the given name
    after the job."""
    text = "Strike ends\n\nMill Treasurer Harold J. Kemp said the company \"could go no further\".\n"
    row = row_starting(extract_rows(text), "could go")
    assert (row.speaker, row.role) == ("Harold J. Kemp", "Mill Treasurer")


def test_a_name_after_a_form_of_address_is_a_person_though_untagged(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`the head, Mr Farooq,` with `Farooq` tagged nothing: the `he` after it is him, not a
    saint a school is named for (`St Mary's Primary`)."""
    text = (
        "The car park forest\n\n"
        "The tarmac behind St Mary's Primary in Bootle is now a small forest.\n\n"
        "Gemma Hughes persuaded the head, Mr Farooq, to let her dig up a corner. He admits he "
        "was sceptical. \"I thought it would last a term,\" he says.\n"
    )
    row = row_starting(extract_rows(text), "I thought")
    assert (row.speaker, row.role) == ("Farooq", "head")


def test_a_body_named_before_its_noun_in_small_letters(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`the Vereinigung Cockpit union`, untagged: words in capitals after `the` and before a
    body's noun name the body `union president` stands for."""
    text = (
        "Pilots strike\n\n"
        "The Vereinigung Cockpit union said the offer fell short. \"Management has left us no "
        "choice,\" union president Stefan Herth said.\n"
    )
    row = row_starting(extract_rows(text), "Management")
    assert (row.speaker, row.organization) == ("Stefan Herth", "Vereinigung Cockpit union")


def test_a_body_with_a_list_inside_its_name_is_one_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`Kenya Medical Practitioners, Pharmacists and Dentists Union`: the tagger cuts the name at
    the list's commas; the organisation is the whole name, not its last piece."""
    text = (
        "Doctors end strike\n\n"
        "Kenya Medical Practitioners, Pharmacists and Dentists Union secretary-general Davji "
        "Atellah said the deal met \"most of our key demands\".\n"
    )
    row = row_starting(extract_rows(text), "most of")
    assert row.organization == "Kenya Medical Practitioners, Pharmacists and Dentists Union"


def test_bodies_listed_are_not_one_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Tech\n\n\"We will comply,\" said Ann Lee, a lawyer for Microsoft, Apple and Google Inc.\n"
    row = row_starting(extract_rows(text), "We will")
    assert "Apple" not in row.organization


def test_a_body_named_after_its_noun_speaks(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`Civic group People's Solidarity for Participatory Democracy called the ruling`: the parse
    makes two subjects; the body is the name after its noun, not `Civic group`."""
    text = (
        "Ruling\n\nThe court acquitted him on Monday.\n\n"
        "Civic group People's Solidarity for Participatory Democracy called the ruling \"deeply "
        "regrettable\".\n"
    )
    row = row_starting(extract_rows(text), "deeply")
    assert row.speaker == "People's Solidarity for Participatory Democracy"


def test_a_position_on_a_team_is_the_player_just_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`“…,” the out-half said`: sport writing puts the position in place of the name of the
    player the sentence before is about."""
    text = (
        "Late penalty settles derby\n\n"
        "Jack Dunne, who came off the bench, played down his role. \"The forwards did the hard "
        "work,\" the out-half said.\n"
    )
    row = row_starting(extract_rows(text), "The forwards")
    assert (row.speaker, row.mention) == ("Jack Dunne", "the out-half")


def test_a_maori_elder_title_opens_no_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Land returned\n\n"
        "Kaumātua Hemi Tane, 78, remembered the occupation. \"We were arrested on our own land,\" "
        "he said.\n"
    )
    row = row_starting(extract_rows(text), "We were")
    assert (row.speaker, row.role) == ("Hemi Tane", "Kaumātua")


def test_an_office_after_the_opening_on_a_given_name_is_no_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`the Nova Scotia MP said`: `Nova` is a given name too, and `MP` after a name is a seat;
    after `the`, the words are an office, here the critic just named."""
    text = (
        "Dental care\n\n"
        "Conservative health critic Stephen Ellis called the plan \"a bureaucratic mess\". \"It "
        "will fail,\" the Nova Scotia MP said.\n"
    )
    row = row_starting(extract_rows(text), "It will")
    assert row.speaker == "Stephen Ellis"


def test_it_is_the_body_whose_name_opens_with_the(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`The Office of Rail and Road said … It added`: the body is the subject (its name's head,
    not its `The`), so `it` is the body."""
    text = (
        "Fine\n\nThe Office of Rail and Road said the operator had failed. \"Passengers were let "
        "down,\" it added.\n"
    )
    row = row_starting(extract_rows(text), "Passengers")
    assert row.speaker == "Office of Rail and Road"


def test_the_noun_a_body_name_modifies_is_what_the_article_calls_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`The Des Moines Public Schools board voted … board chair X said`: `board` is the body
    tagged before it."""
    text = (
        "Schools to close\n\n"
        "The Des Moines Public Schools board voted 5-2 Tuesday night to close two schools.\n\n"
        "\"This is the hardest vote I have taken,\" board chair Teresa Ruiz said.\n"
    )
    row = row_starting(extract_rows(text), "This is")
    assert (row.role, row.organization) == ("chair", "Des Moines Public Schools")


def test_an_age_or_a_people_before_a_noun_is_the_person_just_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`the 31-year-old opener said`, `the Kenyan tactician said`: epithets of sport writing for
    the person the sentence before is about."""
    aged = "Match\n\nOpener Dan Hale hit 80. \"It felt good,\" the 31-year-old opener said.\n"
    assert row_starting(extract_rows(aged), "It felt").speaker == "Dan Hale"
    people = "Match\n\nCoach Amos Otieno was pleased. \"We deserved it,\" the Kenyan tactician said.\n"
    assert row_starting(extract_rows(people), "We deserved").speaker == "Amos Otieno"


def test_an_untagged_name_keeps_its_hyphenated_surname(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Floods in Lagos\n\n"
        "Governor Babajide Sanwo-Olu visited affected communities. \"Government will not abandon "
        "you,\" he told residents.\n"
    )
    row = row_starting(extract_rows(text), "Government will")
    assert (row.speaker, row.role) == ("Babajide Sanwo-Olu", "Governor")


def test_a_title_in_the_plural_before_names_opens_none_of_them(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`a bench of Justices B.V. Nagarathna and Ujjal Bhuyan`, the first name tagged a body with
    the title: the plural title is no part of the name, so `Justice Nagarathna` later is B.V.
    Nagarathna."""
    text = (
        "Court rebukes State\n\n"
        "\"This is not charity, it is their right,\" a bench of Justices B.V. Nagarathna and Ujjal "
        "Bhuyan observed.\n\n"
        "\"We have heard such assurances before,\" Justice Nagarathna remarked.\n"
    )
    row = row_starting(extract_rows(text), "We have heard")
    assert (row.speaker, row.role) == ("B.V. Nagarathna", "Justice")
