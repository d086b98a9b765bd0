"""`The Chairman said the rates must rise. "…," said he.`: a definite description that is the
subject of its sentence, before anyone is named whom it could describe (a council's chairman, a
coroner, a judge the story never names, as council minutes, court reports and archive text
write them), is someone new, and the `he` or `she` after it is them; after a name it may
describe (`the actor`), the `he` still goes to the name. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import CHAIRMAN_ON_THE_RATES, minutes_spec
from tests.frozen import frozen

# The Chairman said the rates would have to rise. "We cannot go on as we have done," said he.
_CHAIRMAN = minutes_spec(
    CHAIRMAN_ON_THE_RATES,
)

# The coroner said the death was a tragic accident. "Nobody could have saved him," she told the
# inquest.
_CORONER = """
The DET DT det 1 O the
coroner NOUN NN nsubj 2 O coroner
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
death NOUN NN nsubj 5 O death
was AUX VBD ccomp 2 O be
a DET DT det 8 O a
tragic ADJ JJ amod 8 O tragic
accident NOUN NN attr 5 O accident _
. PUNCT . punct 2 O .
" PUNCT `` punct 19 O " _
Nobody PRON NN nsubj 14 O nobody
could AUX MD aux 14 O could
have AUX VB aux 14 O have
saved VERB VBN ccomp 19 O save
him PRON PRP dobj 14 O he _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
she PRON PRP nsubj 19 O she
told VERB VBD ROOT 19 O tell
the DET DT det 21 O the
inquest NOUN NN dobj 19 O inquest _
. PUNCT . punct 19 O . _
"""

# Tom Hale spoke to reporters on Monday. The actor said the film was finished. "We shot the last
# scene in May," he said.
_ACTOR = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 2 I-PERSON Hale
spoke VERB VBD ROOT 2 O speak
to ADP IN prep 2 O to
reporters NOUN NNS pobj 3 O reporter
on ADP IN prep 2 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 2 O .
The DET DT det 9 O the
actor NOUN NN nsubj 10 O actor
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
film NOUN NN nsubjpass 14 O film
was AUX VBD auxpass 14 O be
finished VERB VBN ccomp 10 O finish _
. PUNCT . punct 10 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 18 O we
shot VERB VBD ccomp 27 O shoot
the DET DT det 21 O the
last ADJ JJ amod 21 O last
scene NOUN NN dobj 18 O scene
in ADP IN prep 18 O in
May PROPN NNP pobj 22 B-DATE May _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_said_he_after_an_unnamed_chairman_is_the_chairman() -> None:
    rows = Extractor().rows(frozen(_CHAIRMAN))
    assert [(r.speaker, r.role) for r in rows] == [("The Chairman", "Chairman")]


def test_she_after_an_unnamed_coroner_is_the_coroner() -> None:
    rows = Extractor().rows(frozen(_CORONER))
    assert [(r.speaker, r.role) for r in rows] == [("The coroner", "coroner")]


def test_he_after_a_description_of_someone_named_is_still_the_name() -> None:
    rows = Extractor().rows(frozen(_ACTOR))
    assert [(r.speaker, r.role) for r in rows] == [("Tom Hale", "actor")]
