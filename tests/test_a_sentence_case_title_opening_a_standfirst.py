"""A title in sentence case opening a standfirst's line (`Prime minister says rise is 'the only
fair way'`): the line's first word keeps its capital whatever word it is, not only a portfolio
(`Tourism minister says …`), so the bare title is the article's one holder of it, the person the
story names below (`Prime Minister Christopher Luxon`); it was a description of no one, the
speaker *Prime minister*. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Fuel levy to double from April  Prime minister says rise is 'the only fair way'  Prime Minister
# Christopher Luxon said on Monday that the levy on petrol would double from April.  "Every other
# option hurts families more," Mr Luxon told reporters in Wellington.
_PRIME = """
Fuel NOUN NN compound 1 O fuel
levy NOUN NN nsubj 3 O levy
to PART TO aux 3 O to
double VERB VB ROOT 3 O double
from ADP IN prep 3 O from
April PROPN NNP pobj 4 B-DATE April _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Prime PROPN NNP compound 8 O Prime
minister NOUN NN nsubj 9 O minister
says VERB VBZ ROOT 9 O say
rise NOUN NN nsubj 11 O rise
is AUX VBZ ccomp 9 O be
' PUNCT `` punct 11 O ' _
the DET DT det 16 O the
only ADJ JJ amod 16 O only
fair ADJ JJ amod 16 O fair
way NOUN NN attr 11 O way _
' PUNCT '' punct 16 O ' _
<paragraph> SPACE _SP dep 17 O <paragraph> _
Prime PROPN NNP compound 20 O Prime
Minister PROPN NNP compound 22 O Minister
Christopher PROPN NNP compound 22 B-PERSON Christopher
Luxon PROPN NNP nsubj 23 I-PERSON Luxon
said VERB VBD ROOT 23 O say
on ADP IN prep 23 O on
Monday PROPN NNP pobj 24 B-DATE Monday
that SCONJ IN mark 32 O that
the DET DT det 28 O the
levy NOUN NN nsubj 32 O levy
on ADP IN prep 28 O on
petrol NOUN NN pobj 29 O petrol
would AUX MD aux 32 O would
double VERB VB ccomp 23 O double
from ADP IN prep 32 O from
April PROPN NNP pobj 33 B-DATE April _
. PUNCT . punct 23 O . _
<paragraph> SPACE _SP dep 35 O <paragraph> _
" PUNCT `` punct 41 O " _
Every DET DT det 40 O every
other ADJ JJ amod 40 O other
option NOUN NN nsubj 41 O option
hurts VERB VBZ ccomp 48 O hurt
families NOUN NNS dobj 41 O family
more ADV RBR advmod 41 O more _
, PUNCT , punct 48 O , _
" PUNCT '' punct 48 O "
Mr PROPN NNP compound 47 O Mr
Luxon PROPN NNP nsubj 48 B-PERSON Luxon
told VERB VBD ROOT 48 O tell
reporters NOUN NNS dobj 48 O reporter
in ADP IN prep 48 O in
Wellington PROPN NNP pobj 50 B-GPE Wellington _
. PUNCT . punct 48 O . _
"""


def test_a_sentence_case_title_opening_a_standfirst_is_its_holder_named_below() -> None:
    rows = Extractor().rows(frozen(_PRIME))
    assert [(r.quote, r.speaker, r.role) for r in rows] == [
        ("the only fair way", "Christopher Luxon", "Prime Minister"),
        ("Every other option hurts families more,", "Christopher Luxon", "Prime Minister"),
    ]
