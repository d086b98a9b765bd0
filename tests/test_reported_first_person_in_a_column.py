"""`Last week I told the council the ferry could not carry the extra traffic.` in a column under
`By Helen Adeyemi`: a report's `I` is the bylined author, as a quote's `“…,” I said` is, and a
report's `we` under `By The Editorial Board` is the board; with no byline the report keeps its
row and its cue and names no speaker, never `I`. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The ferry needs a second bridge / By Helen Adeyemi / Last week I told the council the ferry
# could not carry the extra traffic.
_COLUMN = """
The DET DT det 1 O the
ferry NOUN NN nsubj 2 O ferry
needs VERB VBZ ROOT 2 O need
a DET DT det 5 O a
second ADJ JJ amod 5 B-ORDINAL second
bridge NOUN NN dobj 2 O bridge _
<paragraph> SPACE _SP dep 5 O <paragraph> _
By ADP IN ROOT 7 O by
Helen PROPN NNP compound 9 B-GPE Helen
Adeyemi PROPN NNP pobj 7 I-GPE Adeyemi _
<paragraph> SPACE _SP dep 9 I-GPE <paragraph> _
Last ADJ JJ amod 12 O last
week NOUN NN npadvmod 14 O week
I PRON PRP nsubj 14 O I
told VERB VBD ROOT 14 O tell
the DET DT det 16 O the
council NOUN NN dobj 14 O council
the DET DT det 18 O the
ferry NOUN NN nsubj 21 O ferry
could AUX MD aux 21 O could
not PART RB neg 21 O not
carry VERB VB ccomp 14 O carry
the DET DT det 24 O the
extra ADJ JJ amod 24 O extra
traffic NOUN NN dobj 21 O traffic _
. PUNCT . punct 14 O . _
"""


# Repair the bridge now / By The Editorial Board / In March we urged the council to repair the
# bridge before winter.
_EDITORIAL = """
Repair VERB VB ROOT 0 O repair
the DET DT det 2 O the
bridge NOUN NN dobj 0 O bridge
now ADV RB advmod 0 O now _
<paragraph> SPACE _SP dep 3 O <paragraph> _
By ADP IN ROOT 5 O by
The DET DT det 8 B-ORG the
Editorial PROPN NNP compound 8 I-ORG Editorial
Board PROPN NNP pobj 5 I-ORG Board _
<paragraph> SPACE _SP dep 8 I-ORG <paragraph> _
In ADP IN prep 13 O in
March PROPN NNP pobj 10 B-DATE March
we PRON PRP nsubj 13 O we
urged VERB VBD ROOT 13 O urge
the DET DT det 15 O the
council NOUN NN dobj 13 O council
to PART TO aux 17 O to
repair VERB VB xcomp 13 O repair
the DET DT det 19 O the
bridge NOUN NN dobj 17 O bridge
before ADP IN prep 17 O before
winter NOUN NN pobj 20 B-DATE winter _
. PUNCT . punct 13 O . _
"""


# The ferry needs a second bridge / Last week I told the council the ferry could not carry the
# extra traffic.
_NO_BYLINE = """
The DET DT det 1 O the
ferry NOUN NN nsubj 2 O ferry
needs VERB VBZ ROOT 2 O need
a DET DT det 5 O a
second ADJ JJ amod 5 B-ORDINAL second
bridge NOUN NN dobj 2 O bridge _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Last ADJ JJ amod 8 B-DATE last
week NOUN NN npadvmod 10 I-DATE week
I PRON PRP nsubj 10 O I
told VERB VBD ROOT 10 O tell
the DET DT det 12 O the
council NOUN NN dobj 10 O council
the DET DT det 14 O the
ferry NOUN NN nsubj 17 O ferry
could AUX MD aux 17 O could
not PART RB neg 17 O not
carry VERB VB ccomp 10 O carry
the DET DT det 20 O the
extra ADJ JJ amod 20 O extra
traffic NOUN NN dobj 17 O traffic _
. PUNCT . punct 10 O . _
"""


def reports(spec: str) -> list[tuple[str, str, str]]:
    doc = frozen(spec)
    return [(r.speaker, r.mention, r.cue) for r in Extractor(indirect=True).rows(doc) if r.kind == "indirect"]


def test_a_columns_i_is_its_bylined_author() -> None:
    assert reports(_COLUMN) == [("Helen Adeyemi", "I", "told")]


def test_an_editorials_we_is_the_board_its_byline_names() -> None:
    assert reports(_EDITORIAL) == [("The Editorial Board", "we", "urged")]


def test_with_no_byline_the_report_names_no_one() -> None:
    assert [(speaker, cue) for speaker, _, cue in reports(_NO_BYLINE)] == [("", "told")]
