"""A quote in single marks that runs on over paragraphs, each opening on a mark of its own and
only the last closed (British papers, archive reports), with a plural's possessive inside it
(`Miss Davies said: 'The girls' wages have not risen since 1912.` / `'The mistresses' answer …`
/ `'We shall go to the Board of Trade if we must.'`): the possessive's mark, with no mark after
it in its paragraph, is no closing mark, as the quote runs on at the paragraph's end. Before,
`The girls` was quoted alone and the quote's last paragraph was nobody's. A possessive in a
scare quote inside a sentence (`He praised the 'workers' spirit.`) still closes it. Frozen
parse of a story written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.spans import find_quote_spans
from tests.frozen import frozen

# Miss Davies said: 'The girls' wages have not risen since 1912. // 'The mistresses' answer is
# always the same. // 'We shall go to the Board of Trade if we must.'
_RUNNING = """
Miss PROPN NNP compound 1 O Miss
Davies PROPN NNPS nsubj 2 O Davies
said VERB VBD ROOT 2 O say _
: PUNCT : punct 2 O :
' PUNCT `` punct 2 O ' _
The DET DT det 6 O the
girls NOUN NNS poss 8 O girl _
' PART POS case 6 O '
wages NOUN NNS nsubj 11 O wage
have AUX VBP aux 11 O have
not PART RB neg 11 O not
risen VERB VBN ccomp 2 O rise
since SCONJ IN prep 11 O since
1912 NUM CD pobj 12 B-DATE 1912 _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
' PUNCT `` punct 21 O ' _
The DET DT det 18 O the
mistresses NOUN NNS poss 20 O mistress _
' PART POS case 18 O '
answer NOUN NN nsubj 21 O answer
is AUX VBZ ROOT 21 O be
always ADV RB advmod 21 O always
the DET DT det 24 O the
same ADJ JJ attr 21 O same _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
' PUNCT `` punct 30 O ' _
We PRON PRP nsubj 30 O we
shall AUX MD aux 30 O shall
go VERB VB ROOT 30 O go
to ADP IN prep 30 O to
the DET DT det 33 B-ORG the
Board PROPN NNP pobj 31 I-ORG Board
of ADP IN prep 33 I-ORG of
Trade PROPN NNP pobj 34 I-ORG Trade
if SCONJ IN mark 38 O if
we PRON PRP nsubj 38 O we
must AUX MD advcl 30 O must _
. PUNCT . punct 30 O . _
' PUNCT '' punct 30 O ' _
"""


def test_a_running_quote_goes_on_past_a_plurals_possessive() -> None:
    rows = Extractor().rows(frozen(_RUNNING))
    assert [(r.quote, r.speaker) for r in rows] == [
        ("The girls' wages have not risen since 1912.", "Davies"),
        ("The mistresses' answer is always the same.", "Davies"),
        ("We shall go to the Board of Trade if we must.", "Davies"),
    ]


def test_a_possessive_in_a_scare_quote_closes_it() -> None:
    text = "He praised the 'workers' spirit.\n\n'We will win,' said Tom Hale."
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["workers", "We will win,"]
