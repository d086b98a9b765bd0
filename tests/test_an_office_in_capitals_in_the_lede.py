"""`Queensland's Chief Health Officer has urged …` | `Dr Ana Cole said …`: a lede that opens on an
office in capitals owned by a place names its holder in the next paragraph, as `the Chief Health
Officer` or the office in small letters does; the words in capitals closed by a role's noun, none
a given name, are the post, no person `Health Officer` (only after an owner's `'s`). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

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


# Deputy Speaker of the City Assembly Vahagn Ohanjanyan, of the governing bloc, told reporters
# that the budget vote would go ahead on Friday.  He called the opposition walkout "cheap theatre"
# and said the doors "remain open".
_DEPUTY = """
Deputy PROPN NNP compound 1 O Deputy
Speaker PROPN NNP nsubj 14 O Speaker
of ADP IN prep 1 O of
the DET DT det 5 B-ORG the
City PROPN NNP compound 5 I-ORG City
Assembly PROPN NNP pobj 2 I-ORG Assembly
Vahagn PROPN NNP compound 7 O Vahagn
Ohanjanyan PROPN NNP appos 1 O Ohanjanyan _
, PUNCT , punct 1 O ,
of ADP IN prep 1 O of
the DET DT det 12 O the
governing NOUN NN compound 12 O governing
bloc NOUN NN pobj 9 O bloc _
, PUNCT , punct 1 O ,
told VERB VBD ROOT 14 O tell
reporters NOUN NNS dobj 14 O reporter
that SCONJ IN mark 21 O that
the DET DT det 19 O the
budget NOUN NN compound 19 O budget
vote NOUN NN nsubj 21 O vote
would AUX MD aux 21 O would
go VERB VB ccomp 14 O go
ahead ADV RB advmod 21 O ahead
on ADP IN prep 21 O on
Friday PROPN NNP pobj 23 B-DATE Friday _
. PUNCT . punct 14 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
He PRON PRP nsubj 28 O he
called VERB VBD ROOT 28 O call
the DET DT det 34 O the
opposition NOUN NN compound 31 O opposition
walkout NOUN NN nmod 34 O walkout
" PUNCT `` punct 34 O " _
cheap ADJ JJ amod 34 O cheap
theatre NOUN NN dobj 28 O theatre _
" PUNCT '' punct 28 O "
and CCONJ CC cc 28 O and
said VERB VBD conj 28 O say
the DET DT det 39 O the
doors NOUN NNS nsubj 41 O door
" PUNCT `` punct 41 O " _
remain VERB VBP ccomp 37 O remain
open ADJ JJ acomp 41 O open _
" PUNCT '' punct 41 O " _
. PUNCT . punct 28 O . _
"""

def test_the_office_a_place_owns_in_the_lede_is_the_next_named() -> None:
    rows = Extractor().rows(frozen(_CHO))
    assert [(r.speaker, r.role) for r in rows] == [("Ana Cole", "Chief Health Officer")]


def test_an_office_closed_by_a_role_noun_is_no_persons_name() -> None:
    rows = Extractor().rows(frozen(_CMO))
    assert [(r.speaker, r.role) for r in rows] == [("Tom Hale", "Chief Medical Officer")]


def test_an_office_with_no_owner_stays_the_one_name_a_pronoun_can_mean() -> None:
    # The name no list knows is tagged inside the body: without an owner's `'s` before it, the
    # office in capitals stays a name the `He` after it can mean, so the rows keep a speaker.
    rows = Extractor().rows(frozen(_DEPUTY))
    assert [r.speaker for r in rows] == ["Deputy Speaker", "Deputy Speaker"]
