"""Roles given by a verb of holding, taking, leaving or founding an office (issue 10):
`X, who served as chief of staff`, `X was named chief executive of Y`, `X, whom the premier fired
as campaign manager`, `X, who founded the advocacy group Y`. Frozen parses of sentences written
for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen
from tests.rows import row_starting


def described(spec: str, name: str) -> list[tuple[str, str, str]]:
    """The (role, organisation, source) the article gives the name ``name`` in ``spec``."""
    doc = frozen(spec)
    words = name.split()
    texts = [t.text for t in doc]
    start = next(i for i in range(len(texts)) if texts[i : i + len(words)] == words)
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), frozenset())
    return [(d.role, d.organization, d.source) for d in describer.describe(start, start + len(words))]


def test_who_served_as_gives_a_former_role() -> None:
    # "We held firm," said Priya Menon, who served as his chief of staff.
    spec = """
    " PUNCT `` punct 6 O " _
    We PRON PRP nsubj 2 O we
    held VERB VBD ccomp 6 O hold
    firm NOUN NN dobj 2 O firm _
    , PUNCT , punct 6 O , _
    " PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    Priya PROPN NNP compound 8 B-PERSON Priya
    Menon PROPN NNP nsubj 6 I-PERSON Menon _
    , PUNCT , punct 8 O ,
    who PRON WP nsubj 11 O who
    served VERB VBD relcl 8 O serve
    as ADP IN prep 11 O as
    his PRON PRP$ poss 14 O his
    chief NOUN NN pobj 12 O chief
    of ADP IN prep 14 O of
    staff NOUN NN pobj 15 O staff _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Priya Menon") == [("former chief of staff", "", "office")]


def test_was_named_a_role_gives_the_role_and_its_body() -> None:
    # Aisha Khan was named chief executive of Lakeside Bank in 2019.
    spec = """
    Aisha PROPN NNP compound 1 B-PERSON Aisha
    Khan PROPN NNP nsubjpass 3 I-PERSON Khan
    was AUX VBD auxpass 3 O be
    named VERB VBN ROOT 3 O name
    chief ADJ JJ amod 5 O chief
    executive NOUN NN oprd 3 O executive
    of ADP IN prep 5 O of
    Lakeside PROPN NNP compound 8 B-ORG Lakeside
    Bank PROPN NNP pobj 6 I-ORG Bank
    in ADP IN prep 3 O in
    2019 NUM CD pobj 9 B-DATE 2019 _
    . PUNCT . punct 3 O . _
    """
    assert described(spec, "Aisha Khan") == [("chief executive of Lakeside Bank", "Lakeside Bank", "copula")]


def test_a_post_hoped_for_is_no_role() -> None:
    # Tom Ward would be named coach if the board agreed.
    spec = """
    Tom PROPN NNP compound 1 B-PERSON Tom
    Ward PROPN NNP nsubjpass 4 I-PERSON Ward
    would AUX MD aux 4 O would
    be AUX VB auxpass 4 O be
    named VERB VBN ROOT 4 O name
    coach NOUN NN oprd 4 O coach
    if SCONJ IN mark 9 O if
    the DET DT det 8 O the
    board NOUN NN nsubj 9 O board
    agreed VERB VBD advcl 4 O agree _
    . PUNCT . punct 4 O . _
    """
    assert described(spec, "Tom Ward") == []


def test_whom_someone_fired_as_gives_a_former_role() -> None:
    # "I did my job," said Rod Kemp, whom the premier fired as campaign manager.
    spec = """
    " PUNCT `` punct 7 O " _
    I PRON PRP nsubj 2 O I
    did VERB VBD ccomp 7 O do
    my PRON PRP$ poss 4 O my
    job NOUN NN dobj 2 O job _
    , PUNCT , punct 7 O , _
    " PUNCT '' punct 7 O "
    said VERB VBD ROOT 7 O say
    Rod PROPN NNP compound 9 B-PERSON Rod
    Kemp PROPN NNP nsubj 7 I-PERSON Kemp _
    , PUNCT , punct 9 O ,
    whom PRON WP dobj 14 O whom
    the DET DT det 13 O the
    premier NOUN NN nsubj 14 O premier
    fired VERB VBD relcl 9 O fire
    as ADP IN prep 14 O as
    campaign NOUN NN compound 17 O campaign
    manager NOUN NN pobj 15 O manager _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Rod Kemp") == [("former campaign manager", "", "office")]


def test_who_founded_a_named_body_gives_the_body_and_no_role() -> None:
    # "The fund is sound," said Gary Moss, who founded the advocacy group Fair Votes Now.
    spec = """
    " PUNCT `` punct 7 O " _
    The DET DT det 2 O the
    fund NOUN NN nsubj 3 O fund
    is AUX VBZ ccomp 7 O be
    sound ADJ JJ acomp 3 O sound _
    , PUNCT , punct 7 O , _
    " PUNCT '' punct 7 O "
    said VERB VBD ROOT 7 O say
    Gary PROPN NNP compound 9 B-PERSON Gary
    Moss PROPN NNP nsubj 7 I-PERSON Moss _
    , PUNCT , punct 9 O ,
    who PRON WP nsubj 12 O who
    founded VERB VBD relcl 9 O found
    the DET DT det 15 O the
    advocacy NOUN NN compound 15 O advocacy
    group NOUN NN dobj 12 O group
    Fair NOUN NN compound 17 B-ORG fair
    Votes PROPN NNPS appos 15 I-ORG Votes
    Now ADV RB advmod 12 I-ORG now _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Gary Moss") == [("", "Fair Votes Now", "office")]


