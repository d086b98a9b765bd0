"""Bodies a person worked for before: a job held before at a body, beside the same job held now
(`Analyst Tom Reyes … said Mr Reyes, a former senior analyst at Harbour Bank`), is held now
elsewhere or on one's own, so the body is no longer the person's (the organisation was *Harbour
Bank*). Each from a frozen parse of a sentence written for this file (the entities as the tagger
gave them), so a model update cannot change what a test exercises.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_THE_SAME_JOB_HELD_BEFORE_AT_A_BODY = """
Analyst PROPN NNP compound 2 O Analyst
Tom PROPN NNP compound 2 B-PERSON Tom
Reyes PROPN NNP nsubj 3 I-PERSON Reyes
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
plan NOUN NN nsubj 6 O plan
was AUX VBD ccomp 3 O be
late ADJ JJ acomp 6 O late _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
It PRON PRP nsubj 12 O it
will AUX MD aux 12 O will
cost VERB VB ccomp 20 O cost
far ADV RB advmod 14 O far
more ADJ JJR dobj 12 O more
than SCONJ IN mark 17 O than
anyone PRON NN nsubj 17 O anyone
thinks VERB VBZ advcl 14 O think _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
Mr PROPN NNP compound 22 O Mr
Reyes PROPN NNP nsubj 20 B-ORG Reyes _
, PUNCT , punct 22 O ,
a DET DT det 27 O a
former ADJ JJ amod 27 O former
senior ADJ JJ amod 27 O senior
analyst NOUN NN appos 22 O analyst
at ADP IN prep 27 O at
Harbour PROPN NNP compound 30 B-ORG Harbour
Bank PROPN NNP pobj 28 I-ORG Bank _
. PUNCT . punct 20 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_same_job_held_before_at_a_body_leaves_the_body_behind() -> None:
    assert _rows(_THE_SAME_JOB_HELD_BEFORE_AT_A_BODY) == [("Tom Reyes", "Analyst", "")]
