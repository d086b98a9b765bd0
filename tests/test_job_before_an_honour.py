"""The job before a name wins over an honour of a country in apposition (ROLES.md 4), from a
frozen parse of a sentence written for this file: `Defence counsel Tunde Bakare, a Senior Advocate
of Nigeria (SAN), told the court` gives *Defence counsel* (was *Senior Advocate of Nigeria*).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Defence counsel Tunde Bakare, a Senior Advocate of Nigeria (SAN), told the court: "My client is innocent."
# Defence counsel Tunde Bakare, a Senior Advocate of Nigeria (SAN), told the court: "My client is innocent."
_SPEC = """
Defence NOUN NN compound 1 O defence
counsel NOUN NN compound 3 O counsel
Tunde PROPN NNP compound 3 B-ORG Tunde
Bakare PROPN NNP nsubj 14 I-ORG Bakare _
, PUNCT , punct 3 O ,
a DET DT det 7 O a
Senior PROPN NNP compound 7 O Senior
Advocate PROPN NNP appos 3 O Advocate
of ADP IN prep 7 O of
Nigeria PROPN NNP pobj 8 O Nigeria
( PUNCT -LRB- punct 7 O ( _
SAN PROPN NNP appos 7 O SAN _
) PUNCT -RRB- punct 3 O ) _
, PUNCT , punct 3 O ,
told VERB VBD ROOT 14 O tell
the DET DT det 16 O the
court NOUN NN dobj 14 O court _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
My PRON PRP$ poss 20 O my
client NOUN NN nsubj 21 O client
is AUX VBZ ccomp 14 O be
innocent ADJ JJ acomp 21 O innocent _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


def test_the_job_before_the_name_beats_an_honour() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_SPEC))]
    assert rows == [("Tunde Bakare", "Defence counsel")]
