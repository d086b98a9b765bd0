"""The World Health Organization's letters are no pronoun: `WHO` in capitals inside a sentence in
small letters, which the tagger reads as `who`, neither ends an apposition as a relative does
(`said Dr Neema Kimambo, the WHO representative in Malawi` gives the role and the body) nor
leaves `“…,” WHO said` with no speaker. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We are racing against time," said Dr Neema Kimambo, the WHO representative in Malawi.
_THE_WHO_REPRESENTATIVE = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
racing VERB VBG ccomp 8 O race
against ADP IN prep 3 O against
time NOUN NN pobj 4 O time _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Dr PROPN NNP compound 11 O Dr
Neema PROPN NNP compound 11 B-PERSON Neema
Kimambo PROPN NNP nsubj 8 I-PERSON Kimambo _
, PUNCT , punct 11 O ,
the DET DT det 15 O the
WHO PROPN NNP compound 15 B-ORG WHO
representative NOUN NN appos 11 O representative
in ADP IN prep 15 O in
Malawi PROPN NNP pobj 16 B-PERSON Malawi _
. PUNCT . punct 8 O . _
"""


# The World Health Organization (WHO) warned on Friday that cases had tripled. "We are racing against
# time," WHO said in a statement.
_WHO_SAID = """
The DET DT det 3 B-ORG the
World PROPN NNP compound 3 I-ORG World
Health PROPN NNP compound 3 I-ORG Health
Organization PROPN NNP nsubj 7 I-ORG Organization
( PUNCT -LRB- punct 3 I-ORG ( _
WHO PROPN NNP appos 3 I-ORG WHO _
) PUNCT -RRB- punct 3 O )
warned VERB VBD ROOT 7 O warn
on ADP IN prep 7 O on
Friday PROPN NNP pobj 8 B-DATE Friday
that SCONJ IN mark 13 O that
cases NOUN NNS nsubj 13 O case
had AUX VBD aux 13 O have
tripled VERB VBN ccomp 7 O triple _
. PUNCT . punct 7 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 18 O we
are AUX VBP aux 18 O be
racing VERB VBG ccomp 24 O race
against ADP IN prep 18 O against
time NOUN NN pobj 19 O time _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
WHO PRON WP nsubj 24 O who
said VERB VBD ROOT 24 O say
in ADP IN prep 24 O in
a DET DT det 27 O a
statement NOUN NN pobj 25 O statement _
. PUNCT . punct 24 O . _
"""


def test_the_who_in_capitals_before_a_job_is_a_body() -> None:
    rows = Extractor().rows(frozen(_THE_WHO_REPRESENTATIVE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Neema Kimambo", "representative in Malawi", "WHO")
    ]


def test_who_in_capitals_saying_is_the_body() -> None:
    rows = Extractor().rows(frozen(_WHO_SAID))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("World Health Organization", "World Health Organization")
    ]
