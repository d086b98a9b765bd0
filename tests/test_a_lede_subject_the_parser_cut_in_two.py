"""`CARDIFF, Wales, March 4 - Welsh Tinplate said today …`, then `The company said …`: the lede's
subject is the business the company is, with the name run from the lede's first word, which the
parser may cut off as a sentence of its own (`Welsh` | `Tinplate said today …`). Frozen parse of a
story written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# WELSH MILL TOWN FACES END OF AN ERA /  / By GARETH LLOYD, Special to The Western Mail /  /
# Published: March 5, 1985 /  / CARDIFF, Wales, March 4 - Welsh Tinplate said today that it would
# close the Trostre works, where 900 members of the Iron and Steel Trades Confederation work, by
# the end of the year. /  / The company said in a statement that orders from can makers had
# ''fallen away for good.''
_A_NAME_THE_PARSER_CUT_IN_TWO = """
WELSH PROPN NNP compound 2 B-ORG WELSH
MILL PROPN NNP compound 2 I-ORG MILL
TOWN NOUN NN nsubj 3 I-ORG town
FACES NOUN NN ROOT 3 O faces
END PROPN NNP dobj 3 O END
OF ADP IN prep 4 O of
AN DET DT det 7 O an
ERA PROPN NNP pobj 5 O ERA _
<paragraph> SPACE _SP dep 7 O <paragraph> _
By ADP IN ROOT 9 O by
GARETH PROPN NNP compound 11 B-PERSON GARETH
LLOYD PROPN NNP pobj 9 I-PERSON LLOYD _
, PUNCT , punct 11 O ,
Special PROPN NNP appos 11 O Special
to ADP IN prep 13 O to
The DET DT det 17 B-ORG the
Western PROPN NNP compound 17 I-ORG Western
Mail PROPN NNP pobj 14 I-ORG Mail _
<paragraph> SPACE _SP dep 17 O <paragraph> _
Published VERB VBN ROOT 19 O publish _
: PUNCT : punct 19 O :
March PROPN NNP npadvmod 19 B-DATE March
5 NUM CD nummod 21 I-DATE 5 _
, PUNCT , punct 21 I-DATE ,
1985 NUM CD nummod 21 I-DATE 1985 _
<paragraph> SPACE _SP dep 24 I-DATE <paragraph> _
CARDIFF PROPN NNP ROOT 26 B-ORG CARDIFF _
, PUNCT , punct 26 O ,
Wales PROPN NNP conj 26 B-GPE Wales _
, PUNCT , punct 26 O ,
March PROPN NNP npadvmod 26 B-DATE March
4 NUM CD nummod 30 I-DATE 4
- PUNCT : punct 26 O -
Welsh PROPN NNP ROOT 33 O Welsh
Tinplate PROPN NNP nsubj 35 O Tinplate
said VERB VBD ROOT 35 O say
today NOUN NN npadvmod 35 B-DATE today
that SCONJ IN mark 40 O that
it PRON PRP nsubj 40 O it
would AUX MD aux 40 O would
close VERB VB ccomp 35 O close
the DET DT det 43 O the
Trostre PROPN NNP compound 43 B-PERSON Trostre
works NOUN NNS dobj 40 O work _
, PUNCT , punct 43 O ,
where SCONJ WRB advmod 47 O where
900 NUM CD nummod 47 B-CARDINAL 900
members NOUN NNS advcl 40 O member
of ADP IN prep 47 O of
the DET DT det 55 B-ORG the
Iron PROPN NNP nmod 53 I-ORG Iron
and CCONJ CC cc 50 I-ORG and
Steel PROPN NNP conj 50 I-ORG Steel
Trades PROPN NNPS compound 54 I-ORG Trades
Confederation PROPN NNP compound 55 I-ORG Confederation
work NOUN NN pobj 48 O work _
, PUNCT , punct 47 O ,
by ADP IN prep 47 O by
the DET DT det 59 B-DATE the
end NOUN NN pobj 57 I-DATE end
of ADP IN prep 59 I-DATE of
the DET DT det 62 I-DATE the
year NOUN NN pobj 60 I-DATE year _
. PUNCT . punct 35 O . _
<paragraph> SPACE _SP dep 63 O <paragraph> _
The DET DT det 66 O the
company NOUN NN nsubj 67 O company
said VERB VBD ROOT 67 O say
in ADP IN prep 67 O in
a DET DT det 70 O a
statement NOUN NN pobj 68 O statement
that SCONJ IN mark 78 O that
orders NOUN NNS nsubj 78 O order
from ADP IN prep 72 O from
can AUX MD pobj 73 O can
makers NOUN NNS pobj 73 O maker
had AUX VBD aux 78 O have
'' PUNCT '' punct 78 O '' _
fallen VERB VBN ccomp 67 O fall
away ADV RB advmod 78 O away
for ADP IN prep 78 O for
good ADJ JJ pobj 80 O good _
. PUNCT . punct 67 O . _
'' PUNCT '' punct 67 O '' _
"""


def test_a_lede_subject_the_parser_cut_in_two() -> None:
    rows = Extractor().rows(frozen(_A_NAME_THE_PARSER_CUT_IN_TWO))
    assert [(r.speaker, r.organization) for r in rows] == [("Welsh Tinplate", "Welsh Tinplate")]
