"""A side's `boss` and its `manager` are one job (models/job_families.txt): `the Derry manager
said` after `Derry boss Tom Hegarty` is he, not `Derry`, which the tagger took for a person; and
with no manager named, `the Derry manager` is someone unnamed, not the `Derry` a description's own
words name. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Derry boss Tom Hegarty was less happy. "We switched off for ten minutes," the Derry manager said.
_A_BOSS_THEN_THE_MANAGER = """
Derry NOUN NN compound 1 B-PERSON derry
boss NOUN NN compound 3 O boss
Tom PROPN NNP compound 3 B-PERSON Tom
Hegarty PROPN NNP nsubj 4 I-PERSON Hegarty
was AUX VBD ROOT 4 O be
less ADV RBR advmod 6 O less
happy ADJ JJ acomp 4 O happy _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 10 O we
switched VERB VBD ccomp 20 O switch
off ADP RP prt 10 O off
for ADP IN prep 10 O for
ten NUM CD nummod 14 B-TIME ten
minutes NOUN NNS pobj 12 I-TIME minute _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
the DET DT det 19 O the
Derry PROPN NNP compound 19 B-ORG Derry
manager NOUN NN nsubj 20 O manager
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_the_manager_is_the_boss_named_before() -> None:
    rows = Extractor().rows(frozen(_A_BOSS_THEN_THE_MANAGER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Hegarty", "boss", "Derry")]


# Derry lost 3-2 on Friday. "We switched off for ten minutes," the Derry manager said.
_THE_SIDES_MANAGER = """
Derry PROPN NNP nsubj 1 B-PERSON Derry
lost VERB VBD ROOT 1 O lose
3 NUM CD npadvmod 1 B-CARDINAL 3 _
- SYM SYM punct 4 O - _
2 NUM CD prep 2 O 2
on ADP IN prep 1 O on
Friday PROPN NNP pobj 5 B-DATE Friday _
. PUNCT . punct 1 O .
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 10 O we
switched VERB VBD ccomp 20 O switch
off ADP RP prt 10 O off
for ADP IN prep 10 O for
ten NUM CD nummod 14 B-TIME ten
minutes NOUN NNS pobj 12 I-TIME minute _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
the DET DT det 19 O the
Derry PROPN NNP compound 19 B-ORG Derry
manager NOUN NN nsubj 20 O manager
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_the_manager_is_not_whom_the_descriptions_words_name() -> None:
    rows = Extractor().rows(frozen(_THE_SIDES_MANAGER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("the Derry manager", "manager", "Derry")]
