"""`city government spokeswoman Ana Ruiz`: a tier of government and its noun in small letters
right before a spokesperson's job name the body the job speaks for, named before or not (ROLES.md
5, a pre-modifier), as `a police spokesman` does: *spokeswoman* / *city government* (the role was
the whole run, no organisation); a job that does not speak for the body keeps the run whole (`city
council leader`). Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Water cuts / Taps ran dry in parts of the city on Monday. / "Supply will return by Friday," city
# government spokeswoman Ana Ruiz said.
_CITY = """
Water NOUN NN compound 1 O water
cuts NOUN NNS ROOT 1 O cut _
<paragraph> SPACE _SP dep 1 O <paragraph> _
Taps NOUN NNS nsubj 4 B-PERSON tap
ran VERB VBD ROOT 4 O run
dry ADJ JJ acomp 4 O dry
in ADP IN prep 4 O in
parts NOUN NNS pobj 6 O part
of ADP IN prep 7 O of
the DET DT det 10 O the
city NOUN NN pobj 8 O city
on ADP IN prep 4 O on
Monday PROPN NNP pobj 11 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
" PUNCT `` punct 18 O " _
Supply NOUN NN nsubj 18 O supply
will AUX MD aux 18 O will
return VERB VB ccomp 28 O return
by ADP IN prep 18 O by
Friday PROPN NNP pobj 19 B-DATE Friday _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
city NOUN NN compound 24 O city
government NOUN NN compound 25 O government
spokeswoman NOUN NN compound 27 O spokeswoman
Ana PROPN NNP compound 27 O Ana
Ruiz PROPN NNP nsubj 28 O Ruiz
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# The same, "…," city council leader Ana Ruiz said.
_LEADER = """
Water NOUN NN compound 1 O water
cuts NOUN NNS ROOT 1 O cut _
<paragraph> SPACE _SP dep 1 O <paragraph> _
Taps NOUN NNS nsubj 4 B-PERSON tap
ran VERB VBD ROOT 4 O run
dry ADJ JJ acomp 4 O dry
in ADP IN prep 4 O in
parts NOUN NNS pobj 6 O part
of ADP IN prep 7 O of
the DET DT det 10 O the
city NOUN NN pobj 8 O city
on ADP IN prep 4 O on
Monday PROPN NNP pobj 11 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
" PUNCT `` punct 18 O " _
Supply NOUN NN nsubj 18 O supply
will AUX MD aux 18 O will
return VERB VB ccomp 28 O return
by ADP IN prep 18 O by
Friday PROPN NNP pobj 19 B-DATE Friday _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
city NOUN NN compound 24 O city
council NOUN NN compound 25 O council
leader NOUN NN compound 27 O leader
Ana PROPN NNP compound 27 B-PERSON Ana
Ruiz PROPN NNP nsubj 28 I-PERSON Ruiz
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_a_governments_spokeswoman_speaks_for_it() -> None:
    assert who(_CITY) == [("Ana Ruiz", "spokeswoman", "city government")]


def test_a_council_leader_keeps_the_run_whole() -> None:
    assert who(_LEADER) == [("Ana Ruiz", "city council leader", "")]
