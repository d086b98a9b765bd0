"""A body's noun in capitals with `of` and a place's name after it, left untagged (`The Port
of Lenton said`), is the body named whole: *Port of Lenton*, not *Port*. Frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Dockworkers voted to accept a new contract on Friday.
#
# The Port of Lenton said in a statement it was "pleased to see cargo moving again".
_PORT = """
Dockworkers NOUN NNS nsubj 1 O dockworker
voted VERB VBD ROOT 1 O vote
to PART TO aux 3 O to
accept VERB VB xcomp 1 O accept
a DET DT det 6 O a
new ADJ JJ amod 6 O new
contract NOUN NN dobj 3 O contract
on ADP IN prep 3 O on
Friday PROPN NNP pobj 7 B-DATE Friday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
The DET DT det 12 O the
Port PROPN NNP nsubj 15 O Port
of ADP IN prep 12 O of
Lenton PROPN NNP pobj 13 O Lenton
said VERB VBD ROOT 15 O say
in ADP IN prep 15 O in
a DET DT det 18 O a
statement NOUN NN pobj 16 O statement
it PRON PRP nsubj 20 O it
was AUX VBD ccomp 15 O be
" PUNCT `` punct 20 O " _
pleased ADJ JJ acomp 20 O pleased
to PART TO aux 24 O to
see VERB VB xcomp 22 O see
cargo NOUN NN nsubj 26 O cargo
moving VERB VBG ccomp 24 O move
again ADV RB advmod 26 O again _
" PUNCT '' punct 20 O " _
. PUNCT . punct 15 O . _
"""


def test_an_untagged_body_of_a_place_is_named_whole() -> None:
    rows = Extractor().rows(frozen(_PORT))
    assert [(r.speaker, r.mention, r.organization) for r in rows] == [
        ("Port of Lenton", "Port of Lenton", "Port of Lenton")
    ]
