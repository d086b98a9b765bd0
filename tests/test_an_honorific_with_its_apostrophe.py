"""`Defence Minister Dato' Seri Mohamed Khaled Nordin said`, `Works Minister Dato' Ali Rahman
said`: a Malaysian honorific `Dato'`, written with the apostrophe of its glottal stop (which the
tokenizer splits off), between a title and the name. The apostrophe goes with the honorific, so
both are taken off the title (as `Datuk Seri` is), and the title before them is the role.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "Our borders are secure," Defence Minister Dato' Seri Mohamed Khaled Nordin said.
_SERI = """
" PUNCT `` punct 15 O " _
Our PRON PRP$ poss 2 O our
borders NOUN NNS nsubj 3 O border
are AUX VBP ccomp 15 O be
secure ADJ JJ acomp 3 O secure _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Defence PROPN NNP compound 8 O Defence
Minister PROPN NNP compound 14 O Minister
Dato PROPN NNP nmod 14 O Dato _
' PUNCT '' punct 14 O '
Seri PROPN NNP compound 14 O Seri
Mohamed PROPN NNP compound 14 B-PERSON Mohamed
Khaled PROPN NNP compound 14 I-PERSON Khaled
Nordin PROPN NNP nsubj 15 I-PERSON Nordin
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""

# "The highway will open in June," Works Minister Dato' Ali Rahman said on Friday.
_DATO = """
" PUNCT `` punct 15 O " _
The DET DT det 2 O the
highway NOUN NN nsubj 4 O highway
will AUX MD aux 4 O will
open VERB VB ccomp 15 O open
in ADP IN prep 4 O in
June PROPN NNP pobj 5 B-DATE June _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Works PROPN NNP compound 10 B-WORK_OF_ART Works
Minister PROPN NNP compound 11 I-WORK_OF_ART Minister
Dato PROPN NNP nmod 14 I-WORK_OF_ART Dato _
' PUNCT '' punct 11 I-WORK_OF_ART '
Ali PROPN NNP compound 14 I-WORK_OF_ART Ali
Rahman PROPN NNP nsubj 15 I-WORK_OF_ART Rahman
said VERB VBD ROOT 15 O say
on ADP IN prep 15 O on
Friday PROPN NNP pobj 16 B-DATE Friday _
. PUNCT . punct 15 O . _
"""




def test_the_apostrophe_of_dato_seri_goes_with_the_honour() -> None:
    assert who_of(_SERI) == [("Mohamed Khaled Nordin", "Defence Minister", "")]


def test_the_apostrophe_of_dato_alone_goes_with_the_honorific() -> None:
    assert who_of(_DATO) == [("Ali Rahman", "Works Minister", "")]