def test_when_a_post_was_held_is_no_part_of_the_role() -> None:
    # "It was my duty," said Elena Park, who served as the mayor's chief of staff during the floods.
    # (`during` set on `chief`, as the parser often hangs it in longer sentences.)
    spec = """
    " PUNCT `` punct 7 O " _
    It PRON PRP nsubj 2 O it
    was AUX VBD ccomp 7 O be
    my PRON PRP$ poss 4 O my
    duty NOUN NN attr 2 O duty _
    , PUNCT , punct 7 O , _
    " PUNCT '' punct 7 O "
    said VERB VBD ROOT 7 O say
    Elena PROPN NNP compound 9 B-PERSON Elena
    Park PROPN NNP nsubj 7 I-PERSON Park _
    , PUNCT , punct 9 O ,
    who PRON WP nsubj 12 O who
    served VERB VBD relcl 9 O serve
    as ADP IN prep 12 O as
    the DET DT det 15 O the
    mayor NOUN NN poss 17 O mayor _
    's PART POS case 15 O 's
    chief NOUN NN pobj 13 O chief
    of ADP IN prep 17 O of
    staff NOUN NN pobj 18 O staff
    during ADP IN prep 17 O during
    the DET DT det 22 O the
    floods NOUN NNS pobj 20 O flood _
    . PUNCT . punct 7 O . _
    """
    # (The mayor owning the post is no part of the role: ROLES.md, as `the president's deputy
    # national security adviser` is labelled `deputy national security adviser`.)
    assert described(spec, "Elena Park") == [("former chief of staff", "", "office")]


def test_why_a_post_was_given_is_no_part_of_the_role() -> None:
    # Cruz campaigned with Ana Ruiz, whom he named as his running mate in an attempt to win back the suburbs.
    # (`in` set on `mate`, as the parser hangs it in longer sentences.)
    spec = """
    Cruz PROPN NNP nsubj 1 O Cruz
    campaigned VERB VBD ROOT 1 O campaign
    with ADP IN prep 1 O with
    Ana PROPN NNP compound 4 O Ana
    Ruiz PROPN NNP pobj 2 O Ruiz _
    , PUNCT , punct 4 O ,
    whom PRON WP dobj 8 O whom
    he PRON PRP nsubj 8 O he
    named VERB VBD relcl 4 O name
    as ADP IN prep 8 O as
    his PRON PRP$ poss 12 O his
    running NOUN NN compound 12 O running
    mate NOUN NN pobj 9 O mate
    in ADP IN prep 12 O in
    an DET DT det 15 O an
    attempt NOUN NN pobj 13 O attempt
    to PART TO aux 17 O to
    win VERB VB acl 15 O win
    back ADP RP prt 17 O back
    the DET DT det 20 O the
    suburbs NOUN NNS dobj 17 O suburb _
    . PUNCT . punct 1 O . _
    """
    assert described(spec, "Ana Ruiz") == [("running mate", "", "office")]


def test_a_title_by_the_name_outranks_a_post_a_clause_gives(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The body comes with the clause's post: set beside the title it would be a wrong pair.
    text = (
        '"Rates will rise," said former Ontario premier Bill Dunn, who serves as chairman of the '
        'Harbour Trust.\n\n"We listen," said Mira Sol, who serves as chairman of the Harbour Trust.'
    )
    rows = extract_rows(text)
    dunn, sol = row_starting(rows, "Rates"), row_starting(rows, "We listen")
    assert (dunn.role, dunn.organization) == ("former Ontario premier", "")
    assert (sol.role, sol.organization) == ("chairman of the Harbour Trust", "Harbour Trust")


def test_a_founded_body_is_the_organisation_only_of_someone_with_no_other_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We grow," said Lena Holt, a city councillor who founded the Riverside Trust.\n\n'
        '"We care," said Omar Diallo, who founded the Riverside Trust.'
    )
    rows = extract_rows(text)
    holt, diallo = row_starting(rows, "We grow"), row_starting(rows, "We care")
    assert (holt.role, holt.organization) == ("city councillor", "")
    assert (diallo.role, diallo.organization) == ("", "Riverside Trust")


def test_who_chairs_a_body_named_in_small_letters_after_a_place_chairs_that_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Morag Bell, who chairs the Tarbert community council, said the ferry was "
        "\u201cour lifeline\u201d.\n"
    )
    (row,) = extract_rows(text)
    assert (row.speaker, row.role, row.organization) == ("Morag Bell", "", "Tarbert community council")
