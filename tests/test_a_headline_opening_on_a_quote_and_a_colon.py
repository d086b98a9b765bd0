"""A first line that opens on a quote closed by a colon, then a headline's own words in the present
(`'It's a disgrace': Parents slam school closure`, as British papers head a story), is the
headline: its quote is the one the story gives below, by the speaker it names, not a quote of the
headline's subject (*Parents*), which had it with the cue `slam`. A first line whose quote a comma
closes before its cue (`"We will fight on," union official Kelly Barnes said on Tuesday.`) is still
the story's lede. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# 'It's a disgrace': Parents slam school closure
# Parents in Leeds have criticised the council's decision to close a primary school.
# "It's a disgrace," said mother Kelly Barnes.
_CLOSURE = """
' PUNCT `` punct 2 O ' _
It PRON PRP nsubj 2 O it _
's AUX VBZ ccomp 8 O be
a DET DT det 4 O a
disgrace NOUN NN attr 2 O disgrace _
' PUNCT '' punct 2 O ' _
: PUNCT : punct 8 O :
Parents NOUN NNS nsubj 8 O parent
slam VERB VBP ROOT 8 O slam
school NOUN NN compound 10 O school
closure NOUN NN dobj 8 O closure _
<newline> SPACE _SP dep 10 O <newline> _
Parents NOUN NNS nsubj 16 O parent
in ADP IN prep 12 O in
Leeds PROPN NNPS pobj 13 B-GPE Leeds
have AUX VBP aux 16 O have
criticised VERB VBN ROOT 16 O criticise
the DET DT det 18 O the
council NOUN NN poss 20 O council _
's PART POS case 18 O 's
decision NOUN NN dobj 16 O decision
to PART TO aux 22 O to
close VERB VB acl 20 O close
a DET DT det 25 O a
primary ADJ JJ amod 25 O primary
school NOUN NN dobj 22 O school _
. PUNCT . punct 16 O . _
<newline> SPACE _SP dep 26 O <newline> _
" PUNCT `` punct 35 O " _
It PRON PRP nsubj 30 O it _
's AUX VBZ ccomp 35 O be
a DET DT det 32 O a
disgrace NOUN NN attr 30 O disgrace _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
said VERB VBD ROOT 35 O say
mother NOUN NN compound 38 O mother
Kelly PROPN NNP compound 38 B-PERSON Kelly
Barnes PROPN NNP nsubj 35 I-PERSON Barnes _
. PUNCT . punct 35 O . _
"""

# "We will fight on," union official Kelly Barnes said on Tuesday.
# Parents in Leeds have criticised the council's decision to close a primary school.
_LEDE = """
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
fight VERB VB ccomp 11 O fight
on ADP IN prep 3 O on _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
union NOUN NN compound 8 O union
official NOUN NN compound 10 O official
Kelly PROPN NNP compound 10 B-PERSON Kelly
Barnes PROPN NNP nsubj 11 I-PERSON Barnes
said VERB VBD ROOT 11 O say
on ADP IN prep 11 O on
Tuesday PROPN NNP pobj 12 B-DATE Tuesday _
. PUNCT . punct 11 O . _
<newline> SPACE _SP dep 14 O <newline> _
Parents NOUN NNS nsubj 20 O parent
in ADP IN prep 16 O in
Leeds PROPN NNPS pobj 17 B-GPE Leeds
have AUX VBP aux 20 O have
criticised VERB VBN ROOT 20 O criticise
the DET DT det 22 O the
council NOUN NN poss 24 O council _
's PART POS case 22 O 's
decision NOUN NN dobj 20 O decision
to PART TO aux 26 O to
close VERB VB acl 24 O close
a DET DT det 29 O a
primary ADJ JJ amod 29 O primary
school NOUN NN dobj 26 O school _
. PUNCT . punct 20 O . _
"""


def test_a_quote_closed_by_a_colon_opens_a_headline() -> None:
    rows = Extractor().rows(frozen(_CLOSURE))
    assert [(r.quote, r.speaker, r.kind) for r in rows] == [("It's a disgrace,", "Kelly Barnes", "direct")]


def test_a_quote_closed_by_a_comma_before_its_cue_opens_the_lede() -> None:
    rows = Extractor().rows(frozen(_LEDE))
    assert [(r.quote, r.speaker, r.role) for r in rows] == [
        ("We will fight on,", "Kelly Barnes", "union official")
    ]
