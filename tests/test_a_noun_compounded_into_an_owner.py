"""`The power utility's managing director`, `the cement maker's`: a noun in small letters the parser
compounds into the noun that owns a role is part of the owner, though its ending reads like a
trade's (`power`, `cement`), so the role is the job after the possessive and the body the owner's
noun stands for. Frozen parse of a text written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Harbour Electric has raised its tariffs by 12 per cent. The power utility's managing director,
# Ama Boateng, said: "Fuel costs have doubled."
_POWER_UTILITY = """
Harbour PROPN NNP compound 1 B-ORG Harbour
Electric PROPN NNP nsubj 3 I-ORG Electric
has AUX VBZ aux 3 O have
raised VERB VBN ROOT 3 O raise
its PRON PRP$ poss 5 O its
tariffs NOUN NNS dobj 3 O tariff
by ADP IN prep 3 O by
12 NUM CD pobj 6 B-MONEY 12
per ADP IN prep 7 I-MONEY per
cent NOUN NN pobj 8 I-MONEY cent _
. PUNCT . punct 3 O .
The DET DT det 13 O the
power NOUN NN compound 13 O power
utility NOUN NN poss 16 O utility _
's PART POS case 13 O 's
managing NOUN NN compound 16 O managing
director NOUN NN nsubj 21 O director _
, PUNCT , punct 16 O ,
Ama PROPN NNP compound 19 B-PERSON Ama
Boateng PROPN NNP appos 16 I-PERSON Boateng _
, PUNCT , punct 16 O ,
said VERB VBD ROOT 21 O say _
: PUNCT : punct 21 O :
" PUNCT `` punct 21 O " _
Fuel NOUN NN compound 25 O fuel
costs NOUN NNS nsubj 27 O cost
have AUX VBP aux 27 O have
doubled VERB VBN ccomp 21 O double _
. PUNCT . punct 21 O . _
" PUNCT '' punct 21 O " _
"""


def test_a_noun_compounded_into_the_owner_is_no_head_of_the_role() -> None:
    rows = Extractor().rows(frozen(_POWER_UTILITY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ama Boateng", "managing director", "Harbour Electric"),
    ]
