"""`According to the Lagos State Government, 40 schools were flooded last week, the commissioner
said`: an `according to` phrase opening the words a verb of saying reports after them is left
out of them, as any phrase opening the sentence before the words is (`In Iowa, he said …`), and
the one who speaks, the verb's subject, gives the row, not the source the phrase credits. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# According to the Lagos State Government, 40 schools were flooded last week, the commissioner
# said.
_FLOODED = """
According VERB VBG prep 10 O accord
to ADP IN prep 0 O to
the DET DT det 5 B-ORG the
Lagos PROPN NNP compound 4 I-ORG Lagos
State PROPN NNP compound 5 I-ORG State
Government PROPN NNP pobj 1 I-ORG Government _
, PUNCT , punct 10 O ,
40 NUM CD nummod 8 B-CARDINAL 40
schools NOUN NNS nsubjpass 10 O school
were AUX VBD auxpass 10 O be
flooded VERB VBN ccomp 16 O flood
last ADJ JJ amod 12 B-DATE last
week NOUN NN npadvmod 10 I-DATE week _
, PUNCT , punct 16 O ,
the DET DT det 15 O the
commissioner NOUN NN nsubj 16 O commissioner
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""

# According to police records, the suspect had been arrested twice before, the prosecutor told the
# court.
_RECORDS = """
According VERB VBG prep 9 O accord
to ADP IN prep 0 O to
police NOUN NN compound 3 O police
records NOUN NNS pobj 1 O record _
, PUNCT , punct 9 O ,
the DET DT det 6 O the
suspect NOUN NN nsubjpass 9 O suspect
had AUX VBD aux 9 O have
been AUX VBN auxpass 9 O be
arrested VERB VBN ccomp 15 O arrest
twice ADV RB advmod 9 O twice
before ADV RB advmod 9 O before _
, PUNCT , punct 15 O ,
the DET DT det 14 O the
prosecutor NOUN NN nsubj 15 O prosecutor
told VERB VBD ROOT 15 O tell
the DET DT det 17 O the
court NOUN NN dobj 15 O court _
. PUNCT . punct 15 O . _
"""


def test_the_opening_source_is_left_out_of_the_words() -> None:
    rows = Extractor(indirect=True).rows(frozen(_FLOODED))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("the commissioner", "said", "40 schools were flooded last week")
    ]


def test_the_speaker_passing_on_the_source_gives_the_row() -> None:
    rows = Extractor(indirect=True).rows(frozen(_RECORDS))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("the prosecutor", "told", "the suspect had been arrested twice before")
    ]
