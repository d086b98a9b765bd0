"""A verb of saying after a quote that the parser gave two subjects, one before the quote and
one right after it (`His final assessment: “It is not quite enough,” he said.`, with
`assessment` and `he` both subjects of `said`): the subject between the quote and the verb is
the cue's, and the noun before the quote only introduces the words. A subject before a quote
with no second subject after it (`The mayor, who called the plan “a sham,” said …`) still
counts. Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mayor Tom Hale spoke on Monday. His final assessment: "It is not quite enough," he said.
_VERDICT = """
Mayor PROPN NNP compound 2 O Mayor
Tom PROPN NNP compound 2 B-PERSON Tom
Hale PROPN NNP nsubj 3 I-PERSON Hale
spoke VERB VBD ROOT 3 O speak
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O .
His PRON PRP$ poss 9 O his
final ADJ JJ amod 9 O final
assessment NOUN NN nsubj 20 O assessment _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 20 O be
not PART RB neg 13 O not
quite ADV RB advmod 16 O quite
enough ADJ JJ acomp 13 O enough _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
he PRON PRP nsubj 20 O he
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# The mayor, who called the plan "a sham," said on Monday that she would vote against it.
_SHAM = """
The DET DT det 1 O the
mayor NOUN NN nsubj 12 O mayor _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
called VERB VBD relcl 1 O call
the DET DT det 6 O the
plan NOUN NN dobj 4 O plan
" PUNCT `` punct 9 O " _
a DET DT det 9 O a
sham NOUN NN oprd 4 O sham _
, PUNCT , punct 1 O , _
" PUNCT '' punct 1 O "
said VERB VBD ROOT 12 O say
on ADP IN prep 12 O on
Monday PROPN NNP pobj 13 B-DATE Monday
that SCONJ IN mark 18 O that
she PRON PRP nsubj 18 O she
would AUX MD aux 18 O would
vote VERB VB ccomp 12 O vote
against ADP IN prep 18 O against
it PRON PRP pobj 19 O it _
. PUNCT . punct 12 O . _
"""


def test_the_subject_after_the_quote_speaks() -> None:
    rows = Extractor().rows(frozen(_VERDICT))
    assert [(r.speaker, r.mention, r.cue) for r in rows] == [("Tom Hale", "he", "said")]


def test_a_lone_subject_before_a_quote_still_speaks() -> None:
    rows = Extractor().rows(frozen(_SHAM))
    assert [(r.speaker, r.mention, r.cue, r.quote) for r in rows] == [
        ("The mayor", "who", "called", "a sham,"),
    ]
