"""Bodies the article gives beside a role (issue 10, ROLES.md 4 and 5), on frozen parses of
sentences written for this file (see tests/frozen.py) or parsed through the pipeline:
`The bank said … ¶ a spokeswoman said` across a paragraph break; `NSW Farmers president`
with the state's short form tagged a number; `a Labour pollster for Y` (the party is a side,
Y the employer); `Harbour News and former TV network anchor X` (the body's anchor too);
`pollster X, who now serves as an adviser to Y`."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen
from tests.rows import row_starting


def _describer(spec: str, people: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    doc = frozen(spec)
    return doc, Describer(DocContext(doc), [True] * len(doc), frozenset(), people | {"jo", "kerr"})


def described(spec: str, people: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """The (role, organisation) pairs the sentence gives `Jo Kerr` (with ``people`` the words
    of the article's other people's names)."""
    doc, describer = _describer(spec, people)
    start = [t.text for t in doc].index("Jo")
    return [(d.role, d.organization) for d in describer.describe(start, start + 2)]


def spokeswoman(spec: str) -> tuple[str, str]:
    """The role and organisation `a spokeswoman` is given."""
    doc, describer = _describer(spec)
    noun = [t.text for t in doc].index("spokeswoman")
    return describer.role_of([doc[noun - 1], doc[noun]])


_BANK_THEN_SPOKESWOMAN = """
Harbour PROPN NNP compound 1 B-ORG Harbour
Bank PROPN NNP nsubj 2 I-ORG Bank
left VERB VBD ROOT 2 O leave
its PRON PRP$ poss 4 O its
rates NOUN NNS dobj 2 O rate
unchanged ADJ JJ oprd 2 O unchanged
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 6 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<space> SPACE _SP dep 8 O <space> _
" PUNCT `` punct 19 O " _
Prices NOUN NNS nsubj 14 O price
are AUX VBP aux 14 O be
still ADV RB advmod 14 O still
rising VERB VBG ccomp 19 O rise _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
a DET DT det 18 O a
spokeswoman NOUN NN nsubj 19 O spokeswoman
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def test_a_spokeswoman_after_a_paragraph_a_body_is_the_subject_of_speaks_for_it() -> None:
    # Harbour Bank left its rates unchanged on Tuesday.¶"Prices are still rising," a spokeswoman said.
    assert spokeswoman(_BANK_THEN_SPOKESWOMAN) == ("spokeswoman", "Harbour Bank")


def test_a_spokeswoman_after_a_paragraph_a_person_is_the_subject_of_has_no_body() -> None:
    # Tom Reid left the rates unchanged on Tuesday.¶"Prices are still rising," a spokeswoman said.
    spec = _BANK_THEN_SPOKESWOMAN.replace("B-ORG Harbour", "B-PERSON Tom")
    spec = spec.replace("I-ORG Bank", "I-PERSON Reid")
    spec = spec.replace("Harbour PROPN", "Tom PROPN").replace("Bank PROPN", "Reid PROPN")
    assert spokeswoman(spec) == ("spokeswoman", "")


def test_a_bodys_name_opened_by_a_place_taken_for_a_number_is_whole() -> None:
    # "We were not consulted," NSW Farmers president Jo Kerr said.
    spec = """
    " PUNCT `` punct 12 O " _
    We PRON PRP nsubjpass 4 O we
    were AUX VBD auxpass 4 O be
    not PART RB neg 4 O not
    consulted VERB VBN ccomp 12 O consult _
    , PUNCT , punct 12 O , _
    " PUNCT '' punct 12 O "
    NSW PROPN NNP compound 8 B-CARDINAL NSW
    Farmers PROPN NNP compound 9 B-ORG Farmers
    president NOUN NN compound 11 O president
    Jo PROPN NNP compound 11 B-PERSON Jo
    Kerr PROPN NNP nsubj 12 I-PERSON Kerr
    said VERB VBD ROOT 12 O say _
    . PUNCT . punct 12 O . _
    """
    assert described(spec) == [("president", "NSW Farmers")]


