"""An office in capitals after `the`, a comma, then its body's tagged name set off by commas
before the holder's name (`The Permanent Secretary, Ministry of Works, Dr Chidi Okafor, said:`,
Nigerian and Ghanaian house style): the office is the role and the body its organisation, as
`The Permanent Secretary of the Ministry of Works` would give; before, the body's name between
the commas hid the office and the row had neither. An office set off alone before the name
(`The Permanent Secretary, Dr Chidi Okafor, said:`) stays a role with no organisation. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Nurses were trained last month. The Permanent Secretary, Ministry of Works, Dr Chidi Okafor,
# said: "Every clinic will have power."
_SECRETARY = """
Nurses NOUN NNS nsubjpass 2 O nurse
were AUX VBD auxpass 2 O be
trained VERB VBN ROOT 2 O train
last ADJ JJ amod 4 B-DATE last
month NOUN NN npadvmod 2 I-DATE month _
. PUNCT . punct 2 O .
The DET DT det 8 O the
Permanent PROPN NNP compound 8 O Permanent
Secretary PROPN NNP nsubj 18 O Secretary _
, PUNCT , punct 8 O ,
Ministry PROPN NNP appos 8 B-ORG Ministry
of ADP IN prep 10 I-ORG of
Works PROPN NNP pobj 11 I-ORG Works _
, PUNCT , punct 8 O ,
Dr PROPN NNP compound 16 O Dr
Chidi PROPN NNP compound 16 B-PERSON Chidi
Okafor PROPN NNP appos 8 I-PERSON Okafor _
, PUNCT , punct 8 O ,
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
Every DET DT det 22 O every
clinic NOUN NN nsubj 24 O clinic
will AUX MD aux 24 O will
have VERB VB ccomp 18 O have
power NOUN NN dobj 24 O power _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""

# Nurses were trained last month. The Permanent Secretary, Dr Chidi Okafor, said: "Every clinic
# will have power."
_ALONE = """
Nurses NOUN NNS nsubjpass 2 O nurse
were AUX VBD auxpass 2 O be
trained VERB VBN ROOT 2 O train
last ADJ JJ amod 4 B-DATE last
month NOUN NN npadvmod 2 I-DATE month _
. PUNCT . punct 2 O .
The DET DT det 8 O the
Permanent PROPN NNP compound 8 O Permanent
Secretary PROPN NNP nsubj 14 O Secretary _
, PUNCT , punct 8 O ,
Dr PROPN NNP compound 12 O Dr
Chidi PROPN NNP compound 12 B-PERSON Chidi
Okafor PROPN NNP appos 8 I-PERSON Okafor _
, PUNCT , punct 8 O ,
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
Every DET DT det 18 O every
clinic NOUN NN nsubj 20 O clinic
will AUX MD aux 20 O will
have VERB VB ccomp 14 O have
power NOUN NN dobj 20 O power _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


def test_the_office_before_its_body_is_the_role_and_the_body_the_organisation() -> None:
    rows = Extractor().rows(frozen(_SECRETARY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Chidi Okafor", "Permanent Secretary", "Ministry of Works")
    ]


def test_an_office_set_off_alone_keeps_no_organisation() -> None:
    rows = Extractor().rows(frozen(_ALONE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Chidi Okafor", "Permanent Secretary", "")
    ]
