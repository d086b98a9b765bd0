"""A person named on a line of the page, not of the story (a related link, `Related: Tom Brown
quits as harbour board chair`; the reporters who helped, `Associated Press writer Tom Brown in
Chicago contributed to this report.`; how to reach the reporter), is no one a later `he said` of
the story means: the captain the story named before speaks, not *Tom Brown*. The contributors'
line, the contact line, the Canadian Press's `This report by The Canadian Press was first
published …` and more captions' credits (`REUTERS/Tom Brown` after a capitals agency, `ST PHOTO:
…`, `Pic: …`, `Credit...Tom Brown for The New York Times`, `(AP Photo/Tom Brown, File)`) are
furniture (models/furniture.txt). Frozen parses of stories written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import byline_author, line_kind
from tests.frozen import frozen

# Ferry to keep sailing through winter /  / The council voted on Tuesday to keep the ferry runnin…
_C8 = """
Ferry NOUN NN ROOT 0 O ferry
to PART TO aux 2 O to
keep VERB VB advcl 0 O keep
sailing VERB VBG xcomp 2 O sail
through ADP IN prep 3 O through
winter NOUN NN pobj 4 B-DATE winter _
<paragraph> SPACE _SP dep 5 O <paragraph> _
The DET DT det 8 O the
council NOUN NN nsubj 9 O council
voted VERB VBD ROOT 9 O vote
on ADP IN prep 9 O on
Tuesday PROPN NNP pobj 10 B-DATE Tuesday
to PART TO aux 13 O to
keep VERB VB xcomp 9 O keep
the DET DT det 16 O the
ferry NOUN NN compound 16 O ferry
running NOUN NN dobj 13 O running _
, PUNCT , punct 9 O ,
and CCONJ CC cc 9 O and
its PRON PRP$ poss 20 O its
captain NOUN NN nsubj 25 O captain _
, PUNCT , punct 20 O ,
Sam PROPN NNP compound 23 B-PERSON Sam
Reid PROPN NNP appos 20 I-PERSON Reid _
, PUNCT , punct 20 O ,
welcomed VERB VBD conj 9 O welcome
the DET DT det 27 O the
decision NOUN NN dobj 25 O decision _
. PUNCT . punct 25 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
Related VERB VBN advcl 34 O relate _
: PUNCT : punct 30 O :
Tom PROPN NNP compound 33 B-PERSON Tom
Brown PROPN NNP nsubj 34 I-PERSON Brown
quits VERB VBZ ROOT 34 O quit
as ADP IN prep 34 O as
harbour PROPN NNP compound 37 O harbour
board NOUN NN compound 38 O board
chair NOUN NN pobj 35 O chair _
<paragraph> SPACE _SP dep 38 O <paragraph> _
" PUNCT `` ROOT 40 O " _
It PRON PRP nsubj 43 O it
will AUX MD aux 43 O will
sail VERB VB ccomp 51 O sail
every DET DT det 45 O every
day NOUN NN npadvmod 43 O day
until ADP IN prep 43 O until
March PROPN NNP pobj 46 B-DATE March _
, PUNCT , punct 51 O , _
" PUNCT '' punct 51 O "
he PRON PRP nsubj 51 O he
said VERB VBD ROOT 51 O say _
. PUNCT . punct 51 O . _
"""

# Ferry to keep sailing through winter /  / The council voted on Tuesday to keep the ferry runnin…
_C9 = """
Ferry NOUN NN ROOT 0 O ferry
to PART TO aux 2 O to
keep VERB VB advcl 0 O keep
sailing VERB VBG xcomp 2 O sail
through ADP IN prep 3 O through
winter NOUN NN pobj 4 B-DATE winter _
<paragraph> SPACE _SP dep 5 O <paragraph> _
The DET DT det 8 O the
council NOUN NN nsubj 9 O council
voted VERB VBD ROOT 9 O vote
on ADP IN prep 9 O on
Tuesday PROPN NNP pobj 10 B-DATE Tuesday
to PART TO aux 13 O to
keep VERB VB xcomp 9 O keep
the DET DT det 16 O the
ferry NOUN NN compound 16 O ferry
running NOUN NN dobj 13 O running _
, PUNCT , punct 9 O ,
and CCONJ CC cc 9 O and
its PRON PRP$ poss 20 O its
captain NOUN NN nsubj 25 O captain _
, PUNCT , punct 20 O ,
Sam PROPN NNP compound 23 B-PERSON Sam
Reid PROPN NNP appos 20 I-PERSON Reid _
, PUNCT , punct 20 O ,
welcomed VERB VBD conj 9 O welcome
the DET DT det 27 O the
decision NOUN NN dobj 25 O decision _
. PUNCT . punct 25 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
Associated PROPN NNP compound 31 O Associated
Press PROPN NNP compound 32 O Press
writer NOUN NN compound 34 O writer
Tom PROPN NNP compound 34 B-PERSON Tom
Brown PROPN NNP nsubj 37 I-PERSON Brown
in ADP IN prep 34 O in
Chicago PROPN NNP pobj 35 B-GPE Chicago
contributed VERB VBD ROOT 37 O contribute
to ADP IN prep 37 O to
this DET DT det 40 O this
report NOUN NN pobj 38 O report _
. PUNCT . punct 37 O . _
<paragraph> SPACE _SP dep 41 O <paragraph> _
" PUNCT `` punct 46 O " _
It PRON PRP nsubj 46 O it
will AUX MD aux 46 O will
sail VERB VB ccomp 54 O sail
every DET DT det 48 O every
day NOUN NN npadvmod 46 O day
until ADP IN prep 46 O until
March PROPN NNP pobj 49 B-DATE March _
, PUNCT , punct 54 O , _
" PUNCT '' punct 54 O "
he PRON PRP nsubj 54 O he
said VERB VBD ROOT 54 O say _
. PUNCT . punct 54 O . _
"""


@pytest.mark.parametrize("spec", [_C8, _C9], ids=["related link", "contributors"])
def test_a_person_on_a_page_line_is_no_later_he(spec: str) -> None:
    rows = Extractor().rows(frozen(spec))
    assert [(r.speaker, r.role) for r in rows] == [("Sam Reid", "captain")]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Associated Press writer Tom Brown in Chicago contributed to this report.", "byline"),
        ("Ana Ruiz and Tom Brown contributed reporting from Nairobi.", "byline"),
        ("Contact Ana Ruiz at ana@example.com or 555-0100.", "notice"),
        ("Ana Ruiz covers City Hall for the Lenton Star. Reach her at ana@example.com.", "notice"),
        ("Ana Ruiz can be reached at 555-0100.", "notice"),
        ("This report by The Canadian Press was first published March 3, 2026.", "notice"),
        ("March 3, 2026 — 5.00pm", "date"),
        ("Riders board at the pier on Monday. THE CANADIAN PRESS/Tom Brown", "caption"),
        ("Riders board at the pier on Monday. ST PHOTO: TOM BROWN", "caption"),
        ("Riders board at the pier on Monday. PHOTO | TOM BROWN | NMG", "caption"),
        ("Riders board at the pier on Monday. Pic: Tom Brown", "caption"),
        ("Riders board at the pier on Monday. Source: Supplied", "caption"),
        ("Riders board at the pier on Monday. [Photo: Tom Brown, Standard]", "caption"),
        ("Riders board at the pier on Monday. (Express photo by Tom Brown)", "caption"),
        ("Riders board at the pier on Monday.Credit...Tom Brown for The New York Times", "caption"),
        ("FILE - Riders board at the pier on Monday. (AP Photo/Tom Brown, File)", "caption"),
        ("Photo by Tom Brown/Reuters", "credit"),
        # Story lines are none of these.
        ("Residents can contact the council at 555-0100 to report leaks.", ""),
        ("Ruiz can be reached at home, a neighbour said.", ""),
        ("Smith contributed $500 to the campaign.", ""),
        ("Photos by fans were shared widely.", ""),
        ("Photo by Tom Brown shows the crowd at the gate.", ""),
    ],
)
def test_foot_lines_and_captions(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_a_contributor_is_no_author() -> None:
    text = "Ferry saved\n\nThe ferry stays.\n\nAna Ruiz contributed reporting from Lenton.\n"
    assert byline_author(text) == ""
