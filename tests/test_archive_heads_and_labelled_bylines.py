"""Page furniture of archive papers and of labelled bylines: `(Continued on page 5.)` is a notice
(a speaker's quotes carry past it, where it was read as a story paragraph that ended the carry);
an archive's head over a new dispatch in brackets, `(From our own Correspondent.)`, `(BY
TELEGRAPH.)`, `(Reuter.)`, is a section label (a new item opens under it: no carry past it);
`Report: Ana Ruiz` is a byline, and `Additional reporting: Tom Hale` one with no author.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# THE STRIKE AT THE DOCKS.  Mr. John Burns, the union secretary, addressed the men at Tower Hill
# yesterday. "The men will not return until the tanner is paid," he said.  (Continued on page 5.)
# "We have the public with us, and we shall win."  (From our own Correspondent.)  "The employers
# will not yield an inch."
_DOCKS = """
THE DET DT det 1 O the
STRIKE NOUN NN nsubj 2 O strike
AT VERB VBG ROOT 2 O AT
THE DET DT det 4 O the
DOCKS PROPN NNP dobj 2 B-ORG DOCKS _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Mr. PROPN NNP compound 9 O Mr.
John PROPN NNP compound 9 B-PERSON John
Burns PROPN NNP nsubj 15 I-PERSON Burns _
, PUNCT , punct 9 O ,
the DET DT det 13 O the
union NOUN NN compound 13 O union
secretary NOUN NN appos 9 O secretary _
, PUNCT , punct 9 O ,
addressed VERB VBD ROOT 15 O address
the DET DT det 17 O the
men NOUN NNS dobj 15 O man
at ADP IN prep 15 O at
Tower PROPN NNP compound 20 B-FAC Tower
Hill PROPN NNP pobj 18 I-FAC Hill
yesterday NOUN NN npadvmod 15 B-DATE yesterday _
. PUNCT . punct 15 O .
" PUNCT `` punct 37 O " _
The DET DT det 25 O the
men NOUN NNS nsubj 28 O man
will AUX MD aux 28 O will
not PART RB neg 28 O not
return VERB VB ccomp 37 O return
until SCONJ IN mark 33 O until
the DET DT det 31 O the
tanner NOUN NN nsubjpass 33 O tanner
is AUX VBZ auxpass 33 O be
paid VERB VBN advcl 28 O pay _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
he PRON PRP nsubj 37 O he
said VERB VBD ROOT 37 O say _
. PUNCT . punct 37 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
( PUNCT -LRB- punct 41 O ( _
Continued VERB VBN ROOT 41 O continue
on ADP IN prep 41 O on
page NOUN NN pobj 42 O page
5 NUM CD nummod 43 B-CARDINAL 5 _
. PUNCT . punct 41 O . _
) PUNCT -RRB- punct 41 O ) _
<paragraph> SPACE _SP dep 46 O <paragraph> _
" PUNCT `` punct 50 O " _
We PRON PRP nsubj 50 O we
have VERB VBP ROOT 50 O have
the DET DT det 52 O the
public NOUN NN dobj 50 O public
with ADP IN prep 50 O with
us PRON PRP pobj 53 O we _
, PUNCT , punct 50 O ,
and CCONJ CC cc 50 O and
we PRON PRP nsubj 59 O we
shall AUX MD aux 59 O shall
win VERB VB conj 50 O win _
. PUNCT . punct 59 O . _
" PUNCT `` punct 50 O " _
<paragraph> SPACE _SP dep 61 O <paragraph> _
( PUNCT -LRB- punct 64 O ( _
From ADP IN ROOT 64 O from
our PRON PRP$ poss 67 O our
own ADJ JJ amod 67 O own
Correspondent NOUN NN pobj 64 B-ORG correspondent _
. PUNCT . punct 64 O . _
) PUNCT -RRB- punct 64 O ) _
<paragraph> SPACE _SP dep 69 O <paragraph> _
" PUNCT `` punct 76 O " _
The DET DT det 73 O the
employers NOUN NNS nsubj 76 O employer
will AUX MD aux 76 O will
not PART RB neg 76 O not
yield VERB VB ROOT 76 O yield
an DET DT det 78 O an
inch NOUN NN dobj 76 O inch _
. PUNCT . punct 76 O . _
" PUNCT '' punct 76 O " _
"""


def test_a_speakers_quote_carries_past_a_continued_on_page_notice() -> None:
    rows = Extractor().rows(frozen(_DOCKS))
    assert [(r.quote, r.speaker) for r in rows] == [
        ("The men will not return until the tanner is paid,", "John Burns"),
        ("We have the public with us, and we shall win.", "John Burns"),
        ("The employers will not yield an inch.", ""),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(Continued on page 5.)", "notice"),
        ("Continued from Page 1", "notice"),
        ("(From our own Correspondent.)", "label"),
        ("(FROM OUR SPECIAL CORRESPONDENT.)", "label"),
        ("(BY TELEGRAPH.)", "label"),
        ("(By Submarine Cable.)", "label"),
        ("(Reuter.)", "label"),
        ("(Press Association Telegram.)", "label"),
        ("Report: Ana Ruiz", "byline"),
        ("Additional reporting: Tom Hale and Ana Ruiz", "byline"),
        ("REPORT: What happened next?", ""),
        ("Report: the council will meet on Monday.", ""),
        ("(From the report of the committee.)", ""),
    ],
)
def test_the_line_kind(line: str, kind: str) -> None:
    assert line_kind(line) == kind
