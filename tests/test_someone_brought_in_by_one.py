"""Someone unnamed brought in by `One` opening a sentence, as `a` brings them in (`One Leeds
commuter, waiting at a frozen bus stop, said`: the `she said` after is her, not the council
leader named before); and the gender a `who` clause told of an unnamed person gives them (`A
shop owner, who asked not to be named to protect his business,`: a later `she said` is
someone else). Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Council leader Mark Dunn said the gritters had worked all night. "We are doing everything we
# can," Dunn said.
#
# One Leeds commuter, waiting at a frozen bus stop, said the service had collapsed. "I have been
# here an hour," she said.
_ONE = """
Council NOUN NN compound 1 B-ORG council
leader NOUN NN compound 3 O leader
Mark PROPN NNP compound 3 B-PERSON Mark
Dunn PROPN NNP nsubj 4 I-PERSON Dunn
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
gritters NOUN NNS nsubj 8 O gritter
had AUX VBD aux 8 O have
worked VERB VBN ccomp 4 O work
all DET DT det 10 B-TIME all
night NOUN NN npadvmod 8 I-TIME night _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 15 O we
are AUX VBP aux 15 O be
doing VERB VBG ccomp 22 O do
everything PRON NN dobj 15 O everything
we PRON PRP nsubj 18 O we
can AUX MD relcl 16 O can _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Dunn PROPN NNP nsubj 22 B-PERSON Dunn
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
One NUM CD nummod 26 B-CARDINAL one
Leeds PROPN NNPS compound 27 B-PRODUCT Leeds
commuter NOUN NN nsubj 36 O commuter _
, PUNCT , punct 27 O ,
waiting VERB VBG acl 27 O wait
at ADP IN prep 29 O at
a DET DT det 34 O a
frozen ADJ JJ amod 34 O frozen
bus NOUN NN compound 34 O bus
stop NOUN NN pobj 30 O stop _
, PUNCT , punct 36 O ,
said VERB VBD ROOT 36 O say
the DET DT det 38 O the
service NOUN NN nsubj 40 O service
had AUX VBD aux 40 O have
collapsed VERB VBN ccomp 36 O collapse _
. PUNCT . punct 36 O .
" PUNCT `` punct 52 O " _
I PRON PRP nsubj 45 O I
have AUX VBP aux 45 O have
been AUX VBN ccomp 52 O be
here ADV RB advmod 45 O here
an DET DT det 48 B-TIME an
hour NOUN NN npadvmod 45 I-TIME hour _
, PUNCT , punct 52 O , _
" PUNCT '' punct 52 O "
she PRON PRP nsubj 52 O she
said VERB VBD ROOT 52 O say _
. PUNCT . punct 52 O . _
"""

# Mayor Anna Berg said the road would reopen soon.
#
# A shop owner, who asked not to be named to protect his business, said trade had halved. "We
# will be back to normal by spring," she said.
_HIS = """
Mayor PROPN NNP compound 2 O Mayor
Anna PROPN NNP compound 2 B-PERSON Anna
Berg PROPN NNP nsubj 3 I-PERSON Berg
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
road NOUN NN nsubj 7 O road
would AUX MD aux 7 O would
reopen VERB VB ccomp 3 O reopen
soon ADV RB advmod 7 O soon _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
A DET DT det 13 O a
shop NOUN NN compound 13 O shop
owner NOUN NN nsubj 26 O owner _
, PUNCT , punct 13 O ,
who PRON WP nsubj 16 O who
asked VERB VBD relcl 13 O ask
not PART RB neg 20 O not
to PART TO aux 20 O to
be AUX VB auxpass 20 O be
named VERB VBN xcomp 16 O name
to PART TO aux 22 O to
protect VERB VB xcomp 20 O protect
his PRON PRP$ poss 24 O his
business NOUN NN dobj 22 O business _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 26 O say
trade NOUN NN nsubj 29 O trade
had AUX VBD aux 29 O have
halved VERB VBN ccomp 26 O halve _
. PUNCT . punct 26 O .
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 34 O we
will AUX MD aux 34 O will
be AUX VB ccomp 43 O be
back ADV RB advmod 34 O back
to ADP IN prep 35 O to
normal ADJ JJ pobj 36 O normal
by ADP IN prep 34 O by
spring NOUN NN pobj 38 B-DATE spring _
, PUNCT , punct 43 O , _
" PUNCT '' punct 43 O "
she PRON PRP nsubj 43 O she
said VERB VBD ROOT 43 O say _
. PUNCT . punct 43 O . _
"""


def speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_one_opening_a_sentence_brings_someone_in() -> None:
    assert speakers(_ONE) == ["Mark Dunn", "One Leeds commuter"]


def test_a_who_clause_gives_an_unnamed_person_a_gender() -> None:
    assert speakers(_HIS) == ["Anna Berg"]
