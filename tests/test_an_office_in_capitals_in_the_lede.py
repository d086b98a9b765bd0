"""`Queensland's Chief Health Officer has urged …` | `Dr Ana Cole said …`: a lede that opens on an
office in capitals owned by a place names its holder in the next paragraph, as `the Chief Health
Officer` or the office in small letters does; the words in capitals closed by a role's noun, none
a given name, are the post, no person `Health Officer`. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Queensland's Chief Health Officer has urged residents to get vaccinated as flu cases hit a
# record high.  Dr Ana Cole said 42,000 cases had been confirmed since January. "This is a very
# significant flu season," Dr Cole said.
_CHO = """
Queensland PROPN NNP poss 4 B-GPE Queensland _
's PART POS case 0 O 's
Chief PROPN NNP compound 4 O Chief
Health PROPN NNP compound 4 O Health
Officer PROPN NNP nsubj 6 O Officer
has AUX VBZ aux 6 O have
urged VERB VBN ROOT 6 O urge
residents NOUN NNS dobj 6 O resident
to PART TO aux 10 O to
get AUX VB auxpass 10 O get
vaccinated VERB VBN xcomp 6 O vaccinate
as ADP IN prep 10 O as
flu NOUN NN compound 13 O flu
cases NOUN NNS pobj 11 O case
hit VERB VBD conj 6 O hit
a DET DT det 17 O a
record NOUN NN compound 17 O record
high NOUN NN dobj 14 O high _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
Dr PROPN NNP compound 22 O Dr
Ana PROPN NNP compound 22 O Ana
Cole PROPN NNP nsubj 23 B-PRODUCT Cole
said VERB VBD ROOT 23 O say
42,000 NUM CD nummod 25 B-CARDINAL 42,000
cases NOUN NNS nsubjpass 28 O case
had AUX VBD aux 28 O have
been AUX VBN auxpass 28 O be
confirmed VERB VBN ccomp 23 O confirm
since SCONJ IN prep 28 O since
January PROPN NNP pobj 29 B-DATE January _
. PUNCT . punct 23 O .
" PUNCT `` punct 44 O " _
This PRON DT nsubj 34 O this
is AUX VBZ ccomp 44 O be
a DET DT det 39 O a
very ADV RB advmod 37 O very
significant ADJ JJ amod 39 O significant
flu NOUN NN compound 39 O flu
season NOUN NN attr 34 O season _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
Dr PROPN NNP compound 43 O Dr
Cole PROPN NNP nsubj 44 B-PRODUCT Cole
said VERB VBD ROOT 44 O say _
. PUNCT . punct 44 O . _
"""

# Ontario's Chief Medical Officer has urged parents to keep sick children at home as flu cases
# climb.  Dr Tom Hale said 12,000 cases had been confirmed since May. "Please stay home if you are
# unwell," Dr Hale said.
_CMO = """
Ontario PROPN NNP poss 4 B-GPE Ontario _
's PART POS case 0 O 's
Chief PROPN NNP compound 4 O Chief
Medical PROPN NNP compound 4 O Medical
Officer PROPN NNP nsubj 6 O Officer
has AUX VBZ aux 6 O have
urged VERB VBN ROOT 6 O urge
parents NOUN NNS dobj 6 O parent
to PART TO aux 9 O to
keep VERB VB xcomp 6 O keep
sick ADJ JJ amod 11 O sick
children NOUN NNS dobj 9 O child
at ADP IN prep 9 O at
home NOUN NN pobj 12 O home
as SCONJ IN mark 17 O as
flu NOUN NN compound 16 O flu
cases NOUN NNS nsubj 17 O case
climb VERB VBP advcl 9 O climb _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
Dr PROPN NNP compound 22 O Dr
Tom PROPN NNP compound 22 B-PERSON Tom
Hale PROPN NNP nsubj 23 I-PERSON Hale
said VERB VBD ROOT 23 O say
12,000 NUM CD nummod 25 B-CARDINAL 12,000
cases NOUN NNS nsubjpass 28 O case
had AUX VBD aux 28 O have
been AUX VBN auxpass 28 O be
confirmed VERB VBN ccomp 23 O confirm
since SCONJ IN prep 28 O since
May PROPN NNP pobj 29 B-DATE May _
. PUNCT . punct 23 O .
" PUNCT `` punct 34 O " _
Please INTJ UH intj 34 O please
stay VERB VB ccomp 44 O stay
home ADV RB advmod 34 O home
if SCONJ IN mark 38 O if
you PRON PRP nsubj 38 O you
are AUX VBP advcl 34 O be
unwell ADJ JJ acomp 38 O unwell _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
Dr PROPN NNP compound 43 O Dr
Hale PROPN NNP nsubj 44 O Hale
said VERB VBD ROOT 44 O say _
. PUNCT . punct 44 O . _
"""


def test_the_office_a_place_owns_in_the_lede_is_the_next_named() -> None:
    rows = Extractor().rows(frozen(_CHO))
    assert [(r.speaker, r.role) for r in rows] == [("Ana Cole", "Chief Health Officer")]


def test_an_office_closed_by_a_role_noun_is_no_persons_name() -> None:
    rows = Extractor().rows(frozen(_CMO))
    assert [(r.speaker, r.role) for r in rows] == [("Tom Hale", "Chief Medical Officer")]
