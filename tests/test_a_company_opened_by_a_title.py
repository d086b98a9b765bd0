"""`"…," General Motors said in a statement`: a company's name tagged a body that opens on a
title that is an adjective too (`General`), then English words no given name is, is the
company, not a general called *Motors*; and `the company` after it is that company. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# General Motors said it would cut 2,000 jobs in Ohio. "This was a difficult decision," the
# company said.
_LEDE = """
General PROPN NNP compound 1 B-ORG General
Motors PROPN NNPS nsubj 2 I-ORG Motors
said VERB VBD ROOT 2 O say
it PRON PRP nsubj 5 O it
would AUX MD aux 5 O would
cut VERB VB ccomp 2 O cut
2,000 NUM CD nummod 7 B-CARDINAL 2,000
jobs NOUN NNS dobj 5 O job
in ADP IN prep 5 O in
Ohio PROPN NNP pobj 8 B-GPE Ohio _
. PUNCT . punct 2 O .
" PUNCT `` punct 21 O " _
This PRON DT nsubj 13 O this
was AUX VBD ccomp 21 O be
a DET DT det 16 O a
difficult ADJ JJ amod 16 O difficult
decision NOUN NN attr 13 O decision _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
the DET DT det 20 O the
company NOUN NN nsubj 21 O company
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# "We will not close the plant," General Motors said in a statement.
_STATEMENT = """
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
close VERB VB ccomp 11 O close
the DET DT det 6 O the
plant NOUN NN dobj 4 O plant _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
General PROPN NNP compound 10 B-ORG General
Motors PROPN NNPS nsubj 11 I-ORG Motors
said VERB VBD ROOT 11 O say
in ADP IN prep 11 O in
a DET DT det 14 O a
statement NOUN NN pobj 12 O statement _
. PUNCT . punct 11 O . _
"""


def _row(spec: str) -> tuple[str, str, str]:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker, row.role, row.organization


def test_a_company_named_with_general_speaks() -> None:
    assert _row(_STATEMENT) == ("General Motors", "", "General Motors")


def test_the_company_after_it_is_that_company() -> None:
    assert _row(_LEDE) == ("General Motors", "", "General Motors")
