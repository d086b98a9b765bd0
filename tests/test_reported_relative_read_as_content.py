"""Who says what a verb of saying reports when the parser reads the relative clause set off
after a name as the verb's content, before it (quotes/indirect.py, ``_relative_read_as_content``):
`Mother of three Sera Tuilagi, whose … daughter was admitted on Monday, said …` gives `said` no
subject and takes the name into the `admitted` clause; the name right before the relative's
comma speaks. A description with no name before the comma names nobody this way. Frozen parses
(tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Mother of three Sera Tuilagi, whose four-year-old daughter was admitted on Monday, said the
# family had always drunk from the river.
RELATIVE_READ_AS_CONTENT = """
Mother NOUN NN nsubjpass 14 O mother
of ADP IN prep 0 O of
three NUM CD nummod 4 B-CARDINAL three
Sera PROPN NNP compound 4 O Sera
Tuilagi PROPN NNP pobj 1 O Tuilagi _
, PUNCT , punct 4 O ,
whose DET WP$ poss 12 O whose
four NUM CD nummod 9 B-DATE four _
- PUNCT HYPH punct 9 I-DATE - _
year NOUN NN npadvmod 11 I-DATE year _
- PUNCT HYPH punct 11 I-DATE - _
old ADJ JJ amod 12 I-DATE old
daughter NOUN NN nsubjpass 14 O daughter
was AUX VBD auxpass 14 O be
admitted VERB VBN ccomp 18 O admit
on ADP IN prep 14 O on
Monday PROPN NNP pobj 15 B-DATE Monday _
, PUNCT , punct 18 O ,
said VERB VBD ROOT 18 O say
the DET DT det 20 O the
family NOUN NN nsubj 23 O family
had AUX VBD aux 23 O have
always ADV RB advmod 23 O always
drunk ADJ JJ ccomp 18 O drunk
from ADP IN prep 23 O from
the DET DT det 26 O the
river NOUN NN pobj 24 O river _
. PUNCT . punct 18 O . _
"""

# (The same parse, with `old friends` for the name.)
RELATIVE_AFTER_A_NOUN = """
Mother NOUN NN nsubjpass 14 O mother
of ADP IN prep 0 O of
three NUM CD nummod 4 B-CARDINAL three
old ADJ JJ amod 4 O old
friends NOUN NNS pobj 1 O friend _
, PUNCT , punct 4 O ,
whose DET WP$ poss 12 O whose
four NUM CD nummod 9 B-DATE four _
- PUNCT HYPH punct 9 I-DATE - _
year NOUN NN npadvmod 11 I-DATE year _
- PUNCT HYPH punct 11 I-DATE - _
old ADJ JJ amod 12 I-DATE old
daughter NOUN NN nsubjpass 14 O daughter
was AUX VBD auxpass 14 O be
admitted VERB VBN ccomp 18 O admit
on ADP IN prep 14 O on
Monday PROPN NNP pobj 15 B-DATE Monday _
, PUNCT , punct 18 O ,
said VERB VBD ROOT 18 O say
the DET DT det 20 O the
family NOUN NN nsubj 23 O family
had AUX VBD aux 23 O have
always ADV RB advmod 23 O always
drunk ADJ JJ ccomp 18 O drunk
from ADP IN prep 23 O from
the DET DT det 26 O the
river NOUN NN pobj 24 O river _
. PUNCT . punct 18 O . _
"""


def _speakers(spec: str) -> list[str]:
    doc = frozen(spec)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    return [doc.text[r.mention.start : r.mention.end] for r in found]


def test_the_name_before_the_relative_speaks() -> None:
    assert _speakers(RELATIVE_READ_AS_CONTENT) == ["Sera Tuilagi"]


def test_a_noun_before_the_relative_is_no_name() -> None:
    assert _speakers(RELATIVE_AFTER_A_NOUN) == []
