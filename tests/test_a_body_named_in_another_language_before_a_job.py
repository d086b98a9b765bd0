"""`Markazi Anjuman Tajiran president Khalid Pervaiz said`: words in capitals closed by one no
English dictionary has (a body's noun in another language), no place, people or person's name,
name the body before any job in small letters, not only a spokesperson's; a place the tagger knows
(`Boca Raton lawyer`) stays part of the role. Frozen parses of texts written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Markets stayed shut in Peshawar on Friday. "We cannot pay these taxes," Markazi Anjuman
# Tajiran president Khalid Pervaiz said.
_TRADERS = """
Markets NOUN NNS nsubj 1 O market
stayed AUX VBD auxpass 2 O stayed
shut VERB VBN ROOT 2 O shut
in ADP IN prep 2 O in
Peshawar PROPN NNP pobj 3 B-GPE Peshawar
on ADP IN prep 2 O on
Friday PROPN NNP pobj 5 B-DATE Friday _
. PUNCT . punct 2 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 12 O we
can AUX MD aux 12 O can _
not PART RB neg 12 O not
pay VERB VB ccomp 23 O pay
these DET DT det 14 O these
taxes NOUN NNS dobj 12 O taxis _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Markazi PROPN NNP compound 18 B-WORK_OF_ART Markazi
Anjuman PROPN NNP compound 19 I-WORK_OF_ART Anjuman
Tajiran PROPN NNP compound 20 I-WORK_OF_ART Tajiran
president NOUN NN compound 22 O president
Khalid PROPN NNP compound 22 B-PERSON Khalid
Pervaiz PROPN NNP nsubj 23 I-PERSON Pervaiz
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# "It is unfair," Boca Raton lawyer Ann Lee said.
_PLACE = """
" PUNCT `` punct 11 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 11 O be
unfair ADJ JJ acomp 2 O unfair _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
Boca PROPN NNP compound 7 B-GPE Boca
Raton PROPN NNP compound 8 I-GPE Raton
lawyer NOUN NN compound 10 O lawyer
Ann PROPN NNP compound 10 B-PERSON Ann
Lee PROPN NNP nsubj 11 I-PERSON Lee
said VERB VBD ROOT 11 O say _
. PUNCT . punct 11 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_body_named_in_another_language_before_its_president() -> None:
    assert _rows(_TRADERS) == [("Khalid Pervaiz", "president", "Markazi Anjuman Tajiran")]


def test_a_place_before_a_job_is_no_body() -> None:
    assert _rows(_PLACE) == [("Ann Lee", "Boca Raton lawyer", "")]
