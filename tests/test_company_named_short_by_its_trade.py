"""A company's name cut short before a job is the company, when the word its name ends in says
its trade (`Halden chief executive` after `Halden Foods`, the tagger calling `Halden` a place
read as an adjective), and so is the short name owning the job (`Halden's chief executive`).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Halden Foods will shut its bottling plant in March, the company said. Halden chief executive
# Joanna Pike said demand had fallen. "We tried everything," Pike said.
_TRADE = """
Halden PROPN NNP compound 1 B-ORG Halden
Foods PROPN NNPS nsubj 3 I-ORG Foods
will AUX MD aux 3 O will
shut VERB VB ccomp 12 O shut
its PRON PRP$ poss 6 O its
bottling VERB VBG amod 6 O bottle
plant NOUN NN dobj 3 O plant
in ADP IN prep 3 O in
March PROPN NNP pobj 7 B-DATE March _
, PUNCT , punct 12 O ,
the DET DT det 11 O the
company NOUN NN nsubj 12 O company
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O .
Halden ADJ JJ amod 16 B-GPE halden
chief ADJ JJ amod 16 O chief
executive NOUN NN compound 18 O executive
Joanna PROPN NNP compound 18 B-PERSON Joanna
Pike PROPN NNP nsubj 19 I-PERSON Pike
said VERB VBD ROOT 19 O say
demand NOUN NN nsubj 22 O demand
had AUX VBD aux 22 O have
fallen VERB VBN ccomp 19 O fall _
. PUNCT . punct 19 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 26 O we
tried VERB VBD ccomp 31 O try
everything PRON NN dobj 26 O everything _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Pike PROPN NNP nsubj 31 B-ORG Pike
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""

# Halden Foods cut 300 jobs at its Leeds plant on Tuesday. / Unite regional officer Mark Dunlop
# said: "This is a betrayal of loyal workers." / Halden's chief executive Sarah Price said: "We had
# no choice."
_OWNER = """
Halden PROPN NNP compound 1 B-ORG Halden
Foods PROPN NNPS nsubj 2 I-ORG Foods
cut VERB VBD ROOT 2 O cut
300 NUM CD nummod 4 B-CARDINAL 300
jobs NOUN NNS dobj 2 O job
at ADP IN prep 2 O at
its PRON PRP$ poss 8 O its
Leeds PROPN NNPS compound 8 B-PRODUCT Leeds
plant NOUN NN pobj 5 O plant
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 9 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
Unite ADJ JJ amod 15 O unite
regional ADJ JJ amod 15 O regional
officer NOUN NN compound 17 O officer
Mark PROPN NNP compound 17 B-PERSON Mark
Dunlop PROPN NNP nsubj 18 I-PERSON Dunlop
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
This PRON DT nsubj 22 O this
is AUX VBZ ccomp 18 O be
a DET DT det 24 O a
betrayal NOUN NN attr 22 O betrayal
of ADP IN prep 24 O of
loyal ADJ JJ amod 27 O loyal
workers NOUN NNS pobj 25 O worker _
. PUNCT . punct 18 O . _
" PUNCT `` punct 18 O " _
<paragraph> SPACE _SP dep 29 O <paragraph> _
Halden PROPN NNP poss 34 B-GPE Halden _
's PART POS case 31 O 's
chief ADJ JJ amod 34 O chief
executive NOUN NN compound 36 O executive
Sarah PROPN NNP compound 36 B-PERSON Sarah
Price PROPN NNP nsubj 37 I-PERSON Price
said VERB VBD ROOT 37 O say _
: PUNCT : punct 37 O :
" PUNCT `` punct 37 O " _
We PRON PRP nsubj 41 O we
had VERB VBD ccomp 37 O have
no DET DT det 43 O no
choice NOUN NN dobj 41 O choice _
. PUNCT . punct 37 O . _
" PUNCT '' punct 37 O " _
"""


def test_company_named_short_by_its_first_word_before_a_job() -> None:
    assert who(_TRADE) == [("Joanna Pike", "chief executive", "Halden Foods")]


def test_company_named_short_owning_a_job() -> None:
    rows = who(_OWNER)
    assert ("Sarah Price", "chief executive", "Halden Foods") in rows
