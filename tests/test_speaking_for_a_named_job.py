"""Someone who speaks for a person whose job is named (`a spokeswoman for the local MP`), each
from a frozen parse of a sentence written for this file (the entities as the tagger gave them),
so a model update cannot change what a test exercises:

- `Jane Carter, the MP for Lenton, …. A spokeswoman for the local MP, Jane Carter, said`: a name
  after the job a description is `for`, given that job before, is the job's holder; the
  unnamed spokeswoman speaks (the speaker was *Jane Carter*, with the MP's role);
- `A spokesman for the mayor, Eric Phillips, said`, the name met there first: the spokesman's
  name, as American papers write it (unchanged);
- `An aide to the Mayor said`: a job in capitals after `the`, untagged, is a person's, no body
  (the organisation was *Mayor*).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_SPOKESWOMAN_FOR_AN_MP_NAMED_BEFORE = """
Jane PROPN NNP compound 1 B-PERSON Jane
Carter PROPN NNP nsubj 9 I-PERSON Carter _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
MP PROPN NNP appos 1 O MP
for ADP IN prep 4 O for
Lenton PROPN NNP pobj 5 B-PERSON Lenton _
, PUNCT , punct 1 O ,
has AUX VBZ aux 9 O have
called VERB VBN ROOT 9 O call
for ADP IN prep 9 O for
an DET DT det 12 O an
inquiry NOUN NN pobj 10 O inquiry _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
A DET DT det 16 O a
spokeswoman NOUN NN nsubj 25 O spokeswoman
for ADP IN prep 16 O for
the DET DT det 20 O the
local ADJ JJ amod 20 O local
MP PROPN NNP pobj 17 O MP _
, PUNCT , punct 20 O ,
Jane PROPN NNP compound 23 B-PERSON Jane
Carter PROPN NNP appos 20 I-PERSON Carter _
, PUNCT , punct 16 O ,
said VERB VBD ROOT 25 O say _
: PUNCT : punct 25 O :
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 30 O we
are AUX VBP aux 30 O be
looking VERB VBG ccomp 25 O look
into ADP IN prep 30 O into
it PRON PRP pobj 31 O it _
. PUNCT . punct 25 O . _
" PUNCT '' punct 25 O " _
"""

_A_SPOKESMAN_FOR_THE_MAYOR_NAMED = """
A DET DT det 1 O a
spokesman NOUN NN nsubj 9 O spokesman
for ADP IN prep 1 O for
the DET DT det 4 O the
mayor NOUN NN pobj 2 O mayor _
, PUNCT , punct 1 O ,
Eric PROPN NNP compound 7 B-PERSON Eric
Phillips PROPN NNP appos 1 I-PERSON Phillips _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
The DET DT det 13 O the
plan NOUN NN nsubj 14 O plan
stands VERB VBZ ccomp 9 O stand _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""

_AN_AIDE_TO_THE_MAYOR = """
An DET DT det 1 O an
aide NOUN NN nsubj 5 O aide
to ADP IN prep 1 O to
the DET DT det 4 O the
Mayor PROPN NNP pobj 2 O Mayor
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
The DET DT det 9 O the
plan NOUN NN nsubj 10 O plan
stands VERB VBZ ccomp 5 O stand _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_name_given_the_job_before_is_its_holder_not_the_spokeswoman() -> None:
    rows = _rows(_A_SPOKESWOMAN_FOR_AN_MP_NAMED_BEFORE)
    assert rows == [("A spokeswoman", "spokeswoman for the local MP", "")]


def test_a_name_met_first_after_the_job_is_the_spokesmans() -> None:
    assert _rows(_A_SPOKESMAN_FOR_THE_MAYOR_NAMED) == [("Eric Phillips", "spokesman for the mayor", "")]


def test_a_job_in_capitals_after_the_is_no_body() -> None:
    assert _rows(_AN_AIDE_TO_THE_MAYOR) == [("An aide", "aide to the Mayor", "")]
