"""`The Financial Conduct Authority fined Northgate Bank … Chief executive Mark Holden said`, `The
Scottish Affairs Committee heard that … Chief executive X said`: a body that is the subject of a
verb by which it hears or acts against another party (models/facing_verbs.txt) does not tie a
job in the next sentence to it, as the staff of the party it faces speak next as often; a body
that is acted on (`Northgate Bank was fined … by`) still does. Frozen parses of texts written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Financial Conduct Authority fined Northgate Bank £12m on Tuesday. Chief executive Mark
# Holden said: "We accept the findings in full."
_FINED = """
The DET DT det 3 B-ORG the
Financial PROPN NNP compound 3 I-ORG Financial
Conduct PROPN NNP compound 3 I-ORG Conduct
Authority PROPN NNP nsubj 4 I-ORG Authority
fined VERB VBD ROOT 4 O fin
Northgate PROPN NNP compound 6 B-ORG Northgate
Bank PROPN NNP dative 4 I-ORG Bank
£ SYM $ nmod 8 O £ _
12 NUM CD nummod 9 B-MONEY 12 _
m NOUN NN dobj 4 O m
on ADP IN prep 4 O on
Tuesday PROPN NNP pobj 10 B-DATE Tuesday _
. PUNCT . punct 4 O .
Chief ADJ JJ amod 14 O chief
executive NOUN NN compound 16 O executive
Mark PROPN NNP compound 16 B-PERSON Mark
Holden PROPN NNP nsubj 17 I-PERSON Holden
said VERB VBD ROOT 17 O say _
: PUNCT : punct 17 O :
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 21 O we
accept VERB VBP ccomp 17 O accept
the DET DT det 23 O the
findings NOUN NNS dobj 21 O finding
in ADP IN prep 23 O in
full ADJ JJ amod 24 O full _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""

# The Scottish Affairs Committee heard that the yard was behind schedule. Chief executive David
# Tydeman said: "We are doing all we can."
_HEARD = """
The DET DT det 3 B-ORG the
Scottish PROPN NNP compound 2 I-ORG Scottish
Affairs PROPN NNPS compound 3 I-ORG Affairs
Committee PROPN NNP nsubj 4 I-ORG Committee
heard VERB VBD ROOT 4 O hear
that SCONJ IN mark 8 O that
the DET DT det 7 O the
yard NOUN NN nsubj 8 O yard
was AUX VBD ccomp 4 O be
behind ADP IN prep 8 O behind
schedule NOUN NN pobj 9 O schedule _
. PUNCT . punct 4 O .
Chief ADJ JJ amod 13 O chief
executive NOUN NN compound 15 O executive
David PROPN NNP compound 15 B-PERSON David
Tydeman PROPN NNP nsubj 16 I-PERSON Tydeman
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 21 O we
are AUX VBP aux 21 O be
doing VERB VBG ccomp 16 O do
all PRON DT dobj 21 O all
we PRON PRP nsubj 24 O we
can AUX MD relcl 22 O can _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""

# Northgate Bank was fined £12m by the Financial Conduct Authority on Tuesday. Chief executive
# Mark Holden said: "We accept the findings in full."
_PASSIVE = """
Northgate PROPN NNP compound 1 B-ORG Northgate
Bank PROPN NNP nsubjpass 3 I-ORG Bank
was AUX VBD auxpass 3 O be
fined VERB VBN ROOT 3 O fin
£ SYM $ nmod 6 O £ _
12 NUM CD compound 6 B-MONEY 12 _
m NOUN NN dobj 3 O m
by ADP IN agent 3 O by
the DET DT det 11 B-ORG the
Financial PROPN NNP compound 10 I-ORG Financial
Conduct PROPN NNP compound 11 I-ORG Conduct
Authority PROPN NNP pobj 7 I-ORG Authority
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 12 B-DATE Tuesday _
. PUNCT . punct 3 O .
Chief ADJ JJ amod 16 O chief
executive NOUN NN compound 18 O executive
Mark PROPN NNP compound 18 B-PERSON Mark
Holden PROPN NNP nsubj 19 I-PERSON Holden
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 23 O we
accept VERB VBP ccomp 19 O accept
the DET DT det 25 O the
findings NOUN NNS dobj 23 O finding
in ADP IN prep 25 O in
full ADJ JJ amod 26 O full _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""


# The European Commission fined the carmaker Volkar €1bn. Its chief executive, Hans Maier, said:
# "We will appeal against this decision."
_ITS = """
The DET DT det 2 B-ORG the
European PROPN NNP compound 2 I-ORG European
Commission PROPN NNP nsubj 3 I-ORG Commission
fined VERB VBD ROOT 3 O fin
the DET DT det 5 O the
carmaker NOUN NN dobj 3 O carmaker
Volkar PROPN NNP appos 5 O Volkar
€ SYM $ nmod 8 O € _
1bn NOUN NN npadvmod 3 B-MONEY 1bn _
. PUNCT . punct 3 O .
Its PRON PRP$ poss 12 O its
chief ADJ JJ amod 12 O chief
executive NOUN NN nsubj 17 O executive _
, PUNCT , punct 12 O ,
Hans PROPN NNP compound 15 B-PERSON Hans
Maier PROPN NNP appos 12 I-PERSON Maier _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 17 O say _
: PUNCT : punct 17 O :
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 22 O we
will AUX MD aux 22 O will
appeal VERB VB ccomp 17 O appeal
against ADP IN prep 22 O against
this DET DT det 25 O this
decision NOUN NN pobj 23 O decision _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_regulator_that_fined_a_bank_is_not_its_chief_executives_body() -> None:
    assert _rows(_FINED) == [("Mark Holden", "Chief executive", "")]


def test_a_committee_that_heard_is_not_the_witness_body() -> None:
    assert _rows(_HEARD) == [("David Tydeman", "Chief executive", "")]


def test_the_bank_fined_is_its_chief_executives_body() -> None:
    assert _rows(_PASSIVE) == [("Mark Holden", "Chief executive", "Northgate Bank")]


def test_its_after_a_body_that_fined_another_is_neither() -> None:
    # (`Its` opening the sentence after: the body that fined and the one fined are as likely.)
    assert _rows(_ITS) == [("Hans Maier", "chief executive", "")]
