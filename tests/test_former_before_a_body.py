"""A word of when a post was held (`Former`) opening a sentence is no title before a person's
name: the capitalised words after it that the tagger took for a person (`Former Mombasa Water
managing director X`) still name the body, as they do without it. A frozen parse of a sentence
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Former Mombasa Water managing director Tom Otieno said the plan had been sound. “We did what we
# could,” he said.
_FORMER = """
Former ADJ JJ amod 4 O former
Mombasa PROPN NNP compound 2 B-PERSON Mombasa
Water PROPN NNP nmod 4 I-PERSON Water
managing VERB VBG amod 4 O manage
director NOUN NN compound 6 O director
Tom PROPN NNP compound 6 B-PERSON Tom
Otieno PROPN NNP nsubj 7 I-PERSON Otieno
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
plan NOUN NN nsubj 11 O plan
had AUX VBD aux 11 O have
been AUX VBN ccomp 7 O be
sound ADJ JJ acomp 11 O sound _
. PUNCT . punct 7 O .
“ PUNCT `` punct 16 O " _
We PRON PRP nsubj 16 O we
did VERB VBD ccomp 23 O do
what PRON WP dobj 19 O what
we PRON PRP nsubj 19 O we
could AUX MD ccomp 16 O could _
, PUNCT , punct 23 O , _
” PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_former_opening_a_sentence_keeps_the_body_after_it() -> None:
    rows = Extractor().rows(frozen(_FORMER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Otieno", "Former managing director", "Mombasa Water")
    ]
