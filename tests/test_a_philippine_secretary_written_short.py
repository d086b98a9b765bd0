"""`Energy Sec. Raphael Lotilla said`, `said Usec. Roger Navarro`: Philippine news writes a
department's secretary, undersecretary and assistant secretary short before the name, `Sec.`,
`Usec.` and `Asec.`; the tokenizer kept the stop apart, the parser ended a sentence there and
the name after it spoke for no one (or for the wrong words; `Asec` itself, tagged a body). Now
each is one token, a title as `Sen.` and `Gov.` are (no role, as an abbreviated title gives
none). Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

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


# "The rice supply is stable until June," Asec. Arnel de Mesa said on Monday.
_ASEC = """
" PUNCT `` punct 14 O " _
The DET DT det 3 O the
rice NOUN NN compound 3 O rice
supply NOUN NN nsubj 4 O supply
is AUX VBZ ccomp 14 O be
stable ADJ JJ acomp 4 O stable
until ADP IN prep 4 O until
June PROPN NNP pobj 6 B-DATE June _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Asec. PROPN NNP compound 13 B-ORG Asec.
Arnel PROPN NNP compound 13 I-ORG Arnel
de PROPN NNP nmod 13 I-ORG de
Mesa PROPN NNP nsubj 14 I-ORG Mesa
said VERB VBD ROOT 14 O say
on ADP IN prep 14 O on
Monday PROPN NNP pobj 15 B-DATE Monday _
. PUNCT . punct 14 O . _
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


def test_asec_before_a_name_is_a_title_of_one_token(nlp: Language) -> None:
    # (Since role36b: an assistant secretary, `Asec.`; the name tagged one body with it.)
    rows = Extractor().rows(frozen(_ASEC))
    assert [(r.speaker, r.organization) for r in rows] == [("Arnel de Mesa", "")]
    assert "Asec." in [t.text for t in nlp.make_doc("said Asec. Arnel de Mesa.")]
