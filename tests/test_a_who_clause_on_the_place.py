"""`A pharmacist in Caloocan, who asked not to be named, said …. “…,” she said`: a `who` clause
the parser hung on the place after the noun still tells of the person, someone the story has
met, whom the `she` saying the next words continues (not the senator named before). Without
the clause, a passer-by in a place is as little met as `an official`, and the `she` stays with
the one named before (tests/test_newly_met.py). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Senator Risa Hontiveros said the agency needed more inspectors. "The FDA is undermanned," she
# said.  A pharmacist in Caloocan, who asked not to be named, said customers often asked for the
# products. "They see them on TikTok," she said.
_WHO_CLAUSE = """
Senator PROPN NNP compound 2 O Senator
Risa PROPN NNP compound 2 B-PERSON Risa
Hontiveros PROPN NNP nsubj 3 I-PERSON Hontiveros
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
agency NOUN NN nsubj 6 O agency
needed VERB VBD ccomp 3 O need
more ADJ JJR amod 8 O more
inspectors NOUN NNS dobj 6 O inspector _
. PUNCT . punct 3 O .
" PUNCT `` punct 18 O " _
The DET DT det 12 O the
FDA PROPN NNP nsubj 13 B-ORG FDA
is AUX VBZ ccomp 18 O be
undermanned ADJ JJ acomp 13 O undermanned _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
she PRON PRP nsubj 18 O she
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
A DET DT det 22 O a
pharmacist NOUN NN nsubj 33 O pharmacist
in ADP IN prep 22 O in
Caloocan PROPN NNP pobj 23 B-NORP Caloocan _
, PUNCT , punct 24 O ,
who PRON WP nsubj 27 O who
asked VERB VBD relcl 24 O ask
not PART RB neg 31 O not
to PART TO aux 31 O to
be AUX VB auxpass 31 O be
named VERB VBN xcomp 27 O name _
, PUNCT , punct 33 O ,
said VERB VBD ROOT 33 O say
customers NOUN NNS nsubj 36 O customer
often ADV RB advmod 36 O often
asked VERB VBD ccomp 33 O ask
for ADP IN prep 36 O for
the DET DT det 39 O the
products NOUN NNS pobj 37 O product _
. PUNCT . punct 33 O .
" PUNCT `` punct 50 O " _
They PRON PRP nsubj 43 O they
see VERB VBP ccomp 50 O see
them PRON PRP dobj 43 O they
on ADP IN prep 43 O on
TikTok PROPN NNP pobj 45 B-ORG TikTok _
, PUNCT , punct 50 O , _
" PUNCT '' punct 50 O "
she PRON PRP nsubj 50 O she
said VERB VBD ROOT 50 O say _
. PUNCT . punct 50 O . _
"""

# Senator Risa Hontiveros said the agency needed more inspectors. "The FDA is undermanned," she
# said.  A pharmacist in Caloocan said customers often asked for the products. "They see them on
# TikTok," she said.
_NO_CLAUSE = """
Senator PROPN NNP compound 2 O Senator
Risa PROPN NNP compound 2 B-PERSON Risa
Hontiveros PROPN NNP nsubj 3 I-PERSON Hontiveros
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
agency NOUN NN nsubj 6 O agency
needed VERB VBD ccomp 3 O need
more ADJ JJR amod 8 O more
inspectors NOUN NNS dobj 6 O inspector _
. PUNCT . punct 3 O .
" PUNCT `` punct 18 O " _
The DET DT det 12 O the
FDA PROPN NNP nsubj 13 B-ORG FDA
is AUX VBZ ccomp 18 O be
undermanned ADJ JJ acomp 13 O undermanned _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
she PRON PRP nsubj 18 O she
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
A DET DT det 22 O a
pharmacist NOUN NN nsubj 25 O pharmacist
in ADP IN prep 22 O in
Caloocan PROPN NNP pobj 23 B-NORP Caloocan
said VERB VBD ROOT 25 O say
customers NOUN NNS nsubj 28 O customer
often ADV RB advmod 28 O often
asked VERB VBD ccomp 25 O ask
for ADP IN prep 28 O for
the DET DT det 31 O the
products NOUN NNS pobj 29 O product _
. PUNCT . punct 25 O .
" PUNCT `` punct 42 O " _
They PRON PRP nsubj 35 O they
see VERB VBP ccomp 42 O see
them PRON PRP dobj 35 O they
on ADP IN prep 35 O on
TikTok PROPN NNP pobj 37 B-ORG TikTok _
, PUNCT , punct 42 O , _
" PUNCT '' punct 42 O "
she PRON PRP nsubj 42 O she
said VERB VBD ROOT 42 O say _
. PUNCT . punct 42 O . _
"""


def test_a_who_clause_hung_on_the_place_still_tells_of_the_person() -> None:
    rows = Extractor().rows(frozen(_WHO_CLAUSE))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Risa Hontiveros", "Senator"),
        ("A pharmacist", "pharmacist"),
    ]


def test_without_the_clause_the_pronoun_stays_with_the_one_named() -> None:
    rows = Extractor().rows(frozen(_NO_CLAUSE))
    assert [r.speaker for r in rows] == ["Risa Hontiveros", "Risa Hontiveros"]