def test_a_party_before_a_pollster_is_a_side_and_the_body_after_for_employs_them() -> None:
    # "The party cannot win with this message," said Jo Kerr, a Labour pollster for Redfield Analytics.
    spec = """
    " PUNCT `` punct 11 O " _
    The DET DT det 2 O the
    party NOUN NN nsubj 5 O party
    can AUX MD aux 5 O can _
    not PART RB neg 5 O not
    win VERB VB ccomp 11 O win
    with ADP IN prep 5 O with
    this DET DT det 8 O this
    message NOUN NN pobj 6 O message _
    , PUNCT , punct 11 O , _
    " PUNCT '' punct 11 O "
    said VERB VBD ROOT 11 O say
    Jo PROPN NNP compound 13 B-PERSON Jo
    Kerr PROPN NNP nsubj 11 I-PERSON Kerr _
    , PUNCT , punct 13 O ,
    a DET DT det 17 O a
    Labour ADJ JJ compound 17 B-ORG labour
    pollster NOUN NN appos 13 O pollster
    for ADP IN prep 17 O for
    Redfield PROPN NNP compound 20 B-ORG Redfield
    Analytics PROPN NNP pobj 18 I-ORG Analytics _
    . PUNCT . punct 11 O . _
    """
    assert described(spec) == [("Labour pollster for Redfield Analytics", "Redfield Analytics")]


def test_a_body_joined_to_a_role_by_and_has_that_role_too() -> None:
    # The speech was given by Harbour News and former TV network anchor Jo Kerr.
    spec = """
    The DET DT det 1 O the
    speech NOUN NN nsubjpass 3 O speech
    was AUX VBD auxpass 3 O be
    given VERB VBN ROOT 3 O give
    by ADP IN agent 3 O by
    Harbour PROPN NNP compound 6 B-ORG Harbour
    News PROPN NNP pobj 4 I-ORG News
    and CCONJ CC cc 6 O and
    former ADJ JJ amod 11 O former
    TV NOUN NN compound 10 O tv
    network NOUN NN compound 11 O network
    anchor NOUN NN compound 13 O anchor
    Jo PROPN NNP compound 13 B-PERSON Jo
    Kerr PROPN NNP conj 6 I-PERSON Kerr _
    . PUNCT . punct 3 O . _
    """
    assert described(spec) == [("anchor", "Harbour News"), ("former TV network anchor", "")]


def test_a_post_held_now_beside_a_trade_gives_the_trade_its_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We need new voters,” said pollster Mary Hill, who was then a member of the Labour "
        "campaign team and now serves as an adviser to Priorities Canada, the pro-Labour group.\n\n"
        "“They will lose,” Hill said."
    )
    row = row_starting(extract_rows(text), "They will lose")
    assert (row.speaker, row.role, row.organization) == ("Mary Hill", "pollster", "Priorities Canada")


def test_a_post_held_before_beside_a_former_role_gives_it_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We need new voters,” said former governor Mary Hill, who now serves as chairman of "
        "the Riverton Host Committee."
    )
    row = row_starting(extract_rows(text), "We need")
    assert (row.speaker, row.organization) == ("Mary Hill", "")


