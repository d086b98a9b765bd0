"""Forms of address and trades of West African and Asian market news: `Madam` before a name is
a form of address (`Madam Comfort Adjei` … `Madam Adjei asked`), and so is East Africa's
`Hajji` and a trade unionist's `Comrade`, and everyday trades are roles
(`Market seller Ama Owusu` … `the seller said`). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Madam Comfort Adjei, the leader of the market women, said the new site was too far. "Who will
# walk there to buy tomatoes?" Madam Adjei asked.
_MADAM = """
Madam PROPN NNP compound 2 O Madam
Comfort PROPN NNP compound 2 O Comfort
Adjei PROPN NNP nsubj 11 O Adjei _
, PUNCT , punct 2 O ,
the DET DT det 5 O the
leader NOUN NN appos 2 O leader
of ADP IN prep 5 O of
the DET DT det 9 O the
market NOUN NN compound 9 O market
women NOUN NNS pobj 6 O woman _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 11 O say
the DET DT det 14 O the
new ADJ JJ amod 14 O new
site NOUN NN nsubj 15 O site
was AUX VBD ccomp 11 O be
too ADV RB advmod 17 O too
far ADJ JJ acomp 15 O far _
. PUNCT . punct 11 O .
" PUNCT `` punct 22 O " _
Who PRON WP nsubj 22 O who
will AUX MD aux 22 O will
walk VERB VB ROOT 22 O walk
there ADV RB advmod 22 O there
to PART TO aux 25 O to
buy VERB VB advcl 22 O buy
tomatoes NOUN NNS dobj 25 O tomato _
? PUNCT . punct 22 O ? _
" PUNCT '' punct 22 O "
Madam PROPN NNP compound 30 B-WORK_OF_ART Madam
Adjei PROPN NNP nsubj 31 I-WORK_OF_ART Adjei
asked VERB VBD ROOT 31 O ask _
. PUNCT . punct 31 O . _

"""

# Market seller Ama Owusu said prices had doubled. "Nobody buys tomatoes now," the seller said.
_SELLER = """
Market NOUN NN compound 1 O market
seller NOUN NN compound 3 O seller
Ama PROPN NNP compound 3 B-ORG Ama
Owusu PROPN NNP nsubj 4 I-ORG Owusu
said VERB VBD ROOT 4 O say
prices NOUN NNS nsubj 7 O price
had AUX VBD aux 7 O have
doubled VERB VBN ccomp 4 O double _
. PUNCT . punct 4 O .
" PUNCT `` punct 18 O " _
Nobody PRON NN nsubj 11 O nobody
buys VERB VBZ ccomp 18 O buy
tomatoes NOUN NNS dobj 11 O tomato
now ADV RB advmod 11 O now _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
the DET DT det 17 O the
seller NOUN NN nsubj 18 O seller
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _

"""


# Hajji Abdul Kintu, who sells radios on Luwum Street, said he had lost customers. "Nobody has
# come to my shop," Kintu said.
_HAJJI = """
Hajji PROPN NNP compound 2 B-PERSON Hajji
Abdul PROPN NNP compound 2 I-PERSON Abdul
Kintu PROPN NNP nsubj 11 I-PERSON Kintu _
, PUNCT , punct 2 O ,
who PRON WP nsubj 5 O who
sells VERB VBZ relcl 2 O sell
radios NOUN NNS dobj 5 O radio
on ADP IN prep 6 O on
Luwum PROPN NNP compound 9 B-FAC Luwum
Street PROPN NNP pobj 7 I-FAC Street _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 11 O say
he PRON PRP nsubj 14 O he
had AUX VBD aux 14 O have
lost VERB VBN ccomp 11 O lose
customers NOUN NNS dobj 14 O customer _
. PUNCT . punct 11 O .
" PUNCT `` punct 27 O " _
Nobody PRON NN nsubj 20 O nobody
has AUX VBZ aux 20 O have
come VERB VBN ccomp 27 O come
to ADP IN prep 20 O to
my PRON PRP$ poss 23 O my
shop NOUN NN pobj 21 O shop _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Kintu PROPN NNP nsubj 27 O Kintu
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _

"""


# Boat operators met on Monday.
#
# Comrade Tunde Ajayi, chairman of the boat operators' union, urged the government to reduce
# levies.
#
# "The levies are killing our business," Comrade Ajayi said.
_COMRADE = """
Boat NOUN NN compound 1 O boat
operators NOUN NNS nsubj 2 O operator
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Comrade PROPN NNP compound 9 O Comrade
Tunde PROPN NNP compound 9 B-ORG Tunde
Ajayi PROPN NNP nsubj 19 I-ORG Ajayi _
, PUNCT , punct 9 O ,
chairman NOUN NN appos 9 O chairman
of ADP IN prep 11 O of
the DET DT det 15 O the
boat NOUN NN compound 15 O boat
operators NOUN NNS poss 17 O operator _
' PART POS case 15 O '
union NOUN NN pobj 12 O union _
, PUNCT , punct 9 O ,
urged VERB VBD ROOT 19 O urge
the DET DT det 21 O the
government NOUN NN dobj 19 O government
to PART TO aux 23 O to
reduce VERB VB xcomp 19 O reduce
levies NOUN NNS dobj 23 O levy _
. PUNCT . punct 19 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
" PUNCT `` punct 31 O " _
The DET DT det 29 O the
levies NOUN NNS nsubj 31 O levy
are AUX VBP aux 31 O be
killing VERB VBG ccomp 38 O kill
our PRON PRP$ poss 33 O our
business NOUN NN dobj 31 O business _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
Comrade PROPN NNP compound 37 O Comrade
Ajayi PROPN NNP nsubj 38 B-PERSON Ajayi
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _

"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_madam_is_a_form_of_address() -> None:
    assert who(_MADAM) == [("Comfort Adjei", "leader of the market women")]


def test_a_seller_is_a_trade() -> None:
    assert who(_SELLER) == [("Ama Owusu", "Market seller")]


def test_hajji_is_a_form_of_address() -> None:
    assert [name for name, _ in who(_HAJJI)] == ["Abdul Kintu"]


def test_comrade_is_a_form_of_address() -> None:
    assert [name for name, _ in who(_COMRADE)] == ["Tunde Ajayi"]
