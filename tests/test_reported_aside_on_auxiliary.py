"""A verb of saying set off by commas inside a sentence (`Even then, he said, he's learned …`)
that the parser hangs on the auxiliary of the clause it interrupts reports that clause up to its
verb's last word (quotes/indirect.py, ``_clause_verb``), not the auxiliary's own words (`he's`).
Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Even then, he said, he’s learned enough about the mayor that he’s fairly sure he can’t support her.
SAID_ON_AUXILIARY = """
Even ADV RB advmod 1 O even
then ADV RB advmod 8 O then _
, PUNCT , punct 4 O ,
he PRON PRP nsubj 4 O he
said VERB VBD parataxis 7 O say _
, PUNCT , punct 4 O ,
he PRON PRP nsubj 7 O he _
’s AUX VBD auxpass 8 O ’s
learned VERB VBD ROOT 8 O learn
enough ADV RB advmod 8 O enough
about ADP IN prep 9 O about
the DET DT det 12 O the
mayor NOUN NN pobj 10 O mayor
that SCONJ IN mark 15 O that
he PRON PRP nsubj 15 O he _
’s VERB VBZ ccomp 8 O ’
fairly ADV RB advmod 17 O fairly
sure ADJ JJ acomp 15 O sure
he PRON PRP nsubj 21 O he
ca AUX MD aux 21 O can _
n’t PART RB neg 21 O not
support VERB VB ccomp 17 O support
her PRON PRP dobj 21 O she _
. PUNCT . punct 8 O . _
"""

# By next spring, the coach said, the youth team will have moved to the new ground.
SAID_ON_VERB = """
By ADP IN prep 13 O by
next ADJ JJ amod 2 B-DATE next
spring NOUN NN pobj 0 I-DATE spring _
, PUNCT , punct 6 O ,
the DET DT det 5 O the
coach NOUN NN nsubj 6 O coach
said VERB VBD parataxis 13 O say _
, PUNCT , punct 6 O ,
the DET DT det 10 O the
youth NOUN NN compound 10 O youth
team NOUN NN nsubj 13 O team
will AUX MD aux 13 O will
have AUX VB aux 13 O have
moved VERB VBN ROOT 13 O move
to ADP IN prep 13 O to
the DET DT det 17 O the
new ADJ JJ amod 17 O new
ground NOUN NN pobj 14 O ground _
. PUNCT . punct 13 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_an_aside_hung_on_the_auxiliary_reports_the_whole_clause() -> None:
    assert _reports(SAID_ON_AUXILIARY) == [
        "Even then, he said, he’s learned enough about the mayor that he’s fairly sure he can’t support her"
    ]


def test_an_aside_hung_on_the_verb_still_reports_its_clause() -> None:
    assert _reports(SAID_ON_VERB) == [
        "By next spring, the coach said, the youth team will have moved to the new ground"
    ]
