"""`head of research at Optimus by Afrinvest`: a brand named with `by` and the firm that runs it
(`Courtyard by Marriott`) is one body, the speaker's organisation whole, not its first word; a
day after `by` (`by Friday`) says when and is no firm. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "Trading was thin before the holiday," said Kunle Bankole, head of research at Zenith by
# Crestvale, in a note.
_BRAND = """
" PUNCT `` punct 9 O " _
Trading NOUN NN nsubj 2 O trading
was AUX VBD ccomp 9 O be
thin ADJ JJ acomp 2 O thin
before ADP IN prep 2 O before
the DET DT det 6 O the
holiday NOUN NN pobj 4 O holiday _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Kunle PROPN NNP compound 11 B-PERSON Kunle
Bankole PROPN NNP nsubj 9 I-PERSON Bankole _
, PUNCT , punct 11 O ,
head NOUN NN appos 11 O head
of ADP IN prep 13 O of
research NOUN NN pobj 14 O research
at ADP IN prep 13 O at
Zenith PROPN NNP pobj 16 B-ORG Zenith
by ADP IN prep 13 O by
Crestvale PROPN NNP pobj 18 B-ORG Crestvale _
, PUNCT , punct 11 O ,
in ADP IN prep 9 O in
a DET DT det 23 O a
note NOUN NN pobj 21 O note _
. PUNCT . punct 9 O . _
"""

# "Every room is taken for the summit," said Ruth Mensah, general manager at Harbourview by
# Lindqvist in Accra.
_HOTEL = """
" PUNCT `` punct 10 O " _
Every DET DT det 2 O every
room NOUN NN nsubjpass 4 O room
is AUX VBZ auxpass 4 O be
taken VERB VBN ccomp 10 O take
for ADP IN prep 4 O for
the DET DT det 7 O the
summit NOUN NN pobj 5 O summit _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Ruth PROPN NNP compound 12 B-PERSON Ruth
Mensah PROPN NNP nsubj 10 I-PERSON Mensah _
, PUNCT , punct 12 O ,
general ADJ JJ amod 15 O general
manager NOUN NN appos 12 O manager
at ADP IN prep 15 O at
Harbourview PROPN NNP pobj 16 B-ORG Harbourview
by ADP IN prep 15 O by
Lindqvist PROPN NNP pobj 18 O Lindqvist
in ADP IN prep 19 O in
Accra PROPN NNP pobj 20 B-GPE Accra _
. PUNCT . punct 10 O . _
"""

# "The report was filed," said Peter Okon, a director at Zenith Capital by Friday.
_DEADLINE = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
report NOUN NN nsubjpass 4 O report
was AUX VBD auxpass 4 O be
filed VERB VBN ccomp 7 O file _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Peter PROPN NNP compound 9 B-PERSON Peter
Okon PROPN NNP nsubj 7 I-PERSON Okon _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
director NOUN NN appos 9 O director
at ADP IN prep 12 O at
Zenith PROPN NNP compound 15 B-ORG Zenith
Capital PROPN NNP pobj 13 I-ORG Capital
by ADP IN prep 12 O by
Friday PROPN NNP pobj 16 B-DATE Friday _
. PUNCT . punct 7 O . _
"""




def test_a_brand_by_its_firm_is_one_body() -> None:
    role = "head of research at Zenith by Crestvale"
    assert who_of(_BRAND) == [("Kunle Bankole", role, "Zenith by Crestvale")]


def test_a_brand_by_its_firm_before_its_town() -> None:
    role = "general manager at Harbourview by Lindqvist"
    assert who_of(_HOTEL) == [("Ruth Mensah", role, "Harbourview by Lindqvist")]


def test_a_day_after_by_is_no_firm() -> None:
    assert who_of(_DEADLINE) == [("Peter Okon", "director at Zenith Capital", "Zenith Capital")]
