"""A standfirst or a caption over the lede (quotes/lede.py) is no lede, also with no byline under
it: a standfirst over the story's date (past a name alone on its line), a standfirst or a caption
over a wire story's dateline, and a caption with no finite verb. Frozen parses of stories written
for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.context import DocContext
from quotes.extractor import Extractor
from quotes.lede import lede
from tests.frozen import frozen

# Kestrair to cut 200 jobs /  / The cuts will fall hardest on its regional bases, staff were told. /
# / Mere Tane / Tue 3 Mar 2026 12.04 GMT /  / Kestrair will cut 200 jobs at its regional bases by
# June, the airline said on Tuesday. /  / "This was a hard call," the company's chief executive, Ana
# Ruiz, said.
_DEK_OVER_A_DATE = """
Kestrair NOUN NN ROOT 0 O kestrair
to PART TO aux 2 O to
cut VERB VB advcl 0 O cut
200 NUM CD nummod 4 B-CARDINAL 200
jobs NOUN NNS dobj 2 O job _
<paragraph> SPACE _SP dep 4 O <paragraph> _
The DET DT det 7 O the
cuts NOUN NNS nsubj 9 O cut
will AUX MD aux 9 O will
fall VERB VB ccomp 18 O fall
hardest ADV RBS advmod 9 O hard
on ADP IN prep 9 O on
its PRON PRP$ poss 14 O its
regional ADJ JJ amod 14 O regional
bases NOUN NNS pobj 11 O basis _
, PUNCT , punct 18 O ,
staff NOUN NN nsubjpass 18 O staff
were AUX VBD auxpass 18 O be
told VERB VBN ROOT 18 O tell _
. PUNCT . punct 18 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
Mere PROPN NNP compound 22 B-PERSON Mere
Tane PROPN NNP ROOT 22 I-PERSON Tane _
<newline> SPACE _SP dep 22 O <newline> _
Tue PROPN NNP ROOT 24 O Tue
3 NUM CD nummod 24 O 3
Mar PROPN NNP nmod 28 O Mar
2026 NUM CD nummod 26 B-DATE 2026
12.04 NUM CD punct 24 O 12.04
GMT PROPN NNP appos 24 B-ORG GMT _
<paragraph> SPACE _SP dep 29 O <paragraph> _
Kestrair PROPN NNP nsubj 33 B-ORG Kestrair
will AUX MD aux 33 O will
cut VERB VB ccomp 45 O cut
200 NUM CD nummod 35 B-CARDINAL 200
jobs NOUN NNS dobj 33 O job
at ADP IN prep 33 O at
its PRON PRP$ poss 39 O its
regional ADJ JJ amod 39 O regional
bases NOUN NNS pobj 36 O basis
by ADP IN prep 33 O by
June PROPN NNP pobj 40 B-DATE June _
, PUNCT , punct 45 O ,
the DET DT det 44 O the
airline NOUN NN nsubj 45 O airline
said VERB VBD ROOT 45 O say
on ADP IN prep 45 O on
Tuesday PROPN NNP pobj 46 B-DATE Tuesday _
. PUNCT . punct 45 O . _
<paragraph> SPACE _SP dep 48 O <paragraph> _
" PUNCT `` punct 67 O " _
This PRON DT nsubj 52 O this
was AUX VBD ccomp 67 O be
a DET DT det 55 O a
hard ADJ JJ amod 55 O hard
call NOUN NN attr 52 O call _
, PUNCT , punct 67 O , _
" PUNCT '' punct 67 O "
the DET DT det 59 O the
company NOUN NN poss 62 O company _
's PART POS case 59 O 's
chief ADJ JJ amod 62 O chief
executive NOUN NN nsubj 67 O executive _
, PUNCT , punct 62 O ,
Ana PROPN NNP compound 65 O Ana
Ruiz PROPN NNP appos 62 O Ruiz _
, PUNCT , punct 62 O ,
said VERB VBD ROOT 67 O say _
. PUNCT . punct 67 O . _
"""

# Kestrair to cut 200 jobs /  / The cuts will fall hardest on its regional bases, staff were told. /
# / WELLINGTON - Kestrair will cut 200 jobs at its regional bases by June, the airline said on
# Tuesday. /  / "This was a hard call," the company's chief executive, Ana Ruiz, said.
_DEK_OVER_A_DATELINE = """
Kestrair NOUN NN ROOT 0 O kestrair
to PART TO aux 2 O to
cut VERB VB advcl 0 O cut
200 NUM CD nummod 4 B-CARDINAL 200
jobs NOUN NNS dobj 2 O job _
<paragraph> SPACE _SP dep 4 O <paragraph> _
The DET DT det 7 O the
cuts NOUN NNS nsubj 9 O cut
will AUX MD aux 9 O will
fall VERB VB ccomp 18 O fall
hardest ADV RBS advmod 9 O hard
on ADP IN prep 9 O on
its PRON PRP$ poss 14 O its
regional ADJ JJ amod 14 O regional
bases NOUN NNS pobj 11 O basis _
, PUNCT , punct 18 O ,
staff NOUN NN nsubjpass 18 O staff
were AUX VBD auxpass 18 O be
told VERB VBN ROOT 18 O tell _
. PUNCT . punct 18 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
WELLINGTON PROPN NNP ROOT 21 B-ORG WELLINGTON
- PUNCT HYPH punct 21 I-ORG -
Kestrair PROPN NNP nsubj 25 O Kestrair
will AUX MD aux 25 O will
cut VERB VB ccomp 37 O cut
200 NUM CD nummod 27 B-CARDINAL 200
jobs NOUN NNS dobj 25 O job
at ADP IN prep 25 O at
its PRON PRP$ poss 31 O its
regional ADJ JJ amod 31 O regional
bases NOUN NNS pobj 28 O basis
by ADP IN prep 25 O by
June PROPN NNP pobj 32 B-DATE June _
, PUNCT , punct 37 O ,
the DET DT det 36 O the
airline NOUN NN nsubj 37 O airline
said VERB VBD ROOT 37 O say
on ADP IN prep 37 O on
Tuesday PROPN NNP pobj 38 B-DATE Tuesday _
. PUNCT . punct 37 O . _
<paragraph> SPACE _SP dep 40 O <paragraph> _
" PUNCT `` punct 59 O " _
This PRON DT nsubj 44 O this
was AUX VBD ccomp 59 O be
a DET DT det 47 O a
hard ADJ JJ amod 47 O hard
call NOUN NN attr 44 O call _
, PUNCT , punct 59 O , _
" PUNCT '' punct 59 O "
the DET DT det 51 O the
company NOUN NN poss 54 O company _
's PART POS case 51 O 's
chief ADJ JJ amod 54 O chief
executive NOUN NN nsubj 59 O executive _
, PUNCT , punct 54 O ,
Ana PROPN NNP compound 57 O Ana
Ruiz PROPN NNP appos 54 O Ruiz _
, PUNCT , punct 54 O ,
said VERB VBD ROOT 59 O say _
. PUNCT . punct 59 O . _
"""

# Kestrair to cut 200 jobs /  / Ground staff at the Kestrair hangar in Nelson on Monday. /  /
# Kestrair will cut 200 jobs at its regional bases by June, the airline said on Tuesday. /  / "This
# was a hard call," the company's chief executive, Ana Ruiz, said.
_CAPTION_WITH_NO_VERB = """
Kestrair NOUN NN ROOT 0 O kestrair
to PART TO aux 2 O to
cut VERB VB advcl 0 O cut
200 NUM CD nummod 4 B-CARDINAL 200
jobs NOUN NNS dobj 2 O job _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Ground NOUN NN compound 7 O ground
staff NOUN NN ROOT 7 O staff
at ADP IN prep 7 O at
the DET DT det 11 O the
Kestrair PROPN NNP compound 11 B-PERSON Kestrair
hangar NOUN NN pobj 8 O hangar
in ADP IN prep 11 O in
Nelson PROPN NNP pobj 12 B-PERSON Nelson
on ADP IN prep 7 O on
Monday PROPN NNP pobj 14 B-DATE Monday _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
Kestrair PROPN NNP nsubj 20 B-PERSON Kestrair
will AUX MD aux 20 O will
cut VERB VB ccomp 32 O cut
200 NUM CD nummod 22 B-CARDINAL 200
jobs NOUN NNS dobj 20 O job
at ADP IN prep 20 O at
its PRON PRP$ poss 26 O its
regional ADJ JJ amod 26 O regional
bases NOUN NNS pobj 23 O basis
by ADP IN prep 20 O by
June PROPN NNP pobj 27 B-DATE June _
, PUNCT , punct 32 O ,
the DET DT det 31 O the
airline NOUN NN nsubj 32 O airline
said VERB VBD ROOT 32 O say
on ADP IN prep 32 O on
Tuesday PROPN NNP pobj 33 B-DATE Tuesday _
. PUNCT . punct 32 O . _
<paragraph> SPACE _SP dep 35 O <paragraph> _
" PUNCT `` punct 54 O " _
This PRON DT nsubj 39 O this
was AUX VBD ccomp 54 O be
a DET DT det 42 O a
hard ADJ JJ amod 42 O hard
call NOUN NN attr 39 O call _
, PUNCT , punct 54 O , _
" PUNCT '' punct 54 O "
the DET DT det 46 O the
company NOUN NN poss 49 O company _
's PART POS case 46 O 's
chief ADJ JJ amod 49 O chief
executive NOUN NN nsubj 54 O executive _
, PUNCT , punct 49 O ,
Ana PROPN NNP compound 52 O Ana
Ruiz PROPN NNP appos 49 O Ruiz _
, PUNCT , punct 49 O ,
said VERB VBD ROOT 54 O say _
. PUNCT . punct 54 O . _
"""

# Ferry fares to rise /  / Harbourlink will raise ferry fares by 5 per cent from July, the operator
# said on Monday. /  / — Reuters
_A_BRIEF_OVER_A_SIGN_OFF = """
Ferry NOUN NN compound 1 O ferry
fares NOUN NNS ROOT 1 O fare
to PART TO aux 3 O to
rise VERB VB acl 1 O rise _
<paragraph> SPACE _SP dep 3 O <paragraph> _
Harbourlink PROPN NNP nsubj 7 B-PERSON Harbourlink
will AUX MD aux 7 O will
raise VERB VB ccomp 19 O raise
ferry NOUN NN compound 9 O ferry
fares NOUN NNS dobj 7 O fare
by ADP IN prep 7 O by
5 NUM CD nummod 13 B-MONEY 5
per ADP IN compound 13 I-MONEY per
cent NOUN NN pobj 10 I-MONEY cent
from ADP IN prep 7 O from
July PROPN NNP pobj 14 B-DATE July _
, PUNCT , punct 19 O ,
the DET DT det 18 O the
operator NOUN NN nsubj 19 O operator
said VERB VBD ROOT 19 O say
on ADP IN prep 19 O on
Monday PROPN NNP pobj 20 B-DATE Monday _
. PUNCT . punct 19 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
— PUNCT : punct 25 O —
Reuters PROPN NNP ROOT 25 B-ORG Reuters _
"""


@pytest.mark.parametrize(
    "spec",
    [_DEK_OVER_A_DATE, _DEK_OVER_A_DATELINE, _CAPTION_WITH_NO_VERB],
    ids=["standfirst-over-a-date", "standfirst-over-a-dateline", "caption-with-no-verb"],
)
def test_the_lede_is_under_the_standfirst_or_caption(spec: str) -> None:
    context = DocContext(frozen(spec))
    found = lede(context)
    assert context.sentence(found.sentence).text.startswith("Kestrair will cut 200 jobs")


@pytest.mark.parametrize("spec", [_DEK_OVER_A_DATELINE, _CAPTION_WITH_NO_VERB], ids=["standfirst", "caption"])
def test_the_company_is_the_ledes_subject(spec: str) -> None:
    # (`The cuts will fall …` and `Ground staff at the … hangar` name no company for `the company's`.)
    rows = Extractor().rows(frozen(spec))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Ruiz", "chief executive", "Kestrair")
    ]


def test_a_brief_over_a_wires_sign_off_keeps_its_lede() -> None:
    # (A byline at the foot, `— Reuters`, has no story under it: the paragraph above is the lede.)
    context = DocContext(frozen(_A_BRIEF_OVER_A_SIGN_OFF))
    assert context.sentence(lede(context).sentence).text.startswith("Harbourlink will raise")
