"""Job holders the tagger or parser hides behind their job: a job written in capitals (`Congress
MLA Bishnu Saikia`), a portfolio read as the start of a body's name (`Secretary of Agriculture
Ezra Taft Benson`), a body's bracketed short form between the body and its officer's job
(`… Authority (KSDMA) chief executive officer Ravi Menon told reporters`), and an office after
`the` (`the Leader of the Opposition in the Punjab Assembly asked`), which describes its holder
and is no name. A name the tagger calls a body after a job no body holds is a person's
(`chief executive Marika Calfas`). A body's name in apposition to a description speaks for it
(`Portugal's central bank, the Banco de Portugal, said`), as a person's does; a body's name
runs on over `of` and its country (`Maritime Union of Australia branch secretary`)."""

from __future__ import annotations

from quotes.attribution import mention_at
from quotes.context import DocContext
from tests.frozen import frozen
from tests.rows import row_starting

# Parses by en_core_web_sm 3.8 of sentences written for this file.
JOB_IN_CAPITALS = """
" PUNCT `` punct 13 O " _
Every DET DT det 2 B-DATE every
year NOUN NN npadvmod 6 I-DATE year
the DET DT det 4 O the
embankments NOUN NNS nsubjpass 6 O embankment
are AUX VBP auxpass 6 O be
breached VERB VBN ccomp 13 O breach _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Congress PROPN NNP compound 12 B-ORG Congress
MLA PROPN NNP compound 12 O MLA
Bishnu PROPN NNP compound 12 O Bishnu
Saikia PROPN NNP nsubj 13 B-ORG Saikia
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
"""

PORTFOLIO_READ_AS_A_BODY = """
Secretary PROPN NNP nmod 4 O Secretary
of ADP IN prep 0 O of
Agriculture PROPN NNP pobj 1 B-ORG Agriculture
Ezra PROPN NNP compound 4 I-ORG Ezra
Taft PROPN NNP compound 5 I-ORG Taft
Benson PROPN NNP nsubj 6 I-ORG Benson
told VERB VBD ROOT 6 O tell
reporters NOUN NNS dobj 6 O reporter
the DET DT det 9 O the
bill NOUN NN nsubj 11 O bill
would AUX MD aux 11 O would
help VERB VB ccomp 6 O help _
. PUNCT . punct 6 O . _
"""

OFFICER_AFTER_A_SHORT_FORM = """
" PUNCT `` punct 23 O " _
Our PRON PRP$ poss 2 O our
teams NOUN NNS nsubj 4 O team
are AUX VBP aux 4 O be
working VERB VBG ccomp 23 O work
round ADV RB advmod 4 O round
the DET DT det 7 O the
clock NOUN NN npadvmod 4 O clock _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Kerala PROPN NNP compound 14 B-ORG Kerala
State PROPN NNP compound 14 I-ORG State
Disaster PROPN NNP compound 14 I-ORG Disaster
Management PROPN NNP compound 14 I-ORG Management
Authority PROPN NNP nsubj 23 I-ORG Authority
( PUNCT -LRB- punct 14 O ( _
KSDMA PROPN NNP nmod 20 O KSDMA _
) PUNCT -RRB- punct 16 O )
chief ADJ JJ amod 20 O chief
executive ADJ JJ amod 20 O executive
officer NOUN NN appos 14 O officer
Ravi PROPN NNP compound 22 B-PERSON Ravi
Menon PROPN NNP appos 14 I-PERSON Menon
told VERB VBD ROOT 23 O tell
reporters NOUN NNS dobj 23 O reporter _
. PUNCT . punct 23 O . _
"""

OFFICE_AFTER_THE = """
" PUNCT `` punct 5 O " _
Where SCONJ WRB advmod 2 O where
is AUX VBZ aux 5 O be
the DET DT det 4 O the
money NOUN NN nsubj 5 O money
going VERB VBG ROOT 5 O go _
? PUNCT . punct 5 O ? _
" PUNCT '' punct 5 O "
the DET DT det 9 O the
Leader PROPN NNP nsubj 17 O Leader
of ADP IN prep 9 O of
the DET DT det 12 O the
Opposition PROPN NNP pobj 10 O Opposition
in ADP IN prep 12 O in
the DET DT det 16 B-ORG the
Punjab PROPN NNP compound 16 I-ORG Punjab
Assembly PROPN NNP pobj 13 I-ORG Assembly
asked VERB VBD ROOT 17 O ask _
. PUNCT . punct 17 O . _
"""

