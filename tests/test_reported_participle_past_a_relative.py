"""`Ama Mensah is noting the problems the mayor had with the budget and saying he could not
answer questions on transport.`: the parser joins `saying` to the relative clause's `had`;
a participle of saying goes on from the participle the clause's noun hangs on (`is noting`),
whose subject speaks, not the relative clause's (`the mayor`). Frozen parse of a sentence
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ama Mensah is noting the problems the mayor had with the budget and saying he could not answer
# questions on transport.
_NOTING = """
Ama PROPN NNP compound 1 B-PERSON Ama
Mensah PROPN NNP nsubj 3 I-PERSON Mensah
is AUX VBZ aux 3 O be
noting VERB VBG ROOT 3 O note
the DET DT det 5 O the
problems NOUN NNS dobj 3 O problem
the DET DT det 7 O the
mayor NOUN NN nsubj 8 O mayor
had VERB VBD relcl 5 O have
with ADP IN prep 8 O with
the DET DT det 11 O the
budget NOUN NN pobj 9 O budget
and CCONJ CC cc 8 O and
saying VERB VBG conj 8 O say
he PRON PRP nsubj 17 O he
could AUX MD aux 17 O could
not PART RB neg 17 O not
answer VERB VB ccomp 13 O answer
questions NOUN NNS dobj 17 O question
on ADP IN prep 18 O on
transport NOUN NN pobj 19 O transport _
. PUNCT . punct 3 O . _
"""


def test_a_participle_joined_to_a_relative_clause_goes_on_from_the_outer_one() -> None:
    rows = [r for r in Extractor(indirect=True).rows(frozen(_NOTING)) if r.kind == "indirect"]
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Ama Mensah", "saying", "he could not answer questions on transport")
    ]
