"""`The station commander, Senior Superintendent X, said`: a rank of police or the services before
the name (`Chief Inspector`, `Lieutenant Colonel`) says where the speaker stands in the force; the
job set off before it by a comma says what the speaker does, the more informative role. A bare
rank set beside it (`the officer, Detective Sergeant X`) gives way to the title. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The station commander, Senior Superintendent Ruth Achieng, said: "The suspects will be charged
# in Kibera on Monday."
_STATION = """
The DET DT det 2 O the
station NOUN NN compound 2 O station
commander NOUN NN nsubj 9 O commander _
, PUNCT , punct 2 O ,
Senior PROPN NNP compound 5 O Senior
Superintendent PROPN NNP compound 7 B-PERSON Superintendent
Ruth PROPN NNP compound 7 I-PERSON Ruth
Achieng PROPN NNP appos 2 I-PERSON Achieng _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
The DET DT det 13 O the
suspects NOUN NNS nsubjpass 16 O suspect
will AUX MD aux 16 O will
be AUX VB auxpass 16 O be
charged VERB VBN ccomp 9 O charge
in ADP IN prep 16 O in
Kibera PROPN NNP pobj 17 B-GPE Kibera
on ADP IN prep 16 O on
Monday PROPN NNP pobj 19 B-DATE Monday _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""
# "We found no bodies in the camp," said the camp commandant, Lieutenant Colonel Ali Hassan.
_CAMP = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 2 O we
found VERB VBD ccomp 10 O find
no DET DT det 4 O no
bodies NOUN NNS dobj 2 O body
in ADP IN prep 2 O in
the DET DT det 7 O the
camp NOUN NN pobj 5 O camp _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
the DET DT det 13 O the
camp NOUN NN compound 13 O camp
commandant NOUN NN nsubj 10 O commandant _
, PUNCT , punct 13 O ,
Lieutenant PROPN NNP compound 16 O Lieutenant
Colonel PROPN NNP compound 18 O Colonel
Ali PROPN NNP compound 18 B-PERSON Ali
Hassan PROPN NNP appos 13 I-PERSON Hassan _
. PUNCT . punct 10 O . _
"""
# "We found nothing in the car," said the officer, Detective Sergeant Thabo Nkosi.
_OFFICER = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 2 O we
found VERB VBD ccomp 9 O find
nothing PRON NN dobj 2 O nothing
in ADP IN prep 2 O in
the DET DT det 6 O the
car NOUN NN pobj 4 O car _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
officer NOUN NN nsubj 9 O officer _
, PUNCT , punct 11 O ,
Detective PROPN NNP compound 16 B-ORG Detective
Sergeant PROPN NNP compound 16 I-ORG Sergeant
Thabo PROPN NNP compound 16 I-ORG Thabo
Nkosi PROPN NNP appos 11 I-ORG Nkosi _
. PUNCT . punct 9 O . _
"""


def test_the_job_beside_a_police_rank_is_the_role() -> None:
    rows = Extractor().rows(frozen(_STATION))
    assert [(r.speaker, r.role) for r in rows] == [("Ruth Achieng", "station commander")]


def test_the_job_beside_a_services_rank_is_the_role() -> None:
    rows = Extractor().rows(frozen(_CAMP))
    assert [(r.speaker, r.role) for r in rows] == [("Ali Hassan", "camp commandant")]


def test_a_bare_rank_beside_the_title_gives_way_to_it() -> None:
    rows = Extractor().rows(frozen(_OFFICER))
    assert [(r.speaker, r.role) for r in rows] == [("Thabo Nkosi", "Detective Sergeant")]
