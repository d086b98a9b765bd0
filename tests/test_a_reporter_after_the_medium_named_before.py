"""`… reported live on KTN News last night. Correspondent Amina Otieno said: “…”`: a reporter, a
correspondent or an anchor, the job alone, works for the one medium (a name holding a word of
models/news_agencies.txt or masthead_words.txt) the sentence right before names (ROLES.md 5: an
adjacent sentence ties them); with two media named there, which one is not said. Frozen parses of
texts written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The clashes in Kisumu were reported live on KTN News last night. Correspondent Amina Otieno
# said: "The crowd has gathered outside the court since dawn."
_ONE_MEDIUM = """
The DET DT det 1 O the
clashes NOUN NNS nsubjpass 5 O clash
in ADP IN prep 1 O in
Kisumu PROPN NNP pobj 2 B-GPE Kisumu
were AUX VBD auxpass 5 O be
reported VERB VBN ROOT 5 O report
live ADV RB advmod 5 O live
on ADP IN prep 5 O on
KTN PROPN NNP compound 9 B-ORG KTN
News PROPN NNP pobj 7 I-ORG News
last ADJ JJ amod 11 B-TIME last
night NOUN NN npadvmod 5 I-TIME night _
. PUNCT . punct 5 O .
Correspondent NOUN NN compound 15 O correspondent
Amina PROPN NNP compound 15 B-PERSON Amina
Otieno PROPN NNP nsubj 16 I-PERSON Otieno
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
The DET DT det 20 O the
crowd NOUN NN nsubj 22 O crowd
has AUX VBZ aux 22 O have
gathered VERB VBN ccomp 16 O gather
outside ADP IN prep 22 O outside
the DET DT det 25 O the
court NOUN NN pobj 23 O court
since SCONJ IN prep 22 O since
dawn NOUN NN pobj 26 O dawn _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""

# The clashes were shown on KTN News and on BBC Radio Ulster. Correspondent Amina Otieno said:
# "The crowd has gathered outside the court since dawn."
_TWO_MEDIA = """
The DET DT det 1 O the
clashes NOUN NNS nsubjpass 3 O clash
were AUX VBD auxpass 3 O be
shown VERB VBN ROOT 3 O show
on ADP IN prep 3 O on
KTN PROPN NNP compound 6 B-ORG KTN
News PROPN NNP pobj 4 I-ORG News
and CCONJ CC cc 4 O and
on ADP IN conj 4 O on
BBC PROPN NNP compound 11 B-ORG BBC
Radio PROPN NNP compound 11 I-ORG Radio
Ulster PROPN NNP pobj 8 I-ORG Ulster _
. PUNCT . punct 3 O .
Correspondent NOUN NN compound 15 O correspondent
Amina PROPN NNP compound 15 B-PERSON Amina
Otieno PROPN NNP nsubj 16 I-PERSON Otieno
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
The DET DT det 20 O the
crowd NOUN NN nsubj 22 O crowd
has AUX VBZ aux 22 O have
gathered VERB VBN ccomp 16 O gather
outside ADP IN prep 22 O outside
the DET DT det 25 O the
court NOUN NN pobj 23 O court
since SCONJ IN prep 22 O since
dawn NOUN NN pobj 26 O dawn _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""


# The march through Johannesburg was broadcast live by the SABC on Saturday. Reporter Lerato
# Mokoena said: "Thousands of people have filled the streets since morning."
_SABC = """
The DET DT det 1 O the
march NOUN NN nsubjpass 5 O march
through ADP IN prep 1 O through
Johannesburg PROPN NNP pobj 2 B-GPE Johannesburg
was AUX VBD auxpass 5 O be
broadcast VERB VBN ROOT 5 O broadcast
live ADV RB advmod 5 O live
by ADP IN agent 5 O by
the DET DT det 9 O the
SABC PROPN NNP pobj 7 B-ORG SABC
on ADP IN prep 5 O on
Saturday PROPN NNP pobj 10 B-DATE Saturday _
. PUNCT . punct 5 O .
Reporter NOUN NN compound 15 O reporter
Lerato PROPN NNP compound 15 B-PERSON Lerato
Mokoena PROPN NNP nsubj 16 I-PERSON Mokoena
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
Thousands NOUN NNS nsubj 23 B-CARDINAL thousand
of ADP IN prep 19 O of
people NOUN NNS pobj 20 O people
have AUX VBP aux 23 O have
filled VERB VBN ccomp 16 O fill
the DET DT det 25 O the
streets NOUN NNS dobj 23 O street
since SCONJ IN prep 23 O since
morning NOUN NN pobj 26 B-TIME morning _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""


def test_a_correspondent_after_the_medium_that_aired_the_news() -> None:
    rows = Extractor().rows(frozen(_ONE_MEDIUM))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Amina Otieno", "Correspondent", "KTN News")
    ]


def test_two_media_before_tie_the_correspondent_to_neither() -> None:
    rows = Extractor().rows(frozen(_TWO_MEDIA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Amina Otieno", "Correspondent", "")]


def test_a_reporter_after_a_national_broadcaster_known_by_its_letters() -> None:
    # (`SABC`: since org35 a broadcaster of models/news_agencies.txt, as `NBC`, `RTÉ`, `NDTV`.)
    rows = Extractor().rows(frozen(_SABC))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Lerato Mokoena", "Reporter", "SABC")]
