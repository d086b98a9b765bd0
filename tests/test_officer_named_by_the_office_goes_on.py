"""Council minutes: `Councillor R. Evans said …. The Town Clerk said <reported>. "…," he said`.
An officer the minutes name by the office alone with `the`, the subject of the reported speech
just before a quote, is the one the `he` saying it goes on with, not the councillor named
further back: in capitals (the tagger calling `The Town Clerk` a body) or in small letters, and
after `reported that` (`The Borough Surveyor`). An office a person named before holds stays
theirs (`Mr. Tom Hale, the chairman of the board, …. The chairman said`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Councillor R. Evans said the roads in the north ward were in a disgraceful state. "Something
# must be done before the winter," he said.  The Town Clerk said the matter had been referred to
# the highways committee. "We cannot act until the county replies," he said.
_TOWN_CLERK = """
Councillor PROPN NNP compound 2 B-PERSON Councillor
R. PROPN NNP compound 2 I-PERSON R.
Evans PROPN NNP nsubj 3 I-PERSON Evans
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
roads NOUN NNS nsubj 10 O road
in ADP IN prep 5 O in
the DET DT det 9 O the
north PROPN NNP compound 9 O north
ward PROPN NNP pobj 6 O ward
were AUX VBD ccomp 3 O be
in ADP IN prep 10 O in
a DET DT det 14 O a
disgraceful ADJ JJ amod 14 O disgraceful
state NOUN NN pobj 11 O state _
. PUNCT . punct 3 O .
" PUNCT `` punct 27 O " _
Something PRON NN nsubjpass 20 O something
must AUX MD aux 20 O must
be AUX VB auxpass 20 O be
done VERB VBN ccomp 27 O do
before ADP IN prep 20 O before
the DET DT det 23 B-DATE the
winter NOUN NN pobj 21 I-DATE winter _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
The DET DT det 32 B-ORG the
Town PROPN NNP compound 32 I-ORG Town
Clerk PROPN NNP nsubj 33 I-ORG Clerk
said VERB VBD ROOT 33 O say
the DET DT det 35 O the
matter NOUN NN nsubjpass 38 O matter
had AUX VBD aux 38 O have
been AUX VBN auxpass 38 O be
referred VERB VBN ccomp 33 O refer
to ADP IN prep 38 O to
the DET DT det 42 O the
highways NOUN NNS compound 42 O highway
committee NOUN NN pobj 39 O committee _
. PUNCT . punct 33 O .
" PUNCT `` punct 56 O " _
We PRON PRP nsubj 48 O we
can AUX MD aux 48 O can _
not PART RB neg 48 O not
act VERB VB ccomp 56 O act
until SCONJ IN mark 52 O until
the DET DT det 51 O the
county NOUN NN nsubj 52 O county
replies VERB VBZ advcl 48 O reply _
, PUNCT , punct 56 O , _
" PUNCT '' punct 56 O "
he PRON PRP nsubj 56 O he
said VERB VBD ROOT 56 O say _
. PUNCT . punct 56 O . _
"""


# Alderman John Pugh asked when the new baths would open. "The town has waited long enough," he
# said.  The town clerk said the contractor had been delayed by the frost. "The work will be
# finished in May," he said.
_IN_SMALL_LETTERS = """
Alderman PROPN NNP compound 2 O Alderman
John PROPN NNP compound 2 B-PERSON John
Pugh PROPN NNP nsubj 3 I-PERSON Pugh
asked VERB VBD ROOT 3 O ask
when SCONJ WRB advmod 9 O when
the DET DT det 7 O the
new ADJ JJ amod 7 O new
baths NOUN NNS nsubj 9 O bath
would AUX MD aux 9 O would
open VERB VB ccomp 3 O open _
. PUNCT . punct 3 O .
" PUNCT `` punct 21 O " _
The DET DT det 13 O the
town NOUN NN nsubj 15 O town
has AUX VBZ aux 15 O have
waited VERB VBN ccomp 21 O wait
long ADV RB advmod 17 O long
enough ADV RB advmod 15 O enough _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
The DET DT det 26 O the
town NOUN NN compound 26 O town
clerk NOUN NN nsubj 27 O clerk
said VERB VBD ROOT 27 O say
the DET DT det 29 O the
contractor NOUN NN nsubjpass 32 O contractor
had AUX VBD aux 32 O have
been AUX VBN auxpass 32 O be
delayed VERB VBN ccomp 27 O delay
by ADP IN agent 32 O by
the DET DT det 35 O the
frost NOUN NN pobj 33 O frost _
. PUNCT . punct 27 O .
" PUNCT `` punct 48 O " _
The DET DT det 39 O the
work NOUN NN nsubjpass 42 O work
will AUX MD aux 42 O will
be AUX VB auxpass 42 O be
finished VERB VBN ccomp 48 O finish
in ADP IN prep 42 O in
May PROPN NNP pobj 43 B-DATE May _
, PUNCT , punct 48 O , _
" PUNCT '' punct 48 O "
he PRON PRP nsubj 48 O he
said VERB VBD ROOT 48 O say _
. PUNCT . punct 48 O . _
"""


# Councillor Mary Hughes moved that the library rate be raised. "Our readers deserve better," she
# said.  The Borough Surveyor reported that the bridge at Pont Street was unsafe. "It must be
# closed at once," he said.
_SURVEYOR_REPORTED = """
Councillor PROPN NNP compound 2 O Councillor
Mary PROPN NNP compound 2 B-PERSON Mary
Hughes PROPN NNP nsubj 3 I-PERSON Hughes
moved VERB VBD ROOT 3 O move
that SCONJ IN mark 9 O that
the DET DT det 7 O the
library NOUN NN compound 7 O library
rate NOUN NN nsubjpass 9 O rate
be AUX VB auxpass 9 O be
raised VERB VBN ccomp 3 O raise _
. PUNCT . punct 3 O .
" PUNCT `` punct 19 O " _
Our PRON PRP$ poss 13 O our
readers NOUN NNS nsubj 14 O reader
deserve VERB VBP ccomp 19 O deserve
better ADV RBR advmod 14 O well _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
she PRON PRP nsubj 19 O she
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
The DET DT det 24 O the
Borough PROPN NNP compound 24 O Borough
Surveyor PROPN NNP nsubj 25 O Surveyor
reported VERB VBD ROOT 25 O report
that SCONJ IN mark 32 O that
the DET DT det 28 O the
bridge NOUN NN nsubj 32 O bridge
at ADP IN prep 28 O at
Pont PROPN NNP compound 31 B-FAC Pont
Street PROPN NNP pobj 29 I-FAC Street
was AUX VBD ccomp 25 O be
unsafe ADJ JJ acomp 32 O unsafe _
. PUNCT . punct 25 O .
" PUNCT `` punct 45 O " _
It PRON PRP nsubjpass 39 O it
must AUX MD aux 39 O must
be AUX VB auxpass 39 O be
closed VERB VBN ccomp 45 O close
at ADP IN prep 39 O at
once ADV RB pcomp 40 O once _
, PUNCT , punct 45 O , _
" PUNCT '' punct 45 O "
he PRON PRP nsubj 45 O he
said VERB VBD ROOT 45 O say _
. PUNCT . punct 45 O . _
"""


# Mr. Tom Hale, the chairman of the board, welcomed the members. Councillor R. Evans said the
# roads were a disgrace.  The chairman said the matter had been referred to the highways
# committee. "We cannot act until the county replies," he said.
_CHAIRMAN_NAMED_BEFORE = """
Mr. PROPN NNP compound 2 O Mr.
Tom PROPN NNP compound 2 B-PERSON Tom
Hale PROPN NNP nsubj 10 I-PERSON Hale _
, PUNCT , punct 2 O ,
the DET DT det 5 O the
chairman NOUN NN appos 2 O chairman
of ADP IN prep 5 O of
the DET DT det 8 O the
board NOUN NN pobj 6 O board _
, PUNCT , punct 2 O ,
welcomed VERB VBD ROOT 10 O welcome
the DET DT det 12 O the
members NOUN NNS dobj 10 O member _
. PUNCT . punct 10 O .
Councillor PROPN NNP compound 16 B-PERSON Councillor
R. PROPN NNP compound 16 I-PERSON R.
Evans PROPN NNP nsubj 17 I-PERSON Evans
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
roads NOUN NNS nsubj 20 O road
were AUX VBD ccomp 17 O be
a DET DT det 22 O a
disgrace NOUN NN attr 20 O disgrace _
. PUNCT . punct 17 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
The DET DT det 26 O the
chairman NOUN NN nsubj 27 O chairman
said VERB VBD ROOT 27 O say
the DET DT det 29 O the
matter NOUN NN nsubjpass 32 O matter
had AUX VBD aux 32 O have
been AUX VBN auxpass 32 O be
referred VERB VBN ccomp 27 O refer
to ADP IN prep 32 O to
the DET DT det 36 O the
highways NOUN NNS compound 36 O highway
committee NOUN NN pobj 33 O committee _
. PUNCT . punct 27 O .
" PUNCT `` punct 50 O " _
We PRON PRP nsubj 42 O we
can AUX MD aux 42 O can _
not PART RB neg 42 O not
act VERB VB ccomp 50 O act
until SCONJ IN mark 46 O until
the DET DT det 45 O the
county NOUN NN nsubj 46 O county
replies VERB VBZ advcl 42 O reply _
, PUNCT , punct 50 O , _
" PUNCT '' punct 50 O "
he PRON PRP nsubj 50 O he
said VERB VBD ROOT 50 O say _
. PUNCT . punct 50 O . _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_the_town_clerk_tagged_a_body_goes_on() -> None:
    assert who(_TOWN_CLERK) == [("R. Evans", "Councillor"), ("The Town Clerk", "Town Clerk")]


def test_the_town_clerk_in_small_letters_goes_on() -> None:
    assert who(_IN_SMALL_LETTERS) == [("John Pugh", "Alderman"), ("The town clerk", "town clerk")]


def test_the_borough_surveyor_who_reported_goes_on() -> None:
    surveyor = ("The Borough Surveyor", "Borough Surveyor")
    assert who(_SURVEYOR_REPORTED) == [("Mary Hughes", "Councillor"), surveyor]


def test_an_office_held_by_one_named_before_stays_theirs() -> None:
    assert who(_CHAIRMAN_NAMED_BEFORE) == [("Tom Hale", "chairman of the board")]
