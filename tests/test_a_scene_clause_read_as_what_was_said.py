"""A clause of time after a verb of saying (`…,” Mensah said, as the boxers trained`, `he said
while the parents waited`) tells what went on as the words were said, not what was said; the
parser now and then hangs it on the verb as its clausal complement, as it hangs a `that` clause,
and it became a report of its own (quotes/indirect.py, ``_scene_read_as_clause``). A clause with
its own `that` (`said that as mayor she would …`) is still what was said. Frozen parses
(tests/frozen.py) of sentences written for this file; the first two pin the misparse seen in
news text, the clause of time as the verb's `ccomp`.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The club will go on," Mensah said, as a few young boxers trained inside the hall.
# (`trained` hung on `said` as its ccomp, by hand: the misparse this file is about.)
_AS_BOXERS = """
" PUNCT `` punct 9 O " _
The DET DT det 2 O the
club NOUN NN nsubj 4 O club
will AUX MD aux 4 O will
go VERB VB ccomp 9 O go
on ADP RP advmod 4 O on _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
Mensah PROPN NNP nsubj 9 B-PERSON Mensah
said VERB VBD ROOT 9 O say _
, PUNCT , punct 9 O ,
as SCONJ IN mark 16 O as
a DET DT det 15 O a
few ADJ JJ amod 15 O few
young ADJ JJ amod 15 O young
boxers NOUN NNS nsubj 16 O boxer
trained VERB VBD ccomp 9 O train
inside ADP IN prep 16 O inside
the DET DT det 19 O the
hall NOUN NN pobj 17 O hall _
. PUNCT . punct 9 O . _
"""

# "She never paid the fine," he said while some wearing red scarves booed.
# (`booed` hung on `said` as its ccomp, by hand, as above.)
_WHILE_BOOED = """
" PUNCT `` punct 9 O " _
She PRON PRP nsubj 3 O she
never ADV RB neg 3 O never
paid VERB VBD ccomp 9 O pay
the DET DT det 5 O the
fine NOUN NN dobj 3 O fine _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
he PRON PRP nsubj 9 O he
said VERB VBD ROOT 9 O say
while SCONJ IN mark 15 O while
some PRON DT nsubj 15 O some
wearing VERB VBG acl 11 O wear
red ADJ JJ amod 14 O red
scarves NOUN NNS dobj 12 O scarf
booed VERB VBD ccomp 9 O boo _
. PUNCT . punct 9 O . _
"""

# "We are ready," Okafor said. She said that as mayor she would keep the hall open.
_SAID_THAT_AS = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 7 O be
ready ADJ JJ acomp 2 O ready _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
Okafor PROPN NNP nsubj 7 O Okafor
said VERB VBD ROOT 7 O say _
. PUNCT . punct 7 O .
She PRON PRP nsubj 10 O she
said VERB VBD ROOT 10 O say
that SCONJ IN mark 16 O that
as ADP IN prep 16 O as
mayor NOUN NN pobj 12 O mayor
she PRON PRP nsubj 16 O she
would AUX MD aux 16 O would
keep VERB VB ccomp 10 O keep
the DET DT det 18 O the
hall NOUN NN dobj 16 O hall
open ADJ JJ oprd 16 O open _
. PUNCT . punct 10 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.kind, r.quote) for r in Extractor(indirect=True).rows(frozen(spec))]


def test_an_as_clause_after_a_quote_is_no_report() -> None:
    assert _rows(_AS_BOXERS) == [("direct", "The club will go on,")]


def test_a_while_clause_after_a_quote_is_no_report() -> None:
    assert _rows(_WHILE_BOOED) == [("direct", "She never paid the fine,")]


def test_a_that_clause_opening_with_as_is_still_reported() -> None:
    assert _rows(_SAID_THAT_AS) == [
        ("direct", "We are ready,"),
        ("indirect", "as mayor she would keep the hall open"),
    ]
