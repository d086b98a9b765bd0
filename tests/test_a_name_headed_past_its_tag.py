"""A name the tagger cut before its last word, that word heading the name's compounds (`Police Chief
Anna Kjær` + `Eide at the station`), ends with that word even when no comma or verb of saying
follows it, only a word in small letters or a dash (not a form's colon, `Name: … Age:`). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Police Chief Anna Kjær Eide at the station in Stavanger defended the closure on Monday.
# "Nobody was put at risk by this decision," she said.
_A_NAME_HEADED_PAST_ITS_TAG = """
Police PROPN NNP compound 1 O Police
Chief PROPN NNP compound 4 O Chief
Anna PROPN NNP compound 4 B-PERSON Anna
Kjær PROPN NNP compound 4 I-PERSON Kjær
Eide PROPN NNP nsubj 10 O Eide
at ADP IN prep 4 O at
the DET DT det 7 O the
station NOUN NN pobj 5 O station
in ADP IN prep 7 O in
Stavanger PROPN NNP pobj 8 B-DATE Stavanger
defended VERB VBD ROOT 10 O defend
the DET DT det 12 O the
closure NOUN NN dobj 10 O closure
on ADP IN prep 10 O on
Monday PROPN NNP pobj 13 B-DATE Monday _
. PUNCT . punct 10 O .
" PUNCT `` punct 28 O " _
Nobody PRON NN nsubjpass 19 O nobody
was AUX VBD auxpass 19 O be
put VERB VBN ccomp 28 O put
at ADP IN prep 19 O at
risk NOUN NN pobj 20 O risk
by ADP IN agent 19 O by
this DET DT det 24 O this
decision NOUN NN pobj 22 O decision _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
she PRON PRP nsubj 28 O she
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_a_name_headed_past_its_tag_keeps_its_last_word() -> None:
    rows = Extractor().rows(frozen(_A_NAME_HEADED_PAST_ITS_TAG))
    assert [(r.speaker, r.role) for r in rows] == [("Anna Kjær Eide", "Police Chief")]


# He met Police Chief Anna Kjær Eide - but the talks went nowhere. "Nobody was put at risk by
# this decision," she said.
_A_NAME_HEADED_BEFORE_A_DASH = """
He PRON PRP nsubj 1 O he
met VERB VBD ROOT 1 O meet
Police PROPN NNP compound 3 O Police
Chief PROPN NNP compound 6 O Chief
Anna PROPN NNP compound 6 B-PERSON Anna
Kjær PROPN NNP compound 6 I-PERSON Kjær
Eide PROPN NNP dobj 1 O Eide
- PUNCT : punct 1 O -
but CCONJ CC cc 1 O but
the DET DT det 10 O the
talks NOUN NNS nsubj 11 O talk
went VERB VBD conj 1 O go
nowhere ADV RB advmod 11 O nowhere _
. PUNCT . punct 11 O .
" PUNCT `` punct 26 O " _
Nobody PRON NN nsubjpass 17 O nobody
was AUX VBD auxpass 17 O be
put VERB VBN ccomp 26 O put
at ADP IN prep 17 O at
risk NOUN NN pobj 18 O risk
by ADP IN agent 17 O by
this DET DT det 22 O this
decision NOUN NN pobj 20 O decision _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
she PRON PRP nsubj 26 O she
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_a_name_headed_past_its_tag_ends_before_a_dash() -> None:
    rows = Extractor().rows(frozen(_A_NAME_HEADED_BEFORE_A_DASH))
    assert [(r.speaker, r.role) for r in rows] == [("Anna Kjær Eide", "Police Chief")]
