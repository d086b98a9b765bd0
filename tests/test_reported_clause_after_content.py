"""A clause of reason, condition or concession hung on the verb of saying right after its
content, with no comma between, is part of what was said (quotes/indirect.py,
``_with_clause_after``): `recalled the long queues for bread because he had waited in them as
a boy` reports the queues and why; a clause of time (`when the river flooded the lower town`)
sets the scene, and one set off by a comma (`…, although the council had raised its fees`) is
left out as before. Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Tom Vick recalled the long queues for bread because he had waited in them as a boy.
RECALLED_BECAUSE = """
Tom PROPN NNP compound 1 B-PERSON Tom
Vick PROPN NNP nsubj 2 I-PERSON Vick
recalled VERB VBD ROOT 2 O recall
the DET DT det 5 O the
long ADJ JJ amod 5 O long
queues NOUN NNS dobj 2 O queue
for ADP IN prep 5 O for
bread NOUN NN pobj 6 O bread
because SCONJ IN mark 11 O because
he PRON PRP nsubj 11 O he
had AUX VBD aux 11 O have
waited VERB VBN advcl 2 O wait
in ADP IN prep 11 O in
them PRON PRP pobj 12 O they
as ADP IN prep 11 O as
a DET DT det 16 O a
boy NOUN NN pobj 14 O boy _
. PUNCT . punct 2 O . _
"""

# Mara Hale predicted a long strike if the board cut the wages.
PREDICTED_IF = """
Mara PROPN NNP compound 1 B-ORG Mara
Hale PROPN NNP nsubj 2 I-ORG Hale
predicted VERB VBD ROOT 2 O predict
a DET DT det 5 O a
long ADJ JJ amod 5 O long
strike NOUN NN dobj 2 O strike
if SCONJ IN mark 9 O if
the DET DT det 8 O the
board NOUN NN nsubj 9 O board
cut VERB VBD advcl 2 O cut
the DET DT det 11 O the
wages NOUN NNS dobj 9 O wage _
. PUNCT . punct 2 O . _
"""

# Ana Ruiz described a harder winter when the river flooded the lower town.
DESCRIBED_WHEN = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
described VERB VBD ROOT 2 O describe
a DET DT det 5 B-DATE a
harder ADJ JJR amod 5 I-DATE hard
winter NOUN NN dobj 2 I-DATE winter
when SCONJ WRB advmod 9 O when
the DET DT det 8 O the
river NOUN NN nsubj 9 O river
flooded VERB VBD advcl 2 O flood
the DET DT det 12 O the
lower ADJ JJR amod 12 O low
town NOUN NN dobj 9 O town _
. PUNCT . punct 2 O . _
"""

# Mara Hale vowed to close the depot, although the council had raised its fees.
VOWED_COMMA_ALTHOUGH = """
Mara PROPN NNP compound 1 B-PERSON Mara
Hale PROPN NNP nsubj 2 I-PERSON Hale
vowed VERB VBD ROOT 2 O vow
to PART TO aux 4 O to
close VERB VB xcomp 2 O close
the DET DT det 6 O the
depot NOUN NN dobj 4 O depot _
, PUNCT , punct 2 O ,
although SCONJ IN mark 12 O although
the DET DT det 10 O the
council NOUN NN nsubj 12 O council
had AUX VBD aux 12 O have
raised VERB VBN advcl 2 O raise
its PRON PRP$ poss 14 O its
fees NOUN NNS dobj 12 O fee _
. PUNCT . punct 2 O . _
"""


def contents(spec: str) -> list[str]:
    """The content of every candidate in a frozen parse."""
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_a_clause_of_reason_right_after_the_content_is_part_of_it() -> None:
    assert contents(RECALLED_BECAUSE) == ["the long queues for bread because he had waited in them as a boy"]


def test_a_clause_of_condition_right_after_the_content_is_part_of_it() -> None:
    assert contents(PREDICTED_IF) == ["a long strike if the board cut the wages"]


def test_a_clause_of_time_sets_the_scene_and_is_left_out() -> None:
    assert contents(DESCRIBED_WHEN) == ["a harder winter"]


def test_a_clause_set_off_by_a_comma_is_left_out() -> None:
    assert contents(VOWED_COMMA_ALTHOUGH) == ["to close the depot"]
