"""`She's said the waiting list will be cleared`, `He's told Parliament the courts …`: the parser
reads a contracted `'s` before a verb of saying as `is`, the verb as a passive and its subject
as what was said, so the report had no speaker and no row. A verb of saying in the passive
takes no clause of its own (`he's said to be ill` takes an infinitive, `it's said that …` an
empty `it`), so with a clause the `'s` is `has` and the subject speaks; a verb of telling needs
whom it tells for object too (`She's told the stalls will be pulled down`: she is told, and
reports nothing); where the parser calls the subject `nsubj` but keeps the `'s` a passive's
(`who's argued for years that …`), the report is weighed as a perfect too. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Councillor Mary Byrne chairs the housing committee in Galway. She's said the waiting list will
# be cleared by Christmas.
_SHE_HAS_SAID = """
Councillor PROPN NNP compound 2 O Councillor
Mary PROPN NNP compound 2 B-PERSON Mary
Byrne PROPN NNP nsubj 3 I-PERSON Byrne
chairs VERB VBZ ROOT 3 O chair
the DET DT det 6 O the
housing NOUN NN compound 6 O housing
committee NOUN NN dobj 3 O committee
in ADP IN prep 3 O in
Galway PROPN NNP pobj 7 B-GPE Galway _
. PUNCT . punct 3 O .
She PRON PRP nsubjpass 12 O she _
's AUX VBZ auxpass 12 O be
said VERB VBD ROOT 12 O say
the DET DT det 15 O the
waiting NOUN NN compound 15 O waiting
list NOUN NN nsubjpass 18 O list
will AUX MD aux 18 O will
be AUX VB auxpass 18 O be
cleared VERB VBN ccomp 12 O clear
by ADP IN agent 18 O by
Christmas PROPN NNP pobj 19 B-DATE Christmas _
. PUNCT . punct 12 O . _
"""

# Kwame Mensah, the Attorney-General, defended the bill on Tuesday. He's told Parliament the
# courts will not be weakened.
_HE_HAS_TOLD = """
Kwame PROPN NNP compound 1 B-PERSON Kwame
Mensah PROPN NNP nsubj 8 I-PERSON Mensah _
, PUNCT , punct 1 O ,
the DET DT det 6 O the
Attorney PROPN NNP compound 6 O Attorney _
- PUNCT HYPH punct 6 O - _
General PROPN NNP appos 1 O General _
, PUNCT , punct 1 O ,
defended VERB VBD ROOT 8 O defend
the DET DT det 10 O the
bill NOUN NN dobj 8 O bill
on ADP IN prep 8 O on
Tuesday PROPN NNP pobj 11 B-DATE Tuesday _
. PUNCT . punct 8 O .
He PRON PRP nsubjpass 16 O he _
's AUX VBZ auxpass 16 O be
told VERB VBN ROOT 16 O tell
Parliament PROPN NNP dobj 16 B-ORG Parliament
the DET DT det 19 O the
courts NOUN NNS nsubjpass 23 O court
will AUX MD aux 23 O will
not PART RB neg 23 O not
be AUX VB auxpass 23 O be
weakened VERB VBN ccomp 16 O weaken _
. PUNCT . punct 16 O . _
"""

# Mrs Adaeze Okafor runs a market stall in Enugu. She's told the stalls will be pulled down next
# month.
_SHE_IS_TOLD = """
Mrs PROPN NNP compound 2 B-PERSON Mrs
Adaeze PROPN NNP compound 2 I-PERSON Adaeze
Okafor PROPN NNP nsubj 3 I-PERSON Okafor
runs VERB VBZ ROOT 3 O run
a DET DT det 6 O a
market NOUN NN compound 6 O market
stall NOUN NN dobj 3 O stall
in ADP IN prep 6 O in
Enugu PROPN NNP pobj 7 B-GPE Enugu _
. PUNCT . punct 3 O .
She PRON PRP nsubjpass 12 O she _
's AUX VBZ auxpass 12 O be
told VERB VBN ROOT 12 O tell
the DET DT det 14 O the
stalls NOUN NNS dobj 12 O stall
will AUX MD aux 17 O will
be AUX VB auxpass 17 O be
pulled VERB VBN ccomp 12 O pull
down ADP RP prt 17 O down
next ADJ JJ amod 20 B-DATE next
month NOUN NN npadvmod 17 I-DATE month _
. PUNCT . punct 12 O . _
"""


# That campaign has been led by Dr Rahul Mehta, who’s argued for years that the clinic can’t be
# run on volunteers.
_WHO_HAS_ARGUED = """
That DET DT det 1 O that
campaign NOUN NN nsubjpass 4 O campaign
has AUX VBZ aux 4 O have
been AUX VBN auxpass 4 O be
led VERB VBN ROOT 4 O lead
by ADP IN agent 4 O by
Dr PROPN NNP compound 8 O Dr
Rahul PROPN NNP compound 8 B-PERSON Rahul
Mehta PROPN NNP pobj 5 I-PERSON Mehta _
, PUNCT , punct 8 O ,
who PRON WP nsubj 12 O who _
’s AUX VBP auxpass 12 O ’s
argued VERB VBD relcl 8 O argue
for ADP IN prep 12 O for
years NOUN NNS pobj 13 B-DATE year
that SCONJ IN mark 21 O that
the DET DT det 17 O the
clinic NOUN NN nsubjpass 21 O clinic
ca AUX MD aux 21 O can _
n’t PART RB neg 21 O not
be AUX VB auxpass 21 O be
run VERB VBN ccomp 12 O run
on ADP IN prep 21 O on
volunteers NOUN NNS pobj 22 O volunteer _
. PUNCT . punct 4 O . _
"""

def test_a_contracted_has_said_names_its_subject() -> None:
    rows = Extractor(indirect=True).rows(frozen(_SHE_HAS_SAID))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Mary Byrne", "said", "the waiting list will be cleared by Christmas")
    ]


def test_a_contracted_has_told_names_its_subject() -> None:
    rows = Extractor(indirect=True).rows(frozen(_HE_HAS_TOLD))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Kwame Mensah", "told", "the courts will not be weakened")
    ]


def test_one_who_is_told_reports_nothing() -> None:
    rows = Extractor(indirect=True).rows(frozen(_SHE_IS_TOLD))
    assert [(r.speaker, r.cue) for r in rows] == []


def test_a_relative_who_has_argued_is_weighed_as_a_perfect() -> None:
    rows = Extractor(indirect=True).rows(frozen(_WHO_HAS_ARGUED))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Rahul Mehta", "argued", "the clinic can’t be run on volunteers")
    ]
