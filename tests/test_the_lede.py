"""The story's lede (quotes/lede.py): its first sentence of prose, a dozen words or more ending on
a full stop (past closing quote marks, `would ''rise again.''`), in a paragraph that is no page
furniture (a photo caption) and no standfirst (the line above a byline); past a wire
dateline for its first word. Frozen parses of stories written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.context import DocContext
from quotes.extractor import Extractor
from quotes.lede import lede
from tests.frozen import frozen

# Police arrest three over Nairobi bank robbery /  / NAIROBI, Kenya (AP) — Kenyan police have
# arrested three men over the robbery of a bank in the capital's business district, officials said
# on Friday. /  / "We have recovered most of the money," the bank's chief executive, Wanjiru
# Kamau, said.
_DATELINE = """
Police NOUN NNS nsubj 1 O Police
arrest VERB VBP ROOT 1 O arrest
three NUM CD dobj 1 B-CARDINAL three
over ADP IN prep 1 O over
Nairobi PROPN NNP pobj 3 B-GPE Nairobi
bank NOUN NN compound 6 O bank
robbery NOUN NN appos 4 O robbery _
<paragraph> SPACE _SP dep 6 O <paragraph> _
NAIROBI PROPN NNP ROOT 8 B-GPE NAIROBI _
, PUNCT , punct 8 O ,
Kenya PROPN NNP conj 8 B-GPE Kenya
( PUNCT -LRB- punct 10 O ( _
AP PROPN NNP appos 10 B-ORG AP _
) PUNCT -RRB- punct 10 O )
— PUNCT : punct 8 O —
Kenyan ADJ JJ amod 16 B-NORP kenyan
police NOUN NNS nsubj 18 O police
have AUX VBP aux 18 O have
arrested VERB VBN ccomp 35 O arrest
three NUM CD nummod 20 B-CARDINAL three
men NOUN NNS dobj 18 O man
over ADP IN prep 18 O over
the DET DT det 23 O the
robbery NOUN NN pobj 21 O robbery
of ADP IN prep 23 O of
a DET DT det 26 O a
bank NOUN NN pobj 24 O bank
in ADP IN prep 26 O in
the DET DT det 29 O the
capital NOUN NN poss 32 O capital _
's PART POS case 29 O 's
business NOUN NN compound 32 O business
district NOUN NN pobj 27 O district _
, PUNCT , punct 35 O ,
officials NOUN NNS nsubj 35 O official
said VERB VBD ROOT 35 O say
on ADP IN prep 35 O on
Friday PROPN NNP pobj 36 B-DATE Friday _
. PUNCT . punct 35 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
" PUNCT `` punct 59 O " _
We PRON PRP nsubj 43 O we
have AUX VBP aux 43 O have
recovered VERB VBN ccomp 59 O recover
most ADJ JJS dobj 43 O most
of ADP IN prep 44 O of
the DET DT det 47 O the
money NOUN NN pobj 45 O money _
, PUNCT , punct 59 O , _
" PUNCT '' punct 59 O "
the DET DT det 51 O the
bank NOUN NN poss 54 O bank _
's PART POS case 51 O 's
chief ADJ JJ amod 54 O chief
executive NOUN NN nsubj 59 O executive _
, PUNCT , punct 54 O ,
Wanjiru PROPN NNP compound 57 B-PERSON Wanjiru
Kamau PROPN NNP appos 54 I-PERSON Kamau _
, PUNCT , punct 54 O ,
said VERB VBD ROOT 59 O say _
. PUNCT . punct 59 O . _
"""

# Ferry fares to rise by a fifth /  / By Aroha Ngata, Local Democracy Reporter /  / Harbourlink
# will raise ferry fares across the harbour by a fifth from March, the council said on Tuesday. /
# / "Nobody likes paying more," the company's chief executive, Tame Parata, said.
_BYLINE = """
Ferry NOUN NN compound 1 O ferry
fares NOUN NNS ROOT 1 O fare
to PART TO aux 3 O to
rise VERB VB acl 1 O rise
by ADP IN prep 3 O by
a DET DT det 6 O a
fifth NOUN NN pobj 4 B-ORDINAL fifth _
<paragraph> SPACE _SP dep 6 O <paragraph> _
By ADP IN ROOT 8 O by
Aroha PROPN NNP compound 10 B-ORG Aroha
Ngata PROPN NNP pobj 8 I-ORG Ngata _
, PUNCT , punct 10 O ,
Local PROPN NNP compound 14 O Local
Democracy PROPN NNP compound 14 O Democracy
Reporter PROPN NNP appos 10 O Reporter _
<paragraph> SPACE _SP dep 14 O <paragraph> _
Harbourlink PROPN NNP nsubj 18 O Harbourlink
will AUX MD aux 18 O will
raise VERB VB ccomp 32 O raise
ferry NOUN NN compound 20 O ferry
fares NOUN NNS dobj 18 O fare
across ADP IN prep 18 O across
the DET DT det 23 O the
harbour NOUN NN pobj 21 O harbour
by ADP IN prep 18 O by
a DET DT det 26 O a
fifth NOUN NN pobj 24 B-ORDINAL fifth
from ADP IN prep 18 O from
March PROPN NNP pobj 27 B-DATE March _
, PUNCT , punct 32 O ,
the DET DT det 31 O the
council NOUN NN nsubj 32 O council
said VERB VBD ROOT 32 O say
on ADP IN prep 32 O on
Tuesday PROPN NNP pobj 33 B-DATE Tuesday _
. PUNCT . punct 32 O . _
<paragraph> SPACE _SP dep 35 O <paragraph> _
" PUNCT `` punct 53 O " _
Nobody PRON NN nsubj 39 O nobody
likes VERB VBZ ccomp 53 O like
paying VERB VBG xcomp 39 O pay
more ADJ JJR dobj 40 O more _
, PUNCT , punct 53 O , _
" PUNCT '' punct 53 O "
the DET DT det 45 O the
company NOUN NN poss 48 O company _
's PART POS case 45 O 's
chief ADJ JJ amod 48 O chief
executive NOUN NN nsubj 53 O executive _
, PUNCT , punct 48 O ,
Tame PROPN NNP compound 51 B-PERSON Tame
Parata PROPN NNP appos 48 I-PERSON Parata _
, PUNCT , punct 48 O ,
said VERB VBD ROOT 53 O say _
. PUNCT . punct 53 O . _
"""

# Dam levels fall to lowest in a decade /  / Water restrictions will tighten for a million
# households as the long dry spell drags on. /  / By Anna Petersen /  / Cape Town's dams have
# fallen to their lowest level in a decade, the city said on Monday. /  / "Every litre counts,"
# the mayor, Lindiwe Mokoena, said.
_DEK = """
Dam PROPN NNP compound 1 B-ORG Dam
levels NOUN NNS nsubj 2 O level
fall VERB VBP ROOT 2 O fall
to AUX IN aux 4 O to
lowest ADJ JJS advcl 2 O low
in ADP IN prep 4 O in
a PRON DT ROOT 6 B-DATE a
decade NOUN NN preconj 6 I-DATE decade _
<paragraph> SPACE _SP dep 7 O <paragraph> _
Water NOUN NN compound 10 O water
restrictions NOUN NNS nsubj 12 O restriction
will AUX MD aux 12 O will
tighten VERB VB ROOT 12 O tighten
for ADP IN prep 12 O for
a DET DT quantmod 15 O a
million NUM CD nummod 16 B-CARDINAL million
households NOUN NNS pobj 13 O household
as SCONJ IN mark 22 O as
the DET DT det 21 O the
long ADV RB advmod 20 O long
dry ADJ JJ amod 21 O dry
spell NOUN NN nsubj 22 O spell
drags VERB VBZ advcl 12 O drag
on ADP RP prt 22 O on _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
By ADP IN ROOT 26 O by
Anna PROPN NNP compound 28 B-PERSON Anna
Petersen PROPN NNP pobj 26 I-PERSON Petersen _
<paragraph> SPACE _SP dep 28 O <paragraph> _
Cape PROPN NNP compound 31 O Cape
Town PROPN NNP poss 33 O Town _
's PART POS case 31 O 's
dams NOUN NNS nsubj 35 O dam
have AUX VBP aux 35 O have
fallen VERB VBN ccomp 46 O fall
to ADP IN prep 35 O to
their PRON PRP$ poss 39 O their
lowest ADJ JJS amod 39 O low
level NOUN NN pobj 36 O level
in ADP IN prep 35 O in
a DET DT det 42 B-DATE a
decade NOUN NN pobj 40 I-DATE decade _
, PUNCT , punct 46 O ,
the DET DT det 45 O the
city NOUN NN nsubj 46 O city
said VERB VBD ROOT 46 O say
on ADP IN prep 46 O on
Monday PROPN NNP pobj 47 B-DATE Monday _
. PUNCT . punct 46 O . _
<paragraph> SPACE _SP dep 49 O <paragraph> _
" PUNCT `` punct 63 O " _
Every DET DT det 54 O every
litre NOUN NN compound 54 O litre
counts VERB VBZ nsubj 63 O count _
, PUNCT , punct 54 O , _
" PUNCT '' punct 54 O "
the DET DT det 58 O the
mayor NOUN NN appos 54 O mayor _
, PUNCT , punct 58 O ,
Lindiwe PROPN NNP compound 61 B-ORG Lindiwe
Mokoena PROPN NNP appos 58 I-ORG Mokoena _
, PUNCT , punct 58 O ,
said VERB VBD ROOT 63 O say _
. PUNCT . punct 63 O . _
"""

# Storm cuts power to coastal towns /  / Linemen repair a power pole in Hokitika on Sunday after
# the storm passed. Photo: Mere Tane/Westland News /  / Storm winds cut power to some 8,000 homes
# along the West Coast overnight, the lines company said. /  / "Crews will work through the
# night," a spokesman, Rawiri Toa, said.
_CAPTION = """
Storm NOUN NN nsubj 1 O storm
cuts VERB VBZ ROOT 1 O cut
power NOUN NN dobj 1 O power
to ADP IN prep 1 O to
coastal ADJ JJ amod 5 O coastal
towns NOUN NNS pobj 3 O town _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Linemen NOUN NNS nsubj 8 O lineman
repair VERB VBP ROOT 8 O repair
a DET DT det 11 O a
power NOUN NN compound 11 O power
pole NOUN NN dobj 8 O pole
in ADP IN prep 11 O in
Hokitika PROPN NNP pobj 12 B-GPE Hokitika
on ADP IN prep 8 O on
Sunday PROPN NNP pobj 14 B-DATE Sunday
after SCONJ IN mark 19 O after
the DET DT det 18 O the
storm NOUN NN nsubj 19 O storm
passed VERB VBD advcl 8 O pass _
. PUNCT . punct 8 O .
Photo NOUN NN ROOT 21 O photo _
: PUNCT : punct 21 O :
Mere PROPN NNP compound 27 B-PERSON Mere
Tane PROPN NNP nmod 26 I-PERSON Tane _
/ SYM SYM punct 26 I-PERSON / _
Westland PROPN NNP compound 27 I-PERSON Westland
News PROPN NNP appos 21 I-PERSON News _
<paragraph> SPACE _SP dep 27 O <paragraph> _
Storm NOUN NN compound 30 O storm
winds NOUN NNS nsubj 31 O wind
cut VERB VBD ccomp 46 O cut
power NOUN NN dobj 31 O power
to ADP IN prep 31 O to
some DET DT quantmod 35 B-CARDINAL some
8,000 NUM CD nummod 36 I-CARDINAL 8,000
homes NOUN NNS pobj 33 O home
along ADP IN prep 36 O along
the DET DT det 40 B-LOC the
West PROPN NNP compound 40 I-LOC West
Coast PROPN NNP pobj 37 I-LOC Coast
overnight ADV RB advmod 31 O overnight _
, PUNCT , punct 46 O ,
the DET DT det 45 O the
lines NOUN NNS compound 45 O line
company NOUN NN nsubj 46 O company
said VERB VBD ROOT 46 O say _
. PUNCT . punct 46 O . _
<paragraph> SPACE _SP dep 47 O <paragraph> _
" PUNCT `` punct 52 O " _
Crews NOUN NNS nsubj 52 O crew
will AUX MD aux 52 O will
work VERB VB ccomp 64 O work
through ADP IN prep 52 O through
the DET DT det 55 B-TIME the
night NOUN NN pobj 53 I-TIME night _
, PUNCT , punct 52 O , _
" PUNCT '' punct 59 O "
a DET DT det 59 O a
spokesman NOUN NN nsubj 64 O spokesman _
, PUNCT , punct 59 O ,
Rawiri PROPN NNP compound 62 B-PERSON Rawiri
Toa PROPN NNP appos 59 I-PERSON Toa _
, PUNCT , punct 59 O ,
said VERB VBD ROOT 64 O say _
. PUNCT . punct 64 O . _
"""

# Market fire leaves Kisumu traders counting their losses / Traders at the Kibuye market in Kisumu
# were counting their losses on Sunday after a fire swept through hundreds of stalls. / "We have
# lost everything," said Akinyi Otieno, who sold shoes there.
_PLAIN = """
Market NOUN NN compound 1 O market
fire NOUN NN nsubj 2 O fire
leaves VERB VBZ ROOT 2 O leave
Kisumu PROPN NNP compound 4 B-ORG Kisumu
traders NOUN NNS dobj 2 O trader
counting VERB VBG advcl 2 O count
their PRON PRP$ poss 7 O their
losses NOUN NNS dobj 5 O loss _
<newline> SPACE _SP dep 7 O <newline> _
Traders NOUN NNS nsubj 17 O trader
at ADP IN prep 9 O at
the DET DT det 13 O the
Kibuye PROPN NNP compound 13 B-PERSON Kibuye
market NOUN NN pobj 10 O market
in ADP IN prep 13 O in
Kisumu PROPN NNP pobj 14 B-GPE Kisumu
were AUX VBD aux 17 O be
counting VERB VBG ROOT 17 O count
their PRON PRP$ poss 19 O their
losses NOUN NNS dobj 17 O loss
on ADP IN prep 17 O on
Sunday PROPN NNP pobj 20 B-DATE Sunday
after ADP IN prep 17 O after
a DET DT det 24 O a
fire NOUN NN pobj 22 O fire
swept VERB VBN acl 24 O sweep
through ADP IN prep 25 O through
hundreds NOUN NNS pobj 26 B-CARDINAL hundred
of ADP IN prep 27 O of
stalls NOUN NNS pobj 28 O stall _
. PUNCT . punct 17 O . _
<newline> SPACE _SP dep 30 O <newline> _
" PUNCT `` punct 39 O " _
We PRON PRP nsubj 35 O we
have AUX VBP aux 35 O have
lost VERB VBN ccomp 39 O lose
everything PRON NN dobj 35 O everything _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
said VERB VBD ROOT 39 O say
Akinyi PROPN NNP compound 41 B-PERSON Akinyi
Otieno PROPN NNP nsubj 39 I-PERSON Otieno _
, PUNCT , punct 41 O ,
who PRON WP nsubj 44 O who
sold VERB VBD relcl 41 O sell
shoes NOUN NNS dobj 44 O shoe
there ADV RB advmod 44 O there _
. PUNCT . punct 39 O . _
"""

# MAYOR VOWS FLOODED MILL TOWN WILL REBUILD /  / The mayor of Millbrook, Edwin Pratt, said
# yesterday that the flooded mill town would ''rise again.'' /  / ''We have done it before and we
# shall do it again,'' he told a meeting at the town hall.
_ARCHIVE = """
MAYOR PROPN NNP compound 2 O MAYOR
VOWS PROPN NNP compound 2 O VOWS
FLOODED PROPN NNP compound 4 O FLOODED
MILL PROPN NNP compound 4 O MILL
TOWN PROPN NNP nsubj 6 O TOWN
WILL AUX MD aux 6 O will
REBUILD VERB VB ROOT 6 O rebuild _
<paragraph> SPACE _SP dep 6 O <paragraph> _
The DET DT det 9 O the
mayor NOUN NN nsubj 16 O mayor
of ADP IN prep 9 O of
Millbrook PROPN NNP pobj 10 B-GPE Millbrook _
, PUNCT , punct 11 O ,
Edwin PROPN NNP compound 14 B-PERSON Edwin
Pratt PROPN NNP appos 11 I-PERSON Pratt _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 16 O say
yesterday NOUN NN npadvmod 16 B-DATE yesterday
that SCONJ IN mark 25 O that
the DET DT det 22 O the
flooded ADJ JJ amod 22 O flooded
mill NOUN NN compound 22 O mill
town NOUN NN nsubj 25 O town
would AUX MD aux 25 O would
'' PUNCT '' punct 25 O '' _
rise VERB VB ccomp 16 O rise
again ADV RB advmod 25 O again _
. PUNCT . punct 16 O . _
'' PUNCT '' punct 16 O '' _
<paragraph> SPACE _SP dep 28 O <paragraph> _
'' PUNCT `` ROOT 30 O '' _
We PRON PRP nsubj 33 O we
have AUX VBP aux 33 O have
done VERB VBN ccomp 45 O do
it PRON PRP dobj 33 O it
before ADV RB advmod 33 O before
and CCONJ CC cc 33 O and
we PRON PRP nsubj 39 O we
shall AUX MD aux 39 O shall
do VERB VB conj 33 O do
it PRON PRP dobj 39 O it
again ADV RB advmod 39 O again _
, PUNCT , punct 45 O , _
'' PUNCT '' punct 45 O ''
he PRON PRP nsubj 45 O he
told VERB VBD ROOT 45 O tell
a DET DT det 47 O a
meeting NOUN NN dobj 45 O meeting
at ADP IN prep 47 O at
the DET DT det 51 O the
town NOUN NN compound 51 O town
hall NOUN NN pobj 48 O hall _
. PUNCT . punct 45 O . _
"""

# Ferry fares to rise by a fifth /  / Commuters will pay more to cross the harbour from the first
# of March next year. /  / By Salote Havili /  / The transport minister has defended a rise of a
# fifth in ferry fares across the harbour. /  / Speaking in Suva on Monday, Josefa Ratu said the
# fares had not risen in ten years and that "the boats must be paid for".
_A_STANDFIRST_OVER_AN_OFFICE = """
Ferry NOUN NN compound 1 O ferry
fares NOUN NNS ROOT 1 O fare
to PART TO aux 3 O to
rise VERB VB acl 1 O rise
by ADP IN prep 3 O by
a PRON DT prep 1 O a
fifth ADJ JJ preconj 5 B-ORDINAL fifth _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Commuters PROPN NNP nsubj 10 B-ORG Commuters
will AUX MD aux 10 O will
pay VERB VB ROOT 10 O pay
more ADJ JJR dobj 10 O more
to PART TO aux 13 O to
cross VERB VB advcl 10 O cross
the DET DT det 15 O the
harbour NOUN NN dobj 13 O harbour
from ADP IN prep 13 O from
the DET DT det 18 B-DATE the
first ADJ JJ pobj 16 I-DATE first
of ADP IN prep 18 I-DATE of
March PROPN NNP pobj 19 I-DATE March
next ADJ JJ amod 22 I-DATE next
year NOUN NN npadvmod 18 I-DATE year _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
By ADP IN ROOT 25 O by
Salote PROPN NNP compound 27 B-PERSON Salote
Havili PROPN NNP pobj 25 I-PERSON Havili _
<paragraph> SPACE _SP dep 27 O <paragraph> _
The DET DT det 31 O the
transport NOUN NN compound 31 O transport
minister NOUN NN nsubj 33 O minister
has AUX VBZ aux 33 O have
defended VERB VBN ROOT 33 O defend
a DET DT det 35 O a
rise NOUN NN dobj 33 O rise
of ADP IN prep 35 O of
a DET DT det 38 O a
fifth ADJ JJ pobj 36 B-ORDINAL fifth
in ADP IN prep 35 O in
ferry NOUN NN compound 41 O ferry
fares NOUN NNS pobj 39 O fare
across ADP IN prep 35 O across
the DET DT det 44 O the
harbour NOUN NN pobj 42 O harbour _
. PUNCT . punct 33 O . _
<paragraph> SPACE _SP dep 45 O <paragraph> _
Speaking VERB VBG advcl 55 O speak
in ADP IN prep 47 O in
Suva PROPN NNP pobj 48 B-GPE Suva
on ADP IN prep 47 O on
Monday PROPN NNP pobj 50 B-DATE Monday _
, PUNCT , punct 55 O ,
Josefa PROPN NNP compound 54 B-GPE Josefa
Ratu PROPN NNP nsubj 55 I-GPE Ratu
said VERB VBD ROOT 55 O say
the DET DT det 57 O the
fares NOUN NNS nsubj 60 O fare
had AUX VBD aux 60 O have
not PART RB neg 60 O not
risen VERB VBN ccomp 55 O rise
in ADP IN prep 60 O in
ten NUM CD nummod 63 B-DATE ten
years NOUN NNS pobj 61 I-DATE year
and CCONJ CC cc 60 O and
that SCONJ IN mark 71 O that
" PUNCT `` punct 71 O " _
the DET DT det 68 O the
boats NOUN NNS nsubjpass 71 O boat
must AUX MD aux 71 O must
be AUX VB auxpass 71 O be
paid VERB VBN conj 60 O pay
for ADP IN prep 71 O for _
" PUNCT `` punct 71 O " _
. PUNCT . punct 55 O . _
"""


@pytest.mark.parametrize(
    ("spec", "sentence", "first"),
    [
        # (The dateline is no part of the lede's first words: `Kenyan police`, not `NAIROBI`.)
        (_DATELINE, "Kenyan police have arrested three men", "Kenyan"),
        (_BYLINE, "Harbourlink will raise ferry fares", "Harbourlink"),
        # (The standfirst above the byline reads as a sentence of prose too.)
        (_DEK, "Cape Town's dams have fallen", "Cape"),
        # (So does the caption under the top picture, a line of page furniture.)
        (_CAPTION, "Storm winds cut power to some 8,000 homes", "Storm"),
        # (A plain text file's headline is its first line, with no full stop.)
        (_PLAIN, "Traders at the Kibuye market", "Traders"),
        # (An archive text closes its quotes with two apostrophes after the full stop.)
        (_ARCHIVE, "The mayor of Millbrook, Edwin Pratt, said", "The"),
    ],
    ids=["dateline", "byline", "standfirst", "caption", "plain-text", "archive-quotes"],
)
def test_the_lede(spec: str, sentence: str, first: str) -> None:
    context = DocContext(frozen(spec))
    found = lede(context)
    assert context.sentence(found.sentence).text.startswith(sentence)
    assert context.doc[found.first].text == first
    assert sentence in context.text[found.start : found.end]


def test_no_lede_in_a_story_of_headlines() -> None:
    found = lede(DocContext(frozen(_PLAIN.split("Traders")[0] + "\n")))
    assert (found.sentence, found.first, found.start) == (-1, -1, -1)


def test_the_office_a_lede_under_a_standfirst_opens_on() -> None:
    # (The standfirst, a sentence of prose above the byline, is not the lede: the minister's is.)
    rows = Extractor().rows(frozen(_A_STANDFIRST_OVER_AN_OFFICE))
    assert [(r.speaker, r.role) for r in rows] == [("Josefa Ratu", "transport minister")]
