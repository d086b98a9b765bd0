"""A description that is the subject of a clause of cause (`after the presidential candidate
insulted farmers`) may stand for the subject of a clause embedded before it, whom the sentence's
frame acts on (`A lawmaker is calling for Tom Vance to be banned …`), which then gains its role
(issue 10); not where the clause of cause names someone by a pronoun (`after the candidate
mocked him`). Frozen parses of a story written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Tom Vance visited Cebu last week. A lawmaker is calling for Tom Vance to be banned from the
# country after the presidential candidate suggested that farmers posed a threat. "I said
# nothing wrong," Vance said.
_CAUSE = """
Tom PROPN NNP compound 1 B-PERSON Tom
Vance PROPN NNP nsubj 2 I-PERSON Vance
visited VERB VBD ROOT 2 O visit
Cebu PROPN NNP dobj 2 B-GPE Cebu
last ADJ JJ amod 5 B-DATE last
week NOUN NN npadvmod 2 I-DATE week _
. PUNCT . punct 2 O .
A DET DT det 8 O a
lawmaker NOUN NN nsubj 10 O lawmaker
is AUX VBZ aux 10 O be
calling VERB VBG ROOT 10 O call
for SCONJ IN mark 16 O for
Tom PROPN NNP compound 13 B-PERSON Tom
Vance PROPN NNP nsubjpass 16 I-PERSON Vance
to PART TO aux 16 O to
be AUX VB auxpass 16 O be
banned VERB VBN advcl 10 O ban
from ADP IN prep 16 O from
the DET DT det 19 O the
country NOUN NN pobj 17 O country
after SCONJ IN mark 24 O after
the DET DT det 23 O the
presidential ADJ JJ amod 23 O presidential
candidate NOUN NN nsubj 24 O candidate
suggested VERB VBD advcl 10 O suggest
that SCONJ IN mark 27 O that
farmers NOUN NNS nsubj 27 O farmer
posed VERB VBD ccomp 24 O pose
a DET DT det 29 O a
threat NOUN NN dobj 27 O threat _
. PUNCT . punct 10 O .
" PUNCT `` punct 33 O " _
I PRON PRP nsubj 33 O I
said VERB VBD ccomp 39 O say
nothing PRON NN dobj 33 O nothing
wrong ADJ JJ amod 34 O wrong _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
Vance PROPN NNP nsubj 39 B-PERSON Vance
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""

# Tom Vance visited Cebu last week. A lawmaker is calling for Tom Vance to be banned from the
# country after the presidential candidate mocked him. "I said nothing wrong," Vance said.
_HIM = """
Tom PROPN NNP compound 1 B-PERSON Tom
Vance PROPN NNP nsubj 2 I-PERSON Vance
visited VERB VBD ROOT 2 O visit
Cebu PROPN NNP dobj 2 B-GPE Cebu
last ADJ JJ amod 5 B-DATE last
week NOUN NN npadvmod 2 I-DATE week _
. PUNCT . punct 2 O .
A DET DT det 8 O a
lawmaker NOUN NN nsubj 10 O lawmaker
is AUX VBZ aux 10 O be
calling VERB VBG ROOT 10 O call
for SCONJ IN mark 16 O for
Tom PROPN NNP compound 13 B-PERSON Tom
Vance PROPN NNP nsubjpass 16 I-PERSON Vance
to PART TO aux 16 O to
be AUX VB auxpass 16 O be
banned VERB VBN advcl 10 O ban
from ADP IN prep 16 O from
the DET DT det 19 O the
country NOUN NN pobj 17 O country
after SCONJ IN mark 24 O after
the DET DT det 23 O the
presidential ADJ JJ amod 23 O presidential
candidate NOUN NN nsubj 24 O candidate
mocked VERB VBD advcl 16 O mock
him PRON PRP dobj 24 O he _
. PUNCT . punct 10 O .
" PUNCT `` punct 29 O " _
I PRON PRP nsubj 29 O I
said VERB VBD ccomp 35 O say
nothing PRON NN dobj 29 O nothing
wrong ADJ JJ amod 30 O wrong _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
Vance PROPN NNP nsubj 35 B-PERSON Vance
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_a_description_in_a_clause_of_cause_names_the_embedded_subject() -> None:
    assert _who(_CAUSE) == [("Tom Vance", "presidential candidate")]


def test_a_clause_of_cause_naming_him_by_a_pronoun_is_not_him() -> None:
    assert _who(_HIM) == [("Tom Vance", "")]
