"""An initialism for an office opening a standfirst's line under the headline (`PM says increase
is 'unavoidable'`, `CS says seed cuts '…'`) stands for the one person the story below names with
a title whose initials end in it (`Prime Minister Lawrence Wong`, `Agriculture Cabinet
Secretary Mary Wambui`), as it does in the headline itself (it was the speaker *PM*, no one's
holder). Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# GST rise to go ahead  PM says increase is 'unavoidable'  Prime Minister Lawrence Wong said on
# Sunday that the rise in the goods and services tax could not be delayed.  "We cannot push this
# burden on to our children," Mr Wong told a rally.
_STANDFIRST = """
GST PROPN NNP compound 1 O GST
rise VERB VBP ROOT 1 O rise
to PART TO aux 3 O to
go VERB VB advcl 1 O go
ahead ADV RB advmod 3 O ahead _
<paragraph> SPACE _SP dep 4 O <paragraph> _
PM NOUN NN nsubj 7 O pm
says VERB VBZ ROOT 7 O say
increase NOUN NN nsubj 9 O increase
is AUX VBZ ccomp 7 O be
' PUNCT `` punct 9 O ' _
unavoidable ADJ JJ acomp 9 O unavoidable _
' PUNCT '' punct 11 O ' _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Prime PROPN NNP compound 15 O Prime
Minister PROPN NNP compound 17 O Minister
Lawrence PROPN NNP compound 17 B-PERSON Lawrence
Wong PROPN NNP nsubj 18 I-PERSON Wong
said VERB VBD ROOT 18 O say
on ADP IN prep 18 O on
Sunday PROPN NNP pobj 19 B-DATE Sunday
that SCONJ IN mark 33 O that
the DET DT det 23 O the
rise NOUN NN nsubjpass 33 O rise
in ADP IN prep 23 O in
the DET DT det 29 O the
goods NOUN NNS nmod 29 O good
and CCONJ CC cc 26 O and
services NOUN NNS conj 26 O service
tax NOUN NN pobj 24 O tax
could AUX MD aux 33 O could
not PART RB neg 33 O not
be AUX VB auxpass 33 O be
delayed VERB VBN ccomp 18 O delay _
. PUNCT . punct 18 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
" PUNCT `` punct 51 O " _
We PRON PRP nsubj 40 O we
can AUX MD aux 40 O can _
not PART RB neg 40 O not
push VERB VB ccomp 51 O push
this DET DT det 42 O this
burden NOUN NN dobj 40 O burden
on ADP RP prt 40 O on
to ADP IN prep 40 O to
our PRON PRP$ poss 46 O our
children NOUN NNS pobj 44 O child _
, PUNCT , punct 51 O , _
" PUNCT '' punct 51 O "
Mr PROPN NNP compound 50 O Mr
Wong PROPN NNP nsubj 51 B-PERSON Wong
told VERB VBD ROOT 51 O tell
a DET DT det 53 O a
rally NOUN NN dobj 51 O rally _
. PUNCT . punct 51 O . _
"""


# Budget: farmers left out, say unions  CS says seed cuts 'will be reversed next year'
# Agriculture Cabinet Secretary Mary Wambui said on Thursday that the ministry had no money left
# for seed subsidies.  "We will find the money in the supplementary budget," Ms Wambui told
# reporters in Nairobi.
_CABINET = """
Budget NOUN NN nsubj 6 O budget _
: PUNCT : punct 0 O :
farmers NOUN NNS nsubj 3 O farmer
left VERB VBD acl 0 O leave
out ADP RP prt 3 O out _
, PUNCT , punct 6 O ,
say VERB VBP ROOT 6 O say
unions NOUN NNS nsubj 6 O union _
<paragraph> SPACE _SP dep 7 O <paragraph> _
CS PROPN NNP nsubj 10 B-ORG CS
says VERB VBZ ROOT 10 O say
seed NOUN NN compound 12 O seed
cuts NOUN NNS nsubjpass 16 O cut
' PUNCT `` punct 16 O ' _
will AUX MD aux 16 O will
be AUX VB auxpass 16 O be
reversed VERB VBN ccomp 10 O reverse
next ADJ JJ amod 18 B-DATE next
year NOUN NN npadvmod 16 I-DATE year _
' PART POS punct 18 I-DATE ' _
<paragraph> SPACE _SP dep 19 O <paragraph> _
Agriculture PROPN NNP compound 23 O Agriculture
Cabinet PROPN NNP compound 23 O Cabinet
Secretary PROPN NNP compound 25 O Secretary
Mary PROPN NNP compound 25 B-PERSON Mary
Wambui PROPN NNP nsubj 26 I-PERSON Wambui
said VERB VBD ROOT 26 O say
on ADP IN prep 26 O on
Thursday PROPN NNP pobj 27 B-DATE Thursday
that SCONJ IN mark 32 O that
the DET DT det 31 O the
ministry NOUN NN nsubj 32 O ministry
had VERB VBD ccomp 26 O have
no DET DT det 34 O no
money NOUN NN dobj 32 O money
left VERB VBN acl 34 O leave
for ADP IN prep 35 O for
seed NOUN NN compound 38 O seed
subsidies NOUN NNS pobj 36 O subsidy _
. PUNCT . punct 26 O . _
<paragraph> SPACE _SP dep 39 O <paragraph> _
" PUNCT `` punct 44 O " _
We PRON PRP nsubj 44 O we
will AUX MD aux 44 O will
find VERB VB ccomp 55 O find
the DET DT det 46 O the
money NOUN NN dobj 44 O money
in ADP IN prep 44 O in
the DET DT det 50 O the
supplementary ADJ JJ amod 50 O supplementary
budget NOUN NN pobj 47 O budget _
, PUNCT , punct 55 O , _
" PUNCT '' punct 55 O "
Ms PROPN NNP compound 54 B-PERSON Ms
Wambui PROPN NNP nsubj 55 I-PERSON Wambui
told VERB VBD ROOT 55 O tell
reporters NOUN NNS dobj 55 O reporter
in ADP IN prep 55 O in
Nairobi PROPN NNP pobj 57 B-GPE Nairobi _
. PUNCT . punct 55 O . _
"""


def test_pm_opening_a_standfirst_is_the_prime_minister_named_below() -> None:
    rows = Extractor().rows(frozen(_STANDFIRST))
    assert [(r.quote, r.speaker, r.role) for r in rows] == [
        ("unavoidable", "Lawrence Wong", "Prime Minister"),
        ("We cannot push this burden on to our children,", "Lawrence Wong", "Prime Minister"),
    ]


def test_cs_opening_a_standfirst_is_the_cabinet_secretary_named_below() -> None:
    rows = Extractor().rows(frozen(_CABINET))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Mary Wambui", "Agriculture Cabinet Secretary"),
        ("Mary Wambui", "Agriculture Cabinet Secretary"),
    ]
