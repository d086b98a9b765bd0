"""An active verb of appointing with the name for its object gives the post named after `as`:
`the governor named Priya Okafor as his chief of staff` (role *chief of staff*; there was none),
`The club has picked Erik Sandvold as its captain` (*captain*: `pick` is a verb of appointing,
models/post_verbs.txt); a post only to come is none (`will name X as`). Sentences written for
this file, parsed by en_core_web_sm 3.8 and frozen, so a model update cannot change what a test
exercises."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_NAMED_AS = """
Last ADJ JJ amod 1 B-DATE last
week NOUN NN npadvmod 4 I-DATE week
the DET DT det 3 O the
governor NOUN NN nsubj 4 O governor
named VERB VBD ROOT 4 O name
Priya PROPN NNP compound 6 B-PERSON Priya
Okafor PROPN NNP dobj 4 I-PERSON Okafor
as ADP IN prep 4 O as
his PRON PRP$ poss 9 O his
chief NOUN NN pobj 7 O chief
of ADP IN prep 9 O of
staff NOUN NN pobj 10 O staff _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 24 O " _
There PRON EX expl 16 O there
is VERB VBZ ccomp 24 O be
a DET DT det 18 O a
lot NOUN NN attr 16 O lot
to PART TO aux 20 O to
do VERB VB relcl 18 O do _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Okafor PROPN NNP nsubj 24 O Okafor
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

_WILL_NAME_AS = """
The DET DT det 1 O the
governor NOUN NN nsubj 3 O governor
will AUX MD aux 3 O will
name VERB VB ROOT 3 O name
Priya PROPN NNP compound 5 B-GPE Priya
Okafor PROPN NNP dobj 3 I-GPE Okafor
as ADP IN prep 3 O as
his PRON PRP$ poss 8 O his
chief NOUN NN pobj 6 O chief
of ADP IN prep 8 O of
staff NOUN NN pobj 9 O staff _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
" PUNCT `` punct 23 O " _
There PRON EX expl 15 O there
is VERB VBZ ccomp 23 O be
a DET DT det 17 O a
lot NOUN NN attr 15 O lot
to PART TO aux 19 O to
do VERB VB relcl 17 O do _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Okafor PROPN NNP nsubj 23 O Okafor
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

_PICKED_AS = """
The DET DT det 1 O the
club NOUN NN nsubj 3 O club
has AUX VBZ aux 3 O have
picked VERB VBN ROOT 3 O pick
Erik PROPN NNP compound 5 B-PERSON Erik
Sandvold PROPN NNP dobj 3 I-PERSON Sandvold
as ADP IN prep 3 O as
its PRON PRP$ poss 8 O its
captain NOUN NN pobj 6 O captain _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 19 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 19 O be
an DET DT det 15 O an
honour NOUN NN attr 13 O honour _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Sandvold PROPN NNP nsubj 19 B-PERSON Sandvold
said VERB VBD ROOT 19 O say
on ADP IN prep 19 O on
Monday PROPN NNP pobj 20 B-DATE Monday _
. PUNCT . punct 19 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_name_an_appointing_verb_takes_gets_the_post_after_as() -> None:
    assert _rows(_NAMED_AS) == [("Priya Okafor", "chief of staff", "")]


def test_picked_as_is_an_appointment_in_the_present_perfect() -> None:
    assert [row[1] for row in _rows(_PICKED_AS)] == ["captain"]


def test_a_post_only_to_come_is_no_role() -> None:
    assert _rows(_WILL_NAME_AS) == [("Priya Okafor", "", "")]
