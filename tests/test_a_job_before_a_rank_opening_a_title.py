"""`The officer commanding Kilimani police station, Chief Inspector X, said`: a word of rank in
capitals (`Chief`, `Senior`, `Deputy`, `Assistant`: models/role_modifiers.txt, kind `rank`)
opening the title between the comma and the name is the title's, so the job set off before it is
the name's apposition (it was no apposition, and the role *Chief Inspector*). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen, who_of

# Police in Nairobi arrested three men after a robbery on Ngong Road.  The officer commanding
# Kilimani police station, Chief Inspector Moses Otieno, said: "We recovered two pistols and we
# are looking for a fourth suspect."
_COMMANDING = """
Police NOUN NNS nsubj 3 O Police
in ADP IN prep 0 O in
Nairobi PROPN NNP pobj 1 B-GPE Nairobi
arrested VERB VBD ROOT 3 O arrest
three NUM CD nummod 5 B-CARDINAL three
men NOUN NNS dobj 3 O man
after ADP IN prep 3 O after
a DET DT det 8 O a
robbery NOUN NN pobj 6 O robbery
on ADP IN prep 8 O on
Ngong PROPN NNP compound 11 B-FAC Ngong
Road PROPN NNP pobj 9 I-FAC Road _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
The DET DT det 15 O the
officer NOUN NN nsubj 26 O officer
commanding VERB VBG acl 15 O command
Kilimani PROPN NNP compound 19 B-PERSON Kilimani
police NOUN NN compound 19 O police
station NOUN NN dobj 16 O station _
, PUNCT , punct 15 O ,
Chief PROPN NNP compound 22 O Chief
Inspector PROPN NNP compound 24 O Inspector
Moses PROPN NNP compound 24 B-PERSON Moses
Otieno PROPN NNP appos 15 I-PERSON Otieno _
, PUNCT , punct 15 O ,
said VERB VBD ROOT 26 O say _
: PUNCT : punct 26 O :
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 30 O we
recovered VERB VBD ccomp 26 O recover
two NUM CD nummod 32 B-CARDINAL two
pistols NOUN NNS dobj 30 O pistol
and CCONJ CC cc 30 O and
we PRON PRP nsubj 36 O we
are AUX VBP aux 36 O be
looking VERB VBG conj 30 O look
for ADP IN prep 36 O for
a DET DT det 40 O a
fourth ADJ JJ amod 40 B-ORDINAL fourth
suspect NOUN NN pobj 37 O suspect _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _
"""

# Protesters blocked the Durban highway on Monday.  "Twelve people were arrested," the police
# spokesperson, Deputy Commissioner Thandeka Zulu, said.
_SPOKESPERSON = """
Protesters NOUN NNS nsubj 1 O protester
blocked VERB VBD ROOT 1 O block
the DET DT det 4 O the
Durban PROPN NNP compound 4 B-ORG Durban
highway NOUN NN dobj 1 O highway
on ADP IN prep 1 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
" PUNCT `` punct 25 O " _
Twelve NUM CD nummod 11 B-CARDINAL twelve
people NOUN NNS nsubjpass 13 O people
were AUX VBD auxpass 13 O be
arrested VERB VBN ccomp 25 O arrest _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
the DET DT det 18 O the
police NOUN NN compound 18 O police
spokesperson NOUN NN nsubj 25 O spokesperson _
, PUNCT , punct 18 O ,
Deputy PROPN NNP compound 21 O Deputy
Commissioner PROPN NNP compound 23 O Commissioner
Thandeka PROPN NNP compound 23 B-PERSON Thandeka
Zulu PROPN NNP appos 18 I-PERSON Zulu _
, PUNCT , punct 18 O ,
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_the_job_before_a_chief_inspector_is_the_names() -> None:
    assert _who(_COMMANDING) == [("Moses Otieno", "officer commanding Kilimani police station")]


def test_the_job_before_a_deputy_commissioner_is_the_names() -> None:
    rows = Extractor().rows(frozen(_SPOKESPERSON))
    who = [(r.speaker, r.role, r.organization) for r in rows]
    assert who == [("Thandeka Zulu", "spokesperson", "police")]
