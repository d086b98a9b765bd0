"""A plural in capitals opening a sentence before a job only a side has is the side's name (`Comets
coach Dana Price`: *coach* / *Comets*) when the tagger makes it a plural proper noun or it ends a
body's name the article gives (`the Riverton Comets`); a plural common noun that only opens the
sentence names none. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The Hawks beat the Riverton Comets 58-56 on Saturday. Comets coach Dana Price said her team ran
# out of time. "We had it," Price said. (As parsed: the second `Comets` a plural common noun.)
_COMMON = """
The DET DT det 1 O the
Hawks PROPN NNPS nsubj 2 O Hawks
beat VERB VBD ROOT 2 O beat
the DET DT det 5 O the
Riverton PROPN NNP compound 5 O Riverton
Comets PROPN NNPS dobj 2 O Comets
58 NUM CD npadvmod 2 B-DATE 58 _
- SYM SYM punct 8 I-DATE - _
56 NUM CD prep 6 I-DATE 56
on ADP IN prep 2 O on
Saturday PROPN NNP pobj 9 B-DATE Saturday _
. PUNCT . punct 2 O .
Comets NOUN NNS amod 13 O comet
coach NOUN NN compound 15 O coach
Dana PROPN NNP compound 15 B-PERSON Dana
Price PROPN NNP nsubj 16 I-PERSON Price
said VERB VBD ROOT 16 O say
her PRON PRP$ poss 18 O her
team NOUN NN nsubj 19 O team
ran VERB VBD ccomp 16 O run
out ADP IN prep 19 O out
of ADP IN prep 20 O of
time NOUN NN pobj 21 O time _
. PUNCT . punct 16 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 26 O we
had VERB VBD ccomp 31 O have
it PRON PRP dobj 26 O it _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Price NOUN NN nsubj 31 O price
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _

"""

# The same, the second `Comets` a plural proper noun the tagger calls a people.
_PROPER = """
The DET DT det 1 O the
Hawks PROPN NNPS nsubj 2 O Hawks
beat VERB VBD ROOT 2 O beat
the DET DT det 5 O the
Riverton PROPN NNP compound 5 O Riverton
Comets PROPN NNPS dobj 2 O Comets
58 NUM CD npadvmod 2 B-DATE 58 _
- SYM SYM punct 8 I-DATE - _
56 NUM CD prep 6 I-DATE 56
on ADP IN prep 2 O on
Saturday PROPN NNP pobj 9 B-DATE Saturday _
. PUNCT . punct 2 O .
Comets PROPN NNPS amod 13 B-NORP Comets
coach NOUN NN compound 15 O coach
Dana PROPN NNP compound 15 B-PERSON Dana
Price PROPN NNP nsubj 16 I-PERSON Price
said VERB VBD ROOT 16 O say
her PRON PRP$ poss 18 O her
team NOUN NN nsubj 19 O team
ran VERB VBD ccomp 16 O run
out ADP IN prep 19 O out
of ADP IN prep 20 O of
time NOUN NN pobj 21 O time _
. PUNCT . punct 16 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 26 O we
had VERB VBD ccomp 31 O have
it PRON PRP dobj 26 O it _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Price NOUN NN nsubj 31 O price
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""

# The same parse as _COMMON, with `Riverton Comets` tagged a body.
_BODY = """
The DET DT det 1 O the
Hawks PROPN NNPS nsubj 2 O Hawks
beat VERB VBD ROOT 2 O beat
the DET DT det 5 O the
Riverton PROPN NNP compound 5 B-ORG Riverton
Comets PROPN NNPS dobj 2 I-ORG Comets
58 NUM CD npadvmod 2 B-DATE 58 _
- SYM SYM punct 8 I-DATE - _
56 NUM CD prep 6 I-DATE 56
on ADP IN prep 2 O on
Saturday PROPN NNP pobj 9 B-DATE Saturday _
. PUNCT . punct 2 O .
Comets NOUN NNS amod 13 O comet
coach NOUN NN compound 15 O coach
Dana PROPN NNP compound 15 B-PERSON Dana
Price PROPN NNP nsubj 16 I-PERSON Price
said VERB VBD ROOT 16 O say
her PRON PRP$ poss 18 O her
team NOUN NN nsubj 19 O team
ran VERB VBD ccomp 16 O run
out ADP IN prep 19 O out
of ADP IN prep 20 O of
time NOUN NN pobj 21 O time _
. PUNCT . punct 16 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 26 O we
had VERB VBD ccomp 31 O have
it PRON PRP dobj 26 O it _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Price NOUN NN nsubj 31 O price
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_a_plural_proper_noun_opening_a_sentence_before_a_side_s_job_is_the_side() -> None:
    assert who(_PROPER) == [("Dana Price", "coach", "Comets")]


def test_a_plural_ending_a_body_s_name_is_that_side() -> None:
    [(_, role, organization)] = who(_BODY)
    assert role == "coach" and "Comets" in organization


def test_a_plural_common_noun_opening_a_sentence_names_no_side() -> None:
    assert [organization for _, _, organization in who(_COMMON)] == [""]
