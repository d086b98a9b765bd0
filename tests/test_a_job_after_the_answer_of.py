"""`"…," was the answer of the union secretary, Mr. Ben Tillett.`: a job after `of` that ends the
words before a name set off by a comma, after a noun that names no job, body nor person (an
answer, a reply), is the name's apposition alone, whichever noun the parser sets the name beside
(the words were the whole `the answer of the union secretary`, no role); after a person's noun
(`the wife of the mayor, Mrs. Jane Hale`) the job is another's and stays out. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The dockers voted to stay out. "We shall not go back until the sixpence is paid," was the answer
# of the union secretary, Mr. Ben Tillett.
_ANSWER = """
The DET DT det 1 O the
dockers NOUN NNS nsubj 2 O docker
voted VERB VBD ROOT 2 O vote
to PART TO aux 4 O to
stay VERB VB xcomp 2 O stay
out ADV RB prt 4 O out _
. PUNCT . punct 2 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 11 O we
shall AUX MD aux 11 O shall
not PART RB neg 11 O not
go VERB VB ccomp 20 O go
back ADV RB advmod 11 O back
until SCONJ IN mark 17 O until
the DET DT det 15 O the
sixpence NOUN NN nsubjpass 17 O sixpence
is AUX VBZ auxpass 17 O be
paid VERB VBN advcl 11 O pay _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
was AUX VBD ROOT 20 O be
the DET DT det 22 O the
answer NOUN NN attr 20 O answer
of ADP IN prep 22 O of
the DET DT det 26 O the
union NOUN NN compound 26 O union
secretary NOUN NN pobj 23 O secretary _
, PUNCT , punct 22 O ,
Mr. PROPN NNP compound 30 O Mr.
Ben PROPN NNP compound 30 B-PERSON Ben
Tillett PROPN NNP appos 22 I-PERSON Tillett _
. PUNCT . punct 20 O . _
"""

# The dockers voted to stay out.  "The men are tired," was the reply of the branch chairman, Mr.
# Tom Mann.
_REPLY = """
The DET DT det 1 O the
dockers NOUN NNS nsubj 2 O docker
voted VERB VBD ROOT 2 O vote
to PART TO aux 4 O to
stay VERB VB xcomp 2 O stay
out ADV RB prt 4 O out _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
" PUNCT `` punct 15 O " _
The DET DT det 10 O the
men NOUN NNS nsubj 11 O man
are AUX VBP ccomp 15 O be
tired ADJ JJ acomp 11 O tired _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
was AUX VBD ROOT 15 O be
the DET DT det 17 O the
reply NOUN NN attr 15 O reply
of ADP IN prep 17 O of
the DET DT det 21 O the
branch NOUN NN compound 21 O branch
chairman NOUN NN pobj 18 O chairman _
, PUNCT , punct 21 O ,
Mr. PROPN NNP compound 25 O Mr.
Tom PROPN NNP compound 25 B-PERSON Tom
Mann PROPN NNP appos 21 I-PERSON Mann _
. PUNCT . punct 15 O . _
"""

# The strike entered its third week.  "No comment," was the response of the wife of the mayor,
# Mrs. Jane Hale.
_KIN = """
The DET DT det 1 O the
strike NOUN NN nsubj 2 O strike
entered VERB VBD ROOT 2 O enter
its PRON PRP$ poss 5 O its
third ADJ JJ amod 5 B-DATE third
week NOUN NN dobj 2 I-DATE week _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
" PUNCT `` punct 10 O " _
No DET DT det 10 O no
comment NOUN NN nsubj 13 O comment _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
was AUX VBD ROOT 13 O be
the DET DT det 15 O the
response NOUN NN attr 13 O response
of ADP IN prep 15 O of
the DET DT det 18 O the
wife NOUN NN pobj 16 O wife
of ADP IN prep 18 O of
the DET DT det 21 O the
mayor NOUN NN pobj 19 O mayor _
, PUNCT , punct 13 O ,
Mrs. PROPN NNP compound 25 O Mrs.
Jane PROPN NNP compound 25 B-PERSON Jane
Hale PROPN NNP npadvmod 13 I-PERSON Hale _
. PUNCT . punct 13 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_the_job_after_the_answer_of_is_the_names() -> None:
    assert _who(_ANSWER) == [("Ben Tillett", "union secretary")]


def test_the_job_after_the_reply_of_is_the_names() -> None:
    assert _who(_REPLY) == [("Tom Mann", "branch chairman")]


def test_the_job_after_a_persons_noun_is_anothers() -> None:
    assert _who(_KIN) == [("Jane Hale", "")]
