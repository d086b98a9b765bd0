"""`Fuel prices will rise in June, sooner than expected, the state oil company said on Monday.`:
a sentence closed by `, X said` and a phrase of when or where it was said, where the parser hung
the verb of saying on the reported clause (as an adverbial clause, after the `sooner than
expected` aside) and gave it no clause of its own. The words before the phrase are what was said,
as they are when nothing follows the verb (quotes/indirect.py, ``_words_before_closing_phrase``,
``_scene_of_saying``). Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Fuel prices will rise in June, sooner than expected, the state oil company said on Monday.
_OIL_COMPANY = """
Fuel NOUN NN compound 1 O fuel
prices NOUN NNS nsubj 3 O price
will AUX MD aux 3 O will
rise VERB VB ROOT 3 O rise
in ADP IN prep 3 O in
June PROPN NNP pobj 4 B-DATE June _
, PUNCT , punct 3 O ,
sooner ADV RBR advmod 15 O soon
than SCONJ IN mark 9 O than
expected VERB VBN advcl 7 O expect _
, PUNCT , punct 15 O ,
the DET DT det 14 O the
state NOUN NN compound 14 O state
oil NOUN NN compound 14 O oil
company NOUN NN nsubj 15 O company
said VERB VBD advcl 3 O say
on ADP IN prep 15 O on
Monday PROPN NNP pobj 16 B-DATE Monday _
. PUNCT . punct 3 O . _
"""


# Roads in the north will reopen next week, sooner than hoped, the ministry's spokesman, Peter
# Mwangi, said at a briefing in Nairobi.
_SPOKESMAN = """
Roads NOUN NNS nsubj 5 O road
in ADP IN prep 0 O in
the DET DT det 3 O the
north NOUN NN pobj 1 O north
will AUX MD aux 5 O will
reopen VERB VB ROOT 5 O reopen
next ADJ JJ amod 7 B-DATE next
week NOUN NN npadvmod 5 I-DATE week _
, PUNCT , punct 5 O ,
sooner ADV RBR advmod 21 O soon
than SCONJ IN mark 11 O than
hoped VERB VBN advcl 9 O hop _
, PUNCT , punct 21 O ,
the DET DT det 14 O the
ministry NOUN NN poss 16 O ministry _
's PART POS case 14 O 's
spokesman NOUN NN nsubj 21 O spokesman _
, PUNCT , punct 16 O ,
Peter PROPN NNP compound 19 B-PERSON Peter
Mwangi PROPN NNP appos 16 I-PERSON Mwangi _
, PUNCT , punct 16 O ,
said VERB VBD advcl 5 O say
at ADP IN prep 21 O at
a DET DT det 24 O a
briefing NOUN NN pobj 22 O briefing
in ADP IN prep 24 O in
Nairobi PROPN NNP pobj 25 B-GPE Nairobi _
. PUNCT . punct 21 O . _
"""


def test_a_closing_phrase_with_its_day_reports_the_words_before_it() -> None:
    rows = Extractor(indirect=True).rows(frozen(_OIL_COMPANY))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("state oil company", "said", "Fuel prices will rise in June, sooner than expected")
    ]


def test_a_closing_phrase_with_its_place_reports_the_words_before_it() -> None:
    rows = Extractor(indirect=True).rows(frozen(_SPOKESMAN))
    assert [(r.speaker, r.role, r.cue, r.quote) for r in rows] == [
        ("Peter Mwangi", "spokesman", "said", "Roads in the north will reopen next week, sooner than hoped")
    ]
