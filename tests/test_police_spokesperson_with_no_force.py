"""A `police` spokesperson in small letters, with no police force named near, speaks for the
police: the body is *police*, stripped from the role (`A police spokesman said` →
*spokesman* / *police*), as ROLES.md strips a body named before a job; a police officer who is
no spokesperson keeps none. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# A man was stabbed outside a bar in the town centre on Saturday night. / A police spokesman said
# officers were called at 11pm. "Two men have been arrested," he said.
_NO_FORCE = """
A DET DT det 1 O a
man NOUN NN nsubjpass 3 O man
was AUX VBD auxpass 3 O be
stabbed VERB VBN ROOT 3 O stab
outside ADP IN prep 3 O outside
a DET DT det 6 O a
bar NOUN NN pobj 4 O bar
in ADP IN prep 6 O in
the DET DT det 10 O the
town NOUN NN compound 10 O town
centre NOUN NN pobj 7 O centre
on ADP IN prep 6 O on
Saturday PROPN NNP compound 13 B-TIME Saturday
night NOUN NN pobj 11 I-TIME night _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
A DET DT det 18 O a
police NOUN NN compound 18 O police
spokesman NOUN NN nsubj 19 O spokesman
said VERB VBD ROOT 19 O say
officers NOUN NNS nsubjpass 22 O officer
were AUX VBD auxpass 22 O be
called VERB VBN ccomp 19 O call
at ADP IN prep 22 O at
11 NUM CD nummod 25 B-TIME 11 _
pm NOUN NN pobj 23 I-TIME pm _
. PUNCT . punct 19 O .
" PUNCT `` punct 36 O " _
Two NUM CD nummod 29 B-CARDINAL two
men NOUN NNS nsubjpass 32 O man
have AUX VBP aux 32 O have
been AUX VBN auxpass 32 O be
arrested VERB VBN ccomp 36 O arrest _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
he PRON PRP nsubj 36 O he
said VERB VBD ROOT 36 O say _
. PUNCT . punct 36 O . _
"""

# Crowds gathered in the square on Sunday. / "We will clear the square tonight," police spokeswoman
# Anna Berg said.
_BEFORE_A_NAME = """
Crowds NOUN NNS nsubj 1 O crowd
gathered VERB VBD ROOT 1 O gather
in ADP IN prep 1 O in
the DET DT det 4 O the
square NOUN NN pobj 2 O square
on ADP IN prep 1 O on
Sunday PROPN NNP pobj 5 B-DATE Sunday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 12 O we
will AUX MD aux 12 O will
clear VERB VB ccomp 22 O clear
the DET DT det 14 O the
square NOUN NN dobj 12 O square
tonight NOUN NN npadvmod 12 B-TIME tonight _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
police NOUN NN compound 19 O police
spokeswoman NOUN NN compound 21 O spokeswoman
Anna PROPN NNP compound 21 B-PERSON Anna
Berg PROPN NNP nsubj 22 I-PERSON Berg
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""

# Crowds gathered in the square on Sunday. / "We will clear the square tonight," a police officer
# said.
_OFFICER = """
Crowds NOUN NNS nsubj 1 O crowd
gathered VERB VBD ROOT 1 O gather
in ADP IN prep 1 O in
the DET DT det 4 O the
square NOUN NN pobj 2 O square
on ADP IN prep 1 O on
Sunday PROPN NNP pobj 5 B-DATE Sunday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 12 O we
will AUX MD aux 12 O will
clear VERB VB ccomp 21 O clear
the DET DT det 14 O the
square NOUN NN dobj 12 O square
tonight NOUN NN npadvmod 12 B-TIME tonight _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
a DET DT det 20 O a
police NOUN NN compound 20 O police
officer NOUN NN nsubj 21 O officer
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_police_spokesman_with_no_force_named() -> None:
    assert who(_NO_FORCE) == [("A police spokesman", "spokesman", "police")]


def test_police_spokeswoman_before_her_name() -> None:
    assert who(_BEFORE_A_NAME) == [("Anna Berg", "spokeswoman", "police")]


def test_police_officer_speaks_for_no_body() -> None:
    assert who(_OFFICER) == [("a police officer", "police officer", "")]
