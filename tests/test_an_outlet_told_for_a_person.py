"""`A bus conductor told Dawn that fares would rise. "…," he said`: `Dawn` (a newspaper) tagged a
person. A name of one word the story only ever tells things to (or speaks to), by a clause's
subject, and never gives in full, is the outlet the reporter works for: no person, so the `he`
after it is the conductor. A listener the story names in full stays a person. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A bus conductor told Dawn that fares would rise. "Passengers will not accept it," he said.
_CONDUCTOR = """
A DET DT det 2 O a
bus NOUN NN compound 2 O bus
conductor NOUN NN nsubj 3 O conductor
told VERB VBD ROOT 3 O tell
Dawn PROPN NNP dobj 3 B-PERSON Dawn
that SCONJ IN mark 8 O that
fares NOUN NNS nsubj 8 O fare
would AUX MD aux 8 O would
rise VERB VB ccomp 3 O rise _
. PUNCT . punct 3 O .
" PUNCT `` punct 19 O " _
Passengers NOUN NNS nsubj 14 O passenger
will AUX MD aux 14 O will
not PART RB neg 14 O not
accept VERB VB ccomp 19 O accept
it PRON PRP dobj 14 O it _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
he PRON PRP nsubj 19 O he
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""

# Ruth Okafor told reporters the plan was "a mess". The minister later told Ruth about the change.
# "It is still a mess," Ruth said.
_RUTH = """
Ruth PROPN NNP compound 1 B-PERSON Ruth
Okafor PROPN NNP nsubj 2 I-PERSON Okafor
told VERB VBD ROOT 2 O tell
reporters NOUN NNS dobj 2 O reporter
the DET DT det 5 O the
plan NOUN NN nsubj 6 O plan
was AUX VBD ccomp 2 O be
" PUNCT `` punct 6 O " _
a DET DT det 9 O a
mess NOUN NN attr 6 O mess _
" PUNCT '' punct 6 O " _
. PUNCT . punct 2 O .
The DET DT det 13 O the
minister NOUN NN nsubj 15 O minister
later ADV RB advmod 15 O later
told VERB VBD ROOT 15 O tell
Ruth PROPN NNP dobj 15 B-PERSON Ruth
about ADP IN prep 15 O about
the DET DT det 19 O the
change NOUN NN pobj 17 O change _
. PUNCT . punct 15 O .
" PUNCT `` punct 30 O " _
It PRON PRP nsubj 23 O it
is AUX VBZ ccomp 30 O be
still ADV RB advmod 23 O still
a DET DT det 26 O a
mess NOUN NN attr 23 O mess _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Ruth PROPN NNP nsubj 30 B-PERSON Ruth
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_an_outlet_told_is_no_one_a_pronoun_takes() -> None:
    rows = Extractor().rows(frozen(_CONDUCTOR))
    assert [(r.speaker, r.role) for r in rows] == [("A bus conductor", "bus conductor")]


def test_a_listener_named_in_full_stays_a_person() -> None:
    rows = Extractor().rows(frozen(_RUTH))
    assert [r.speaker for r in rows] == ["Ruth Okafor", "Ruth Okafor"]
