"""A post taken up by joining a body, and one a person was the first to hold, each from a frozen
parse of a sentence written for this file (the entities as the tagger gave them), so a model
update cannot change what a test exercises:

- `Ann Holt, who joined the Lenton Savings Bank as chief economist in 2019`, and the same in a
  sentence of its own: a post taken up on joining a body is held since, at the body joined (the
  role was empty);
- `the 38-year-old became the first woman to work as a full-time assistant coach at Lenton
  Rovers`: a person's noun with `to` and a verb of serving `as` a role gives the subject that role
  (the role was empty).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_JOINED_AS = """
" PUNCT `` punct 6 O " _
Rates NOUN NNS nsubj 3 O rate
will AUX MD aux 3 O will
fall VERB VB ccomp 6 O fall _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Ann PROPN NNP compound 8 B-PERSON Ann
Holt PROPN NNP nsubj 6 I-PERSON Holt _
, PUNCT , punct 8 O ,
who PRON WP nsubj 11 O who
joined VERB VBD relcl 8 O join
the DET DT det 15 B-ORG the
Lenton PROPN NNP compound 15 I-ORG Lenton
Savings PROPN NNP compound 15 I-ORG Savings
Bank PROPN NNP dobj 11 I-ORG Bank
as ADP IN prep 11 O as
chief ADJ JJ compound 18 O chief
economist NOUN NN pobj 16 O economist
in ADP IN prep 11 O in
2019 NUM CD pobj 19 B-DATE 2019 _
. PUNCT . punct 6 O . _
"""

_JOINED_AS_IN_ITS_OWN_SENTENCE = """
" PUNCT `` punct 8 O " _
Rates NOUN NNS nsubj 3 O rate
will AUX MD aux 3 O will
fall VERB VB ccomp 8 O fall _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
Ann PROPN NNP compound 7 B-PERSON Ann
Holt PROPN NNP nsubj 8 I-PERSON Holt
said VERB VBD ROOT 8 O say _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Holt PROPN NNP nsubj 12 O Holt
joined VERB VBD ROOT 12 O join
the DET DT det 16 B-ORG the
Lenton PROPN NNP compound 16 I-ORG Lenton
Savings PROPN NNP compound 16 I-ORG Savings
Bank PROPN NNP dobj 12 I-ORG Bank
as ADP IN prep 12 O as
chief ADJ JJ amod 19 O chief
economist NOUN NN pobj 17 O economist
in ADP IN prep 12 O in
2019 NUM CD pobj 20 B-DATE 2019 _
. PUNCT . punct 12 O . _
"""

_THE_FIRST_WOMAN_TO_WORK_AS = """
" PUNCT `` punct 8 O " _
It PRON PRP nsubj 2 O it
was AUX VBD ccomp 8 O be
quiet ADJ JJ acomp 2 O quiet _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
Ann PROPN NNP compound 7 B-PERSON Ann
Holt PROPN NNP nsubj 8 I-PERSON Holt
recalls VERB VBZ ROOT 8 O recall _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
This DET DT det 12 B-DATE this
season NOUN NN npadvmod 20 I-DATE season _
, PUNCT , punct 20 O ,
the DET DT det 19 O the
38 NUM CD nummod 17 B-DATE 38 _
- PUNCT HYPH punct 17 I-DATE - _
year NOUN NN npadvmod 19 I-DATE year _
- PUNCT HYPH punct 19 I-DATE - _
old ADJ JJ nsubj 20 I-DATE old
became VERB VBD ROOT 20 O become
the DET DT det 23 O the
first ADJ JJ amod 23 B-ORDINAL first
woman NOUN NN attr 20 O woman
to PART TO aux 25 O to
work VERB VB relcl 23 O work
as ADP IN prep 25 O as
a DET DT det 32 O a
full ADJ JJ amod 30 O full _
- PUNCT HYPH punct 30 O - _
time NOUN NN nmod 32 O time
assistant ADJ JJ amod 32 O assistant
coach NOUN NN pobj 26 O coach
at ADP IN prep 32 O at
Lenton PROPN NNP compound 35 B-ORG Lenton
Rovers PROPN NNP pobj 33 I-ORG Rovers _
, PUNCT , punct 35 O ,
the DET DT det 40 O the
most ADV RBS advmod 39 O most
successful ADJ JJ amod 40 O successful
club NOUN NN appos 35 O club
in ADP IN prep 40 O in
the DET DT det 43 O the
country NOUN NN pobj 41 O country _
. PUNCT . punct 20 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_post_taken_up_on_joining_a_body_is_held_at_the_body() -> None:
    row = ("Ann Holt", "chief economist", "Lenton Savings Bank")
    assert _rows(_JOINED_AS) == [row]
    assert _rows(_JOINED_AS_IN_ITS_OWN_SENTENCE) == [row]


def test_the_first_woman_to_work_as_a_role_holds_it() -> None:
    role = "full-time assistant coach at Lenton Rovers"
    assert _rows(_THE_FIRST_WOMAN_TO_WORK_AS) == [("Ann Holt", role, "Lenton Rovers")]
