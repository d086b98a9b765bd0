"""`62 per cent of the farmers surveyed said …`, `Nearly 70pc of the traders told …`: papers
outside the United States write `percent` as two words or shorten it to `pc`, and the model
labels `62 per cent` a sum of money and `Nearly 70pc` a date; a share of people is somebody,
written either way as in one word (`62 percent of the farmers said …`), for reported speech and
quotes alike, and a share of a budget is still nobody. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# In Nakuru, 62 per cent of the farmers surveyed said the rains had come too late.
_SHARE_SAID = """
In ADP IN prep 10 O in
Nakuru PROPN NNP pobj 0 B-GPE Nakuru _
, PUNCT , punct 10 O ,
62 NUM CD nummod 5 B-MONEY 62
per ADP IN nmod 5 I-MONEY per
cent NOUN NN nsubj 10 I-MONEY cent
of ADP IN prep 5 O of
the DET DT det 8 O the
farmers NOUN NNS pobj 6 O farmer
surveyed VERB VBN acl 8 O survey
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
rains NOUN NNS nsubj 14 O rain
had AUX VBD aux 14 O have
come VERB VBN ccomp 10 O come
too ADV RB advmod 16 O too
late ADV RB advmod 14 O late _
. PUNCT . punct 10 O . _
"""

# “We cannot pay the new levy,” 45 per cent of the traders told the chamber.
_SHARE_QUOTED = """
“ PUNCT `` punct 16 O " _
We PRON PRP nsubj 4 O we
can AUX MD aux 4 O can _
not PART RB neg 4 O not
pay VERB VB ccomp 16 O pay
the DET DT det 7 O the
new ADJ JJ amod 7 O new
levy NOUN NN dobj 4 O levy _
, PUNCT , punct 16 O , _
” PUNCT '' punct 16 O "
45 NUM CD nummod 12 B-MONEY 45
per ADP IN compound 12 I-MONEY per
cent NOUN NN nsubj 16 I-MONEY cent
of ADP IN prep 12 O of
the DET DT det 15 O the
traders NOUN NNS pobj 13 O trader
told VERB VBD ROOT 16 O tell
the DET DT det 18 O the
chamber NOUN NN dobj 16 O chamber _
. PUNCT . punct 16 O . _
"""

# The council spent 40 per cent of its budget on roads, the treasurer said.
_A_SHARE_OF_A_BUDGET = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
spent VERB VBD ccomp 14 O spend
40 NUM CD nummod 5 B-MONEY 40
per ADP IN compound 5 I-MONEY per
cent NOUN NN dobj 2 I-MONEY cent
of ADP IN prep 5 O of
its PRON PRP$ poss 8 O its
budget NOUN NN pobj 6 O budget
on ADP IN prep 2 O on
roads NOUN NNS pobj 9 O road _
, PUNCT , punct 14 O ,
the DET DT det 13 O the
treasurer NOUN NN nsubj 14 O treasurer
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# Nearly 70pc of the traders told Dawn that the new tax would force them to close.
_PC_SHARE = """
Nearly ADV RB advmod 1 B-DATE nearly
70pc NOUN NN nsubj 5 I-DATE 70pc
of ADP IN prep 1 O of
the DET DT det 4 O the
traders NOUN NNS pobj 2 O trader
told VERB VBD ROOT 5 O tell
Dawn PROPN NNP dobj 5 B-PERSON Dawn
that SCONJ IN mark 12 O that
the DET DT det 10 O the
new ADJ JJ amod 10 O new
tax NOUN NN nsubj 12 O tax
would AUX MD aux 12 O would
force VERB VB ccomp 5 O force
them PRON PRP dobj 12 O they
to PART TO aux 15 O to
close VERB VB xcomp 12 O close _
. PUNCT . punct 5 O . _
"""


def test_a_share_in_per_cent_reports_what_it_said() -> None:
    rows = Extractor(indirect=True).rows(frozen(_SHARE_SAID))
    assert [(r.kind, r.speaker, r.quote) for r in rows] == [
        ("indirect", "62 per cent of the farmers surveyed", "the rains had come too late")
    ]


def test_a_share_in_per_cent_speaks_a_quote() -> None:
    rows = Extractor().rows(frozen(_SHARE_QUOTED))
    assert [(r.speaker, r.cue) for r in rows] == [("45 per cent of the traders", "told")]


def test_a_share_of_a_budget_is_nobody() -> None:
    rows = Extractor(indirect=True).rows(frozen(_A_SHARE_OF_A_BUDGET))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("the treasurer", "The council spent 40 per cent of its budget on roads")
    ]


def test_a_share_written_pc_reports_what_it_said() -> None:
    rows = Extractor(indirect=True).rows(frozen(_PC_SHARE))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Nearly 70pc of the traders", "told", "the new tax would force them to close")
    ]
