"""`Aldermen Jones and Evans voted against the rate`: a title in `-man` makes its plural in `-men`
(`Aldermen`, `Congressmen`), and so plural, before names, it is a title no name holds, as
`Justices` or `Councillors` are (names.plural_title read only a plural in `-s`): before, it was
the first word of the first name, *Aldermen Jones*, and, in minutes listing those present, that
name was the one `The MAYOR said` was given. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Aldermen Jones and Evans voted against the new rate on Tuesday. "The rate is far too high for
# the ratepayers," Jones said.
_VOTED = """
Aldermen PROPN NNP compound 1 B-ORG Aldermen
Jones PROPN NNP nsubj 4 I-ORG Jones
and CCONJ CC cc 1 O and
Evans PROPN NNP conj 1 B-PERSON Evans
voted VERB VBD ROOT 4 O vote
against ADP IN prep 4 O against
the DET DT det 8 O the
new ADJ JJ amod 8 O new
rate NOUN NN pobj 5 O rate
on ADP IN prep 4 O on
Tuesday PROPN NNP pobj 9 B-DATE Tuesday _
. PUNCT . punct 4 O .
" PUNCT `` punct 25 O " _
The DET DT det 14 O the
rate NOUN NN nsubj 15 O rate
is AUX VBZ ccomp 25 O be
far ADV RB advmod 17 O far
too ADV RB advmod 18 O too
high ADJ JJ acomp 15 O high
for ADP IN prep 18 O for
the DET DT det 21 O the
ratepayers NOUN NNS pobj 19 O ratepayer _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Jones PROPN NNP nsubj 25 B-PERSON Jones
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# Present: The Mayor, Aldermen JONES and EVANS, and Councillor HUGHES.  The MAYOR said, "The
# engineer tells me the reservoir will be finished by Christmas."
_PRESENT = """
Present ADJ JJ ROOT 0 O present _
: PUNCT : punct 0 O :
The DET DT det 3 O the
Mayor PROPN NNP npadvmod 0 O Mayor _
, PUNCT , punct 3 O ,
Aldermen PROPN NNP compound 6 B-PERSON Aldermen
JONES PROPN NNP appos 3 I-PERSON JONES
and CCONJ CC cc 6 O and
EVANS PROPN NNP conj 6 B-ORG EVANS _
, PUNCT , punct 3 O ,
and CCONJ CC cc 3 O and
Councillor PROPN NNP compound 12 B-ORG Councillor
HUGHES PROPN NNP conj 3 I-ORG HUGHES _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
The DET DT det 16 O the
MAYOR PROPN NNP nsubj 17 O MAYOR
said VERB VBD ROOT 17 O say _
, PUNCT , punct 17 O ,
" PUNCT `` punct 17 O " _
The DET DT det 21 O the
engineer NOUN NN nsubj 22 O engineer
tells VERB VBZ ccomp 17 O tell
me PRON PRP dative 22 O I
the DET DT det 25 O the
reservoir NOUN NN nsubjpass 28 O reservoir
will AUX MD aux 28 O will
be AUX VB auxpass 28 O be
finished VERB VBN ccomp 22 O finish
by ADP IN agent 28 O by
Christmas PROPN NNP pobj 29 B-DATE Christmas _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""


def test_the_plural_title_is_no_word_of_the_name() -> None:
    assert [r.speaker for r in Extractor().rows(frozen(_VOTED))] == ["Jones"]


def test_the_mayor_is_not_the_name_after_the_plural_title() -> None:
    assert [r.speaker for r in Extractor().rows(frozen(_PRESENT))] == ["The MAYOR"]
