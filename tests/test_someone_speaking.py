"""`someone` speaking is someone unnamed, written as the story writes them, with where they were
(`said someone in the crowd`); never a pronoun for a person named before. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The council voted to close the pool. "It is a disgrace," said someone in the crowd.
_SOMEONE_IN_THE_CROWD = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
voted VERB VBD ROOT 2 O vote
to PART TO aux 4 O to
close VERB VB xcomp 2 O close
the DET DT det 6 O the
pool NOUN NN dobj 4 O pool _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
It PRON PRP nsubj 10 O it
is AUX VBZ ccomp 15 O be
a DET DT det 12 O a
disgrace NOUN NN attr 10 O disgrace _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
someone PRON NN nsubj 15 O someone
in ADP IN prep 16 O in
the DET DT det 19 O the
crowd NOUN NN pobj 17 O crowd _
. PUNCT . punct 15 O . _
"""

# The council voted to close the pool. "It is a disgrace," someone shouted.
_SOMEONE_SHOUTED = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
voted VERB VBD ROOT 2 O vote
to PART TO aux 4 O to
close VERB VB xcomp 2 O close
the DET DT det 6 O the
pool NOUN NN dobj 4 O pool _
. PUNCT . punct 2 O .
" PUNCT `` punct 16 O " _
It PRON PRP nsubj 10 O it
is AUX VBZ ccomp 16 O be
a DET DT det 12 O a
disgrace NOUN NN attr 10 O disgrace _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
someone PRON NN nsubj 16 O someone
shouted VERB VBD ROOT 16 O shout _
. PUNCT . punct 16 O . _
"""

# The council voted to close the pool. "It is a disgrace," shouted someone from the public gallery.
_SOMEONE_INVERTED = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
voted VERB VBD ROOT 2 O vote
to PART TO aux 4 O to
close VERB VB xcomp 2 O close
the DET DT det 6 O the
pool NOUN NN dobj 4 O pool _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
It PRON PRP nsubj 10 O it
is AUX VBZ ccomp 15 O be
a DET DT det 12 O a
disgrace NOUN NN attr 10 O disgrace _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
shouted VERB VBD ROOT 15 O shout
someone PRON NN dobj 15 O someone
from ADP IN prep 16 O from
the DET DT det 20 O the
public ADJ JJ amod 20 O public
gallery NOUN NN pobj 17 O gallery _
. PUNCT . punct 15 O . _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.cue) for r in Extractor().rows(frozen(spec))]


def test_someone_speaks_with_where_they_were() -> None:
    assert who(_SOMEONE_IN_THE_CROWD) == [("someone in the crowd", "said")]


def test_someone_alone_speaks() -> None:
    assert who(_SOMEONE_SHOUTED) == [("someone", "shouted")]


def test_someone_after_the_verb_read_as_its_object_speaks() -> None:
    assert who(_SOMEONE_INVERTED) == [("someone from the public gallery", "shouted")]
