"""Bylines and share prompts that pages print and a reader pastes with the story: a byline by
a label (`Reporter: Ana Ruiz`), a name and its paper after a comma (`Ana Ruiz, Lenton Times`),
whose author is the column's `I`, and a prompt to follow the page for its news (`For the latest
news, follow us on Twitter`), which does not break a quote running over several paragraphs.
Frozen parses of stories written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Why I still take the ferry /  / Reporter: Ana Ruiz /  / I have taken the Lenton ferry every morning
# for ten years, and I will keep taking it. /  / "It is the best part of my day," I told the captain
# last week.
_A_LABELLED_BYLINE = """
Why SCONJ WRB advmod 3 O why
I PRON PRP nsubj 3 O I
still ADV RB advmod 3 O still
take VERB VBP ROOT 3 O take
the PRON DT prep 3 O the
ferry NOUN NN preconj 4 O ferry _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Reporter NOUN NN ROOT 7 O reporter _
: PUNCT : punct 7 O :
Ana PROPN NNP compound 10 O Ana
Ruiz PROPN NNP ROOT 10 O Ruiz _
<paragraph> SPACE _SP dep 10 O <paragraph> _
I PRON PRP nsubj 14 O I
have AUX VBP aux 14 O have
taken VERB VBN ROOT 14 O take
the DET DT det 17 O the
Lenton PROPN NNP compound 17 B-PERSON Lenton
ferry NOUN NN dobj 14 O ferry
every DET DT det 19 O every
morning NOUN NN npadvmod 14 O morning
for ADP IN prep 14 O for
ten NUM CD nummod 22 B-DATE ten
years NOUN NNS pobj 20 I-DATE year _
, PUNCT , punct 14 O ,
and CCONJ CC cc 14 O and
I PRON PRP nsubj 27 O I
will AUX MD aux 27 O will
keep VERB VB conj 14 O keep
taking VERB VBG xcomp 27 O take
it PRON PRP dobj 28 O it _
. PUNCT . punct 27 O . _
<paragraph> SPACE _SP dep 30 O <paragraph> _
" PUNCT `` punct 34 O " _
It PRON PRP nsubj 34 O it
is AUX VBZ ccomp 44 O be
the DET DT det 37 O the
best ADJ JJS amod 37 O good
part NOUN NN attr 34 O part
of ADP IN prep 37 O of
my PRON PRP$ poss 40 B-DATE my
day NOUN NN pobj 38 I-DATE day _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
I PRON PRP nsubj 44 O I
told VERB VBD ROOT 44 O tell
the DET DT det 46 O the
captain NOUN NN dobj 44 O captain
last ADJ JJ amod 48 B-DATE last
week NOUN NN npadvmod 44 I-DATE week _
. PUNCT . punct 44 O . _
"""

# Why I still take the ferry /  / Ana Ruiz, Lenton Times /  / I have taken the Lenton ferry every
# morning for ten years, and I will keep taking it. /  / "It is the best part of my day," I told the
# captain last week.
_A_NAME_AND_ITS_PAPER = """
Why SCONJ WRB advmod 3 O why
I PRON PRP nsubj 3 O I
still ADV RB advmod 3 O still
take VERB VBP ROOT 3 O take
the DET DT det 5 O the
ferry NOUN NN dobj 3 O ferry _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Ana PROPN NNP compound 8 O Ana
Ruiz PROPN NNP ROOT 8 O Ruiz _
, PUNCT , punct 8 O ,
Lenton PROPN NNP compound 11 B-ORG Lenton
Times PROPN NNP appos 8 I-ORG Times _
<paragraph> SPACE _SP dep 11 O <paragraph> _
I PRON PRP nsubj 15 O I
have AUX VBP aux 15 O have
taken VERB VBN ROOT 15 O take
the DET DT det 18 O the
Lenton PROPN NNP compound 18 B-PERSON Lenton
ferry NOUN NN dobj 15 O ferry
every DET DT det 20 O every
morning NOUN NN npadvmod 15 O morning
for ADP IN prep 15 O for
ten NUM CD nummod 23 B-DATE ten
years NOUN NNS pobj 21 I-DATE year _
, PUNCT , punct 15 O ,
and CCONJ CC cc 15 O and
I PRON PRP nsubj 28 O I
will AUX MD aux 28 O will
keep VERB VB conj 15 O keep
taking VERB VBG xcomp 28 O take
it PRON PRP dobj 29 O it _
. PUNCT . punct 28 O . _
<paragraph> SPACE _SP dep 31 O <paragraph> _
" PUNCT `` punct 35 O " _
It PRON PRP nsubj 35 O it
is AUX VBZ ccomp 45 O be
the DET DT det 38 O the
best ADJ JJS amod 38 O good
part NOUN NN attr 35 O part
of ADP IN prep 38 O of
my PRON PRP$ poss 41 B-DATE my
day NOUN NN pobj 39 I-DATE day _
, PUNCT , punct 45 O , _
" PUNCT '' punct 45 O "
I PRON PRP nsubj 45 O I
told VERB VBD ROOT 45 O tell
the DET DT det 47 O the
captain NOUN NN dobj 45 O captain
last ADJ JJ amod 49 B-DATE last
week NOUN NN npadvmod 45 I-DATE week _
. PUNCT . punct 45 O . _
"""

# Ferry fares to rise by a fifth /  / The Lenton ferry will raise its fares by a fifth from March, its
# operator told passengers on Tuesday. /  / "We have no choice," said Tom Hale, the operator's chair.
# "The boats are old. /  / For the latest news, follow us on Twitter /  / "And the fuel costs more
# every month."
_A_FOLLOW_US_PROMPT = """
Ferry NOUN NN compound 1 O ferry
fares NOUN NNS ROOT 1 O fare
to PART TO aux 3 O to
rise VERB VB acl 1 O rise
by ADP IN prep 3 O by
a DET DT det 6 O a
fifth ADJ JJ pobj 4 B-ORDINAL fifth _
<paragraph> SPACE _SP dep 6 O <paragraph> _
The DET DT det 10 O the
Lenton PROPN NNP compound 10 B-PERSON Lenton
ferry NOUN NN nsubj 12 O ferry
will AUX MD aux 12 O will
raise VERB VB ccomp 23 O raise
its PRON PRP$ poss 14 O its
fares NOUN NNS dobj 12 O fare
by ADP IN prep 12 O by
a DET DT det 17 O a
fifth NOUN NN pobj 15 B-ORDINAL fifth
from ADP IN prep 17 O from
March PROPN NNP pobj 18 B-DATE March _
, PUNCT , punct 23 O ,
its PRON PRP$ poss 22 O its
operator NOUN NN nsubj 23 O operator
told VERB VBD ROOT 23 O tell
passengers NOUN NNS dobj 23 O passenger
on ADP IN prep 23 O on
Tuesday PROPN NNP pobj 25 B-DATE Tuesday _
. PUNCT . punct 23 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
" PUNCT `` punct 36 O " _
We PRON PRP nsubj 31 O we
have VERB VBP ccomp 36 O have
no DET DT det 33 O no
choice NOUN NN dobj 31 O choice _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
said VERB VBD ROOT 36 O say
Tom PROPN NNP compound 38 B-PERSON Tom
Hale PROPN NNP nsubj 36 I-PERSON Hale _
, PUNCT , punct 38 O ,
the DET DT det 41 O the
operator NOUN NN poss 43 O operator _
's PART POS case 41 O 's
chair NOUN NN appos 38 O chair _
. PUNCT . punct 36 O .
" PUNCT `` punct 48 O " _
The DET DT det 47 O the
boats NOUN NNS nsubj 48 O boat
are AUX VBP ROOT 48 O be
old ADJ JJ acomp 48 O old _
. PUNCT . punct 48 O . _
<paragraph> SPACE _SP dep 50 O <paragraph> _
For ADP IN prep 57 O for
the DET DT det 55 O the
latest ADJ JJS amod 55 O late
news NOUN NN pobj 52 O news _
, PUNCT , punct 57 O ,
follow VERB VB ROOT 57 O follow
us PRON PRP dobj 57 O we
on ADP IN prep 57 O on
Twitter PROPN NNP pobj 59 B-PERSON Twitter _
<paragraph> SPACE _SP dep 60 O <paragraph> _
" PUNCT `` punct 66 O " _
And CCONJ CC cc 66 O and
the DET DT det 65 O the
fuel NOUN NN nsubj 66 O fuel
costs VERB VBZ ROOT 66 O cost
more ADV RBR advmod 69 O more
every DET DT det 69 B-DATE every
month NOUN NN npadvmod 66 I-DATE month _
. PUNCT . punct 66 O . _
" PUNCT '' punct 66 O " _
"""


@pytest.mark.parametrize("spec", [_A_LABELLED_BYLINE, _A_NAME_AND_ITS_PAPER])
def test_the_bylines_author_is_the_columns_i(spec: str) -> None:
    rows = Extractor().rows(frozen(spec))
    assert [(r.speaker, r.quote) for r in rows] == [("Ana Ruiz", "It is the best part of my day,")]


def test_a_follow_us_prompt_does_not_break_a_quote() -> None:
    rows = Extractor().rows(frozen(_A_FOLLOW_US_PROMPT))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Tom Hale", "We have no choice,"),
        ("Tom Hale", "The boats are old."),
        ("Tom Hale", "And the fuel costs more every month."),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Reporter: Ana Ruiz", "byline"),
        ("Correspondent: Ana Ruiz, Nairobi", "byline"),
        ("Ana Ruiz, Lenton Times", "byline"),
        ("Ana Ruiz, The Nation", "byline"),
        ("For the latest news, follow us on Twitter", "share"),
        ("For more news, visit our website", "share"),
        ("Like us on Facebook", "share"),
        ("Stay updated with the latest news", "share"),
        ("Get the latest news on WhatsApp", "share"),
        # (A transcript's turn and a story's lines stay story.)
        ("REPORTER: What happened next?", ""),
        ("REPORTER: Minister, are you resigning?", ""),
        ("For more information, visit the council website.", ""),
        ("Tom Hale, the mayor, said the plan would go ahead.", ""),
        ("Stay in touch with your neighbours, the council urged.", ""),
    ],
)
def test_a_byline_or_a_prompt(line: str, kind: str) -> None:
    assert line_kind(line) == kind
