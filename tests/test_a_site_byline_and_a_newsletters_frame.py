"""A byline by a name and the site after a dash (`Ana Santos - Philstar.com`), whose author is
the column's `I`; a paper's own picture credit in capitals (`ST PHOTO: LIM YAOHUI`), which does
not break a quote running over paragraphs; an email newsletter's frame (`View this email in your
browser`, `Unsubscribe | Update your preferences`, its greeting) and a copyright line with no year.
Frozen parses of stories written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Why I still take the jeepney /  / Ana Santos - Philstar.com /  / I have taken the same jeepney to
# work every morning for ten years, and I will keep taking it. /  / "It is the best part of my day," I
# told the driver last week.
_A_NAME_AND_ITS_SITE = """
Why SCONJ WRB advmod 3 O why
I PRON PRP nsubj 3 O I
still ADV RB advmod 3 O still
take VERB VBP ROOT 3 O take
the DET DT det 5 O the
jeepney NOUN NN dobj 3 O jeepney _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Ana PROPN NNP compound 10 O Ana
Santos PROPN NNP compound 10 B-ORG Santos
- PUNCT HYPH punct 10 I-ORG -
Philstar.com PROPN NNP ROOT 10 I-ORG Philstar.com _
<paragraph> SPACE _SP dep 10 O <paragraph> _
I PRON PRP nsubj 14 O I
have AUX VBP aux 14 O have
taken VERB VBN ROOT 14 O take
the DET DT det 17 O the
same ADJ JJ amod 17 O same
jeepney NOUN NN dobj 14 O jeepney
to PART TO aux 19 O to
work VERB VB xcomp 14 O work
every DET DT det 21 B-TIME every
morning NOUN NN npadvmod 19 I-TIME morning
for ADP IN prep 19 O for
ten NUM CD nummod 24 B-DATE ten
years NOUN NNS pobj 22 I-DATE year _
, PUNCT , punct 14 O ,
and CCONJ CC cc 14 O and
I PRON PRP nsubj 29 O I
will AUX MD aux 29 O will
keep VERB VB conj 14 O keep
taking VERB VBG xcomp 29 O take
it PRON PRP dobj 30 O it _
. PUNCT . punct 29 O . _
<paragraph> SPACE _SP dep 32 O <paragraph> _
" PUNCT `` punct 36 O " _
It PRON PRP nsubj 36 O it
is AUX VBZ ccomp 46 O be
the DET DT det 39 O the
best ADJ JJS amod 39 O good
part NOUN NN attr 36 O part
of ADP IN prep 39 O of
my PRON PRP$ poss 42 B-DATE my
day NOUN NN pobj 40 I-DATE day _
, PUNCT , punct 46 O , _
" PUNCT '' punct 46 O "
I PRON PRP nsubj 46 O I
told VERB VBD ROOT 46 O tell
the DET DT det 48 O the
driver NOUN NN dobj 46 O driver
last ADJ JJ amod 50 B-DATE last
week NOUN NN npadvmod 46 I-DATE week _
. PUNCT . punct 46 O . _
"""

# More flats for Tengah /  / More than 5,000 flats will be launched in Tengah next year, the minister
# said on Tuesday. /  / "We will keep supply high," said Mr Chee Hong Tat, the national development
# minister. "Young couples will not wait long. /  / ST PHOTO: LIM YAOHUI /  / "And prices will stay
# within reach."
_A_PAPERS_PHOTO_CREDIT = """
More ADJ JJR amod 1 O More
flats NOUN NNS ROOT 1 O flat
for ADP IN prep 1 O for
Tengah PROPN NNP pobj 2 B-PERSON Tengah _
<paragraph> SPACE _SP dep 3 O <paragraph> _
More ADJ JJR amod 7 B-CARDINAL More
than ADP IN quantmod 7 I-CARDINAL than
5,000 NUM CD nummod 8 I-CARDINAL 5,000
flats NOUN NNS nsubjpass 11 O flat
will AUX MD aux 11 O will
be AUX VB auxpass 11 O be
launched VERB VBN ccomp 19 O launch
in ADP IN prep 11 O in
Tengah PROPN NNP pobj 12 B-GPE Tengah
next ADJ JJ amod 15 B-DATE next
year NOUN NN npadvmod 11 I-DATE year _
, PUNCT , punct 19 O ,
the DET DT det 18 O the
minister NOUN NN nsubj 19 O minister
said VERB VBD ROOT 19 O say
on ADP IN prep 19 O on
Tuesday PROPN NNP pobj 20 B-DATE Tuesday _
. PUNCT . punct 19 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 27 O we
will AUX MD aux 27 O will
keep VERB VB ccomp 32 O keep
supply NOUN NN dobj 27 O supply
high ADJ JJ oprd 27 O high _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
said VERB VBD ROOT 32 O say
Mr PROPN NNP compound 36 O Mr
Chee PROPN NNP compound 36 B-PERSON Chee
Hong PROPN NNP compound 36 I-PERSON Hong
Tat PROPN NNP nsubj 32 I-PERSON Tat _
, PUNCT , punct 36 O ,
the DET DT det 41 O the
national PROPN NNP compound 41 O national
development PROPN NNP compound 41 O development
minister NOUN NN appos 36 O minister _
. PUNCT . punct 32 O .
" PUNCT `` punct 48 O " _
Young ADJ JJ amod 45 O young
couples NOUN NNS nsubj 48 O couple
will AUX MD aux 48 O will
not PART RB neg 48 O not
wait VERB VB ROOT 48 O wait
long ADV RB advmod 48 O long _
. PUNCT . punct 48 O . _
<paragraph> SPACE _SP dep 50 O <paragraph> _
ST PROPN NNP compound 53 O ST
PHOTO NOUN NN ROOT 53 O photo _
: PUNCT : punct 53 O :
LIM PROPN NNP compound 56 B-PERSON LIM
YAOHUI PROPN NNP appos 53 I-PERSON YAOHUI _
<paragraph> SPACE _SP dep 56 O <paragraph> _
" PUNCT `` punct 62 O " _
And CCONJ CC cc 62 O and
prices NOUN NNS nsubj 62 O price
will AUX MD aux 62 O will
stay VERB VB ROOT 62 O stay
within ADP IN prep 62 O within
reach NOUN NN pobj 63 O reach _
. PUNCT . punct 62 O . _
" PUNCT '' punct 62 O " _
"""


def test_a_byline_by_a_name_and_its_site() -> None:
    rows = Extractor().rows(frozen(_A_NAME_AND_ITS_SITE))
    assert [(r.speaker, r.quote) for r in rows] == [("Ana Santos", "It is the best part of my day,")]


def test_a_papers_photo_credit_does_not_break_a_quote() -> None:
    rows = Extractor().rows(frozen(_A_PAPERS_PHOTO_CREDIT))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Chee Hong Tat", "We will keep supply high,"),
        ("Chee Hong Tat", "Young couples will not wait long."),
        ("Chee Hong Tat", "And prices will stay within reach."),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ana Santos - Philstar.com", "byline"),
        ("ST PHOTO: LIM YAOHUI", "credit"),
        ("View this email in your browser", "notice"),
        ("Unsubscribe | Update your preferences", "notice"),
        ("Forwarded this email? Sign up here.", "share"),
        ("Good morning. Here is what you need to know today.", "notice"),
        ("Copyright Lenton Times. All rights reserved.", "notice"),
        # (A story's lines stay story.)
        ("Good morning, the mayor said.", ""),
        ("Hi, this is Tom.", ""),
        ("Stop the unsubscribe scam, police say.", ""),
        ("Tom Hale - Lenton.com founder, said it was fine.", ""),
    ],
)
def test_a_page_or_newsletter_line(line: str, kind: str) -> None:
    assert line_kind(line) == kind
