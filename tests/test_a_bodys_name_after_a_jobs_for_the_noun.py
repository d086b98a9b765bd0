"""`A spokeswoman for the developer, Meriton Group, said`: the body's name set off by commas after
the common noun that closes the job's `for` renames that noun, though the parser hangs it on the
job as its apposition. The one holding the job speaks (not the body, as before), with the role
*spokeswoman for the developer* and the body as organisation, as when the parser hangs the name on
the noun (tests/test_a_body_named_beside_its_noun.py). A person's name there, though tagged a body
(`said a spokeswoman for the ministry, Nkechi Obi-Eze`), is hers, and the role keeps its words. A
body's noun with its name in apposition and no job (`The developer, Meriton Group, said`) is still
the body speaking. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen, who_of

# The council rejected the tower. A spokeswoman for the developer, Meriton Group, said: "We are
# disappointed."
_DEV = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
rejected VERB VBD ROOT 2 O reject
the DET DT det 4 O the
tower NOUN NN dobj 2 O tower _
. PUNCT . punct 2 O .
A DET DT det 7 O a
spokeswoman NOUN NN nsubj 15 O spokeswoman
for ADP IN prep 7 O for
the DET DT det 10 O the
developer NOUN NN pobj 8 O developer _
, PUNCT , punct 7 O ,
Meriton PROPN NNP compound 13 B-ORG Meriton
Group PROPN NNP appos 7 I-ORG Group _
, PUNCT , punct 7 O ,
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O :
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 19 O we
are AUX VBP ccomp 15 O be
disappointed VERB VBN acomp 19 O disappoint _
. PUNCT . punct 15 O . _
" PUNCT '' punct 15 O " _
"""

# The ministry closed the office. "We are disappointed," said a spokeswoman for the ministry,
# Nkechi Obi-Eze.
_NAMED = """
The DET DT det 1 O the
ministry NOUN NN nsubj 2 O ministry
closed VERB VBD ROOT 2 O close
the DET DT det 4 O the
office NOUN NN dobj 2 O office _
. PUNCT . punct 2 O .
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 8 O we
are AUX VBP ccomp 12 O be
disappointed VERB VBN acomp 8 O disappoint _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
said VERB VBD ROOT 12 O say
a DET DT det 14 O a
spokeswoman NOUN NN nsubj 12 O spokeswoman
for ADP IN prep 14 O for
the DET DT det 17 O the
ministry NOUN NN pobj 15 O ministry _
, PUNCT , punct 14 O ,
Nkechi PROPN NNP compound 22 B-ORG Nkechi
Obi PROPN NNP compound 22 I-ORG Obi _
- PUNCT HYPH punct 22 I-ORG - _
Eze PROPN NNP appos 14 I-ORG Eze _
. PUNCT . punct 12 O . _
"""

# The council rejected the tower. The developer, Meriton Group, said: "We are disappointed."
_CO = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
rejected VERB VBD ROOT 2 O reject
the DET DT det 4 O the
tower NOUN NN dobj 2 O tower _
. PUNCT . punct 2 O .
The DET DT det 7 O the
developer NOUN NN nsubj 12 O developer _
, PUNCT , punct 7 O ,
Meriton PROPN NNP compound 10 B-ORG Meriton
Group PROPN NNP appos 7 I-ORG Group _
, PUNCT , punct 7 O ,
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 16 O we
are AUX VBP ccomp 12 O be
disappointed VERB VBN acomp 16 O disappoint _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
"""

# The court adjourned. Sara Lin, a lawyer for the family, said: "We are disappointed."
_LAW = """
The DET DT det 1 O the
court NOUN NN nsubj 2 O court
adjourned VERB VBD ROOT 2 O adjourn _
. PUNCT . punct 2 O .
Sara PROPN NNP compound 5 B-PERSON Sara
Lin PROPN NNP nsubj 13 I-PERSON Lin _
, PUNCT , punct 5 O ,
a DET DT det 8 O a
lawyer NOUN NN appos 5 O lawyer
for ADP IN prep 8 O for
the DET DT det 11 O the
family NOUN NN pobj 9 O family _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 17 O we
are AUX VBP ccomp 13 O be
disappointed VERB VBN acomp 17 O disappoint _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("mention", "role", "organization"))


def test_the_job_holder_speaks_for_the_body_named_after_the_noun() -> None:
    who = ("A spokeswoman for the developer", "spokeswoman for the developer", "Meriton Group")
    assert _who(_DEV) == [who]


def test_a_bodys_noun_with_its_name_beside_it_is_the_body_speaking() -> None:
    assert [(r.speaker, r.role) for r in Extractor().rows(frozen(_CO))] == [("Meriton Group", "")]


def test_a_job_for_a_noun_with_no_name_after_it_keeps_its_words() -> None:
    assert _who(_LAW) == [("Sara Lin", "lawyer for the family", "")]


def test_a_persons_name_tagged_a_body_after_the_noun_is_the_speakers() -> None:
    assert _who(_NAMED) == [("Nkechi Obi-Eze", "spokeswoman for the ministry", "")]
