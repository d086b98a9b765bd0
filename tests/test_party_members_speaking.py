"""A people's or a party's plural with no `the` before it, speaking, is a group of its members, no
body (issue 10, ROLES.md 3 and 5: `Some Democrats`, `Republicans on Capitol Hill` get no
organisation; it gave the plural as one); `the Liberals said` may be the party and keeps it.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The senators met on Monday. / "This is a disaster," some Democrats said. / "We will fight it,"
# the Liberals said.
_PLURALS = """
The DET DT det 1 O the
senators NOUN NNS nsubj 2 O senator
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
" PUNCT `` punct 16 O " _
This PRON DT nsubj 9 O this
is AUX VBZ ccomp 16 O be
a DET DT det 11 O a
disaster NOUN NN attr 9 O disaster _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
some DET DT det 15 O some
Democrats PROPN NNPS nsubj 16 B-NORP Democrats
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 22 O we
will AUX MD aux 22 O will
fight VERB VB ccomp 28 O fight
it PRON PRP dobj 22 O it _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
the DET DT det 27 O the
Liberals PROPN NNPS nsubj 28 B-ORG Liberals
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_a_partys_plural_without_the_is_members_and_no_body() -> None:
    assert who(_PLURALS) == [("Democrats", "", ""), ("Liberals", "", "Liberals")]
