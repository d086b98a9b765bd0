"""A thing's common noun in capitals opening a sentence, which the tagger made a name, is no
body when the story writes it in small letters elsewhere and in capitals nowhere inside a
sentence: `Lighthouse keeper Aled Jones` under a headline `Village lighthouse to stay open` is
the lighthouse's keeper, at no body *Lighthouse*; a charity the story names `Lighthouse`
inside a sentence keeps its name. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Village lighthouse to stay open /  / Lighthouse keeper Aled Jones says the site is safe. /  /
# "It will run every day until March," he said.
_KEEPER = """
Village NOUN NN compound 1 O village
lighthouse NOUN NN ROOT 1 O lighthouse
to PART TO aux 3 O to
stay VERB VB relcl 1 O stay
open ADJ JJ acomp 3 O open _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Lighthouse PROPN NNP compound 7 B-ORG Lighthouse
keeper NOUN NN compound 9 O keeper
Aled PROPN NNP compound 9 O Aled
Jones PROPN NNP nsubj 10 B-PERSON Jones
says VERB VBZ ROOT 10 O say
the DET DT det 12 O the
site NOUN NN nsubj 13 O site
is AUX VBZ ccomp 10 O be
safe ADJ JJ acomp 13 O safe _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 20 O " _
It PRON PRP nsubj 20 O it
will AUX MD aux 20 O will
run VERB VB ccomp 28 O run
every DET DT det 22 B-DATE every
day NOUN NN npadvmod 20 I-DATE day
until ADP IN prep 20 O until
March PROPN NNP pobj 23 B-DATE March _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# Village lighthouse to stay open /  / Lighthouse manager Aled Jones says the site is safe. The charity
# Lighthouse runs the old lighthouse at Nash Point. /  / "It will run every day until March," he said.
_CHARITY = """
Village NOUN NN compound 1 O village
lighthouse NOUN NN ROOT 1 O lighthouse
to PART TO aux 3 O to
stay VERB VB relcl 1 O stay
open ADJ JJ acomp 3 O open _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Lighthouse PROPN NNP compound 7 O Lighthouse
manager NOUN NN compound 9 O manager
Aled PROPN NNP compound 9 B-PERSON Aled
Jones PROPN NNP nsubj 10 I-PERSON Jones
says VERB VBZ ROOT 10 O say
the DET DT det 12 O the
site NOUN NN nsubj 13 O site
is AUX VBZ ccomp 10 O be
safe ADJ JJ acomp 13 O safe _
. PUNCT . punct 10 O .
The DET DT det 18 O the
charity NOUN NN compound 18 O charity
Lighthouse PROPN NNP nsubj 19 B-ORG Lighthouse
runs VERB VBZ ROOT 19 O run
the DET DT det 22 O the
old ADJ JJ amod 22 O old
lighthouse NOUN NN dobj 19 O lighthouse
at ADP IN prep 19 O at
Nash PROPN NNP compound 25 B-FAC Nash
Point PROPN NNP pobj 23 I-FAC Point _
. PUNCT . punct 19 O . _
<paragraph> SPACE _SP dep 26 O <paragraph> _
" PUNCT `` punct 31 O " _
It PRON PRP nsubj 31 O it
will AUX MD aux 31 O will
run VERB VB ccomp 39 O run
every DET DT det 33 B-DATE every
day NOUN NN npadvmod 31 I-DATE day
until ADP IN prep 31 O until
March PROPN NNP pobj 34 B-DATE March _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
he PRON PRP nsubj 39 O he
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""


def test_a_things_noun_opening_the_sentence_is_no_body() -> None:
    rows = Extractor().rows(frozen(_KEEPER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Aled Jones", "Lighthouse keeper", "")]


def test_a_body_named_so_inside_a_sentence_keeps_its_name() -> None:
    rows = Extractor().rows(frozen(_CHARITY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Aled Jones", "manager", "Lighthouse")]
