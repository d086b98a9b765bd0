"""A body set off by commas after a name with `from` is the body the person works for, under
the test `, of` meets (a name ending in a body's noun, or a tagged body of two words or more):
`Anna Berg, from Kestrel Capital,` → *Kestrel Capital*; `Anna Berg, from Lenton,` says where
she lives. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Shares in Harbour Mills fell 8% on Monday. / "This is a warning sign," said Anna Berg, from
# Kestrel Capital.
_FROM_A_FIRM = """
Shares NOUN NNS nsubj 4 O share
in ADP IN prep 0 O in
Harbour PROPN NNP compound 3 B-GPE Harbour
Mills PROPN NNP pobj 1 I-GPE Mills
fell VERB VBD ROOT 4 O fall
8 NUM CD nummod 6 B-PERCENT 8 _
% NOUN NN npadvmod 4 I-PERCENT %
on ADP IN prep 4 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 19 O " _
This PRON DT nsubj 13 O this
is AUX VBZ ccomp 19 O be
a DET DT det 16 O a
warning NOUN NN compound 16 O warning
sign NOUN NN attr 13 O sign _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
said VERB VBD ROOT 19 O say
Anna PROPN NNP compound 21 B-PERSON Anna
Berg PROPN NNP nsubj 19 I-PERSON Berg _
, PUNCT , punct 21 O ,
from ADP IN prep 21 O from
Kestrel PROPN NNP compound 25 B-ORG Kestrel
Capital PROPN NNP pobj 23 I-ORG Capital _
. PUNCT . punct 19 O . _
"""

# Dr Anna Berg, from the University of Leeds, said: "The results are clear."
_FROM_A_UNIVERSITY = """
Dr PROPN NNP compound 2 O Dr
Anna PROPN NNP compound 2 B-PERSON Anna
Berg PROPN NNP nsubj 10 I-PERSON Berg _
, PUNCT , punct 10 O ,
from ADP IN prep 3 O from
the DET DT det 6 B-ORG the
University PROPN NNP pobj 4 I-ORG University
of ADP IN prep 6 I-ORG of
Leeds PROPN NNPS pobj 7 I-ORG Leeds _
, PUNCT , punct 10 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
The DET DT det 14 O the
results NOUN NNS nsubj 15 O result
are AUX VBP ccomp 10 O be
clear ADJ JJ acomp 15 O clear _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""

# Hundreds of people queued outside the new library on Monday. / Anna Berg, from Lenton, said:
# "It was worth the wait."
_FROM_A_TOWN = """
Hundreds NOUN NNS ROOT 0 B-CARDINAL hundred
of ADP IN prep 0 O of
people NOUN NNS pobj 1 O people
queued VERB VBN acl 0 O queue
outside ADP IN prep 3 O outside
the DET DT det 7 O the
new ADJ JJ amod 7 O new
library NOUN NN pobj 4 O library
on ADP IN prep 3 O on
Monday PROPN NNP pobj 8 B-DATE Monday _
. PUNCT . punct 0 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Anna PROPN NNP compound 13 B-PERSON Anna
Berg PROPN NNP nsubj 18 I-PERSON Berg _
, PUNCT , punct 13 O ,
from ADP IN prep 13 O from
Lenton PROPN NNP pobj 15 B-GPE Lenton _
, PUNCT , punct 18 O ,
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
It PRON PRP nsubj 22 O it
was AUX VBD ccomp 18 O be
worth ADJ JJ acomp 22 O worth
the DET DT det 25 O the
wait NOUN NN npadvmod 23 O wait _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


def test_firm_set_off_after_from() -> None:
    assert who(_FROM_A_FIRM) == [("Anna Berg", "", "Kestrel Capital")]


def test_university_set_off_after_from() -> None:
    assert who(_FROM_A_UNIVERSITY) == [("Anna Berg", "", "University of Leeds")]


def test_town_set_off_after_from_is_no_body() -> None:
    assert who(_FROM_A_TOWN) == [("Anna Berg", "", "")]
