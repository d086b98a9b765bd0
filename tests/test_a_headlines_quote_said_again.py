"""A headline's (or a standfirst's) quote that the story quotes again with its speaker: the
top's quote takes that speaker, in every shape a headline gives it. A headline's quotes stay
hidden rows (kind `headline`, or `scare` where the line is read as no headline), as PolNeAR marks
none; with ``include_all`` they carry the speaker the story names:

- `Water pipes 'at breaking point', council told` (a headline's `X told` is `X was told`), then
  `Tonia Haskell told the council the network was "at breaking point"`: *Tonia Haskell*;
- `Bus fares 'will double by 2030', inquiry hears`, `Court hears 'no one saw the lorry coming'`:
  the inquiry and the court hear, the witness speaks;
- `Springboks coach: '…'`, `'We were robbed' – Galway manager`: a speaker named only by a job;
- `Treasurer warns of 'a very tough budget'`, the story's quote longer: three words or more run
  on inside it;
- a headline in capitals, `PUMPS 'BARELY WORKING', COUNCILLORS TOLD`;
- a standfirst's `A union leader says doctors "will not go back to work"` under the headline and
  over a wire's dateline, the union leader named further down (a visible row);
- `'We will not back down', says union boss`, as before: the boss is the one named;
- a plain first line, `Karachi power cuts`, is no row and no speaker of the quote below it.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.a_headlines_quote_specs import TOLD
from tests.frozen import frozen

# Bus fares 'will double by 2030', inquiry hears  Dr Priya Raman told the inquiry that fares "will
# double by 2030" on current trends.
_HEARS = """
Bus NOUN NN compound 1 O bus
fares NOUN NNS nsubj 4 O fare
' PUNCT `` punct 4 O ' _
will AUX MD aux 4 O will
double VERB VB ccomp 10 O double
by ADP IN prep 4 O by
2030 NUM CD pobj 5 B-DATE 2030 _
' PUNCT '' case 6 O ' _
, PUNCT , punct 10 O ,
inquiry NOUN NN nsubj 10 O inquiry
hears VERB VBZ ROOT 10 O hear _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Dr PROPN NNP compound 14 O Dr
Priya PROPN NNP compound 14 B-PERSON Priya
Raman PROPN NNP nsubj 15 I-PERSON Raman
told VERB VBD ROOT 15 O tell
the DET DT det 17 O the
inquiry NOUN NN dobj 15 O inquiry
that SCONJ IN mark 22 O that
fares NOUN NNS nsubj 22 O fare
" PUNCT `` punct 22 O " _
will AUX MD aux 22 O will
double VERB VB ccomp 15 O double
by ADP IN prep 22 O by
2030 NUM CD pobj 23 B-DATE 2030 _
" PUNCT '' punct 22 O "
on ADP IN prep 22 O on
current ADJ JJ amod 28 O current
trends NOUN NNS pobj 26 O trend _
. PUNCT . punct 15 O . _
"""

# Springboks coach: 'We have to be better at the breakdown'  "We have to be better at the
# breakdown," head coach Rassie Erasmus said on Wednesday.
_COLON = """
Springboks NOUN NNS compound 1 B-ORG springbok
coach NOUN NN ROOT 1 O coach _
: PUNCT : punct 1 O :
' PUNCT `` punct 1 O ' _
We PRON PRP nsubj 5 O we
have AUX VBP acl 1 O have
to PART TO aux 7 O to
be AUX VB xcomp 5 O be
better ADJ JJR acomp 7 O well
at ADP IN prep 7 O at
the DET DT det 11 O the
breakdown NOUN NN pobj 9 O breakdown _
' PUNCT '' punct 1 O ' _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 16 O we
have VERB VBP ccomp 29 O have
to PART TO aux 18 O to
be AUX VB xcomp 16 O be
better ADJ JJR acomp 18 O well
at ADP IN prep 18 O at
the DET DT det 22 O the
breakdown NOUN NN pobj 20 O breakdown _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
head NOUN NN compound 26 O head
coach NOUN NN compound 28 O coach
Rassie PROPN NNP compound 28 B-PERSON Rassie
Erasmus PROPN NNP nsubj 29 I-PERSON Erasmus
said VERB VBD ROOT 29 O say
on ADP IN prep 29 O on
Wednesday PROPN NNP pobj 30 B-DATE Wednesday _
. PUNCT . punct 29 O . _
"""

# 'We were robbed' – Galway manager  "We were robbed," Galway manager Padraic Joyce said after the
# game at Croke Park.
_DASH = """
' PUNCT `` punct 3 O ' _
We PRON PRP nsubjpass 3 O we
were AUX VBD auxpass 3 O be
robbed VERB VBN ROOT 3 O rob _
' PUNCT '' punct 3 O '
– PUNCT : punct 3 O –
Galway PROPN NNP compound 7 O Galway
manager NOUN NN appos 1 O manager _
<paragraph> SPACE _SP dep 7 O <paragraph> _
" PUNCT `` punct 12 O " _
We PRON PRP nsubjpass 12 O we
were AUX VBD auxpass 12 O be
robbed VERB VBN ccomp 19 O rob _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Galway PROPN NNP compound 16 O Galway
manager NOUN NN compound 18 O manager
Padraic PROPN NNP compound 18 B-PERSON Padraic
Joyce PROPN NNP nsubj 19 I-PERSON Joyce
said VERB VBD ROOT 19 O say
after ADP IN prep 19 O after
the DET DT det 22 O the
game NOUN NN pobj 20 O game
at ADP IN prep 22 O at
Croke PROPN NNP compound 25 B-FAC Croke
Park PROPN NNP pobj 23 I-FAC Park _
. PUNCT . punct 19 O . _
"""

# Treasurer warns of 'a very tough budget'  "This will be a very tough budget," Treasurer Jim
# Chalmers told reporters in Canberra on Sunday.
_WARNS = """
Treasurer PROPN NNP nsubj 1 O Treasurer
warns VERB VBZ ROOT 1 O warn
of ADP IN prep 1 O of
' PUNCT `` punct 2 O ' _
a DET DT det 7 O a
very ADV RB advmod 6 O very
tough ADJ JJ amod 7 O tough
budget NOUN NN pobj 2 O budget _
' PUNCT '' punct 7 O ' _
<paragraph> SPACE _SP dep 8 O <paragraph> _
" PUNCT `` punct 13 O " _
This PRON DT nsubj 13 O this
will AUX MD aux 13 O will
be AUX VB ccomp 23 O be
a DET DT det 17 O a
very ADV RB advmod 16 O very
tough ADJ JJ amod 17 O tough
budget NOUN NN attr 13 O budget _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Treasurer PROPN NNP compound 22 B-WORK_OF_ART Treasurer
Jim PROPN NNP compound 22 I-WORK_OF_ART Jim
Chalmers PROPN NNP nsubj 23 I-WORK_OF_ART Chalmers
told VERB VBD ROOT 23 O tell
reporters NOUN NNS dobj 23 O reporter
in ADP IN prep 23 O in
Canberra PROPN NNP pobj 25 B-GPE Canberra
on ADP IN prep 23 O on
Sunday PROPN NNP pobj 27 B-DATE Sunday _
. PUNCT . punct 23 O . _
"""

# Court hears 'no one saw the lorry coming'  Witness Daniel Penrose told the court: "No one saw
# the lorry coming."
_COURT = """
Court NOUN NN nsubj 1 O court
hears VERB VBZ ROOT 1 O hear
' PUNCT `` punct 1 O ' _
no DET DT det 4 O no
one NOUN NN nsubj 5 O one
saw VERB VBD ccomp 1 O see
the DET DT det 7 O the
lorry NOUN NN nsubj 8 O lorry
coming VERB VBG ccomp 5 O come _
' VERB VBP punct 8 O ' _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Witness PROPN NNP compound 13 O Witness
Daniel PROPN NNP compound 13 B-PERSON Daniel
Penrose PROPN NNP nsubj 14 I-PERSON Penrose
told VERB VBD ROOT 14 O tell
the DET DT det 16 O the
court NOUN NN dobj 14 O court _
: PUNCT : punct 14 O :
" PUNCT `` punct 21 O " _
No DET DT det 20 O no
one NOUN NN nsubj 21 O one
saw VERB VBD ccomp 14 O see
the DET DT det 23 O the
lorry NOUN NN nsubj 24 O lorry
coming VERB VBG ccomp 21 O come _
. PUNCT . punct 21 O . _
" PUNCT '' punct 21 O " _
"""

# PUMPS 'BARELY WORKING', COUNCILLORS TOLD  City engineer Ramon Dizon said the flood pumps were
# "barely working" and asked for P200 million.
_CAPS = """
PUMPS PROPN NNP poss 3 O PUMPS
' NOUN NN punct 0 O ' _
BARELY PROPN NNP compound 3 O BARELY
WORKING PROPN NNP nsubj 7 O WORKING _
' PUNCT '' punct 3 O ' _
, PUNCT , punct 7 O ,
COUNCILLORS PROPN NNP nsubj 7 O COUNCILLORS
TOLD VERB VBD ROOT 7 O tell _
<paragraph> SPACE _SP dep 7 O <paragraph> _
City PROPN NNP compound 10 O City
engineer NOUN NN compound 12 O engineer
Ramon PROPN NNP compound 12 B-PERSON Ramon
Dizon PROPN NNP nsubj 13 I-PERSON Dizon
said VERB VBD ROOT 13 O say
the DET DT det 16 O the
flood NOUN NN compound 16 O flood
pumps NOUN NNS nsubj 20 O pump
were AUX VBD aux 20 O be
" PUNCT `` punct 20 O " _
barely ADV RB advmod 20 O barely
working VERB VBG ccomp 13 O work _
" PUNCT '' punct 20 O "
and CCONJ CC cc 13 O and
asked VERB VBD conj 13 O ask
for ADP IN prep 23 O for
P200 PROPN NNP compound 26 B-CARDINAL P200
million NUM CD pobj 24 I-CARDINAL million _
. PUNCT . punct 13 O . _
"""

# Doctors' strike enters third week  A union leader says doctors "will not go back to work" until
# the deal is honoured.  NAIROBI, March 3 (Reuters) - Doctors in Kenya stayed away from work for a
# third week on Monday.  "We will not go back to work," union secretary general Davji Atellah told
# reporters.
_STANDFIRST = """
Doctors NOUN NNS poss 2 O doctor _
' PART POS case 0 O '
strike NOUN NN nsubj 3 O strike
enters VERB VBZ ROOT 3 O enter
third ADJ JJ amod 5 B-DATE third
week NOUN NN npadvmod 3 I-DATE week _
<paragraph> SPACE _SP dep 5 O <paragraph> _
A DET DT det 9 O a
union NOUN NN compound 9 O union
leader NOUN NN nsubj 10 O leader
says VERB VBZ ROOT 10 O say
doctors NOUN NNS nsubj 15 O doctor
" PUNCT `` punct 15 O " _
will AUX MD aux 15 O will
not PART RB neg 15 O not
go VERB VB ccomp 10 O go
back ADV RB advmod 15 O back
to ADP IN prep 16 O to
work NOUN NN pobj 17 O work _
" PUNCT '' punct 15 O "
until SCONJ IN mark 24 O until
the DET DT det 22 O the
deal NOUN NN nsubjpass 24 O deal
is AUX VBZ auxpass 24 O be
honoured VERB VBN advcl 15 O honour _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
NAIROBI PROPN NNP ROOT 27 B-GPE NAIROBI _
, PUNCT , punct 27 O ,
March PROPN NNP npadvmod 27 B-DATE March
3 NUM CD nummod 29 I-DATE 3
( PUNCT -LRB- punct 32 O ( _
Reuters PROPN NNP parataxis 29 B-ORG Reuters _
) PUNCT -RRB- punct 32 O )
- PUNCT : punct 27 O -
Doctors NOUN NNS nsubj 38 O doctor
in ADP IN prep 35 O in
Kenya PROPN NNP pobj 36 B-GPE Kenya
stayed VERB VBD ROOT 38 O stay
away ADV RB advmod 38 O away
from ADP IN prep 39 O from
work NOUN NN pobj 40 O work
for ADP IN prep 38 O for
a DET DT det 45 B-DATE a
third ADJ JJ amod 45 I-DATE third
week NOUN NN pobj 42 I-DATE week
on ADP IN prep 38 O on
Monday PROPN NNP pobj 46 B-DATE Monday _
. PUNCT . punct 38 O . _
<paragraph> SPACE _SP dep 48 O <paragraph> _
" PUNCT `` punct 65 O " _
We PRON PRP nsubj 54 O we
will AUX MD aux 54 O will
not PART RB neg 54 O not
go VERB VB ccomp 65 O go
back ADV RB advmod 54 O back
to ADP IN prep 55 O to
work NOUN NN pobj 56 O work _
, PUNCT , punct 65 O , _
" PUNCT '' punct 65 O "
union NOUN NN compound 61 O union
secretary PROPN NNP compound 62 O secretary
general PROPN NNP compound 64 O general
Davji PROPN NNP compound 64 B-PERSON Davji
Atellah PROPN NNP nsubj 65 I-PERSON Atellah
told VERB VBD ROOT 65 O tell
reporters NOUN NNS dobj 65 O reporter _
. PUNCT . punct 65 O . _
"""

# 'We will not back down', says union boss  "We will not back down," union secretary general Davji
# Atellah told reporters in Nairobi on Tuesday.
_SAYS = """
' PUNCT `` punct 8 O ' _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
back VERB VB ccomp 8 O back
down ADP RP prt 4 O down _
' PUNCT '' punct 4 O ' _
, PUNCT , punct 8 O ,
says VERB VBZ ROOT 8 O say
union NOUN NN compound 10 O union
boss NOUN NN nsubj 8 O boss _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
not PART RB neg 16 O not
back VERB VB ccomp 25 O back
down ADP RP prt 16 O down _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
union NOUN NN compound 21 O union
secretary PROPN NNP compound 22 O secretary
general PROPN NNP compound 24 O general
Davji PROPN NNP compound 24 B-PERSON Davji
Atellah PROPN NNP nsubj 25 I-PERSON Atellah
told VERB VBD ROOT 25 O tell
reporters NOUN NNS dobj 25 O reporter
in ADP IN prep 25 O in
Nairobi PROPN NNP pobj 27 B-GPE Nairobi
on ADP IN prep 25 O on
Tuesday PROPN NNP pobj 29 B-DATE Tuesday _
. PUNCT . punct 25 O . _
"""

# Karachi power cuts  "The losses in these areas are too high," a spokesperson for K-Electric said
# on Tuesday.
_PLAIN = """
Karachi PROPN NNP compound 2 B-ORG Karachi
power NOUN NN compound 2 O power
cuts NOUN NNS ROOT 2 O cut _
<paragraph> SPACE _SP dep 2 O <paragraph> _
" PUNCT `` punct 10 O " _
The DET DT det 6 O the
losses NOUN NNS nsubj 10 O loss
in ADP IN prep 6 O in
these DET DT det 9 O these
areas NOUN NNS pobj 7 O area
are AUX VBP ccomp 21 O be
too ADV RB advmod 12 O too
high ADJ JJ acomp 10 O high _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
a DET DT det 16 O a
spokesperson NOUN NN nsubj 21 O spokesperson
for ADP IN prep 16 O for
K PROPN NNP compound 20 B-ORG K _
- PUNCT HYPH punct 20 I-ORG - _
Electric PROPN NNP pobj 17 I-ORG Electric
said VERB VBD ROOT 21 O say
on ADP IN prep 21 O on
Tuesday PROPN NNP pobj 22 B-DATE Tuesday _
. PUNCT . punct 21 O . _
"""


def _speakers(spec: str) -> list[tuple[str, str, str]]:
    return [(r.kind, r.speaker, r.role) for r in Extractor(include_all=True).rows(frozen(spec))]


def test_a_headlines_told_is_said_by_the_one_the_story_names() -> None:
    assert _speakers(TOLD) == [
        ("headline", "Tonia Haskell", "chief executive"),
        ("partial", "Tonia Haskell", "chief executive"),
    ]


def test_what_an_inquiry_hears_is_said_by_the_witness() -> None:
    assert _speakers(_HEARS) == [("headline", "Priya Raman", ""), ("partial", "Priya Raman", "")]


def test_a_job_and_a_colon_before_the_quote() -> None:
    assert _speakers(_COLON) == [
        ("headline", "Rassie Erasmus", "head coach"),
        ("direct", "Rassie Erasmus", "head coach"),
    ]


def test_a_job_after_a_dash() -> None:
    assert [(k, s) for k, s, _ in _speakers(_DASH)] == [
        ("headline", "Padraic Joyce"),
        ("direct", "Padraic Joyce"),
    ]


def test_a_warning_of_words_the_story_quotes_at_length() -> None:
    assert _speakers(_WARNS) == [
        ("headline", "Jim Chalmers", "Treasurer"),
        ("direct", "Jim Chalmers", "Treasurer"),
    ]


def test_what_a_court_hears_is_said_by_the_witness() -> None:
    assert _speakers(_COURT) == [("headline", "Daniel Penrose", ""), ("direct", "Daniel Penrose", "")]


def test_a_headline_in_capitals() -> None:
    assert _speakers(_CAPS) == [
        ("headline", "Ramon Dizon", "City engineer"),
        ("partial", "Ramon Dizon", "City engineer"),
    ]


def test_a_standfirsts_unnamed_speaker_is_the_one_named_below_the_dateline() -> None:
    rows = Extractor().rows(frozen(_STANDFIRST))
    assert [(r.kind, r.speaker) for r in rows] == [("partial", "Davji Atellah"), ("direct", "Davji Atellah")]
    assert rows[0].speaker_id == rows[1].speaker_id


def test_a_headlines_says_and_a_job() -> None:
    assert [(k, s) for k, s, _ in _speakers(_SAYS)] == [
        ("direct", "Davji Atellah"),
        ("direct", "Davji Atellah"),
    ]


def test_a_plain_first_line_is_no_row_and_no_speaker() -> None:
    rows = Extractor(include_all=True).rows(frozen(_PLAIN))
    assert [(r.speaker, r.organization) for r in rows] == [("a spokesperson", "K-Electric")]
