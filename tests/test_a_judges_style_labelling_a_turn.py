"""`His Honour: That is no excuse …`: a court record labels the judge's turns by the style after
`his` or `her` (models/titles.txt, fourth column: `Honour` stands for a judge); the label names a
speaker, so the record is a transcript, and the style is the one judge the article names. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Judge Helen Marsh heard the plea in the District Court at Nelson on Thursday.  Mr Tane: My
# client has a wife and four children to support and he has lost his job.  His Honour: That is no
# excuse for taking a pensioner's savings.  Mr Tane: He is deeply sorry for what he did and wishes
# to repay every cent.
_HONOUR = """
Judge PROPN NNP compound 2 O Judge
Helen PROPN NNP compound 2 B-PERSON Helen
Marsh PROPN NNP nsubj 3 I-PERSON Marsh
heard VERB VBD ROOT 3 O hear
the DET DT det 5 O the
plea NOUN NN dobj 3 O plea
in ADP IN prep 5 O in
the DET DT det 9 B-ORG the
District PROPN NNP compound 9 I-ORG District
Court PROPN NNP pobj 6 I-ORG Court
at ADP IN prep 3 O at
Nelson PROPN NNP pobj 10 B-PERSON Nelson
on ADP IN prep 3 O on
Thursday PROPN NNP pobj 12 B-DATE Thursday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
Mr PROPN NNP compound 17 O Mr
Tane PROPN NNP ROOT 17 B-PERSON Tane _
: PUNCT : punct 17 O :
My PRON PRP$ poss 20 O my
client NOUN NN nsubj 21 O client
has AUX VBZ acl 17 O have
a DET DT det 23 O a
wife NOUN NN dobj 21 O wife
and CCONJ CC cc 23 O and
four NUM CD nummod 26 B-CARDINAL four
children NOUN NNS conj 23 O child
to PART TO aux 28 O to
support VERB VB advcl 21 O support
and CCONJ CC cc 21 O and
he PRON PRP nsubj 32 O he
has AUX VBZ aux 32 O have
lost VERB VBN conj 21 O lose
his PRON PRP$ poss 34 O his
job NOUN NN dobj 32 O job _
. PUNCT . punct 17 O . _
<paragraph> SPACE _SP dep 35 O <paragraph> _
His PRON PRP$ poss 38 O his
Honour NOUN NN ROOT 38 B-PERSON honour _
: PUNCT : punct 38 O :
That PRON DT nsubj 41 O that
is AUX VBZ acl 38 O be
no DET DT det 43 O no
excuse NOUN NN attr 41 O excuse
for ADP IN prep 43 O for
taking VERB VBG pcomp 44 O take
a DET DT det 47 O a
pensioner NOUN NN poss 49 O pensioner _
's PART POS case 47 O 's
savings NOUN NNS dobj 45 O saving _
. PUNCT . punct 38 O . _
<paragraph> SPACE _SP dep 50 O <paragraph> _
Mr PROPN NNP compound 53 O Mr
Tane PROPN NNP dep 56 B-PERSON Tane _
: PUNCT : punct 53 O :
He PRON PRP nsubj 56 O he
is AUX VBZ ROOT 56 O be
deeply ADV RB advmod 58 O deeply
sorry ADJ JJ acomp 56 O sorry
for ADP IN prep 58 O for
what PRON WP dobj 62 O what
he PRON PRP nsubj 62 O he
did AUX VBD pcomp 59 O do
and CCONJ CC cc 56 O and
wishes VERB VBZ conj 56 O wish
to PART TO aux 66 O to
repay VERB VB xcomp 64 O repay
every DET DT det 68 B-MONEY every
cent NOUN NN dobj 66 I-MONEY cent _
. PUNCT . punct 56 O . _
"""


def test_his_honour_labels_the_judges_turn() -> None:
    rows = Extractor().rows(frozen(_HONOUR))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Tane", ""),
        ("Helen Marsh", "Judge"),
        ("Tane", ""),
    ]
