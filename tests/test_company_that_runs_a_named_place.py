"""`the company` is not a body the article says another runs or owns (`Oakfield House, run by
Meadowcare Ltd,`): that one's business is the company, though the place it runs is named more
often (`the company's managing director` -> *Meadowcare Ltd*, was *Oakfield House*). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Oakfield House, run by Meadowcare Ltd, was inspected in May. Inspectors found Oakfield House
# short of staff. "We have hired more nurses," said Ann Fox, the company's managing director.
_RUN = """
Oakfield PROPN NNP compound 1 B-ORG Oakfield
House PROPN NNP nsubjpass 9 I-ORG House _
, PUNCT , punct 1 O ,
run VERB VBN acl 1 O run
by ADP IN agent 3 O by
Meadowcare PROPN NNP compound 6 B-ORG Meadowcare
Ltd PROPN NNP pobj 4 I-ORG Ltd _
, PUNCT , punct 1 O ,
was AUX VBD auxpass 9 O be
inspected VERB VBN ROOT 9 O inspect
in ADP IN prep 9 O in
May PROPN NNP pobj 10 B-DATE May _
. PUNCT . punct 9 O .
Inspectors NOUN NNS nsubj 14 O inspector
found VERB VBD ROOT 14 O find
Oakfield PROPN NNP compound 16 B-ORG Oakfield
House PROPN NNP dobj 14 I-ORG House
short ADJ JJ ccomp 14 O short
of ADP IN prep 17 O of
staff NOUN NN pobj 18 O staff _
. PUNCT . punct 14 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 24 O we
have AUX VBP aux 24 O have
hired VERB VBN ccomp 29 O hire
more ADJ JJR amod 26 O more
nurses NOUN NNS dobj 24 O nurse _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
said VERB VBD ROOT 29 O say
Ann PROPN NNP compound 31 B-PERSON Ann
Fox PROPN NNP nsubj 29 I-PERSON Fox _
, PUNCT , punct 31 O ,
the DET DT det 34 O the
company NOUN NN poss 37 O company _
's PART POS case 34 O 's
managing VERB VBG compound 37 O manage
director NOUN NN appos 31 O director _
. PUNCT . punct 29 O . _
"""


def test_the_company_is_the_one_that_runs_the_place_named() -> None:
    assert who(_RUN) == [("Ann Fox", "managing director", "Meadowcare Ltd")]
