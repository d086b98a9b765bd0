"""Someone new the story does not name, brought in as a subject by a noun for a person that gives no
role (`A local woman said …`), is who the `she said` after means, not the last person named (a
man, here), and holds no role; so is one set beside `One of the victims` by a job the lists now
know (`a 58-year-old schoolteacher`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.mention) for r in Extractor().rows(frozen(spec))]


# Police arrested Tom Hale, 22, near the station.
_ARREST = """
Police NOUN NNS nsubj 1 O Police
arrested VERB VBD ROOT 1 O arrest
Tom PROPN NNP compound 3 B-PERSON Tom
Hale PROPN NNP dobj 1 I-PERSON Hale _
, PUNCT , punct 3 O ,
22 NUM CD appos 3 B-DATE 22 _
, PUNCT , punct 3 O ,
near ADP IN prep 1 O near
the DET DT det 9 O the
station NOUN NN pobj 7 O station _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
"""

# (The arrest, then:) A local woman said she was relieved. "I could not sleep for days," she said.
_WOMAN = _ARREST.strip() + """
A DET DT det 14 O a
local ADJ JJ amod 14 O local
woman NOUN NN nsubj 15 O woman
said VERB VBD ROOT 15 O say
she PRON PRP nsubjpass 18 O she
was AUX VBD auxpass 18 O be
relieved VERB VBN ccomp 15 O relieve _
. PUNCT . punct 15 O .
" PUNCT `` punct 30 O " _
I PRON PRP nsubj 24 O I
could AUX MD aux 24 O could
not PART RB neg 24 O not
sleep VERB VB ccomp 30 O sleep
for ADP IN prep 24 O for
days NOUN NNS pobj 25 B-DATE day _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
she PRON PRP nsubj 30 O she
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# (The arrest, then:) One of the victims, a 58-year-old schoolteacher, said she was relieved. "I
# could not sleep for days," she said.
_SCHOOLTEACHER = _ARREST.strip() + """
One NUM CD nsubj 25 B-CARDINAL one
of ADP IN prep 12 O of
the DET DT det 15 O the
victims NOUN NNS pobj 13 O victim _
, PUNCT , punct 12 O ,
a DET DT det 23 O a
58 NUM CD nummod 20 B-DATE 58 _
- PUNCT HYPH punct 20 I-DATE - _
year NOUN NN npadvmod 22 I-DATE year _
- PUNCT HYPH punct 22 I-DATE - _
old ADJ JJ amod 23 I-DATE old
schoolteacher NOUN NN appos 12 O schoolteacher _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 25 O say
she PRON PRP nsubjpass 28 O she
was AUX VBD auxpass 28 O be
relieved VERB VBN ccomp 25 O relieve _
. PUNCT . punct 25 O .
" PUNCT `` punct 40 O " _
I PRON PRP nsubj 34 O I
could AUX MD aux 34 O could
not PART RB neg 34 O not
sleep VERB VB ccomp 40 O sleep
for ADP IN prep 34 O for
days NOUN NNS pobj 35 B-DATE day _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
she PRON PRP nsubj 40 O she
said VERB VBD ROOT 40 O say _
. PUNCT . punct 40 O . _
"""


def test_a_person_brought_in_by_a_noun_that_gives_no_role_is_the_she_after() -> None:
    assert who(_WOMAN) == [("A local woman", "", "she")]


def test_a_job_set_beside_one_of_the_victims_is_the_she_after() -> None:
    assert who(_SCHOOLTEACHER) == [("a 58-year-old schoolteacher", "schoolteacher", "she")]
