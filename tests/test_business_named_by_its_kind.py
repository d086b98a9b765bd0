"""A name in capitals that a business's noun introduces (`The software company Brightwave`) or
stands beside (`Brightwave, a software company,`) is the business's, though the tagger calls it a
person or leaves it out; and `the firm` after it is that business, brought in as one, not a body
the story names in passing (`an email seen by the BBC`). Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


# Brightwave, a software company, is cutting 300 jobs. / In an email to staff seen by the BBC,
# chief executive Lena Park wrote: "This is the hardest decision I have made." / The firm said
# staff would get "three months of pay".
_CALLED_A_COMPANY = """
Brightwave PROPN NNP nsubj 7 O Brightwave _
, PUNCT , punct 0 O ,
a DET DT det 4 O a
software NOUN NN compound 4 O software
company NOUN NN appos 0 O company _
, PUNCT , punct 0 O ,
is AUX VBZ aux 7 O be
cutting VERB VBG ROOT 7 O cut
300 NUM CD nummod 9 B-CARDINAL 300
jobs NOUN NNS dobj 7 O job _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
In ADP IN prep 26 O in
an DET DT det 14 O an
email NOUN NN pobj 12 O email
to ADP IN prep 14 O to
staff NOUN NN pobj 15 O staff
seen VERB VBN acl 16 O see
by ADP IN agent 17 O by
the DET DT det 20 O the
BBC PROPN NNP pobj 18 B-ORG BBC _
, PUNCT , punct 20 O ,
chief ADJ JJ amod 23 O chief
executive NOUN NN compound 25 O executive
Lena PROPN NNP compound 25 B-PERSON Lena
Park PROPN NNP appos 20 I-PERSON Park
wrote VERB VBD ROOT 26 O write _
: PUNCT : punct 26 O :
" PUNCT `` punct 26 O " _
This PRON DT nsubj 30 O this
is AUX VBZ ccomp 26 O be
the DET DT det 33 O the
hardest ADJ JJS amod 33 O hard
decision NOUN NN attr 30 O decision
I PRON PRP nsubj 36 O I
have AUX VBP aux 36 O have
made VERB VBN relcl 33 O make _
. PUNCT . punct 26 O . _
" PUNCT `` ROOT 38 O " _
<paragraph> SPACE _SP dep 38 O <paragraph> _
The DET DT det 41 O the
firm NOUN NN nsubj 42 O firm
said VERB VBD ROOT 42 O say
staff NOUN NN nsubj 45 O staff
would AUX MD aux 45 O would
get VERB VB ccomp 42 O get
" PUNCT `` punct 45 O " _
three NUM CD nummod 48 B-DATE three
months NOUN NNS dobj 45 I-DATE month
of ADP IN prep 48 O of
pay NOUN NN pobj 49 O pay _
" PUNCT '' punct 45 O " _
. PUNCT . punct 42 O . _
"""


# The same story opening `The software company Brightwave is cutting 300 jobs.`
_COMPANY_BRIGHTWAVE = """
The DET DT det 2 O the
software NOUN NN compound 2 O software
company NOUN NN nsubj 5 O company
Brightwave PROPN NNP nsubj 5 B-PERSON Brightwave
is AUX VBZ aux 5 O be
cutting VERB VBG ROOT 5 O cut
300 NUM CD nummod 7 B-CARDINAL 300
jobs NOUN NNS dobj 5 O job _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
In ADP IN prep 24 O in
an DET DT det 12 O an
email NOUN NN pobj 10 O email
to ADP IN prep 12 O to
staff NOUN NN pobj 13 O staff
seen VERB VBN acl 14 O see
by ADP IN agent 15 O by
the DET DT det 18 O the
BBC PROPN NNP pobj 16 B-ORG BBC _
, PUNCT , punct 18 O ,
chief ADJ JJ amod 21 O chief
executive NOUN NN compound 23 O executive
Lena PROPN NNP compound 23 B-PERSON Lena
Park PROPN NNP appos 18 I-PERSON Park
wrote VERB VBD ROOT 24 O write _
: PUNCT : punct 24 O :
" PUNCT `` punct 24 O " _
This PRON DT nsubj 28 O this
is AUX VBZ ccomp 24 O be
the DET DT det 31 O the
hardest ADJ JJS amod 31 O hard
decision NOUN NN attr 28 O decision
I PRON PRP nsubj 34 O I
have AUX VBP aux 34 O have
made VERB VBN relcl 31 O make _
. PUNCT . punct 24 O . _
" PUNCT `` ROOT 36 O " _
<paragraph> SPACE _SP dep 36 O <paragraph> _
The DET DT det 39 O the
firm NOUN NN nsubj 40 O firm
said VERB VBD ROOT 40 O say
staff NOUN NN nsubj 43 O staff
would AUX MD aux 43 O would
get VERB VB ccomp 40 O get
" PUNCT `` punct 43 O " _
three NUM CD nummod 46 B-DATE three
months NOUN NNS dobj 43 I-DATE month
of ADP IN prep 46 O of
pay NOUN NN pobj 47 O pay _
" PUNCT '' punct 43 O " _
. PUNCT . punct 40 O . _
"""


def test_name_beside_a_business_noun_is_the_firm() -> None:
    assert who(_CALLED_A_COMPANY) == [
        ("Lena Park", "chief executive", "Brightwave", "Lena Park"),
        ("Brightwave", "", "Brightwave", "The firm"),
    ]


def test_name_a_business_noun_introduces_is_the_firm() -> None:
    assert who(_COMPANY_BRIGHTWAVE)[1] == ("Brightwave", "", "Brightwave", "The firm")


# Shares in Tavner Foods fell on Monday. / "It is tough out there," said the business leader.
_BUSINESS_LEADER = """
Shares NOUN NNS nsubj 4 O share
in ADP IN prep 0 O in
Tavner PROPN NNP compound 3 B-ORG Tavner
Foods PROPN NNPS pobj 1 I-ORG Foods
fell VERB VBD ROOT 4 O fall
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
" PUNCT `` punct 17 O " _
It PRON PRP nsubj 11 O it
is AUX VBZ ccomp 17 O be
tough ADJ JJ acomp 11 O tough
out ADV RB advmod 14 O out
there ADV RB advmod 11 O there _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
the DET DT det 20 O the
business NOUN NN compound 20 O business
leader NOUN NN nsubj 17 O leader _
. PUNCT . punct 17 O . _
"""


def test_business_before_a_job_is_its_field() -> None:
    # (`business` is a field of work, as in `business editor`: no body, not the company named.)
    assert who(_BUSINESS_LEADER) == [("the business leader", "business leader", "", "the business leader")]
