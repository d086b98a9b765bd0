"""Full names the tagger cut or missed: a given name the tagger took for a place between a job and
the surname (`senior counsel Rohan` + `Iyer`), and an untagged name set beside a role after a
comma and closed by a bracket (`The Minister of Economic Affairs and Employment, Sirpa Koskinen
(SDP),`), whose surname alone later is that person. Frozen parses of sentences written for this
file (see tests/frozen.py; the tags set by hand to the shapes the tagger gives), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# For the traders, senior counsel Rohan Iyer told the tribunal the notice was unlawful. “The shops
# were never warned,” Iyer said.  (`Rohan` tagged a place.)
_COUNSEL = """
For ADP IN prep 8 O for
the DET DT det 2 O the
traders NOUN NNS pobj 0 O trader _
, PUNCT , punct 8 O ,
senior ADJ JJ amod 5 O senior
counsel NOUN NN compound 7 O counsel
Rohan PROPN NNP compound 7 B-GPE Rohan
Iyer PROPN NNP nsubj 8 B-PERSON Iyer
told VERB VBD ROOT 8 O tell
the DET DT det 10 O the
tribunal NOUN NN dobj 8 O tribunal
the DET DT det 12 O the
notice NOUN NN nsubj 13 O notice
was AUX VBD ccomp 8 O be
unlawful ADJ JJ acomp 13 O unlawful _
. PUNCT . punct 8 O .
“ PUNCT `` punct 25 O " _
The DET DT det 18 O the
shops NOUN NNS nsubjpass 21 O shop
were AUX VBD auxpass 21 O be
never ADV RB neg 21 O never
warned VERB VBN ccomp 25 O warn _
, PUNCT , punct 25 O , _
” PUNCT '' punct 25 O "
Iyer PROPN NNP nsubj 25 B-PERSON Iyer
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# The Minister of Economic Affairs and Employment, Sirpa Koskinen (SDP), opened the plant on
# Monday. “It is the only one in the north,” Koskinen said.  (The name untagged.)
_MINISTER = """
The DET DT det 1 O the
Minister PROPN NNP nsubj 14 O Minister
of ADP IN prep 1 O of
Economic PROPN NNP compound 4 B-ORG Economic
Affairs PROPN NNPS pobj 2 I-ORG Affairs
and CCONJ CC cc 4 I-ORG and
Employment PROPN NNP conj 4 O Employment _
, PUNCT , punct 1 O ,
Sirpa PROPN NNP compound 9 O Sirpa
Koskinen PROPN NNP appos 1 O Koskinen
( PUNCT -LRB- punct 9 O ( _
SDP PROPN NNP appos 9 B-ORG SDP _
) PUNCT -RRB- punct 9 O ) _
, PUNCT , punct 1 O ,
opened VERB VBD ROOT 14 O open
the DET DT det 16 O the
plant NOUN NN dobj 14 O plant
on ADP IN prep 14 O on
Monday PROPN NNP pobj 17 B-DATE Monday _
. PUNCT . punct 14 O .
“ PUNCT `` punct 22 O " _
It PRON PRP nsubj 22 O it
is AUX VBZ ccomp 32 O be
the DET DT det 25 O the
only ADJ JJ amod 25 O only
one NUM CD attr 22 O one
in ADP IN prep 25 O in
the DET DT det 28 O the
north NOUN NN pobj 26 O north _
, PUNCT , punct 32 O , _
” PUNCT '' punct 32 O "
Koskinen PROPN NNP nsubj 32 B-PERSON Koskinen
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""


def test_a_given_name_tagged_a_place_between_a_job_and_a_surname() -> None:
    assert who(_COUNSEL) == [("Rohan Iyer", "senior counsel", "")]


def test_an_untagged_name_beside_a_role_closed_by_a_bracket() -> None:
    assert who(_MINISTER) == [("Sirpa Koskinen", "Minister of Economic Affairs and Employment", "")]