def test_a_title_held_of_a_portfolio_then_and_a_second_title_are_two_titles() -> None:
    # Former Secretary of State and Democratic presidential frontrunner Jo Kerr is calling for
    # more troops. (Parsed with `frontrunner` a second subject of `calling`.)
    spec = """
    Former ADJ JJ amod 1 O former
    Secretary PROPN NNP nmod 7 O Secretary
    of ADP IN prep 1 O of
    State PROPN NNP pobj 2 B-ORG State
    and CCONJ CC cc 3 O and
    Democratic ADJ JJ amod 7 B-NORP democratic
    presidential ADJ JJ amod 7 O presidential
    frontrunner NOUN NN nsubj 11 O frontrunner
    Jo PROPN NNP compound 9 B-PERSON Jo
    Kerr PROPN NNP nsubj 11 I-PERSON Kerr
    is AUX VBZ aux 11 O be
    calling VERB VBG ROOT 11 O call
    for ADP IN prep 11 O for
    more ADJ JJR amod 14 O more
    troops NOUN NNS pobj 12 O troop _
    . PUNCT . punct 11 O . _
    """
    assert described(spec)[0] == ("Former Secretary of State", "")


def test_a_minister_for_a_portfolio_then_a_partys_leader_are_two_titles() -> None:
    # Former Minister for Health and Labour leader Jo Kerr is calling for more troops.
    spec = """
    Former ADJ JJ amod 1 O former
    Minister PROPN NNP nmod 8 O Minister
    for ADP IN prep 1 O for
    Health PROPN NNP pobj 2 O Health
    and CCONJ CC cc 3 O and
    Labour PROPN NNP conj 3 B-ORG Labour
    leader NOUN NN compound 8 O leader
    Jo PROPN NNP compound 8 B-PERSON Jo
    Kerr PROPN NNP nsubj 10 I-PERSON Kerr
    is AUX VBZ aux 10 O be
    calling VERB VBG ROOT 10 O call
    for ADP IN prep 10 O for
    more ADJ JJR amod 13 O more
    troops NOUN NNS pobj 11 O troop _
    . PUNCT . punct 10 O . _
    """
    assert described(spec) == [("Former Minister for Health", ""), ("leader", "Labour")]


def test_and_inside_a_departments_name_before_a_job_joins_the_name() -> None:
    # Department of Planning and Environment spokesman Jo Kerr is calling for more troops.
    spec = """
    Department PROPN NNP nmod 5 B-ORG Department
    of ADP IN prep 0 I-ORG of
    Planning PROPN NNP pobj 1 I-ORG Planning
    and CCONJ CC cc 2 I-ORG and
    Environment PROPN NNP conj 2 I-ORG Environment
    spokesman NOUN NN compound 7 O spokesman
    Jo PROPN NNP compound 7 B-PERSON Jo
    Kerr PROPN NNP nsubj 9 I-PERSON Kerr
    is AUX VBZ aux 9 O be
    calling VERB VBG ROOT 9 O call
    for ADP IN prep 9 O for
    more ADJ JJR amod 12 O more
    troops NOUN NNS pobj 10 O troop _
    . PUNCT . punct 9 O . _
    """
    assert described(spec) == [("spokesman", "Department of Planning and Environment")]


_REID_AND_CHAIRMAN = """
Also ADV RB advmod 10 O also
Monday PROPN NNP npadvmod 10 B-DATE Monday _
, PUNCT , punct 10 O ,
Reid PROPN NNP nmod 6 B-ORG Reid
and CCONJ CC cc 3 O and
Harbour PROPN NNP conj 3 B-ORG Harbour
Committee PROPN NNP compound 7 I-ORG Committee
Chairman PROPN NNP compound 9 O Chairman
Jo PROPN NNP compound 9 B-PERSON Jo
Kerr PROPN NNP nsubj 10 I-PERSON Kerr
sent VERB VBD ROOT 10 O send
a DET DT det 12 O a
letter NOUN NN dobj 10 O letter _
. PUNCT . punct 10 O . _
"""


def test_a_persons_surname_taken_for_a_body_before_and_has_no_role() -> None:
    # Also Monday, Reid and Harbour Committee Chairman Jo Kerr sent a letter. (`Reid` tagged a
    # body, as the tagger may tag a surname; the article names a Tom Reid.)
    assert ("Chairman", "Reid") not in described(_REID_AND_CHAIRMAN, frozenset({"tom", "reid"}))
