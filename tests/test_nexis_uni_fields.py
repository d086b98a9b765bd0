"""Nexis Uni (the newer LexisNexis) writes an export's fields in Title Case: `Load-Date: …`,
`Length: 312 words`, `Subject: PORTS (90%)`, `Body`, `Classification`, `End of Document`, and a
highlight, a standfirst that often quotes (`Highlight: 'We will fight this,' says mayor as port
closes`), which is read as a caption, as ProQuest's `Abstract: …` is: their quotes repeat the
story's and give no row (the highlight gave a row with no speaker). A date with its weekday
after it (`March 14, 2019 Thursday`) is a date line. Frozen parse of an export written for this
file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Port to close with loss of 400 jobs / Highlight: 'We will fight this,' says mayor as port closes
# / Body / Lenton's container port will close in June, its owners said yesterday. / "This is a
# dark day for the town," said mayor Tom Hale. / Load-Date: March 15, 2019 / End of Document
_NEXIS = """
Port NOUN NN ROOT 0 O port
to PART TO aux 2 O to
close VERB VB advcl 0 O close
with ADP IN prep 2 O with
loss NOUN NN pobj 3 O loss
of ADP IN prep 4 O of
400 NUM CD nummod 7 B-CARDINAL 400
jobs NOUN NNS pobj 5 O job _
<paragraph> SPACE _SP dep 7 O <paragraph> _
Highlight PROPN NNP dep 18 O Highlight _
: PUNCT : punct 9 O :
' PUNCT `` punct 9 O ' _
We PRON PRP nsubj 14 O we
will AUX MD aux 14 O will
fight VERB VB acl 9 O fight
this PRON DT dobj 14 O this _
, PUNCT , punct 18 O , _
' PUNCT '' punct 18 O '
says VERB VBZ ROOT 18 O say
mayor NOUN NN nsubj 22 O mayor
as ADP IN prep 19 O as
port NOUN NN pobj 20 O port
closes VERB VBZ ccomp 18 O close _
<paragraph> SPACE _SP dep 22 O <paragraph> _
Body PROPN NNP ROOT 24 O Body _
<paragraph> SPACE _SP dep 24 O <paragraph> _
Lenton PROPN NNP poss 29 B-PERSON Lenton _
's PART POS case 26 O 's
container NOUN NN compound 29 O container
port NOUN NN nsubj 31 O port
will AUX MD aux 31 O will
close VERB VB ccomp 37 O close
in ADP IN prep 31 O in
June PROPN NNP pobj 32 B-DATE June _
, PUNCT , punct 37 O ,
its PRON PRP$ poss 36 O its
owners NOUN NNS nsubj 37 O owner
said VERB VBD ROOT 37 O say
yesterday NOUN NN npadvmod 37 B-DATE yesterday _
. PUNCT . punct 37 O . _
<paragraph> SPACE _SP dep 39 O <paragraph> _
" PUNCT `` punct 52 O " _
This PRON DT nsubj 43 O this
is AUX VBZ ccomp 52 O be
a DET DT det 46 B-DATE a
dark ADJ JJ amod 46 I-DATE dark
day NOUN NN attr 43 I-DATE day
for ADP IN prep 46 O for
the DET DT det 49 O the
town NOUN NN pobj 47 O town _
, PUNCT , punct 52 O , _
" PUNCT '' punct 52 O "
said VERB VBD ROOT 52 O say
mayor NOUN NN compound 55 O mayor
Tom PROPN NNP compound 55 B-PERSON Tom
Hale PROPN NNP nsubj 52 I-PERSON Hale _
. PUNCT . punct 52 O . _
<paragraph> SPACE _SP dep 56 O <paragraph> _
Load NOUN NN compound 60 B-ORG load _
- PUNCT HYPH punct 60 I-ORG - _
Date NOUN NN ROOT 60 I-ORG date _
: PUNCT : punct 60 O :
March PROPN NNP appos 60 B-DATE March
15 NUM CD nummod 62 I-DATE 15 _
, PUNCT , punct 62 I-DATE ,
2019 NUM CD nummod 62 I-DATE 2019 _
<paragraph> SPACE _SP dep 65 I-DATE <paragraph> _
End NOUN NN ROOT 67 O end
of ADP IN prep 67 O of
Document NOUN NN pobj 68 O document _
"""


def test_a_nexis_highlight_gives_no_row() -> None:
    rows = Extractor().rows(frozen(_NEXIS))
    assert [(r.speaker, r.quote) for r in rows] == [("Tom Hale", "This is a dark day for the town,")]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Highlight: 'We will fight this,' says mayor as port closes", "caption"),
        ('Abstract: Residents say "the council ignored warnings".', "caption"),
        ("Length: 312 words", "notice"),
        ("Subject: PORTS (90%); LAYOFFS (89%)", "notice"),
        ("End of Document", "notice"),
        ("March 14, 2019 Thursday", "date"),
        ("The body was found on Monday.", ""),
    ],
)
def test_nexis_uni_fields(line: str, kind: str) -> None:
    assert line_kind(line) == kind
