"""`… according to The Namibian. The newspaper said the closure was “…”`: a people's word right
after `The` in capitals inside a sentence, qualifying no word after it, which the tagger tags a
people's name, is a newspaper's title (`The Australian`, `The Namibian`), a body that `the
newspaper` goes on with; `The Australian government` keeps the people's word on its noun.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The port will close in May, according to The Namibian. The newspaper said the closure was "a
# heavy blow" to the town.
_NAMIBIAN = """
The DET DT det 1 O the
port NOUN NN nsubj 3 O port
will AUX MD aux 3 O will
close VERB VB ROOT 3 O close
in ADP IN prep 3 O in
May PROPN NNP pobj 4 B-DATE May _
, PUNCT , punct 3 O ,
according VERB VBG prep 3 O accord
to ADP IN prep 7 O to
The DET DT det 10 O the
Namibian PROPN NNP pobj 8 B-NORP Namibian _
. PUNCT . punct 3 O .
The DET DT det 13 O the
newspaper NOUN NN nsubj 14 O newspaper
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
closure NOUN NN nsubj 17 O closure
was AUX VBD ccomp 14 O be
" PUNCT `` punct 17 O " _
a DET DT det 21 O a
heavy ADJ JJ amod 21 O heavy
blow NOUN NN attr 17 O blow _
" PUNCT '' punct 21 O "
to ADP IN prep 21 O to
the DET DT det 25 O the
town NOUN NN pobj 23 O town _
. PUNCT . punct 14 O . _
"""


# Fuel prices will fall, according to The Australian. The Australian government called the cut
# "overdue".
_GOVERNMENT = """
Fuel NOUN NN compound 1 O fuel
prices NOUN NNS nsubj 3 O price
will AUX MD aux 3 O will
fall VERB VB ROOT 3 O fall _
, PUNCT , punct 3 O ,
according VERB VBG prep 3 O accord
to ADP IN prep 5 O to
The DET DT det 8 O the
Australian PROPN NNP pobj 6 B-NORP Australian _
. PUNCT . punct 3 O .
The DET DT det 12 O the
Australian ADJ JJ amod 12 B-NORP australian
government NOUN NN nsubj 13 O government
called VERB VBD ROOT 13 O call
the DET DT det 15 O the
cut NOUN NN dobj 13 O cut
" PUNCT `` punct 17 O " _
overdue ADJ JJ oprd 13 O overdue _
" PUNCT '' punct 13 O " _
. PUNCT . punct 13 O . _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_newspaper_goes_on_with_a_title_of_a_peoples_word() -> None:
    assert who(_NAMIBIAN) == [("Namibian", "Namibian")]


def test_a_peoples_word_on_a_noun_is_no_paper() -> None:
    assert who(_GOVERNMENT) == [("Australian government", "Australian government")]
