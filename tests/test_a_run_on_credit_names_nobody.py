"""`Councillor Jane Fisher said … would "gut" public transport. Photograph: Michael Craig`: the
story line keeps its row, but the credit run on after its last sentence is the page's, and the
photographer named there is nobody of the story: a later bare `he` is not theirs (here the mayor
named before). Before, `Michael Craig` was the last man named and took the `he`. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.furniture import FurnitureLine, run_on_credits
from tests.frozen import frozen

# Mayor Tom Hale announced the bus cuts on Tuesday.  Councillor Jane Fisher said she would fight
# the decision, which she said would "gut" public transport. Photograph: Michael Craig  "We had no
# choice," he said.
_RUN_ON = """
Mayor PROPN NNP compound 2 O Mayor
Tom PROPN NNP compound 2 B-PERSON Tom
Hale PROPN NNP nsubj 3 I-PERSON Hale
announced VERB VBD ROOT 3 O announce
the DET DT det 6 O the
bus NOUN NN compound 6 O bus
cuts NOUN NNS dobj 3 O cut
on ADP IN prep 6 O on
Tuesday PROPN NNP pobj 7 B-DATE Tuesday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Councillor PROPN NNP compound 13 B-PERSON Councillor
Jane PROPN NNP compound 13 I-PERSON Jane
Fisher PROPN NNP nsubj 14 I-PERSON Fisher
said VERB VBD ROOT 14 O say
she PRON PRP nsubj 17 O she
would AUX MD aux 17 O would
fight VERB VB ccomp 14 O fight
the DET DT det 19 O the
decision NOUN NN dobj 17 O decision _
, PUNCT , punct 19 O ,
which PRON WDT nsubj 26 O which
she PRON PRP nsubj 23 O she
said VERB VBD relcl 19 O say
would AUX MD aux 26 O would
" PUNCT `` punct 26 O " _
gut VERB VB ccomp 23 O gut _
" PUNCT '' punct 26 O "
public ADJ JJ amod 29 O public
transport NOUN NN dobj 26 O transport _
. PUNCT . punct 14 O .
Photograph NOUN NN ROOT 31 O photograph _
: PUNCT : punct 31 O :
Michael PROPN NNP compound 34 B-PERSON Michael
Craig PROPN NNP nsubj 31 I-PERSON Craig _
<paragraph> SPACE _SP dep 34 O <paragraph> _
" PUNCT `` punct 38 O " _
We PRON PRP nsubj 38 O we
had VERB VBD ccomp 44 O have
no DET DT det 40 O no
choice NOUN NN dobj 38 O choice _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
he PRON PRP nsubj 44 O he
said VERB VBD ROOT 44 O say _
. PUNCT . punct 44 O . _
"""


def test_a_run_on_credits_name_takes_no_pronoun() -> None:
    rows = Extractor().rows(frozen(_RUN_ON))
    assert [(r.quote, r.speaker, r.role) for r in rows] == [
        ("gut", "Jane Fisher", "Councillor"),
        ("We had no choice,", "Tom Hale", "Mayor"),
    ]


def test_the_run_on_credit_is_the_credit_alone() -> None:
    text = 'Ana Ruiz said it was "a disgrace". Photograph: Tom Hale\n\nThe hearing ended.'
    assert run_on_credits(text, []) == [FurnitureLine(text.index("Photograph"), text.index("\n"), "credit")]
    assert run_on_credits("The hearing ended. Tom Hale took the photograph.", []) == []
