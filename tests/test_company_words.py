"""A name closed by a word that ends a company's registered name (`Holdings`, `Ltd`, `plc`:
models/organization_nouns.txt) is a body whatever the tagger called it, and speaks as one: no
role, itself its organisation. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The home closed on Friday. The home's owner, Caremark Holdings, said in a statement it had 'no
# choice' after failing to recruit nurses. (`Caremark Holdings` tagged a person.)
_HOLDINGS = """
The DET DT det 1 O the
home NOUN NN nsubj 2 O home
closed VERB VBD ROOT 2 O close
on ADP IN prep 2 O on
Friday PROPN NNP pobj 3 B-DATE Friday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
The DET DT det 8 O the
home NOUN NN poss 10 O home _
's PART POS case 8 O 's
owner NOUN NN nsubj 15 O owner _
, PUNCT , punct 10 O ,
Caremark PROPN NNP compound 13 B-PERSON Caremark
Holdings PROPN NNP appos 10 I-PERSON Holdings _
, PUNCT , punct 10 O ,
said VERB VBD ROOT 15 O say
in ADP IN prep 15 O in
a DET DT det 18 O a
statement NOUN NN pobj 16 O statement
it PRON PRP nsubj 20 O it
had VERB VBD ccomp 15 O have
' PUNCT `` punct 20 O ' _
no DET DT det 23 O no
choice NOUN NN dobj 20 O choice _
' PUNCT '' punct 23 O '
after ADP IN prep 20 O after
failing VERB VBG pcomp 25 O fail
to PART TO aux 28 O to
recruit VERB VB xcomp 26 O recruit
nurses NOUN NNS dobj 28 O nurse _
. PUNCT . punct 15 O . _"""


def test_a_name_closed_by_a_company_word_speaks_as_a_body() -> None:
    rows = Extractor().rows(frozen(_HOLDINGS))
    who = [(r.speaker, r.role, r.organization) for r in rows]
    assert who == [("Caremark Holdings", "", "Caremark Holdings")]
