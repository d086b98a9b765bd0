"""`Kamukunji MP Yusuf Hassan urged …`, the constituency's one word tagged a person's name: one
word before a member's job (`MP`, `MCA`, `TD`) with the member's name right after it is the seat
they sit for, no second person holding the job, so that `the legislator said` later is the member
(before, the phantom `Kamukunji`, an MP too, left the description unresolved). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Traders in the city centre will pay lower fees from next month, the county government has
# announced.  Kamukunji MP Yusuf Hassan urged the county to go further.  "This is a good start but
# hawkers still need a place to sell," the legislator said.
_SEAT_TAGGED_A_PERSON = """
Traders NOUN NNS nsubj 6 O trader
in ADP IN prep 0 O in
the DET DT det 4 O the
city NOUN NN compound 4 O city
centre NOUN NN pobj 1 O centre
will AUX MD aux 6 O will
pay VERB VB ccomp 17 O pay
lower ADJ JJR amod 8 O low
fees NOUN NNS dobj 6 O fee
from ADP IN prep 6 O from
next ADJ JJ amod 11 B-DATE next
month NOUN NN pobj 9 I-DATE month _
, PUNCT , punct 17 O ,
the DET DT det 15 O the
county NOUN NN compound 15 O county
government NOUN NN nsubj 17 O government
has AUX VBZ aux 17 O have
announced VERB VBN ROOT 17 O announce _
. PUNCT . punct 17 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
Kamukunji PROPN NNP compound 21 B-PERSON Kamukunji
MP PROPN NNP compound 23 O MP
Yusuf PROPN NNP compound 23 B-PERSON Yusuf
Hassan PROPN NNP nsubj 24 I-PERSON Hassan
urged VERB VBD ROOT 24 O urge
the DET DT det 26 O the
county NOUN NN dobj 24 O county
to PART TO aux 28 O to
go VERB VB xcomp 24 O go
further ADV RB advmod 28 O far _
. PUNCT . punct 24 O . _
<paragraph> SPACE _SP dep 30 O <paragraph> _
" PUNCT `` punct 50 O " _
This PRON DT nsubj 34 O this
is AUX VBZ ccomp 50 O be
a DET DT det 37 O a
good ADJ JJ amod 37 O good
start NOUN NN attr 34 O start
but CCONJ CC cc 34 O but
hawkers NOUN NNS nsubj 41 O hawker
still ADV RB advmod 41 O still
need VERB VBP conj 34 O need
a DET DT det 43 O a
place NOUN NN dobj 41 O place
to PART TO aux 45 O to
sell VERB VB relcl 43 O sell _
, PUNCT , punct 50 O , _
" PUNCT '' punct 50 O "
the DET DT det 49 O the
legislator NOUN NN nsubj 50 O legislator
said VERB VBD ROOT 50 O say _
. PUNCT . punct 50 O . _
"""


def test_the_legislator_is_the_member_named_after_the_seat() -> None:
    rows = Extractor().rows(frozen(_SEAT_TAGGED_A_PERSON))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Yusuf Hassan", "Kamukunji MP", "")]
