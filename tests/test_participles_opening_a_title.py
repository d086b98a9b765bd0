"""A participle in capitals opens a title before a name (`Managing Director`, `Presiding Judge`):
it is the role's first word, no end of the body's name before it, and a body's short form that the
tagger runs into it as a work's title still names the body. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Sales will recover by spring," Kestrel Bank Managing Director Helen Park said.
_BANK = """
" PUNCT `` punct 14 O " _
Sales NOUN NNS nsubj 3 O sale
will AUX MD aux 3 O will
recover VERB VB ccomp 14 O recover
by ADP IN prep 3 O by
spring NOUN NN pobj 4 B-DATE spring _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Kestrel PROPN NNP compound 9 B-WORK_OF_ART Kestrel
Bank PROPN NNP compound 11 I-WORK_OF_ART Bank
Managing PROPN NNP compound 11 O Managing
Director PROPN NNP compound 13 O Director
Helen PROPN NNP compound 13 B-PERSON Helen
Park PROPN NNP nsubj 14 I-PERSON Park
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# "The evidence before us is clear," ICC Presiding Judge Maria Ferro said on Tuesday.
_COURT = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
evidence NOUN NN nsubj 5 O evidence
before ADP IN prep 2 O before
us PRON PRP pobj 3 O we
is AUX VBZ ccomp 14 O be
clear ADJ JJ acomp 5 O clear _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
ICC PROPN NNP compound 10 B-WORK_OF_ART ICC
Presiding VERB VBG compound 13 I-WORK_OF_ART preside
Judge PROPN NNP compound 13 O Judge
Maria PROPN NNP compound 13 B-PERSON Maria
Ferro PROPN NNP nsubj 14 I-PERSON Ferro
said VERB VBD ROOT 14 O say
on ADP IN prep 14 O on
Tuesday PROPN NNP pobj 15 B-DATE Tuesday _
. PUNCT . punct 14 O . _
"""


def test_a_participle_after_a_bodys_noun_opens_the_title() -> None:
    rows = Extractor().rows(frozen(_BANK))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Helen Park", "Managing Director", "Kestrel Bank")
    ]


def test_a_participle_the_tagger_made_a_verb_opens_the_title() -> None:
    rows = Extractor().rows(frozen(_COURT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Maria Ferro", "Presiding Judge", "ICC")]
