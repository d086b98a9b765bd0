"""`Accused: “I had only two glasses, your Worship.”`, `Witness: “…”`, `Her Worship: “Fined ten
shillings.”`: a court report's label opening its line, a noun for a person in capitals alone (a
party or witness, models/person_nouns.txt) or a judge's style after `his` or `her`, is who speaks
(the `court-label` sieve, which the trust model weighs with no weight of its own, so the label is
not rejected as colon lead-ins of news copy are). A label inside a line is no court label.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import BAKER_CHARGED, minutes_spec
from tests.frozen import frozen

# Thomas Baker, a labourer, was charged with drunkenness.  Accused: "I had only two glasses, your
# Worship."
_ACCUSED = minutes_spec(
    BAKER_CHARGED,
    """
<paragraph> SPACE _SP dep 10 O <paragraph> _
Accused VERB VBN ROOT 12 O accuse _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
I PRON PRP nsubj 16 O I
had VERB VBD ccomp 12 O have
only ADV RB advmod 18 B-CARDINAL only
two NUM CD nummod 19 I-CARDINAL two
glasses NOUN NNS dobj 16 O glass _
, PUNCT , punct 19 O ,
your PRON PRP$ poss 22 O your
Worship NOUN NN appos 19 O worship _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
""",
)

# Mary Doyle was charged with using obscene language.  Her Worship: "Fined ten shillings."
_WORSHIP = """
Mary PROPN NNP compound 1 B-PERSON Mary
Doyle PROPN NNP nsubjpass 3 I-PERSON Doyle
was AUX VBD auxpass 3 O be
charged VERB VBN ROOT 3 O charge
with ADP IN prep 3 O with
using VERB VBG pcomp 4 O use
obscene ADJ JJ amod 7 O obscene
language NOUN NN dobj 5 O language _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Her PRON PRP$ poss 11 O her
Worship NOUN NN ROOT 11 O worship _
: PUNCT : punct 11 O :
" PUNCT `` punct 11 O " _
Fined VERB VBN amod 16 O fin
ten NUM CD nummod 16 B-CARDINAL ten
shillings NOUN NNS appos 11 O shilling _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""

# The inquest was adjourned. Witness: "He could not stand."
_MIDLINE = """
The DET DT det 1 O the
inquest NOUN NN nsubjpass 3 O inquest
was AUX VBD auxpass 3 O be
adjourned VERB VBN ROOT 3 O adjourn _
. PUNCT . punct 3 O .
Witness NOUN NN ROOT 5 O witness _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
He PRON PRP nsubj 11 O he
could AUX MD aux 11 O could
not PART RB neg 11 O not
stand VERB VB acl 5 O stand _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.sieve) for r in Extractor().rows(frozen(spec))]


def test_a_partys_label_opening_its_line_speaks() -> None:
    # (`Accused` is the one person the report says was charged: entities._the_one_charged.)
    assert _rows(_ACCUSED) == [("Thomas Baker", "court-label")]


def test_a_judges_style_as_a_label_speaks() -> None:
    assert _rows(_WORSHIP) == [("Her Worship", "court-label")]


def test_a_label_inside_a_line_is_no_court_label() -> None:
    assert all(sieve != "court-label" for _, sieve in _rows(_MIDLINE))
