"""`"…," said the officer commanding Kilimani police station, Chief Inspector X.`: after an
inverted cue the parser makes the job's noun the subject of the participle naming the post
(`commanding`, `heading`) and hangs the name set off after it on the participle's object; the
name is the holder of the job, and speaks, not `the officer`. With no name set off
(`said the officer commanding the station`) the description speaks. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We are following every lead," said the officer commanding Kilimani police station, Chief
# Inspector Joseph Mwangi.
_COMMANDING = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
following VERB VBG ccomp 8 O follow
every DET DT det 5 O every
lead NOUN NN dobj 3 O lead _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
officer NOUN NN nsubj 11 O officer
commanding VERB VBG ccomp 8 O command
Kilimani PROPN NNP compound 14 B-PERSON Kilimani
police NOUN NN compound 14 O police
station NOUN NN dobj 11 O station _
, PUNCT , punct 14 O ,
Chief PROPN NNP compound 17 O Chief
Inspector PROPN NNP compound 19 O Inspector
Joseph PROPN NNP compound 19 B-PERSON Joseph
Mwangi PROPN NNP appos 14 I-PERSON Mwangi _
. PUNCT . punct 8 O . _
"""
# "The two men were taken to hospital," said the officer commanding the station.
_NO_NAME = """
" PUNCT `` punct 10 O " _
The DET DT det 3 O the
two NUM CD nummod 3 B-CARDINAL two
men NOUN NNS nsubjpass 5 O man
were AUX VBD auxpass 5 O be
taken VERB VBN ccomp 10 O take
to ADP IN prep 5 O to
hospital NOUN NN pobj 6 O hospital _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
officer NOUN NN nsubj 13 O officer
commanding VERB VBG ccomp 10 O command
the DET DT det 15 O the
station NOUN NN dobj 13 O station _
. PUNCT . punct 10 O . _
"""


def test_the_name_after_the_post_a_participle_names_speaks() -> None:
    rows = Extractor().rows(frozen(_COMMANDING))
    assert [(r.speaker, r.mention) for r in rows] == [("Joseph Mwangi", "Joseph Mwangi")]


def test_with_no_name_the_description_speaks() -> None:
    rows = Extractor().rows(frozen(_NO_NAME))
    assert [(r.speaker, r.role) for r in rows] == [("the officer", "officer")]
