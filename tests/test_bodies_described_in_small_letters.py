"""A body the article never names but describes in small letters (`The hotel owners' association
said …`) is the organisation of a role its noun owns later (`the association's president, X`):
*hotel owners' association*, the nouns before the body's noun, not the adjectives that describe
any body (`the national tourism board`: *tourism board*). Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Hotel bookings fell sharply in May. The hotel owners' association said bookings had collapsed.
# "Trekkers are cancelling in droves," the association's president, Pemba Sherpa, said.
_ASSOCIATION = """
Hotel NOUN NN compound 1 O hotel
bookings NOUN NNS nsubj 2 O booking
fell VERB VBD ROOT 2 O fall
sharply ADV RB advmod 2 O sharply
in ADP IN prep 2 O in
May PROPN NNP pobj 4 B-DATE May _
. PUNCT . punct 2 O .
The DET DT det 9 O the
hotel NOUN NN compound 9 O hotel
owners NOUN NNS poss 11 O owner _
' PART POS case 9 O '
association NOUN NN nsubj 12 O association
said VERB VBD ROOT 12 O say
bookings NOUN NNS nsubj 15 O booking
had AUX VBD aux 15 O have
collapsed VERB VBN ccomp 12 O collapse _
. PUNCT . punct 12 O .
" PUNCT `` punct 33 O " _
Trekkers NOUN NNS nsubj 20 O trekker
are AUX VBP aux 20 O be
cancelling VERB VBG ccomp 33 O cancel
in ADP IN prep 20 O in
droves NOUN NNS pobj 21 O drove _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
the DET DT det 26 O the
association NOUN NN poss 28 O association _
's PART POS case 26 O 's
president NOUN NN nsubj 33 O president _
, PUNCT , punct 28 O ,
Pemba PROPN NNP compound 31 B-PERSON Pemba
Sherpa PROPN NNP appos 28 I-PERSON Sherpa _
, PUNCT , punct 28 O ,
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""

# Hotel bookings fell sharply in May. The national tourism board said bookings had collapsed.
# "Trekkers are cancelling," the board's chairman, Pemba Sherpa, said.
_BOARD = """
Hotel NOUN NN compound 1 O hotel
bookings NOUN NNS nsubj 2 O booking
fell VERB VBD ROOT 2 O fall
sharply ADV RB advmod 2 O sharply
in ADP IN prep 2 O in
May PROPN NNP pobj 4 B-DATE May _
. PUNCT . punct 2 O .
The DET DT det 10 O the
national ADJ JJ amod 10 O national
tourism NOUN NN compound 10 O tourism
board NOUN NN nsubj 11 O board
said VERB VBD ROOT 11 O say
bookings NOUN NNS nsubj 14 O booking
had AUX VBD aux 14 O have
collapsed VERB VBN ccomp 11 O collapse _
. PUNCT . punct 11 O .
" PUNCT `` punct 30 O " _
Trekkers NOUN NNS nsubj 19 O trekker
are AUX VBP aux 19 O be
cancelling VERB VBG ccomp 30 O cancel _
, PUNCT , punct 30 O , _
" PUNCT '' punct 20 O "
the DET DT det 23 O the
board NOUN NN poss 25 O board _
's PART POS case 23 O 's
chairman NOUN NN nsubj 30 O chairman _
, PUNCT , punct 25 O ,
Pemba PROPN NNP compound 28 B-PERSON Pemba
Sherpa PROPN NNP appos 25 I-PERSON Sherpa _
, PUNCT , punct 25 O ,
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _

"""

# School closures were announced.
#
# The teachers union said in a statement that it would file a grievance. "Our contract requires
# ninety days of notice," the union's president, Paul Devereaux, said.
_UNION = """
School NOUN NN compound 1 O school
closures NOUN NNS nsubjpass 3 O closure
were AUX VBD auxpass 3 O be
announced VERB VBN ROOT 3 O announce _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
The DET DT det 8 O the
teachers PROPN NNPS compound 8 O teachers
union PROPN NNP nsubj 9 O union
said VERB VBD ROOT 9 O say
in ADP IN prep 9 O in
a DET DT det 12 O a
statement NOUN NN pobj 10 O statement
that SCONJ IN mark 16 O that
it PRON PRP nsubj 16 O it
would AUX MD aux 16 O would
file VERB VB acl 12 O file
a DET DT det 18 O a
grievance NOUN NN dobj 16 O grievance _
. PUNCT . punct 9 O .
" PUNCT `` punct 23 O " _
Our PRON PRP$ poss 22 O our
contract NOUN NN nsubj 23 O contract
requires VERB VBZ ccomp 38 O require
ninety NUM CD nummod 25 B-DATE ninety
days NOUN NNS dobj 23 I-DATE day
of ADP IN prep 25 O of
notice NOUN NN pobj 26 O notice _
, PUNCT , punct 23 O , _
" PUNCT '' punct 28 O "
the DET DT det 31 O the
union NOUN NN poss 33 O union _
's PART POS case 31 O 's
president NOUN NN dobj 23 O president _
, PUNCT , punct 33 O ,
Paul PROPN NNP compound 36 B-PERSON Paul
Devereaux PROPN NNP appos 33 I-PERSON Devereaux _
, PUNCT , punct 33 O ,
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _

"""


def test_a_body_described_in_small_letters_owns_the_role() -> None:
    assert who(_ASSOCIATION) == [("Pemba Sherpa", "president", "hotel owners' association")]


def test_the_adjective_before_a_described_body_is_left_out() -> None:
    assert who(_BOARD) == [("Pemba Sherpa", "chairman", "tourism board")]


def test_words_in_small_letters_the_tagger_calls_proper_nouns_describe_a_body() -> None:
    assert who(_UNION) == [("Paul Devereaux", "president", "teachers union")]
