"""A reporter's job on a line of its own under the name (`Ana Ruiz` / `Senior Multimedia
Reporter`, as Caribbean and British papers print it): a byline with no author, so the job's
first words (*Senior Multimedia*) are no author a column's `I` stands for; and a `By` run into
the name (`ByAna Ruiz`, as a page copied out gives a byline whose parts stand in elements of
their own), whose author is the column's `I`. Frozen parses of stories written for this file
(see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import byline_names, line_kind
from tests.frozen import frozen

# Fishermen want answers /  / Ana Ruiz / Senior Multimedia Reporter /  / "Will you go out again?" I
# asked the skipper.
_A_JOB_UNDER_THE_NAME = """
Fishermen NOUN NNS nsubj 1 O fisherman
want VERB VBP ROOT 1 O want
answers NOUN NNS dobj 1 O answer _
<paragraph> SPACE _SP dep 2 O <paragraph> _
Ana PROPN NNP compound 5 O Ana
Ruiz PROPN NNP ROOT 5 O Ruiz _
<newline> SPACE _SP dep 5 O <newline> _
Senior PROPN NNP compound 9 O Senior
Multimedia PROPN NNP compound 9 O Multimedia
Reporter NOUN NN ROOT 9 O reporter _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 14 O " _
Will AUX MD aux 14 O will
you PRON PRP nsubj 14 O you
go VERB VB ROOT 14 O go
out ADP RP prt 14 O out
again ADV RB advmod 14 O again _
? PUNCT . punct 14 O ? _
" PUNCT '' punct 14 O "
I PRON PRP nsubj 20 O I
asked VERB VBD ROOT 20 O ask
the DET DT det 22 O the
skipper NOUN NN dobj 20 O skipper _
. PUNCT . punct 20 O . _
"""

# Bin strike called off /  / ByAna Ruiz / Reporter /  / "Is it over?" I asked the driver.
_A_BY_RUN_INTO_THE_NAME = """
Bin NOUN NN compound 1 B-PERSON bin
strike NOUN NN nsubj 2 O strike
called VERB VBD ROOT 2 O call
off ADP RP prt 2 O off _
<paragraph> SPACE _SP dep 3 O <paragraph> _
ByAna PROPN NNP compound 6 O ByAna
Ruiz PROPN NNP ROOT 6 O Ruiz _
<newline> SPACE _SP dep 6 O <newline> _
Reporter NOUN NN ROOT 8 O reporter _
<paragraph> SPACE _SP dep 8 O <paragraph> _
" PUNCT `` punct 11 O " _
Is AUX VBZ ROOT 11 O be
it PRON PRP nsubj 11 O it
over ADP RP advmod 11 O over _
? PUNCT . punct 11 O ? _
" PUNCT '' punct 11 O "
I PRON PRP nsubj 17 O I
asked VERB VBD ROOT 17 O ask
the DET DT det 19 O the
driver NOUN NN dobj 17 O driver _
. PUNCT . punct 17 O . _
"""


def test_a_job_under_the_name_is_no_author() -> None:
    rows = Extractor().rows(frozen(_A_JOB_UNDER_THE_NAME))
    assert [(r.speaker, r.quote) for r in rows] == [("", "Will you go out again?")]


def test_a_by_run_into_the_name_names_the_columns_i() -> None:
    rows = Extractor().rows(frozen(_A_BY_RUN_INTO_THE_NAME))
    assert [(r.speaker, r.quote) for r in rows] == [("Ana Ruiz", "Is it over?")]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Reporter", "byline"),
        ("Senior Multimedia Reporter", "byline"),
        ("Chief Political Correspondent", "byline"),
        ("ByAna Ruiz", "byline"),
        # (A story's line stays story; a name that opens on `By` is no byline.)
        ("Reporters were told to leave.", ""),
        ("BYD Auto", ""),
        ("Byron Hale", ""),
    ],
)
def test_a_job_alone_on_a_line(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_a_name_and_its_job_keep_their_author() -> None:
    text = "Fishermen want answers\nAna Ruiz, Senior Multimedia Reporter\n\nThe boat was seized."
    assert [b.name for b in byline_names(text)] == ["Ana Ruiz"]
    assert byline_names("Fishermen\nAna Ruiz\nSenior Multimedia Reporter\n\nThe boat was seized.") == []
