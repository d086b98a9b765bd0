"""A verb of saying the parse read as a noun after a document (`“…,” the notice read.`, with
`read` tagged a noun and `notice` hung on it as a compound; `“…,” the judgment states.`) is the
cue, and the document with its determiner is the speaker (ROLES.md 3). Frozen parses of
sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Tickets are sold out," the notice read.
_NOTICE = """
" PUNCT `` punct 9 O " _
Tickets NOUN NNS nsubjpass 3 O ticket
are AUX VBP auxpass 3 O be
sold VERB VBN ccomp 9 O sell
out ADP RP prt 3 O out _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
the DET DT det 9 O the
notice NOUN NN compound 9 O notice
read NOUN NN ROOT 9 O read _
. PUNCT . punct 9 O . _
"""

# "The tenant was left without heating for eleven weeks," the judgment states.
_JUDGMENT = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
tenant NOUN NN nsubjpass 4 O tenant
was AUX VBD auxpass 4 O be
left VERB VBN ccomp 14 O leave
without ADP IN prep 4 O without
heating VERB VBG pcomp 5 O heat
for ADP IN prep 6 O for
eleven NUM CD nummod 9 B-DATE eleven
weeks NOUN NNS pobj 7 I-DATE week _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
the DET DT det 14 O the
judgment NOUN NN compound 14 O judgment
states NOUN NNS ROOT 14 O state _
. PUNCT . punct 14 O . _
"""

# Ana Ruiz wrote in a blog post "the harbour is finished".
_POST = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
wrote VERB VBD ROOT 2 O write
in ADP IN prep 2 O in
a DET DT det 6 O a
blog NOUN NN compound 6 O blog
post NOUN NN pobj 3 O post
" PUNCT `` punct 11 O " _
the DET DT det 9 O the
harbour NOUN NN nsubjpass 11 O harbour
is AUX VBZ auxpass 11 O be
finished VERB VBN ccomp 2 O finish _
" PUNCT '' punct 11 O " _
. PUNCT . punct 2 O . _
"""


def test_read_tagged_a_noun_after_a_document_is_its_cue() -> None:
    rows = Extractor().rows(frozen(_NOTICE))
    assert [(r.speaker, r.cue) for r in rows] == [("the notice", "read")]


def test_states_tagged_a_plural_after_a_document_is_its_cue() -> None:
    rows = Extractor().rows(frozen(_JUDGMENT))
    assert [(r.speaker, r.cue, r.sieve) for r in rows] == [("the judgment", "states", "trailing-cue")]


def test_a_post_inside_a_phrase_is_no_cue() -> None:
    rows = Extractor().rows(frozen(_POST))
    assert all(r.cue != "post" for r in rows)
