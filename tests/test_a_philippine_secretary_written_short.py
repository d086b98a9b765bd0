"""`Energy Sec. Raphael Lotilla said`, `said Usec. Roger Navarro`: Philippine news writes a
department's secretary and undersecretary short before the name, `Sec.` and `Usec.`; the
tokenizer kept the stop apart, the parser ended a sentence there and the name after it spoke for
no one (or for the wrong words). Now each is one token, a title as `Sen.` and `Gov.` are (no
role, as an abbreviated title gives none). Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from spacy.language import Language

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Power supply is enough for the summer months," Energy Sec. Raphael Lotilla said on Monday.
_SEC = """
" PUNCT `` punct 15 O " _
Power NOUN NN compound 2 O power
supply NOUN NN nsubj 3 O supply
is AUX VBZ ccomp 15 O be
enough ADJ JJ acomp 3 O enough
for ADP IN prep 4 O for
the DET DT det 8 B-DATE the
summer NOUN NN compound 8 I-DATE summer
months NOUN NNS pobj 5 I-DATE month _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Energy PROPN NNP compound 12 O Energy
Sec. PROPN NNP compound 14 O Sec.
Raphael PROPN NNP compound 14 B-PERSON Raphael
Lotilla PROPN NNP nsubj 15 I-PERSON Lotilla
said VERB VBD ROOT 15 O say
on ADP IN prep 15 O on
Monday PROPN NNP pobj 16 B-DATE Monday _
. PUNCT . punct 15 O . _
"""

# Rice imports will be cut. "The first shipments will arrive next month," said Usec. Roger
# Navarro.
_USEC = """
Rice NOUN NN compound 1 B-PERSON rice
imports NOUN NNS nsubjpass 4 O import
will AUX MD aux 4 O will
be AUX VB auxpass 4 O be
cut VERB VBN ROOT 4 O cut _
. PUNCT . punct 4 O .
" PUNCT `` punct 11 O " _
The DET DT det 9 O the
first ADJ JJ amod 9 B-ORDINAL first
shipments NOUN NNS nsubj 11 O shipment
will AUX MD aux 11 O will
arrive VERB VB ccomp 16 O arrive
next ADJ JJ amod 13 B-DATE next
month NOUN NN npadvmod 11 I-DATE month _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
said VERB VBD ROOT 16 O say
Usec. PROPN NNP compound 19 B-PERSON Usec.
Roger PROPN NNP compound 19 B-PERSON Roger
Navarro PROPN NNP nsubj 16 I-PERSON Navarro _
. PUNCT . punct 16 O . _
"""


def test_sec_before_a_name_is_a_title() -> None:
    rows = Extractor().rows(frozen(_SEC))
    assert [r.speaker for r in rows] == ["Raphael Lotilla"]


def test_usec_before_a_name_is_a_title() -> None:
    rows = Extractor().rows(frozen(_USEC))
    assert [r.speaker for r in rows] == ["Roger Navarro"]


def test_sec_and_usec_written_short_are_one_token(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("said Agriculture Sec. Ana Cruz and Usec. Tom Reyes.")]
    assert "Sec." in words and "Usec." in words