BODY_NAMED_IN_APPOSITION = """
Portugal PROPN NNP poss 3 B-GPE Portugal _
's PART POS case 0 O 's
central ADJ JJ amod 3 O central
bank NOUN NN nsubj 10 O bank _
, PUNCT , punct 3 O ,
the DET DT det 8 B-ORG the
Banco PROPN NNP compound 8 I-ORG Banco
de PROPN NNP compound 8 I-ORG de
Portugal PROPN NNP appos 3 I-ORG Portugal _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
fund NOUN NN nsubj 14 O fund
had AUX VBD aux 14 O have
cost VERB VBN ccomp 10 O cost
" PUNCT `` punct 14 O " _
about ADV RB advmod 17 B-PERCENT about
1 NUM CD nummod 18 I-PERCENT 1 _
% NOUN NN dobj 14 I-PERCENT %
of ADP IN prep 18 O of
output NOUN NN pobj 19 O output _
" PUNCT '' punct 14 O " _
. PUNCT . punct 10 O . _
"""

NAME_TAGGED_A_BODY_AFTER_AN_EXECUTIVE = """
NSW PROPN NNP compound 1 B-CARDINAL NSW
Ports PROPN NNPS nmod 3 B-ORG Ports
chief NOUN NN amod 3 O chief
executive NOUN NN compound 5 O executive
Marika PROPN NNP compound 5 B-ORG Marika
Calfas PROPN NNP nsubj 6 I-ORG Calfas
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
company NOUN NN nsubj 10 O company
had AUX VBD aux 10 O have
made VERB VBN ccomp 6 O make
" PUNCT `` punct 16 O " _
a DET DT det 16 O a
fair ADJ JJ amod 16 O fair
and CCONJ CC cc 13 O and
generous ADJ JJ conj 13 O generous
offer NOUN NN dobj 10 O offer _
" PUNCT '' punct 16 O " _
. PUNCT . punct 6 O . _
"""


def mention_text(spec: str, head: int) -> tuple[str, str]:
    doc = frozen(spec)
    mention = mention_at(DocContext(doc), doc[head])
    assert mention is not None
    return doc.text[mention.start : mention.end], mention.kind


def test_a_name_tagged_a_body_after_a_job_in_capitals_is_a_persons_name() -> None:
    assert mention_text(JOB_IN_CAPITALS, 12) == ("Bishnu Saikia", "name")


def test_a_portfolio_is_no_part_of_the_name_after_it() -> None:
    assert mention_text(PORTFOLIO_READ_AS_A_BODY, 5) == ("Ezra Taft Benson", "name")


def test_the_officer_named_after_a_bodys_short_form_speaks_not_the_body() -> None:
    assert mention_text(OFFICER_AFTER_A_SHORT_FORM, 14) == ("Ravi Menon", "person")


def test_an_office_after_the_is_a_description_of_its_holder() -> None:
    assert mention_text(OFFICE_AFTER_THE, 9) == (
        "the Leader of the Opposition in the Punjab Assembly",
        "description",
    )


def test_rows_of_a_portfolio_holder_carry_the_name_and_the_portfolio(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Secretary of Agriculture Ezra Taft Benson told reporters the bill would help. "
        "\u201cIt is a sound step,\u201d Benson said.\n"
    )
    row = row_starting(extract_rows(text), "It is a sound")
    assert (row.speaker, row.role) == ("Ezra Taft Benson", "Secretary of Agriculture")


def test_a_bodys_name_in_apposition_to_a_description_speaks() -> None:
    assert mention_text(BODY_NAMED_IN_APPOSITION, 3) == ("the Banco de Portugal", "organization")


def test_a_name_tagged_a_body_after_an_executives_job_is_a_persons_name() -> None:
    assert mention_text(NAME_TAGGED_A_BODY_AFTER_AN_EXECUTIVE, 5) == ("Marika Calfas", "name")


def test_a_union_of_a_country_is_one_bodys_name_before_a_job(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cWe are further apart today,\u201d said Maritime Union of Australia branch "
        "secretary Garry Keane.\n"
    )
    row = row_starting(extract_rows(text), "We are further")
    assert (row.role, row.organization) == ("branch secretary", "Maritime Union of Australia")
