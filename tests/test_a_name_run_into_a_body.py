"""`Deputy Speaker of the National Assembly Grace Wambui said`, tagged `the National Assembly
Grace Wambui` one body: a body's name the tagger ran on over the person after it (a known given
name right after the body's noun) is the body and then the person, so the title before it is her
role and the body her organisation (it gave neither). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Deputy Speaker of the National Assembly Grace Wambui said the bill would pass on Thursday. "The
# numbers are there," she said.
_ASSEMBLY = """
Deputy PROPN NNP compound 1 O Deputy
Speaker PROPN NNP nsubj 8 O Speaker
of ADP IN prep 1 O of
the DET DT det 6 B-ORG the
National PROPN NNP compound 5 I-ORG National
Assembly PROPN NNP compound 6 I-ORG Assembly
Grace PROPN NNP pobj 2 I-ORG Grace
Wambui PROPN NNP appos 1 I-ORG Wambui
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
bill NOUN NN nsubj 12 O bill
would AUX MD aux 12 O would
pass VERB VB ccomp 8 O pass
on ADP IN prep 12 O on
Thursday PROPN NNP npadvmod 12 B-DATE Thursday _
. PUNCT . punct 8 O .
" PUNCT `` punct 24 O " _
The DET DT det 18 O the
numbers NOUN NNS nsubj 19 O number
are AUX VBP ccomp 24 O be
there ADV RB advmod 19 O there _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
she PRON PRP nsubj 24 O she
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_name_run_into_a_body_after_a_title() -> None:
    doc = frozen(_ASSEMBLY)
    [row] = Extractor().rows(doc, text=doc.text)
    assert (row.speaker, row.role, row.organization) == (
        "Grace Wambui",
        "Deputy Speaker of the National Assembly",
        "National Assembly",
    )
