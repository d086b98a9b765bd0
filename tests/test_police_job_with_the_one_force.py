"""A job that `police` pre-modifies (`police press officer X`, `Police spokeswoman X` opening the
sentence, its capital only the sentence's) is with the one police force the story names, also when
it was named paragraphs before the job, out of the reach of the adjacent tie (ROLES.md 5: a
pre-modifier, by the body's fullest name in the article). Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Kestrel Valley Police said two men were arrested after the crash. | The road was closed for six
# hours. | “Drivers should avoid the area,” said police press officer Jane Hollis.
_PRESS_OFFICER = """
Kestrel PROPN NNP compound 1 B-ORG Kestrel
Valley PROPN NNP compound 2 I-ORG Valley
Police PROPN NNP nsubj 3 I-ORG Police
said VERB VBD ROOT 3 O say
two NUM CD nummod 5 B-CARDINAL two
men NOUN NNS nsubjpass 7 O man
were AUX VBD auxpass 7 O be
arrested VERB VBN ccomp 3 O arrest
after ADP IN prep 7 O after
the DET DT det 10 O the
crash NOUN NN pobj 8 O crash _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
The DET DT det 14 O the
road NOUN NN nsubjpass 16 O road
was AUX VBD auxpass 16 O be
closed VERB VBN ROOT 16 O close
for ADP IN prep 16 O for
six NUM CD nummod 19 B-TIME six
hours NOUN NNS pobj 17 I-TIME hour _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
“ PUNCT `` punct 30 O " _
Drivers NOUN NNS nsubj 25 O driver
should AUX MD aux 25 O should
avoid VERB VB ccomp 30 O avoid
the DET DT det 27 O the
area NOUN NN dobj 25 O area _
, PUNCT , punct 30 O , _
” PUNCT '' punct 30 O "
said VERB VBD ROOT 30 O say
police NOUN NN compound 33 O police
press NOUN NN compound 33 O press
officer NOUN NN compound 35 O officer
Jane PROPN NNP compound 35 B-PERSON Jane
Hollis PROPN NNP nsubj 30 I-PERSON Hollis _
. PUNCT . punct 30 O . _
"""

# Kestrel Valley Police said two men were arrested after the crash. | The road was closed for six
# hours. | Police spokeswoman Amy Clarke said: “Inquiries continue.”
_SPOKESWOMAN = """
Kestrel PROPN NNP compound 1 B-ORG Kestrel
Valley PROPN NNP compound 2 I-ORG Valley
Police PROPN NNP nsubj 3 I-ORG Police
said VERB VBD ROOT 3 O say
two NUM CD nummod 5 B-CARDINAL two
men NOUN NNS nsubjpass 7 O man
were AUX VBD auxpass 7 O be
arrested VERB VBN ccomp 3 O arrest
after ADP IN prep 7 O after
the DET DT det 10 O the
crash NOUN NN pobj 8 O crash _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
The DET DT det 14 O the
road NOUN NN nsubjpass 16 O road
was AUX VBD auxpass 16 O be
closed VERB VBN ROOT 16 O close
for ADP IN prep 16 O for
six NUM CD nummod 19 B-TIME six
hours NOUN NNS pobj 17 I-TIME hour _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
Police NOUN NNS compound 23 O Police
spokeswoman NOUN NN compound 25 O spokeswoman
Amy PROPN NNP compound 25 B-PERSON Amy
Clarke PROPN NNP nsubj 26 I-PERSON Clarke
said VERB VBD ROOT 26 O say _
: PUNCT : punct 26 O :
“ PUNCT `` punct 26 O " _
Inquiries NOUN NNS nsubj 30 B-ORG inquiry
continue VERB VBP ccomp 26 O continue _
. PUNCT . punct 26 O . _
” PUNCT '' punct 26 O " _
"""


def test_a_police_job_named_paragraphs_after_the_force_is_with_it() -> None:
    assert who(_PRESS_OFFICER) == [("Jane Hollis", "press officer", "Kestrel Valley Police")]


def test_police_opening_the_sentence_in_capitals_is_the_same_pre_modifier() -> None:
    assert who(_SPOKESWOMAN) == [("Amy Clarke", "spokeswoman", "Kestrel Valley Police")]
