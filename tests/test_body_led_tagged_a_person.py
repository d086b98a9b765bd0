"""One word a verb of leading a body takes (`who heads Ofgem`, `who runs`, `who chairs`) that
the tagger calls a person's, and that the article never shows as one, is the body led
(*Ofgem*; no role, as the verb writes no noun for the post), as `an analyst at Berenberg` is;
not after a verb that may take a person (`who coaches Lozano`). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Energy bills will fall in April. / "Prices will keep falling," said Tom Hale, who heads Ofgem.
# (`Ofgem` tagged a person.)
_HEADS = """
Energy NOUN NN compound 1 O energy
bills NOUN NNS nsubj 3 O bill
will AUX MD aux 3 O will
fall VERB VB ROOT 3 O fall
in ADP IN prep 3 O in
April PROPN NNP pobj 4 B-DATE April _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
" PUNCT `` punct 15 O " _
Prices NOUN NNS nsubj 11 O price
will AUX MD aux 11 O will
keep VERB VB ccomp 15 O keep
falling VERB VBG xcomp 11 O fall _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Tom PROPN NNP compound 17 B-PERSON Tom
Hale PROPN NNP nsubj 15 I-PERSON Hale _
, PUNCT , punct 17 O ,
who PRON WP nsubj 20 O who
heads VERB VBZ relcl 17 O head
Ofgem PROPN NNP dobj 20 B-PERSON Ofgem _
. PUNCT . punct 15 O . _
"""

# Energy bills will fall in April. / "Prices will keep falling," said Tom Hale, who coaches
# Lozano.
_COACHES = """
Energy NOUN NN compound 1 O energy
bills NOUN NNS nsubj 3 O bill
will AUX MD aux 3 O will
fall VERB VB ROOT 3 O fall
in ADP IN prep 3 O in
April PROPN NNP pobj 4 B-DATE April _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
" PUNCT `` punct 15 O " _
Prices NOUN NNS nsubj 11 O price
will AUX MD aux 11 O will
keep VERB VB ccomp 15 O keep
falling VERB VBG xcomp 11 O fall _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Tom PROPN NNP compound 17 B-PERSON Tom
Hale PROPN NNP nsubj 15 I-PERSON Hale _
, PUNCT , punct 17 O ,
who PRON WP nsubj 20 O who
coaches VERB VBZ relcl 17 O coach
Lozano PROPN NNP dobj 20 B-PERSON Lozano _
. PUNCT . punct 15 O . _
"""


def test_one_word_a_person_heads_is_the_body_though_tagged_a_person() -> None:
    assert who(_HEADS) == [("Tom Hale", "", "Ofgem")]


def test_one_word_a_person_coaches_is_no_body() -> None:
    assert who(_COACHES) == [("Tom Hale", "", "")]
