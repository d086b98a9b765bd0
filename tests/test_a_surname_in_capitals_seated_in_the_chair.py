"""`The Watch Committee met on Tuesday, Alderman PRICE in the chair. … The CHAIRMAN: …`: minutes print
the chairman's surname in capitals after an office's title (`Alderman`, `Councillor`), and the
tagger reads it as a common noun or leaves it untagged, so no person was seated and the chairman
stayed someone unnamed. One to three words in capitals between a title (or a form of address) and
the words that seat a person (`in the chair`, `presiding`) are now that person's name, and the
chair's label or `The Chairman said` resolves to them (role: the title the story gives first).
Where no one is seated (`Alderman PRICE moving the first resolution`), the chairman stays unnamed.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import Paragraph, minutes_spec
from tests.frozen import frozen

# The Watch Committee met on Tuesday, Alderman PRICE in the chair.  Mr. LLOYD: The new fire engine
# has not yet been delivered to the station.  The CHAIRMAN: It will arrive from the makers at the
# end of the month.
_LABEL = """
The DET DT det 2 B-ORG the
Watch PROPN NNP compound 2 I-ORG Watch
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday _
, PUNCT , punct 3 O ,
Alderman PROPN NNP compound 8 O Alderman
PRICE NOUN NN dep 3 O price
in ADP IN prep 8 O in
the DET DT det 11 O the
chair NOUN NN pobj 9 O chair _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Mr. PROPN NNP compound 15 O Mr.
LLOYD PROPN NNP ROOT 15 B-PERSON LLOYD _
: PUNCT : punct 15 O :
The DET DT det 20 O the
new ADJ JJ amod 20 O new
fire NOUN NN compound 20 O fire
engine NOUN NN nsubjpass 25 O engine
has AUX VBZ aux 25 O have
not PART RB neg 25 O not
yet ADV RB advmod 25 O yet
been AUX VBN auxpass 25 O be
delivered VERB VBN ROOT 25 O deliver
to ADP IN prep 25 O to
the DET DT det 28 O the
station NOUN NN pobj 26 O station _
. PUNCT . punct 25 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
The DET DT det 32 O the
CHAIRMAN NOUN NN ROOT 32 O chairman _
: PUNCT : punct 32 O :
It PRON PRP nsubj 36 O it
will AUX MD aux 36 O will
arrive VERB VB acl 32 O arrive
from ADP IN prep 36 O from
the DET DT det 39 O the
makers NOUN NNS pobj 37 O maker
at ADP IN prep 36 O at
the DET DT det 42 B-DATE the
end NOUN NN pobj 40 I-DATE end
of ADP IN prep 42 I-DATE of
the DET DT det 45 I-DATE the
month NOUN NN pobj 43 I-DATE month _
. PUNCT . punct 36 O . _
"""


# Mr. LLOYD said the fire engine had not come.  The Chairman said, "It will arrive from the makers
# at the end of the month."  (The two paragraphs after the opening of each of the three meetings
# below, written once: heads counted from its first line, see tests/archive_turns.py.)
_LLOYD_AND_THE_CHAIRMAN = Paragraph("""
<paragraph> SPACE _SP dep -1 O <paragraph> _
Mr. PROPN NNP compound 2 O Mr.
LLOYD PROPN NNP nsubj 3 B-PERSON LLOYD
said VERB VBD ROOT 3 O say
the DET DT det 6 O the
fire NOUN NN compound 6 O fire
engine NOUN NN nsubj 9 O engine
had AUX VBD aux 9 O have
not PART RB neg 9 O not
come VERB VBN ccomp 3 O come _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
The DET DT det 13 O the
Chairman PROPN NNP nsubj 14 O Chairman
said VERB VBD ROOT 14 O say _
, PUNCT , punct 14 O ,
" PUNCT `` punct 14 O " _
It PRON PRP nsubj 19 O it
will AUX MD aux 19 O will
arrive VERB VB ccomp 14 O arrive
from ADP IN prep 19 O from
the DET DT det 22 O the
makers NOUN NNS pobj 20 O maker
at ADP IN prep 19 O at
the DET DT det 25 B-DATE the
end NOUN NN pobj 23 I-DATE end
of ADP IN prep 25 I-DATE of
the DET DT det 28 I-DATE the
month NOUN NN pobj 26 I-DATE month _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
""")


# The Watch Committee met on Tuesday, Councillor HUGHES presiding.  Mr. LLOYD said the fire engine
# had not come.  The Chairman said, "It will arrive from the makers at the end of the month."
_PRESIDING = minutes_spec(
    """
The DET DT det 2 B-ORG the
Watch PROPN NNP compound 2 I-ORG Watch
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday _
, PUNCT , punct 3 O ,
Councillor PROPN NNP compound 9 B-PERSON Councillor
HUGHES NOUN NN compound 9 O hughes
presiding NOUN NN advcl 3 O presiding _
. PUNCT . punct 3 O . _
""",
    _LLOYD_AND_THE_CHAIRMAN,
)


# The Watch Committee met on Tuesday, Alderman JOHN PRICE in the chair.  Mr. LLOYD said the fire
# engine had not come.  The Chairman said, "It will arrive from the makers at the end of the
# month."
_GIVEN_NAME = minutes_spec(
    """
The DET DT det 2 B-ORG the
Watch PROPN NNP compound 2 I-ORG Watch
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday _
, PUNCT , punct 3 O ,
Alderman PROPN NNP compound 9 B-NORP Alderman
JOHN PROPN NNP compound 9 O JOHN
PRICE NOUN NN appos 3 O price
in ADP IN prep 9 O in
the DET DT det 12 O the
chair NOUN NN pobj 10 O chair _
. PUNCT . punct 3 O . _
""",
    _LLOYD_AND_THE_CHAIRMAN,
)


# The Watch Committee met on Tuesday, Alderman PRICE moving the first resolution.  Mr. LLOYD said
# the fire engine had not come.  The Chairman said, "It will arrive from the makers at the end of
# the month."
_NONE_SEATED = minutes_spec(
    """
The DET DT det 2 B-ORG the
Watch PROPN NNP compound 2 I-ORG Watch
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday _
, PUNCT , punct 3 O ,
Alderman PROPN NNP compound 8 O Alderman
PRICE NOUN NN nsubj 9 O price
moving VERB VBG advcl 3 O move
the DET DT det 12 O the
first ADJ JJ amod 12 B-ORDINAL first
resolution NOUN NN dobj 9 O resolution _
. PUNCT . punct 3 O . _
""",
    _LLOYD_AND_THE_CHAIRMAN,
)


def _chairman(spec: str) -> list[tuple[str, str]]:
    rows = Extractor().rows(frozen(spec))
    return [(r.speaker, r.role) for r in rows if r.quote.startswith("It will arrive")]


def test_the_chairmans_label_is_the_alderman_seated_in_capitals() -> None:
    assert _chairman(_LABEL) == [("Price", "Alderman")]


def test_a_councillor_presiding_is_the_chairman() -> None:
    assert _chairman(_PRESIDING) == [("Hughes", "Councillor")]


def test_a_given_name_in_capitals_too() -> None:
    assert _chairman(_GIVEN_NAME) == [("John Price", "Alderman")]


def test_an_alderman_not_seated_is_not_the_chairman() -> None:
    assert _chairman(_NONE_SEATED) == [("The Chairman", "Chairman")]
