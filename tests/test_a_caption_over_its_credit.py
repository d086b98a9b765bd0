"""A caption whose picture credit stands on the next line, with no blank line between
(`Prime Minister Lawrence Wong at the rally on Sunday, …` / `Image: Getty`), is a caption, as
it is with its credit run into it: a quote in it has no speaker (it was read as the story's, a
row). A credit for the reporting (`With files from The Canadian Press`) credits no picture: the
line over it stays story. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.furniture import furniture_lines
from tests.frozen import frozen

# Fuel tax to rise in March  Prime Minister Lawrence Wong at the rally on Sunday, where he said
# "the hard choices are ours". Image: Getty  "We cannot push this to our children," Mr Wong said
# on Sunday.
_CAPTION = """
Fuel NOUN NN compound 1 O fuel
tax NOUN NN ROOT 1 O tax
to PART TO aux 3 O to
rise VERB VB relcl 1 O rise
in ADP IN prep 3 O in
March PROPN NNP pobj 4 B-DATE March _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Prime PROPN NNP compound 8 O Prime
Minister PROPN NNP compound 10 O Minister
Lawrence PROPN NNP compound 10 B-PERSON Lawrence
Wong PROPN NNP ROOT 10 I-PERSON Wong
at ADP IN prep 10 O at
the DET DT det 13 O the
rally NOUN NN pobj 11 O rally
on ADP IN prep 10 O on
Sunday PROPN NNP pobj 14 B-DATE Sunday _
, PUNCT , punct 15 O ,
where SCONJ WRB advmod 19 O where
he PRON PRP nsubj 19 O he
said VERB VBD relcl 15 O say
" PUNCT `` punct 19 O " _
the DET DT det 23 O the
hard ADJ JJ amod 23 O hard
choices NOUN NNS nsubj 24 O choice
are AUX VBP ccomp 19 O be
ours ADJ JJ acomp 24 O ours _
" PUNCT '' punct 19 O " _
. PUNCT . punct 10 O . _
<newline> SPACE _SP dep 27 O <newline> _
Image NOUN NN ROOT 29 O image _
: PUNCT : punct 29 O :
Getty NOUN NN appos 29 O getty _
<paragraph> SPACE _SP dep 31 O <paragraph> _
" PUNCT `` punct 37 O " _
We PRON PRP nsubj 37 O we
can AUX MD aux 37 O can _
not PART RB neg 37 O not
push VERB VB ccomp 46 O push
this PRON DT dobj 37 O this
to ADP IN prep 37 O to
our PRON PRP$ poss 41 O our
children NOUN NNS pobj 39 O child _
, PUNCT , punct 46 O , _
" PUNCT '' punct 46 O "
Mr PROPN NNP compound 45 O Mr
Wong PROPN NNP nsubj 46 B-PERSON Wong
said VERB VBD ROOT 46 O say
on ADP IN prep 46 O on
Sunday PROPN NNP pobj 47 B-DATE Sunday _
. PUNCT . punct 46 O . _
"""


# Nairobi traders count losses after floods  Traders at Gikomba market on Tuesday, where one said
# "we have lost everything". Photo: Ana Wanjiru/Nation  "The county did nothing to clear the
# drains," said trader Mary Achieng.
_MARKET = """
Nairobi PROPN NNP compound 1 B-GPE Nairobi
traders NOUN NNS nsubj 2 O trader
count VERB VBP ROOT 2 O count
losses NOUN NNS dobj 2 O loss
after ADP IN prep 2 O after
floods NOUN NNS pobj 4 O flood _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Traders NOUN NNS ROOT 7 O trader
at ADP IN prep 7 O at
Gikomba PROPN NNP compound 10 B-FAC Gikomba
market NOUN NN pobj 8 O market
on ADP IN prep 7 O on
Tuesday PROPN NNP pobj 11 B-DATE Tuesday _
, PUNCT , punct 12 O ,
where SCONJ WRB advmod 16 O where
one PRON PRP nsubj 16 O one
said VERB VBD relcl 12 O say
" PUNCT `` punct 20 O " _
we PRON PRP nsubj 20 O we
have AUX VBP aux 20 O have
lost VERB VBN ccomp 16 O lose
everything PRON NN dobj 20 O everything _
" PUNCT '' punct 16 O " _
. PUNCT . punct 7 O . _
<newline> SPACE _SP dep 23 O <newline> _
Photo NOUN NN ROOT 25 O photo _
: PUNCT : punct 25 O :
Ana PROPN NNP nmod 30 O Ana
Wanjiru PROPN NNP nmod 30 B-ORG Wanjiru _
/ SYM SYM punct 30 I-ORG / _
Nation PROPN NNP appos 25 I-ORG Nation _
<paragraph> SPACE _SP dep 30 O <paragraph> _
" PUNCT `` punct 35 O " _
The DET DT det 34 O the
county NOUN NN nsubj 35 O county
did VERB VBD ccomp 43 O do
nothing PRON NN dobj 35 O nothing
to PART TO aux 38 O to
clear VERB VB relcl 36 O clear
the DET DT det 40 O the
drains NOUN NNS dobj 38 O drain _
, PUNCT , punct 43 O , _
" PUNCT '' punct 43 O "
said VERB VBD ROOT 43 O say
trader NOUN NN compound 46 O trader
Mary PROPN NNP compound 46 B-PERSON Mary
Achieng PROPN NNP nsubj 43 I-PERSON Achieng _
. PUNCT . punct 43 O . _
"""


# Port workers walk out over pay  The union said on Monday that "the strike will go on until we
# are paid". With files from The Canadian Press  "We will not back down," said union president Tom
# Hale.
_UNION = """
Port NOUN NN compound 1 O port
workers NOUN NNS nsubj 2 O worker
walk VERB VBP ROOT 2 O walk
out ADV RB advmod 2 O out
over ADP IN prep 2 O over
pay VERB VB advcl 2 O pay _
<paragraph> SPACE _SP dep 5 O <paragraph> _
The DET DT det 8 O the
union NOUN NN nsubj 9 O union
said VERB VBD ROOT 9 O say
on ADP IN prep 9 O on
Monday PROPN NNP pobj 10 B-DATE Monday
that SCONJ IN mark 17 O that
" PUNCT `` punct 17 O " _
the DET DT det 15 O the
strike NOUN NN nsubj 17 O strike
will AUX MD aux 17 O will
go VERB VB ccomp 9 O go
on ADP RP prt 17 O on
until SCONJ IN mark 22 O until
we PRON PRP nsubjpass 22 O we
are AUX VBP auxpass 22 O be
paid VERB VBN advcl 17 O pay _
" PUNCT '' punct 17 O " _
. PUNCT . punct 9 O . _
<newline> SPACE _SP dep 24 O <newline> _
With ADP IN ROOT 26 O with
files NOUN NNS pobj 26 O file
from ADP IN prep 27 O from
The DET DT det 31 B-ORG the
Canadian PROPN NNP compound 31 I-ORG Canadian
Press PROPN NNP pobj 28 I-ORG Press _
<paragraph> SPACE _SP dep 31 O <paragraph> _
" PUNCT `` punct 41 O " _
We PRON PRP nsubj 37 O we
will AUX MD aux 37 O will
not PART RB neg 37 O not
back VERB VB ccomp 41 O back
down ADP RP prt 37 O down _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
said VERB VBD ROOT 41 O say
union NOUN NN compound 43 O union
president NOUN NN compound 45 O president
Tom PROPN NNP compound 45 B-PERSON Tom
Hale PROPN NNP nsubj 41 I-PERSON Hale _
. PUNCT . punct 41 O . _
"""


def test_a_captions_quote_over_its_credit_has_no_speaker() -> None:
    rows = Extractor().rows(frozen(_CAPTION))
    assert [(r.quote, r.speaker, r.role) for r in rows] == [
        ("We cannot push this to our children,", "Lawrence Wong", "Prime Minister")
    ]


def test_a_caption_over_a_photographers_credit_gives_no_row() -> None:
    rows = Extractor().rows(frozen(_MARKET))
    assert [(r.quote, r.speaker) for r in rows] == [
        ("The county did nothing to clear the drains,", "Mary Achieng")
    ]


def test_the_line_over_a_credit_for_the_reporting_stays_story() -> None:
    rows = Extractor().rows(frozen(_UNION))
    assert [r.quote for r in rows] == ["the strike will go on until we are paid", "We will not back down,"]


def test_the_headline_over_a_credit_is_no_caption() -> None:
    text = "Fuel tax to rise in March\nImage: Getty\n\nThe tax will rise in March, the ministry said.\n"
    assert [f.kind for f in furniture_lines(text)] == ["credit"]
