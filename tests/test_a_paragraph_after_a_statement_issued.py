"""A paragraph all quote after one whose last sentence puts out a written message (`The union
released a statement on Friday.`) is the words of whoever put it out, and after one whose
subject was quick to add, or went on to say, something (`Mere Hohaia was quick to add that …`)
is that subject's; not after one who declined to comment. Frozen parses of sentences written
for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The union released a statement on Friday. / “We will not accept this offer. …”
_A_STATEMENT_ISSUED = """
The DET DT det 1 O the
union NOUN NN nsubj 2 O union
released VERB VBD ROOT 2 O release
a DET DT det 4 O a
statement NOUN NN dobj 2 O statement
on ADP IN prep 2 O on
Friday PROPN NNP pobj 5 B-DATE Friday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
“ PUNCT `` punct 13 O " _
We PRON PRP nsubj 13 O we
will AUX MD aux 13 O will
not PART RB neg 13 O not
accept VERB VB ROOT 13 O accept
this DET DT det 15 O this
offer NOUN NN dobj 13 O offer _
. PUNCT . punct 13 O .
Our PRON PRP$ poss 18 O our
members NOUN NNS nsubj 19 O member
deserve VERB VBP ROOT 19 O deserve
better ADV RBR advmod 19 O well _
. PUNCT . punct 19 O . _
” PUNCT '' punct 19 O " _
"""


# Shop owner Mere Hohaia was quick to add that the ferry was vital. / “Without it we close.”
_QUICK_TO_ADD = """
Shop NOUN NN compound 1 O shop
owner NOUN NN compound 3 O owner
Mere PROPN NNP compound 3 B-PERSON Mere
Hohaia PROPN NNP nsubj 4 I-PERSON Hohaia
was AUX VBD ROOT 4 O be
quick ADJ JJ acomp 4 O quick
to PART TO aux 7 O to
add VERB VB xcomp 5 O add
that SCONJ IN mark 11 O that
the DET DT det 10 O the
ferry NOUN NN nsubj 11 O ferry
was AUX VBD ccomp 7 O be
vital ADJ JJ acomp 11 O vital _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
“ PUNCT `` punct 19 O " _
Without ADP IN prep 19 O without
it PRON PRP pobj 16 O it
we PRON PRP nsubj 19 O we
close VERB VBP ROOT 19 O close _
. PUNCT . punct 19 O . _
” PUNCT '' punct 19 O " _
"""


# Mere Hohaia declined to comment. / “Without it we close.”
_DECLINED = """
Mere PROPN NNP compound 1 O Mere
Hohaia PROPN NNP nsubj 2 O Hohaia
declined VERB VBD ROOT 2 O decline
to PART TO aux 4 O to
comment VERB VB xcomp 2 O comment _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
“ PUNCT `` punct 11 O " _
Without ADP IN prep 11 O without
it PRON PRP pobj 8 O it
we PRON PRP nsubj 11 O we
close VERB VBP ROOT 11 O close _
. PUNCT . punct 11 O . _
” PUNCT '' punct 11 O " _
"""


def _speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_a_statement_issued_before_is_the_issuers() -> None:
    assert _speakers(_A_STATEMENT_ISSUED) == ["union"]


def test_quick_to_add_before_is_the_subjects() -> None:
    assert _speakers(_QUICK_TO_ADD) == ["Mere Hohaia"]


def test_declined_to_comment_before_names_nobody() -> None:
    assert _speakers(_DECLINED) == [""]
