"""A job set after a name with no comma: `“…,” Tom Briggs the club's captain said`, the parser
putting the job in apposition to the name though nothing sets it off, is the name's apposition
(the row had no role); not a thing after a name the verb has two objects for (`told Tom Briggs
the news`: no job). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_JOB_AFTER_A_NAME_WITH_NO_COMMA = """
" PUNCT `` punct 13 O " _
The DET DT det 2 O the
season NOUN NN nsubj 3 O season
is AUX VBZ ccomp 13 O be
long ADJ JJ acomp 3 O long _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Tom PROPN NNP compound 8 B-PERSON Tom
Briggs PROPN NNP nsubj 13 I-PERSON Briggs
the DET DT det 10 O the
club NOUN NN poss 12 O club _
's PART POS case 10 O 's
captain NOUN NN appos 8 O captain
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
"""

_A_THING_AFTER_A_NAME = """
" PUNCT `` punct 9 O " _
The DET DT det 2 O the
season NOUN NN nsubj 3 O season
is AUX VBZ ccomp 9 O be
long ADJ JJ acomp 3 O long _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
the DET DT det 8 O the
coach NOUN NN nsubj 9 O coach
told VERB VBD ROOT 9 O tell
Tom PROPN NNP compound 11 B-PERSON Tom
Briggs PROPN NNP dative 9 I-PERSON Briggs
the DET DT det 13 O the
news NOUN NN dobj 9 O news _
. PUNCT . punct 9 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_a_job_after_a_name_with_no_comma_is_its_apposition() -> None:
    assert _rows(_A_JOB_AFTER_A_NAME_WITH_NO_COMMA) == [("Tom Briggs", "captain")]


def test_a_thing_after_a_name_is_no_job() -> None:
    assert _rows(_A_THING_AFTER_A_NAME) == [("the coach", "coach")]
