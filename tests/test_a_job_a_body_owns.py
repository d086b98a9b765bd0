"""`Its chief executive said …`, `Kestrel Bank's chief executive said …`: a job a body owns (by `its`
or a body's tagged name) is one holder's, as `the chief executive` is: the `he said` after it
means that holder, the one the story named with that job or, with none, the unnamed holder, with
the body for organisation. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kestrel Foods cut 200 jobs at its Nakuru plant on Monday. Its chief executive said sales had
# fallen by a third. "It was a hard year," he said.
_ITS = """
Kestrel PROPN NNP compound 1 B-ORG Kestrel
Foods PROPN NNP nsubj 2 I-ORG Foods
cut VERB VBD ROOT 2 O cut
200 NUM CD nummod 4 B-CARDINAL 200
jobs NOUN NNS dobj 2 O job
at ADP IN prep 2 O at
its PRON PRP$ poss 8 O its
Nakuru PROPN NNP compound 8 B-GPE Nakuru
plant NOUN NN pobj 5 O plant
on ADP IN prep 2 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 2 O .
Its PRON PRP$ poss 14 O its
chief ADJ JJ amod 14 O chief
executive NOUN NN nsubj 15 O executive
said VERB VBD ROOT 15 O say
sales NOUN NNS nsubj 18 O sale
had AUX VBD aux 18 O have
fallen VERB VBN ccomp 15 O fall
by ADP IN prep 18 O by
a DET DT det 21 O a
third NOUN NN pobj 19 B-ORDINAL third _
. PUNCT . punct 15 O .
" PUNCT `` punct 32 O " _
It PRON PRP nsubj 25 O it
was AUX VBD ccomp 32 O be
a DET DT det 28 B-DATE a
hard ADJ JJ amod 28 I-DATE hard
year NOUN NN attr 25 I-DATE year _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
he PRON PRP nsubj 32 O he
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

# Shares in Kestrel Bank fell on Monday. Kestrel Bank's chief executive said sales had fallen by a
# third. "It was a hard year," he said.
_BANKS = """
Shares NOUN NNS nsubj 4 O share
in ADP IN prep 0 O in
Kestrel PROPN NNP compound 3 B-ORG Kestrel
Bank PROPN NNP pobj 1 I-ORG Bank
fell VERB VBD ROOT 4 O fall
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 4 O .
Kestrel PROPN NNP compound 9 B-ORG Kestrel
Bank PROPN NNP poss 12 I-ORG Bank _
's PART POS case 9 I-ORG 's
chief ADJ JJ amod 12 O chief
executive NOUN NN nsubj 13 O executive
said VERB VBD ROOT 13 O say
sales NOUN NNS nsubj 16 O sale
had AUX VBD aux 16 O have
fallen VERB VBN ccomp 13 O fall
by ADP IN prep 16 O by
a DET DT det 19 O a
third NOUN NN pobj 17 B-ORDINAL third _
. PUNCT . punct 13 O .
" PUNCT `` punct 30 O " _
It PRON PRP nsubj 23 O it
was AUX VBD ccomp 30 O be
a DET DT det 26 B-DATE a
hard ADJ JJ amod 26 I-DATE hard
year NOUN NN attr 23 I-DATE year _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
he PRON PRP nsubj 30 O he
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# Kestrel Foods chief executive Ana Ruiz announced the cuts on Monday. Analysts were surprised.
# The company's chief executive said sales had fallen by a third. "It was a hard year," she said.
_NAMED = """
Kestrel PROPN NNP compound 1 B-ORG Kestrel
Foods PROPN NNP nmod 3 I-ORG Foods
chief ADJ JJ amod 3 O chief
executive NOUN NN compound 5 O executive
Ana PROPN NNP compound 5 O Ana
Ruiz PROPN NNP nsubj 6 O Ruiz
announced VERB VBD ROOT 6 O announce
the DET DT det 8 O the
cuts NOUN NNS dobj 6 O cut
on ADP IN prep 6 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 6 O .
Analysts NOUN NNS nsubj 13 O analyst
were AUX VBD ROOT 13 O be
surprised ADJ JJ acomp 13 O surprised _
. PUNCT . punct 13 O .
The DET DT det 17 O the
company NOUN NN poss 20 O company _
's PART POS case 17 O 's
chief ADJ JJ amod 20 O chief
executive NOUN NN nsubj 21 O executive
said VERB VBD ROOT 21 O say
sales NOUN NNS nsubj 24 O sale
had AUX VBD aux 24 O have
fallen VERB VBN ccomp 21 O fall
by ADP IN prep 24 O by
a DET DT det 27 O a
third NOUN NN pobj 25 B-ORDINAL third _
. PUNCT . punct 21 O .
" PUNCT `` punct 38 O " _
It PRON PRP nsubj 31 O it
was AUX VBD ccomp 38 O be
a DET DT det 34 B-DATE a
hard ADJ JJ amod 34 I-DATE hard
year NOUN NN attr 31 I-DATE year _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
she PRON PRP nsubj 38 O she
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""


def test_its_job_brings_in_the_holder_a_pronoun_means() -> None:
    rows = Extractor().rows(frozen(_ITS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Its chief executive", "chief executive", "Kestrel Foods")
    ]


def test_a_tagged_bodys_job_brings_in_the_holder_a_pronoun_means() -> None:
    rows = Extractor().rows(frozen(_BANKS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Kestrel Bank's chief executive", "chief executive", "Kestrel Bank")
    ]


def test_the_holder_named_before_is_the_one_meant() -> None:
    rows = Extractor().rows(frozen(_NAMED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Ruiz", "chief executive", "Kestrel Foods")
    ]
