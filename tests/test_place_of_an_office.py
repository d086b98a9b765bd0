"""An office written as South Asian news writes it, a title and then its place (`Chief Secretary
Punjab Tariq Mehmood Bajwa`, `Commissioner Lahore Ali Raza Kazmi`), tagged one person from the
place: the place is the office's, not the name's, when the lists know it (a country or a
province), the tagger calls it a place elsewhere, or a dateline opens on it. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Chief Secretary Punjab Tariq Mehmood Bajwa said the canal would reopen on Friday. "The work is nearly
# done," he said.
_PROVINCE = """
Chief PROPN NNP compound 1 O Chief
Secretary PROPN NNP compound 2 O Secretary
Punjab PROPN NNP compound 5 B-PERSON Punjab
Tariq PROPN NNP compound 4 I-PERSON Tariq
Mehmood PROPN NNP compound 5 I-PERSON Mehmood
Bajwa PROPN NNP nsubj 6 I-PERSON Bajwa
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
canal NOUN NN nsubj 10 O canal
would AUX MD aux 10 O would
reopen VERB VB ccomp 6 O reopen
on ADP IN prep 10 O on
Friday PROPN NNP pobj 11 B-DATE Friday _
. PUNCT . punct 6 O .
" PUNCT `` punct 23 O " _
The DET DT det 16 O the
work NOUN NN nsubjpass 19 O work
is AUX VBZ auxpass 19 O be
nearly ADV RB advmod 19 O nearly
done VERB VBN ccomp 23 O do _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# LAHORE: Commissioner Lahore Ali Raza Kazmi said markets would close at 8pm. "We need to save power," he
# said.
_DATELINE = """
LAHORE PROPN NNP ROOT 0 O LAHORE _
: PUNCT : punct 0 O :
Commissioner PROPN NNP compound 4 O Commissioner
Lahore PROPN NNP compound 4 B-PERSON Lahore
Ali PROPN NNP compound 6 I-PERSON Ali
Raza PROPN NNP compound 6 I-PERSON Raza
Kazmi PROPN NNP nsubj 7 I-PERSON Kazmi
said VERB VBD ROOT 7 O say
markets NOUN NNS nsubj 10 O market
would AUX MD aux 10 O would
close VERB VB ccomp 7 O close
at ADP IN prep 10 O at
8 NUM CD nummod 13 B-TIME 8 _
pm NOUN NN pobj 11 I-TIME pm _
. PUNCT . punct 7 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 17 O we
need VERB VBP ccomp 24 O need
to PART TO aux 19 O to
save VERB VB xcomp 17 O save
power NOUN NN dobj 19 O power _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
he PRON PRP nsubj 24 O he
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_province_after_a_title_is_no_word_of_the_name() -> None:
    rows = Extractor().rows(frozen(_PROVINCE))
    assert [(r.speaker, r.role) for r in rows] == [("Tariq Mehmood Bajwa", "Chief Secretary")]


def test_a_city_of_the_dateline_after_a_title_is_no_word_of_the_name() -> None:
    rows = Extractor().rows(frozen(_DATELINE))
    assert [(r.speaker, r.role) for r in rows] == [("Ali Raza Kazmi", "Commissioner")]
