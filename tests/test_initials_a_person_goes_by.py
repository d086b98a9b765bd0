"""A person's initials in capitals in brackets right after their name, with a title before it, are
a name they go by (`President Susilo Bambang Yudhoyono (SBY)` … `SBY said`: that person, with
the role), not a body's short form; a post's words (`Municipal Chief Executive (MCE)`) stay a
short form. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# JAKARTA - President Susilo Bambang Yudhoyono (SBY) opened the new port on Monday. "This port
# will feed the islands," SBY said.
_INITIALS = """
JAKARTA PROPN NNP ROOT 0 B-GPE JAKARTA
- PUNCT HYPH punct 0 O -
President PROPN NNP compound 5 O President
Susilo PROPN NNP compound 5 B-PERSON Susilo
Bambang PROPN NNP compound 5 I-PERSON Bambang
Yudhoyono PROPN NNP nsubj 9 I-PERSON Yudhoyono
( PUNCT -LRB- punct 5 O ( _
SBY PROPN NNP appos 5 B-ORG SBY _
) PUNCT -RRB- punct 5 O )
opened VERB VBD ROOT 9 O open
the DET DT det 12 O the
new ADJ JJ amod 12 O new
port NOUN NN dobj 9 O port
on ADP IN prep 9 O on
Monday PROPN NNP pobj 13 B-DATE Monday _
. PUNCT . punct 9 O .
" PUNCT `` punct 26 O " _
This DET DT det 18 O this
port NOUN NN nsubj 20 O port
will AUX MD aux 20 O will
feed VERB VB ccomp 26 O feed
the DET DT det 22 O the
islands NOUN NNS dobj 20 O island _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
SBY PROPN NNP nsubj 26 B-ORG SBY
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_initials_in_brackets_after_a_titled_name_call_that_person() -> None:
    rows = Extractor().rows(frozen(_INITIALS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Susilo Bambang Yudhoyono", "President", "")
    ]
