"""A link to another story set off by a section's kicker and a bar (`OPINION | …`, `ANALYSIS |
…`, as CBC and News24 print them) or by `ALSO:` in capitals is page furniture: its quote is the
linked headline's, so it gives no row and no speaker (`'A pool is not a luxury,' says former
Olympian` gave a row for *Olympian*, `ALSO: 'We were never asked,' say swimmers` one for
*swimmers*). A colon after `Also` in small letters can open a story's sentence and is left alone.
Frozen parse of a story written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Lenton's pool will close in June, the council said. / "We can't keep pouring money into it,"
# said mayor Ana Ruiz. / ALSO: 'We were never asked,' say swimmers as pool shuts / OPINION | 'A
# pool is not a luxury,' says former Olympian / Swim club president Hemi Walker said the vote was
# "short-sighted".
_POOL = """
Lenton PROPN NNP poss 2 B-PERSON Lenton _
's PART POS case 0 O 's
pool NOUN NN nsubj 4 O pool
will AUX MD aux 4 O will
close VERB VB ccomp 10 O close
in ADP IN prep 4 O in
June PROPN NNP pobj 5 B-DATE June _
, PUNCT , punct 10 O ,
the DET DT det 9 O the
council NOUN NN nsubj 10 O council
said VERB VBD ROOT 10 O say _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 17 O we
ca AUX MD aux 17 O can _
n't PART RB neg 17 O not
keep VERB VB ccomp 24 O keep
pouring VERB VBG xcomp 17 O pour
money NOUN NN dobj 18 O money
into ADP IN prep 18 O into
it PRON PRP pobj 20 O it _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
said VERB VBD ROOT 24 O say
mayor NOUN NN compound 27 O mayor
Ana PROPN NNP compound 27 O Ana
Ruiz PROPN NNP nsubj 24 O Ruiz _
. PUNCT . punct 24 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
ALSO ADV RB advmod 39 O also _
: PUNCT : punct 36 O :
' PUNCT `` punct 36 O ' _
We PRON PRP nsubjpass 36 O we
were AUX VBD auxpass 36 O be
never ADV RB neg 36 O never
asked VERB VBN ccomp 39 O ask _
, PUNCT , punct 39 O , _
' PUNCT '' punct 39 O '
say VERB VBP ROOT 39 O say
swimmers NOUN NNS nsubj 43 O swimmer
as SCONJ IN mark 43 O as
pool NOUN NN compound 43 O pool
shuts NOUN NNS ccomp 39 O shut _
<paragraph> SPACE _SP dep 43 O <paragraph> _
OPINION NOUN NN ROOT 45 O opinion
| NOUN NN ROOT 46 O |
' PUNCT `` ROOT 47 O ' _
A DET DT det 49 O a
pool NOUN NN nsubj 50 O pool
is AUX VBZ ccomp 56 O be
not PART RB neg 50 O not
a DET DT det 53 O a
luxury NOUN NN attr 50 O luxury _
, PUNCT , punct 56 O , _
' PUNCT '' punct 56 O '
says VERB VBZ ROOT 56 O say
former ADJ JJ amod 58 O former
Olympian PROPN NNP dep 56 B-NORP Olympian _
<paragraph> SPACE _SP dep 58 O <paragraph> _
Swim PROPN NNP ROOT 60 O Swim
club NOUN NN ROOT 61 O club
president NOUN NN compound 64 O president
Hemi PROPN NNP compound 64 B-PERSON Hemi
Walker PROPN NNP nsubj 65 I-PERSON Walker
said VERB VBD ROOT 65 O say
the DET DT det 67 O the
vote NOUN NN nsubj 68 O vote
was AUX VBD ccomp 65 O be
" PUNCT `` punct 72 O " _
short ADJ JJ amod 72 O short _
- PUNCT HYPH punct 72 O - _
sighted VERB VBN acomp 68 O sight _
" PUNCT '' punct 72 O " _
. PUNCT . punct 65 O . _
"""


def test_a_kicker_or_also_link_gives_no_row() -> None:
    rows = Extractor().rows(frozen(_POOL))
    assert [r.speaker for r in rows] == ["Ana Ruiz", "Hemi Walker"]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("ANALYSIS | Why the budget will not fix the housing crisis", "related"),
        ("OPINION | The ferry crisis shows the islands are an afterthought", "related"),
        ("ALSO: Council approves new bus lanes", "related"),
        ("Also: the council will meet again on Friday.", ""),
        ("Ana Ruiz | Reuters", "byline"),
    ],
)
def test_kicker_links_are_related(line: str, kind: str) -> None:
    assert line_kind(line) == kind
