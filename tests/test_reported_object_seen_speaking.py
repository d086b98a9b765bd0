"""Who says what a bare infinitive of saying reports after the object of a verb of perception
or causation (quotes/indirect.py, ``_object_seen_speaking``): the object (`Fans watched the
club's owner, Ana Ruiz, announce that …`: the owner), where the parser joins the infinitive to
the first verb and the first verb's subject said nothing; not a verb of the same subject joined
by `but` (`has seen the report but would say nothing`). Frozen parses (tests/frozen.py) of
sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Fans watched the club's owner, Ana Ruiz, announce that the stadium would close.
WATCHED_THE_OWNER_ANNOUNCE = """
Fans NOUN NNS nsubj 1 O fan
watched VERB VBD ROOT 1 O watch
the DET DT det 3 O the
club NOUN NN poss 5 O club _
's PART POS case 3 O 's
owner NOUN NN dobj 1 O owner _
, PUNCT , punct 5 O ,
Ana PROPN NNP compound 8 O Ana
Ruiz PROPN NNP appos 5 O Ruiz _
, PUNCT , punct 1 O ,
announce VERB VBP conj 1 O announce
that SCONJ IN mark 15 O that
the DET DT det 13 O the
stadium NOUN NN nsubj 15 O stadium
would AUX MD aux 15 O would
close VERB VB ccomp 10 O close _
. PUNCT . punct 1 O . _
"""

# The mayor has seen the report but would say nothing about its findings.
SAW_BUT_WOULD_SAY = """
The DET DT det 1 O the
mayor NOUN NN nsubj 3 O mayor
has AUX VBZ aux 3 O have
seen VERB VBN ROOT 3 O see
the DET DT det 5 O the
report NOUN NN dobj 3 O report
but CCONJ CC cc 3 O but
would AUX MD aux 8 O would
say VERB VB conj 3 O say
nothing PRON NN dobj 8 O nothing
about ADP IN prep 9 O about
its PRON PRP$ poss 12 O its
findings NOUN NNS pobj 10 O finding _
. PUNCT . punct 3 O . _
"""


def _speakers(spec: str) -> list[str]:
    doc = frozen(spec)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    return [doc.text[r.mention.start : r.mention.end] for r in found]


def test_the_owner_watched_announcing_speaks() -> None:
    assert _speakers(WATCHED_THE_OWNER_ANNOUNCE) == ["the club's owner"]


def test_a_verb_joined_by_but_keeps_its_subject() -> None:
    assert _speakers(SAW_BUT_WOULD_SAY) == ["The mayor"]
