"""A headline or standfirst names its speaker by a bare title in capitals at the head of a line
(`Judge says defendant …`, `Chief Cabinet Secretary says …`): the one person the story gives
that title, not a speaker called `Judge`. Frozen parses of stories written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.mention) for r in Extractor().rows(frozen(spec))]


# Govt to release more rice as prices climb, Tanabe says / Chief Cabinet Secretary says release
# will start 'as early as next week' / TOKYO, March 4 (Kyodo) -- The government will release
# more stockpiled rice this month, Chief Cabinet Secretary Hiroshi Tanabe said Tuesday. / "We will
# act quickly," Tanabe told reporters.
_SECRETARY = """
Govt NOUN NNS dep 2 O Govt
to PART TO aux 2 O to
release VERB VB ccomp 10 O release
more ADJ JJR amod 4 O more
rice NOUN NN dobj 2 O rice
as SCONJ IN mark 7 O as
prices NOUN NNS nsubj 7 O price
climb VERB VBP advcl 2 O climb _
, PUNCT , punct 10 O ,
Tanabe PROPN NNP nsubj 10 O Tanabe
says VERB VBZ ROOT 10 O say _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Chief PROPN NNP compound 14 O Chief
Cabinet PROPN NNP compound 14 B-ORG Cabinet
Secretary PROPN NNP nsubj 15 O Secretary
says VERB VBZ ROOT 15 O say
release NOUN NN nsubj 18 O release
will AUX MD aux 18 O will
start VERB VB ccomp 15 O start
' PUNCT `` punct 18 O ' _
as ADV RB advmod 21 O as
early ADV RB advmod 18 O early
as ADP IN prep 21 O as
next ADJ JJ amod 24 B-DATE next
week NOUN NN pobj 22 I-DATE week _
' PART POS punct 24 I-DATE ' _
<paragraph> SPACE _SP dep 25 O <paragraph> _
TOKYO PROPN NNP ROOT 27 B-GPE TOKYO _
, PUNCT , punct 29 O ,
March PROPN NNP ROOT 29 B-DATE March
4 NUM CD nummod 29 I-DATE 4
( PUNCT -LRB- punct 32 O ( _
Kyodo PROPN NNP appos 29 B-ORG Kyodo _
) PUNCT -RRB- punct 32 O )
-- PUNCT : punct 29 O --
The DET DT det 36 O the
government NOUN NN nsubj 38 O government
will AUX MD aux 38 O will
release VERB VB ccomp 50 O release
more ADV RBR advmod 40 O more
stockpiled VERB VBN amod 41 O stockpile
rice NOUN NN dobj 38 O rice
this DET DT det 43 B-DATE this
month NOUN NN npadvmod 38 I-DATE month _
, PUNCT , punct 50 O ,
Chief PROPN NNP compound 47 O Chief
Cabinet PROPN NNP compound 47 B-ORG Cabinet
Secretary PROPN NNP compound 49 O Secretary
Hiroshi PROPN NNP compound 49 B-PERSON Hiroshi
Tanabe PROPN NNP nsubj 50 I-PERSON Tanabe
said VERB VBD ROOT 50 O say
Tuesday PROPN NNP npadvmod 50 B-DATE Tuesday _
. PUNCT . punct 50 O . _
<paragraph> SPACE _SP dep 52 O <paragraph> _
" PUNCT `` punct 57 O " _
We PRON PRP nsubj 57 O we
will AUX MD aux 57 O will
act VERB VB ccomp 62 O act
quickly ADV RB advmod 57 O quickly _
, PUNCT , punct 62 O , _
" PUNCT '' punct 62 O "
Tanabe PROPN NNP nsubj 62 O Tanabe
told VERB VBD ROOT 62 O tell
reporters NOUN NNS dobj 62 O reporter _
. PUNCT . punct 62 O . _
"""

# Bank clerk jailed for fraud / Judge says defendant 'betrayed the trust of elderly customers' /
# By Mei Chan / A former clerk was jailed for 30 months on Tuesday. District Judge Ellen Marsh
# said the clerk had "betrayed the trust of elderly customers" over four years. / "This was a
# calculated scheme," the judge said.
_JUDGE = """
Bank NOUN NN compound 1 O bank
clerk NOUN NN ROOT 1 O clerk
jailed VERB VBN acl 1 O jail
for ADP IN prep 2 O for
fraud NOUN NN pobj 3 O fraud _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Judge PROPN NNP nsubj 7 O Judge
says VERB VBZ ROOT 7 O say
defendant NOUN NN nsubj 10 O defendant
' PUNCT `` punct 10 O ' _
betrayed VERB VBD ccomp 7 O betray
the DET DT det 12 O the
trust NOUN NN dobj 10 O trust
of ADP IN prep 12 O of
elderly ADJ JJ amod 15 O elderly
customers NOUN NNS pobj 13 O customer _
' PART POS case 15 O ' _
<paragraph> SPACE _SP dep 16 O <paragraph> _
By ADP IN ROOT 18 O by
Mei PROPN NNP compound 20 B-PERSON Mei
Chan PROPN NNP pobj 18 I-PERSON Chan _
<paragraph> SPACE _SP dep 20 O <paragraph> _
A DET DT det 24 O a
former ADJ JJ amod 24 O former
clerk NOUN NN nsubjpass 26 O clerk
was AUX VBD auxpass 26 O be
jailed VERB VBN ROOT 26 O jail
for ADP IN prep 26 O for
30 NUM CD nummod 29 B-DATE 30
months NOUN NNS pobj 27 I-DATE month
on ADP IN prep 29 I-DATE on
Tuesday PROPN NNP pobj 30 I-DATE Tuesday _
. PUNCT . punct 26 O .
District PROPN NNP compound 34 O District
Judge PROPN NNP compound 36 O Judge
Ellen PROPN NNP compound 36 B-PERSON Ellen
Marsh PROPN NNP nsubj 37 I-PERSON Marsh
said VERB VBD ROOT 37 O say
the DET DT det 39 O the
clerk NOUN NN nsubj 42 O clerk
had AUX VBD aux 42 O have
" PUNCT `` punct 42 O " _
betrayed VERB VBN ccomp 37 O betray
the DET DT det 44 O the
trust NOUN NN dobj 42 O trust
of ADP IN prep 44 O of
elderly ADJ JJ amod 47 O elderly
customers NOUN NNS pobj 45 O customer _
" PUNCT '' punct 42 O "
over ADP IN prep 42 O over
four NUM CD nummod 51 B-DATE four
years NOUN NNS pobj 49 I-DATE year _
. PUNCT . punct 37 O . _
<paragraph> SPACE _SP dep 52 O <paragraph> _
" PUNCT `` punct 64 O " _
This PRON DT nsubj 56 O this
was AUX VBD ccomp 64 O be
a DET DT det 59 O a
calculated ADJ JJ amod 59 O calculated
scheme NOUN NN attr 56 O scheme _
, PUNCT , punct 64 O , _
" PUNCT '' punct 64 O "
the DET DT det 63 O the
judge NOUN NN nsubj 64 O judge
said VERB VBD ROOT 64 O say _
. PUNCT . punct 64 O . _
"""


def test_a_standfirst_s_bare_title_is_the_one_holder_of_it() -> None:
    assert who(_SECRETARY)[0] == ("Hiroshi Tanabe", "Chief Cabinet Secretary", "Chief Cabinet Secretary")


def test_a_one_word_title_opening_a_standfirst() -> None:
    assert who(_JUDGE) == [
        ("Ellen Marsh", "District Judge", "Judge"),
        ("Ellen Marsh", "District Judge", "Ellen Marsh"),
        ("Ellen Marsh", "District Judge", "the judge"),
    ]
