"""The writer's aside `and I quote` between a verb of saying and its quote (`The coach told
reporters, and I quote, “We were robbed.”`) only vouches that the words are verbatim: the
speaker is the subject of the verb before it, not `I`. And a verb of saying inside a noun's
clause in the sentence after a quote (`She is a leader who will promise anything.`) tells about
that noun: it does not attribute the quote before it. Frozen parses of sentences written for
this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The coach told reporters, and I quote, "We were robbed."
_AND_I_QUOTE = """
The DET DT det 1 O the
coach NOUN NN nsubj 2 O coach
told VERB VBD ROOT 2 O tell
reporters NOUN NNS dobj 2 O reporter _
, PUNCT , punct 2 O ,
and CCONJ CC cc 2 O and
I PRON PRP nsubj 7 O I
quote VERB VBP conj 2 O quote _
, PUNCT , punct 7 O ,
" PUNCT `` punct 7 O " _
We PRON PRP nsubjpass 12 O we
were AUX VBD auxpass 12 O be
robbed VERB VBN ccomp 7 O rob _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


def test_and_i_quote_leaves_the_speaker_of_the_verb_before_it() -> None:
    rows = Extractor().rows(frozen(_AND_I_QUOTE))
    assert [(r.speaker, r.cue) for r in rows] == [("The coach", "told")]


# The mayor told the crowd, "We will rebuild the bridge." She is a leader who will promise anything.
_WHO_WILL_PROMISE = """
The DET DT det 1 O the
mayor NOUN NN nsubj 2 O mayor
told VERB VBD ROOT 2 O tell
the DET DT det 4 O the
crowd NOUN NN dobj 2 O crowd _
, PUNCT , punct 2 O ,
" PUNCT `` punct 2 O " _
We PRON PRP nsubj 9 O we
will AUX MD aux 9 O will
rebuild VERB VB ccomp 2 O rebuild
the DET DT det 11 O the
bridge NOUN NN dobj 9 O bridge _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O "
She PRON PRP nsubj 15 O she
is AUX VBZ ROOT 15 O be
a DET DT det 17 O a
leader NOUN NN attr 15 O leader
who PRON WP nsubj 20 O who
will AUX MD aux 20 O will
promise VERB VB relcl 17 O promise
anything PRON NN dobj 20 O anything _
. PUNCT . punct 15 O . _
"""


def test_a_verb_in_a_nouns_clause_after_the_quote_does_not_attribute_it() -> None:
    rows = Extractor().rows(frozen(_WHO_WILL_PROMISE))
    assert [(r.speaker, r.cue) for r in rows] == [("The mayor", "told")]
