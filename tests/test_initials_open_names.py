"""Initials open a name the tagger leaves untagged (`V D Satheesan`), so the article counts the
person and a description can stand for them (`the Congress leader`), also when the parser tags
the first initial a noun. The sentence was written for this project (a made-up Indian news
story); its parse (by en_core_web_sm 3.8) is written out token by token (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Leader of the Opposition V D Satheesan alleged that the government had ignored early
# warnings. \"The dams were opened without notice,\" the Congress leader claimed." (`V` a noun)
INITIAL_A_NOUN = """
Leader NOUN NN nsubj 7 O leader
of ADP IN prep 0 O of
the DET DT det 6 O the
Opposition PROPN NNP compound 6 O Opposition
V NOUN NN compound 6 O v
D PROPN NNP compound 6 O D
Satheesan PROPN NNP pobj 1 O Satheesan
alleged VERB VBD ROOT 7 O allege
that SCONJ IN mark 12 O that
the DET DT det 10 O the
government NOUN NN nsubj 12 O government
had AUX VBD aux 12 O have
ignored VERB VBN ccomp 7 O ignore
early ADJ JJ amod 14 O early
warnings NOUN NNS dobj 12 O warning _
. PUNCT . punct 7 O .
" PUNCT `` punct 28 O " _
The DET DT det 18 O the
dams NOUN NNS nsubjpass 20 O dam
were AUX VBD auxpass 20 O be
opened VERB VBN ccomp 28 O open
without ADP IN prep 20 O without
notice NOUN NN pobj 21 O notice _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
the DET DT det 27 O the
Congress PROPN NNP compound 27 B-ORG Congress
leader NOUN NN nsubj 28 O leader
claimed VERB VBD ROOT 28 O claim _
. PUNCT . punct 28 O . _
"""


def test_initials_open_a_name_even_with_the_first_tagged_a_noun() -> None:
    rows = Extractor().rows(frozen(INITIAL_A_NOUN))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [
        ("V D Satheesan", "Leader of the Opposition", "the Congress leader")
    ]
