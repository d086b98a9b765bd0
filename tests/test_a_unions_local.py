"""`a spokeswoman for the Amalgamated Transit Union local`: a union's local branch, as North
American news calls it in small letters after the union's name, is that union's, also where the
parser makes `local` the object of `for` and leaves the union's tagged name a compound of it
(ROLES.md 5: the body the person speaks for). Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# A spokeswoman for the Amalgamated Transit Union local said drivers would walk out. "We have no
# choice," she said.
_LOCAL_AS_OBJECT = """
A DET DT det 1 O a
spokeswoman NOUN NN nsubj 8 O spokeswoman
for ADP IN prep 1 O for
the DET DT det 7 B-ORG the
Amalgamated PROPN NNP compound 6 I-ORG Amalgamated
Transit PROPN NNP compound 6 I-ORG Transit
Union PROPN NNP compound 7 I-ORG Union
local ADJ JJ pobj 2 O local
said VERB VBD ROOT 8 O say
drivers NOUN NNS nsubj 11 O driver
would AUX MD aux 11 O would
walk VERB VB ccomp 8 O walk
out ADV RB advmod 11 O out _
. PUNCT . punct 8 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 16 O we
have VERB VBP ccomp 22 O have
no DET DT det 18 O no
choice NOUN NN dobj 16 O choice _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
she PRON PRP nsubj 22 O she
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""
# A spokesman for the Harbour Dockworkers Union local said crews would stay home. "The port is not
# safe," he said.
_UNION_AS_OBJECT = """
A DET DT det 1 O a
spokesman NOUN NN nsubj 8 O spokesman
for ADP IN prep 1 O for
the DET DT det 6 B-ORG the
Harbour PROPN NNP compound 6 I-ORG Harbour
Dockworkers PROPN NNPS compound 6 I-ORG Dockworkers
Union PROPN NNP pobj 2 I-ORG Union
local ADJ JJ pobj 2 O local
said VERB VBD ROOT 8 O say
crews NOUN NNS nsubj 11 O crew
would AUX MD aux 11 O would
stay VERB VB ccomp 8 O stay
home ADV RB advmod 11 O home _
. PUNCT . punct 8 O .
" PUNCT `` punct 23 O " _
The DET DT det 16 O the
port NOUN NN nsubj 17 O port
is AUX VBZ ccomp 23 O be
not PART RB neg 17 O not
safe ADJ JJ acomp 17 O safe _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_a_local_read_as_the_object_is_the_unions() -> None:
    assert _who(_LOCAL_AS_OBJECT) == [("A spokeswoman", "Amalgamated Transit Union")]


def test_the_union_read_as_the_object_stays_the_body() -> None:
    assert _who(_UNION_AS_OBJECT) == [("A spokesman", "Harbour Dockworkers Union")]
