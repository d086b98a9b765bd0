"""`Accused 'threatened to burn the house down', court hears`: a first line that ends on a hearer
and `hears` is a headline, as a headline's `X told` (`Water pipes 'at breaking point', council
told`) is, whatever past participle it opens on (`Accused`, tagged a verb of saying): its quote
is a hidden headline's, not a row with the court for its speaker, and takes the speaker the
story names saying it again. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.a_headlines_quote_specs import TOLD
from tests.frozen import frozen

# Accused 'threatened to burn the house down', court hears  Siobhan Farrell SC told the jury the
# accused had "threatened to burn the house down" in a text message.
_ACCUSED = """
Accused VERB VBN advcl 11 O accuse
' PUNCT '' punct 0 O ' _
threatened VERB VBN conj 0 O threaten
to PART TO aux 4 O to
burn VERB VB xcomp 2 O burn
the DET DT det 6 O the
house NOUN NN dobj 4 O house
down ADP IN prt 4 O down _
' PUNCT '' punct 0 O ' _
, PUNCT , punct 11 O ,
court NOUN NN nsubj 11 O court
hears VERB VBZ ROOT 11 O hear _
<paragraph> SPACE _SP dep 11 O <paragraph> _
Siobhan PROPN NNP compound 15 B-PERSON Siobhan
Farrell PROPN NNP compound 15 I-PERSON Farrell
SC PROPN NNP nsubj 16 I-PERSON SC
told VERB VBD ROOT 16 O tell
the DET DT det 18 O the
jury NOUN NN dobj 16 O jury
the DET DT det 20 O the
accused VERB VBN nsubj 23 O accuse
had AUX VBD aux 23 O have
" PUNCT `` punct 23 O " _
threatened VERB VBN ccomp 16 O threaten
to PART TO aux 25 O to
burn VERB VB xcomp 23 O burn
the DET DT det 27 O the
house NOUN NN dobj 25 O house
down ADP RP prt 25 O down _
" PUNCT '' punct 25 O "
in ADP IN prep 25 O in
a DET DT det 33 O a
text NOUN NN compound 33 O text
message NOUN NN pobj 30 O message _
. PUNCT . punct 16 O . _
"""


def test_what_a_court_hears_is_no_row_of_the_court() -> None:
    assert [(r.kind, r.speaker) for r in Extractor().rows(frozen(_ACCUSED))] == [
        ("partial", "Siobhan Farrell")
    ]
    rows = Extractor(include_all=True).rows(frozen(_ACCUSED))
    assert [(r.kind, r.speaker) for r in rows] == [
        ("headline", "Siobhan Farrell"),
        ("partial", "Siobhan Farrell"),
    ]


def test_a_headlines_told_is_a_headline() -> None:
    rows = Extractor(include_all=True).rows(frozen(TOLD))
    assert [(r.kind, r.speaker) for r in rows] == [
        ("headline", "Tonia Haskell"),
        ("partial", "Tonia Haskell"),
    ]
