"""`“…,” the 29-year-old says, laughing, in a restaurant in Al Barsha. “…”`: a participle of
saying right after a comma that follows a finite verb of saying is how the words were said, though
the parser hangs both on the quote's verb; the verb before is the cue, so the quote after in the
next sentence is the same speaker's, not the place (tagged a person) after the participle. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mariam Al Hashimi wrote her first poems on the backs of old bus tickets.  "My father kept every
# ticket from his years as a driver, so that was my paper," the 29-year-old says, laughing, in a
# restaurant in Al Barsha. "When he found out, he read every one of them."
_SAYS_LAUGHING = """
Mariam PROPN NNP compound 2 B-PERSON Mariam
Al PROPN NNP compound 2 I-PERSON Al
Hashimi PROPN NNP nsubj 3 I-PERSON Hashimi
wrote VERB VBD ROOT 3 O write
her PRON PRP$ poss 6 O her
first ADJ JJ amod 6 B-ORDINAL first
poems NOUN NNS dobj 3 O poem
on ADP IN prep 6 O on
the DET DT det 9 O the
backs NOUN NNS pobj 7 O back
of ADP IN prep 9 O of
old ADJ JJ amod 13 O old
bus NOUN NN compound 13 O bus
tickets NOUN NNS pobj 10 O ticket _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 19 O " _
My PRON PRP$ poss 18 O my
father NOUN NN nsubj 19 O father
kept VERB VBD ROOT 19 O keep
every DET DT det 21 O every
ticket NOUN NN dobj 19 O ticket
from ADP IN prep 19 O from
his PRON PRP$ poss 24 B-DATE his
years NOUN NNS pobj 22 I-DATE year
as ADP IN prep 19 O as
a DET DT det 27 O a
driver NOUN NN pobj 25 O driver _
, PUNCT , punct 19 O ,
so SCONJ IN mark 31 O so
that PRON DT nsubj 31 O that
was AUX VBD advcl 19 O be
my PRON PRP$ poss 33 O my
paper NOUN NN attr 31 O paper _
, PUNCT , punct 31 O , _
" PUNCT '' punct 42 O "
the DET DT det 42 O the
29 NUM CD nummod 39 B-DATE 29 _
- PUNCT HYPH punct 39 I-DATE - _
year NOUN NN npadvmod 41 I-DATE year _
- PUNCT HYPH punct 41 I-DATE - _
old ADJ JJ amod 42 I-DATE old
says VERB VBZ oprd 19 O say _
, PUNCT , punct 42 O ,
laughing VERB VBG oprd 19 O laugh _
, PUNCT , punct 44 O ,
in ADP IN prep 44 O in
a DET DT det 48 O a
restaurant NOUN NN pobj 46 O restaurant
in ADP IN prep 48 O in
Al PROPN NNP compound 51 B-PERSON Al
Barsha PROPN NNP pobj 49 I-PERSON Barsha _
. PUNCT . punct 19 O .
" PUNCT `` punct 60 O " _
When SCONJ WRB advmod 56 O when
he PRON PRP nsubj 56 O he
found VERB VBD advcl 60 O find
out ADP RP prt 56 O out _
, PUNCT , punct 60 O ,
he PRON PRP nsubj 60 O he
read VERB VBD ROOT 60 O read
every DET DT det 62 O every
one NUM CD dobj 60 O one
of ADP IN prep 62 O of
them PRON PRP pobj 63 O they _
. PUNCT . punct 60 O . _
" PUNCT '' punct 60 O " _
"""


# Mariam Al Hashimi wrote her first poems on the backs of old bus tickets.  "My father kept every
# ticket from his years as a driver, so that was my paper," the 29-year-old said, laughing, in a
# restaurant in Al Barsha. "When he found out, he read every one of them."
_SAID_LAUGHING = """
Mariam PROPN NNP compound 2 B-PERSON Mariam
Al PROPN NNP compound 2 I-PERSON Al
Hashimi PROPN NNP nsubj 3 I-PERSON Hashimi
wrote VERB VBD ROOT 3 O write
her PRON PRP$ poss 6 O her
first ADJ JJ amod 6 B-ORDINAL first
poems NOUN NNS dobj 3 O poem
on ADP IN prep 6 O on
the DET DT det 9 O the
backs NOUN NNS pobj 7 O back
of ADP IN prep 9 O of
old ADJ JJ amod 13 O old
bus NOUN NN compound 13 O bus
tickets NOUN NNS pobj 10 O ticket _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 19 O " _
My PRON PRP$ poss 18 O my
father NOUN NN nsubj 19 O father
kept VERB VBD ROOT 19 O keep
every DET DT det 21 O every
ticket NOUN NN dobj 19 O ticket
from ADP IN prep 19 O from
his PRON PRP$ poss 24 B-DATE his
years NOUN NNS pobj 22 I-DATE year
as ADP IN prep 19 O as
a DET DT det 27 O a
driver NOUN NN pobj 25 O driver _
, PUNCT , punct 19 O ,
so SCONJ IN mark 31 O so
that PRON DT nsubj 31 O that
was AUX VBD advcl 19 O be
my PRON PRP$ poss 33 O my
paper NOUN NN attr 31 O paper _
, PUNCT , punct 31 O , _
" PUNCT '' punct 42 O "
the DET DT det 42 O the
29 NUM CD nummod 39 B-DATE 29 _
- PUNCT HYPH punct 39 I-DATE - _
year NOUN NN npadvmod 41 I-DATE year _
- PUNCT HYPH punct 41 I-DATE - _
old ADJ JJ amod 42 I-DATE old
said VERB VBD oprd 19 O say _
, PUNCT , punct 42 O ,
laughing VERB VBG oprd 19 O laugh _
, PUNCT , punct 44 O ,
in ADP IN prep 44 O in
a DET DT det 48 O a
restaurant NOUN NN pobj 46 O restaurant
in ADP IN prep 48 O in
Al PROPN NNP compound 51 B-PERSON Al
Barsha PROPN NNP pobj 49 I-PERSON Barsha _
. PUNCT . punct 19 O .
" PUNCT `` punct 60 O " _
When SCONJ WRB advmod 56 O when
he PRON PRP nsubj 56 O he
found VERB VBD advcl 60 O find
out ADP RP prt 56 O out _
, PUNCT , punct 60 O ,
he PRON PRP nsubj 60 O he
read VERB VBD ROOT 60 O read
every DET DT det 62 O every
one NUM CD dobj 60 O one
of ADP IN prep 62 O of
them PRON PRP pobj 63 O they _
. PUNCT . punct 60 O . _
" PUNCT '' punct 60 O " _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.cue) for r in Extractor().rows(frozen(spec))]


def test_says_laughing_keeps_the_speaker_for_the_next_sentence() -> None:
    assert who(_SAYS_LAUGHING) == [("Mariam Al Hashimi", "says"), ("Mariam Al Hashimi", "says")]


def test_said_laughing_keeps_the_speaker_for_the_next_sentence() -> None:
    assert who(_SAID_LAUGHING) == [("Mariam Al Hashimi", "said"), ("Mariam Al Hashimi", "said")]
