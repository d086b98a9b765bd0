"""`Mpumalanga police spokesperson Colonel Grace Nkosi said`, `Senate finance committee chairman
Senator Maria Lopez said`: a services' rank (colonel, brigadier: models/police.txt) or a member's
seat in capitals between a job in small letters and the name is the person's form of address, no
part of the role; and `Brigadier` before a name is no part of it (models/titles.txt). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Limpopo police spokesperson Brigadier Thabo Molefe said no one had been arrested. "The
# investigation continues," Molefe said.
_BRIGADIER = """
Limpopo ADJ JJ compound 2 B-GPE limpopo
police NOUN NN compound 2 O police
spokesperson NOUN NN compound 5 O spokesperson
Brigadier PROPN NNP compound 5 B-ORG Brigadier
Thabo PROPN NNP compound 5 I-ORG Thabo
Molefe PROPN NNP nsubj 6 I-ORG Molefe
said VERB VBD ROOT 6 O say
no DET DT det 8 O no
one NOUN NN nsubjpass 11 O one
had AUX VBD aux 11 O have
been AUX VBN auxpass 11 O be
arrested VERB VBN ccomp 6 O arrest _
. PUNCT . punct 6 O .
" PUNCT `` punct 20 O " _
The DET DT det 15 O the
investigation NOUN NN nsubj 16 O investigation
continues VERB VBZ ccomp 20 O continue _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Molefe PROPN NNP nsubj 20 O Molefe
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# Mpumalanga police spokesperson Colonel Grace Nkosi said two men had been arrested. "They will
# appear in court on Monday," Nkosi said.
_COLONEL = """
Mpumalanga PROPN NNP compound 2 B-PERSON Mpumalanga
police NOUN NN compound 2 O police
spokesperson NOUN NN compound 5 O spokesperson
Colonel PROPN NNP compound 4 O Colonel
Grace PROPN NNP compound 5 B-PERSON Grace
Nkosi PROPN NNP nsubj 6 I-PERSON Nkosi
said VERB VBD ROOT 6 O say
two NUM CD nummod 8 B-CARDINAL two
men NOUN NNS nsubjpass 11 O man
had AUX VBD aux 11 O have
been AUX VBN auxpass 11 O be
arrested VERB VBN ccomp 6 O arrest _
. PUNCT . punct 6 O .
" PUNCT `` punct 16 O " _
They PRON PRP nsubj 16 O they
will AUX MD aux 16 O will
appear VERB VB ccomp 24 O appear
in ADP IN prep 16 O in
court NOUN NN pobj 17 O court
on ADP IN prep 16 O on
Monday PROPN NNP pobj 19 B-DATE Monday _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Nkosi PROPN NNP nsubj 24 B-ORG Nkosi
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# Senate finance committee chairman Senator Maria Lopez said the budget would be delayed. "We need
# more time," Lopez said.
_SENATOR = """
Senate PROPN NNP compound 2 B-ORG Senate
finance NOUN NN compound 2 O finance
committee NOUN NN compound 3 O committee
chairman NOUN NN compound 6 O chairman
Senator PROPN NNP compound 6 O Senator
Maria PROPN NNP compound 6 B-PERSON Maria
Lopez PROPN NNP nsubj 7 I-PERSON Lopez
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
budget NOUN NN nsubjpass 12 O budget
would AUX MD aux 12 O would
be AUX VB auxpass 12 O be
delayed VERB VBN ccomp 7 O delay _
. PUNCT . punct 7 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 16 O we
need VERB VBP ccomp 22 O need
more ADJ JJR amod 18 O more
time NOUN NN dobj 16 O time _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Lopez PROPN NNP nsubj 22 O Lopez
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def _row(spec: str) -> tuple[str, str, str]:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker, row.role, row.organization


def test_a_colonel_speaking_for_the_police() -> None:
    assert _row(_COLONEL) == ("Grace Nkosi", "spokesperson", "Mpumalanga police")


def test_a_brigadier_speaking_for_the_police() -> None:
    assert _row(_BRIGADIER) == ("Thabo Molefe", "spokesperson", "Limpopo police")


def test_a_committee_chairman_addressed_as_senator() -> None:
    assert _row(_SENATOR) == ("Maria Lopez", "chairman", "Senate finance committee")
