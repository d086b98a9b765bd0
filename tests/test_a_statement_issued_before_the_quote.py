"""A quote that is a sentence of its own after one in its paragraph that puts out a written
message (`The council issued a statement on Friday. “We remain open to talks.”`) is the words
of whoever put it out, not of the speaker of the paragraph before; and a description of a
person puts one out as a name does (`A harbour spokeswoman later issued a statement.` / `“…”`).
Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Priya Nair said the union would strike. “We will win,” she said. /
# The council issued a statement on Friday. “We remain open to talks.”
_IN_ITS_PARAGRAPH = """
Priya PROPN NNP compound 1 B-PERSON Priya
Nair PROPN NNP nsubj 2 I-PERSON Nair
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
union NOUN NN nsubj 6 O union
would AUX MD aux 6 O would
strike VERB VB ccomp 2 O strike _
. PUNCT . punct 2 O .
“ PUNCT `` punct 15 O " _
We PRON PRP nsubj 11 O we
will AUX MD aux 11 O will
win VERB VB ccomp 15 O win _
, PUNCT , punct 15 O , _
” PUNCT '' punct 15 O "
she PRON PRP nsubj 15 O she
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
The DET DT det 19 O the
council NOUN NN nsubj 20 O council
issued VERB VBD ROOT 20 O issue
a DET DT det 22 O a
statement NOUN NN dobj 20 O statement
on ADP IN prep 20 O on
Friday PROPN NNP pobj 23 B-DATE Friday _
. PUNCT . punct 20 O .
“ PUNCT `` punct 28 O " _
We PRON PRP nsubj 28 O we
remain VERB VBP ROOT 28 O remain
open ADJ JJ acomp 28 O open
to ADP IN prep 29 O to
talks NOUN NNS pobj 30 O talk _
. PUNCT . punct 28 O . _
” PUNCT '' punct 28 O " _
"""


# The ferry will stop in May. / A harbour spokeswoman later issued a statement. /
# “The timetable is under review.”
_A_SPOKESWOMAN = """
The DET DT det 1 O the
ferry NOUN NN nsubj 3 O ferry
will AUX MD aux 3 O will
stop VERB VB ROOT 3 O stop
in ADP IN prep 3 O in
May PROPN NNP pobj 4 B-DATE May _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
A DET DT det 10 O a
harbour NOUN NN compound 10 O harbour
spokeswoman NOUN NN nsubj 12 O spokeswoman
later ADV RB advmod 12 O later
issued VERB VBD ROOT 12 O issue
a DET DT det 14 O a
statement NOUN NN dobj 12 O statement _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
“ PUNCT `` punct 20 O " _
The DET DT det 19 O the
timetable NOUN NN nsubj 20 O timetable
is AUX VBZ ROOT 20 O be
under ADP IN prep 20 O under
review NOUN NN pobj 21 O review _
. PUNCT . punct 20 O . _
” PUNCT '' punct 20 O " _
"""


def _speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_the_statement_before_the_quote_in_its_paragraph_names_the_issuer() -> None:
    assert _speakers(_IN_ITS_PARAGRAPH) == ["Priya Nair", "council"]


def test_a_described_person_who_issued_a_statement_speaks_the_paragraph_after() -> None:
    assert _speakers(_A_SPOKESWOMAN) == ["A harbour spokeswoman"]
