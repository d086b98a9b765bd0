"""Two or three words in capitals the tagger calls a body, with no body's noun among them, that are
the subject of a verb whose object a `his` or `her` owns (`Deus Tumwesigye pushes his canoe`),
are a person's name: the `he said` after them is his, and so is the one after his surname later.
Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Every morning at six, Deus Tumwesigye pushes his canoe into the mist. "When the road comes,
# nobody will need me," he said. District engineer Moses Byaruhanga said the road would be
# finished by June. "People have waited long enough," he said. Tumwesigye shrugged when told.
# "Engineers always say June," he said.
_FERRYMAN = """
Every DET DT det 1 B-TIME every
morning NOUN NN npadvmod 7 I-TIME morning
at ADP IN prep 1 O at
six NUM CD pobj 2 B-CARDINAL six _
, PUNCT , punct 7 O ,
Deus PROPN NNP compound 6 B-ORG Deus
Tumwesigye PROPN NNP nsubj 7 I-ORG Tumwesigye
pushes VERB VBZ ROOT 7 O push
his PRON PRP$ poss 9 O his
canoe NOUN NN dobj 7 O canoe
into ADP IN prep 7 O into
the DET DT det 12 O the
mist NOUN NN pobj 10 O mist _
. PUNCT . punct 7 O .
" PUNCT `` punct 27 O " _
When SCONJ WRB advmod 18 O when
the DET DT det 17 O the
road NOUN NN nsubj 18 O road
comes VERB VBZ advcl 22 O come _
, PUNCT , punct 22 O ,
nobody PRON NN nsubj 22 O nobody
will AUX MD aux 22 O will
need VERB VB ccomp 27 O need
me PRON PRP dobj 22 O I _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O .
District NOUN NN compound 30 O district
engineer NOUN NN compound 32 O engineer
Moses PROPN NNP compound 32 O Moses
Byaruhanga PROPN NNP nsubj 33 B-PERSON Byaruhanga
said VERB VBD ROOT 33 O say
the DET DT det 35 O the
road NOUN NN nsubjpass 38 O road
would AUX MD aux 38 O would
be AUX VB auxpass 38 O be
finished VERB VBN ccomp 33 O finish
by ADP IN prep 38 O by
June PROPN NNP pobj 39 B-DATE June _
. PUNCT . punct 33 O .
" PUNCT `` punct 45 O " _
People NOUN NNS nsubj 45 O People
have AUX VBP aux 45 O have
waited VERB VBN ccomp 51 O wait
long ADV RB advmod 47 O long
enough ADV RB advmod 45 O enough _
, PUNCT , punct 51 O , _
" PUNCT '' punct 51 O "
he PRON PRP nsubj 51 O he
said VERB VBD ROOT 51 O say _
. PUNCT . punct 51 O .
Tumwesigye PROPN NNP nsubj 54 O Tumwesigye
shrugged VERB VBD ROOT 54 O shrug
when SCONJ WRB advmod 56 O when
told VERB VBN advcl 54 O tell _
. PUNCT . punct 54 O .
" PUNCT `` punct 66 O " _
Engineers NOUN NNS nsubj 61 O engineer
always ADV RB advmod 61 O always
say VERB VBP ccomp 66 O say
June PROPN NNP npadvmod 61 B-DATE June _
, PUNCT , punct 66 O , _
" PUNCT '' punct 66 O "
he PRON PRP nsubj 66 O he
said VERB VBD ROOT 66 O say _
. PUNCT . punct 66 O . _
"""


def test_a_name_tagged_a_body_that_owns_his_things_is_a_person() -> None:
    rows = Extractor().rows(frozen(_FERRYMAN))
    assert [r.speaker for r in rows] == ["Deus Tumwesigye", "Moses Byaruhanga", "Deus Tumwesigye"]
