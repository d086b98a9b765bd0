"""A minister whose brief, in capitals before the title, names the one ministry the article
names (`Climate Change Ministry` for `Energy, Mines and Climate Change Minister X`, the tagger
cutting the body's name; `the Ministry of Health` for `Health Minister X`) is that ministry's;
a longer name is the body only when the article writes all of it before the title too (a
state's `Health Minister` is no minister of the `Union Health Ministry`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Teams from the Energy, Mines and Climate Change Ministry inspected the block. / The dam will be
# checked again next year, Energy, Mines and Climate Change Minister Selim Kaya announced on
# Monday, saying that "no dam will be left to chance". (`Climate Change Ministry` tagged alone.)
_CUT = """
Teams NOUN NNS nsubj 10 O team
from ADP IN prep 0 O from
the DET DT det 3 O the
Energy PROPN NNP pobj 1 B-ORG Energy _
, PUNCT , punct 3 O ,
Mines PROPN NNP conj 3 O Mines
and CCONJ CC cc 5 O and
Climate PROPN NNP compound 8 B-ORG Climate
Change PROPN NNP compound 9 I-ORG Change
Ministry PROPN NNP conj 5 I-ORG Ministry
inspected VERB VBD ROOT 10 O inspect
the DET DT det 12 O the
block NOUN NN dobj 10 O block _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
The DET DT det 16 O the
dam NOUN NN nsubjpass 19 O dam
will AUX MD aux 19 O will
be AUX VB auxpass 19 O be
checked VERB VBN ccomp 33 O check
again ADV RB advmod 19 O again
next ADJ JJ amod 22 B-DATE next
year NOUN NN npadvmod 19 I-DATE year _
, PUNCT , punct 33 O ,
Energy PROPN NNP nmod 30 B-ORG Energy _
, PUNCT , punct 24 O ,
Mines PROPN NNP conj 24 O Mines
and CCONJ CC cc 26 O and
Climate PROPN NNP conj 26 O Climate
Change PROPN NNP compound 30 O Change
Minister PROPN NNP compound 32 O Minister
Selim PROPN NNP compound 32 B-PERSON Selim
Kaya PROPN NNP nsubj 33 I-PERSON Kaya
announced VERB VBD ROOT 33 O announce
on ADP IN prep 33 O on
Monday PROPN NNP pobj 34 B-DATE Monday _
, PUNCT , punct 33 O ,
saying VERB VBG advcl 33 O say
that SCONJ IN mark 44 O that
" PUNCT `` punct 44 O " _
no DET DT det 41 O no
dam NOUN NN nsubjpass 44 O dam
will AUX MD aux 44 O will
be AUX VB auxpass 44 O be
left VERB VBN ccomp 37 O leave
to PART TO prep 44 O to
chance NOUN NN pobj 45 O chance _
" PUNCT '' punct 37 O " _
. PUNCT . punct 33 O . _
"""

# Health Minister Rosa Joseph said the ward was ready. "There is no need for panic," she said. /
# A central team will arrive on Wednesday, the Union Health Ministry said in a statement.
_STATE = """
Health PROPN NNP compound 1 O Health
Minister PROPN NNP compound 3 O Minister
Rosa PROPN NNP compound 3 B-PERSON Rosa
Joseph PROPN NNP nsubj 4 I-PERSON Joseph
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
ward NOUN NN nsubj 7 O ward
was AUX VBD ccomp 4 O be
ready ADJ JJ acomp 7 O ready _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
There PRON EX expl 12 O there
is VERB VBZ ccomp 20 O be
no DET DT det 14 O no
need NOUN NN attr 12 O need
for ADP IN prep 14 O for
panic NOUN NN pobj 15 O panic _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
she PRON PRP nsubj 20 O she
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
A DET DT det 25 O a
central ADJ JJ amod 25 O central
team NOUN NN nsubj 27 O team
will AUX MD aux 27 O will
arrive VERB VB ccomp 35 O arrive
on ADP IN prep 27 O on
Wednesday PROPN NNP pobj 28 B-DATE Wednesday _
, PUNCT , punct 35 O ,
the DET DT det 34 B-ORG the
Union PROPN NNP compound 34 I-ORG Union
Health PROPN NNP compound 34 I-ORG Health
Ministry PROPN NNP nsubj 35 I-ORG Ministry
said VERB VBD ROOT 35 O say
in ADP IN prep 35 O in
a DET DT det 38 O a
statement NOUN NN pobj 36 O statement _
. PUNCT . punct 35 O . _
"""


def test_a_ministers_brief_names_the_ministry_the_article_names() -> None:
    assert who(_CUT) == [
        (
            "Selim Kaya",
            "Energy, Mines and Climate Change Minister",
            "Energy, Mines and Climate Change Ministry",
        )
    ]


def test_a_longer_ministrys_name_not_written_before_the_title_is_another_body() -> None:
    assert who(_STATE)[0] == ("Rosa Joseph", "Health Minister", "")
