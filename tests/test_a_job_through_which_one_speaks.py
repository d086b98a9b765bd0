"""`Speaking through his Chief Press Secretary, Mr Tunde Bakare, the governor said …`: a job the
parser makes the object of `through` (`via`, `from`) and sets a name beside by commas is that
name's role; the words before it (`Speaking through his`) are no part of it. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import minutes_spec
from tests.frozen import frozen
from tests.speaking_through_a_job_specs import (
    GOVERNOR_SPEAKING_THROUGH_HIS_SECRETARY,
    OYO_GOVERNOR_DENIES_THE_CLAIMS,
)

# ABUJA - The governor of Oyo State has denied claims … Speaking through his Chief Press Secretary, Mr
# Tunde Bakare, the governor said … (the name tagged a body; the spec shared with another test)
_TAGGED_A_BODY = GOVERNOR_SPEAKING_THROUGH_HIS_SECRETARY


# ABUJA - The governor of Oyo State has denied claims that he diverted relief funds.  Speaking
# through his Chief Press Secretary, Tom Hale, the governor said the allegations were "baseless
# and mischievous".  Hale added: "The governor has nothing to hide."
_TAGGED_A_PERSON = minutes_spec(
    OYO_GOVERNOR_DENIES_THE_CLAIMS,
    """
Speaking VERB VBG advcl 29 O speak
through ADP IN prep 17 O through
his PRON PRP$ poss 22 O his
Chief PROPN NNP compound 22 O Chief
Press PROPN NNP compound 22 O Press
Secretary PROPN NNP pobj 18 O Secretary _
, PUNCT , punct 22 O ,
Tom PROPN NNP compound 25 B-PERSON Tom
Hale PROPN NNP appos 22 I-PERSON Hale _
, PUNCT , punct 29 O ,
the DET DT det 28 O the
governor NOUN NN nsubj 29 O governor
said VERB VBD ROOT 29 O say
the DET DT det 31 O the
allegations NOUN NNS nsubj 32 O allegation
were AUX VBD ccomp 29 O be
" PUNCT `` punct 32 O " _
baseless ADJ JJ acomp 32 O baseless
and CCONJ CC cc 34 O and
mischievous ADJ JJ conj 34 O mischievous _
" PUNCT '' punct 32 O " _
. PUNCT . punct 29 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
Hale PROPN NNP nsubj 41 O Hale
added VERB VBD ROOT 41 O add _
: PUNCT : punct 41 O :
" PUNCT `` punct 41 O " _
The DET DT det 45 O the
governor NOUN NN nsubj 46 O governor
has VERB VBZ ccomp 41 O have
nothing PRON NN dobj 46 O nothing
to PART TO aux 49 O to
hide VERB VB relcl 47 O hide _
. PUNCT . punct 41 O . _
" PUNCT '' punct 41 O " _
""",
)


def test_the_secretary_tagged_a_body_holds_the_job() -> None:
    rows = Extractor().rows(frozen(_TAGGED_A_BODY))
    said = [(r.speaker, r.role) for r in rows if r.mention == "Bakare"]
    assert said == [("Tunde Bakare", "Chief Press Secretary")]


def test_the_secretary_tagged_a_person_holds_the_job() -> None:
    rows = Extractor().rows(frozen(_TAGGED_A_PERSON))
    said = [(r.speaker, r.role) for r in rows if r.mention == "Hale"]
    assert said == [("Tom Hale", "Chief Press Secretary")]
