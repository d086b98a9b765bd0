"""Two prompts before a related story's headline that the furniture did not know: `Read next:`
(with or without a space after its colon, as a link set straight after a bold label comes out,
`Read next:"We were never asked," says market chairman`), and a two-word prompt in capitals
with no mark after it (the Daily Star's `Also Read`, in an element of its own, its link's
headline run on after it: `Also Read 'We will not back down,' says traders' leader`). Both
were read as lines of the story, and their headlines' quotes gave rows to *market chairman*
and *traders' leader*. Now both are related-story lines (models/furniture.txt), whose quotes
are nobody's. `Also read the report.` stays a sentence. Frozen parse of a story written for
this file (see tests/frozen.py)."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Traders close shops over tax rules  The tax authority said on Tuesday that the new receipts were
# meant to make collection fair.  Also Read 'We will not back down,' says traders' leader  "Those
# who comply have nothing to fear," the authority's commissioner, Tom Hale, said.  Read next:"We
# were never asked," says market chairman
_A_STORY_WITH_ITS_PROMPTS = """
Traders NOUN NNS ROOT 0 O trader
close ADJ JJ amod 2 O close
shops NOUN NNS appos 0 O shop
over ADP IN prep 2 O over
tax NOUN NN compound 5 O tax
rules NOUN NNS pobj 3 O rule _
<paragraph> SPACE _SP dep 5 O <paragraph> _
The DET DT det 9 O the
tax NOUN NN compound 9 O tax
authority NOUN NN nsubj 10 O authority
said VERB VBD ROOT 10 O say
on ADP IN prep 10 O on
Tuesday PROPN NNP pobj 11 B-DATE Tuesday
that SCONJ IN mark 18 O that
the DET DT det 16 O the
new ADJ JJ amod 16 O new
receipts NOUN NNS nsubjpass 18 O receipt
were AUX VBD auxpass 18 O be
meant VERB VBN ccomp 10 O mean
to PART TO aux 20 O to
make VERB VB xcomp 18 O make
collection NOUN NN nsubj 22 O collection
fair ADJ JJ ccomp 20 O fair _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
Also ADV RB advmod 26 O also
Read VERB VBP ccomp 35 O read
' PUNCT `` punct 26 O ' _
We PRON PRP nsubj 31 O we
will AUX MD aux 31 O will
not PART RB neg 31 O not
back VERB VB ccomp 26 O back
down ADP RP prt 31 O down _
, PUNCT , punct 35 O , _
' PUNCT '' punct 35 O '
says VERB VBZ ROOT 35 O say
traders NOUN NNS poss 38 O trader _
' PART POS case 36 O '
leader NOUN NN nsubj 35 O leader _
<paragraph> SPACE _SP dep 38 O <paragraph> _
" PUNCT `` punct 58 O " _
Those PRON DT nsubj 44 O those
who PRON WP nsubj 43 O who
comply VERB VBP relcl 41 O comply
have VERB VBP ccomp 58 O have
nothing PRON NN dobj 44 O nothing
to PART TO aux 47 O to
fear VERB VB relcl 45 O fear _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
the DET DT det 51 O the
authority NOUN NN poss 53 O authority _
's PART POS case 51 O 's
commissioner NOUN NN dobj 44 O commissioner _
, PUNCT , punct 53 O ,
Tom PROPN NNP compound 56 B-PERSON Tom
Hale PROPN NNP appos 53 I-PERSON Hale _
, PUNCT , punct 53 O ,
said VERB VBD ROOT 58 O say _
. PUNCT . punct 58 O . _
<paragraph> SPACE _SP dep 59 O <paragraph> _
Read PROPN NNP compound 62 O Read
next:"We PROPN NNP nsubjpass 65 O next:"We
were AUX VBD auxpass 65 O be
never ADV RB neg 65 O never
asked VERB VBN ccomp 68 O ask _
, PUNCT , punct 68 O , _
" PUNCT '' punct 68 O "
says VERB VBZ ROOT 68 O say
market NOUN NN compound 70 O market
chairman NOUN NN nsubj 68 O chairman _
"""


def test_the_prompts_headlines_quote_no_one() -> None:
    rows = Extractor().rows(frozen(_A_STORY_WITH_ITS_PROMPTS))
    assert [(r.speaker, r.role) for r in rows if r.kind != "furniture"] == [("Tom Hale", "commissioner")]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Read next:Welsh Government to review school buildings", "related"),
        ("Up next: Council blames power cuts for water woes", "related"),
        ("Also Read Dengue: Why the numbers keep climbing", "related"),
        ("ALSO READ “We will fight,” says union", "related"),
        ("Also read the council's report before the meeting.", ""),
    ],
)
def test_a_prompt_before_a_related_headline(line: str, kind: str) -> None:
    assert line_kind(line) == kind
