"""A feature that opens on a quote its speaker gives only as `he` or `she` (`"We have lost half
our herd," he said, standing beside …`), nobody named before it but the writer in the byline, and
names them in the next paragraph (`Hussein Abdi, 54, has kept cattle all his life.`): the
pronoun is the first person named after it, one paragraph on, who speaks again; before, the
row had no speaker. Not one of the other gender. Frozen parses of stories written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Farmers count the cost of drought  By James Mwangi  "We have lost half our herd," he said,
# standing beside the carcass of a cow near Garissa.  Hussein Abdi, 54, has kept cattle all his
# life. "The rains did not come for three seasons," he said.
_FEATURE = """
Farmers NOUN NNS nsubj 1 O farmer
count VERB VBP ROOT 1 O count
the DET DT det 3 O the
cost NOUN NN dobj 1 O cost
of ADP IN prep 3 O of
drought NOUN NN pobj 4 O drought _
<paragraph> SPACE _SP dep 5 O <paragraph> _
By ADP IN ROOT 7 O by
James PROPN NNP compound 9 B-PERSON James
Mwangi PROPN NNP pobj 7 I-PERSON Mwangi _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 14 O we
have AUX VBP aux 14 O have
lost VERB VBN ccomp 21 O lose
half DET PDT predet 17 B-CARDINAL half
our PRON PRP$ poss 17 O our
herd NOUN NN dobj 14 O herd _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
, PUNCT , punct 21 O ,
standing VERB VBG advcl 21 O stand
beside ADP IN prep 23 O beside
the DET DT det 26 O the
carcass NOUN NN pobj 24 O carcass
of ADP IN prep 26 O of
a DET DT det 29 O a
cow NOUN NN pobj 27 O cow
near ADP IN prep 29 O near
Garissa PROPN NNP pobj 30 B-GPE Garissa _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 32 O <paragraph> _
Hussein PROPN NNP compound 35 B-PERSON Hussein
Abdi PROPN NNP nsubj 40 I-PERSON Abdi _
, PUNCT , punct 35 O ,
54 NUM CD appos 35 B-DATE 54 _
, PUNCT , punct 35 O ,
has AUX VBZ aux 40 O have
kept VERB VBN ROOT 40 O keep
cattle NOUN NNS dobj 40 O cattle
all DET PDT predet 44 O all
his PRON PRP$ poss 44 O his
life NOUN NN oprd 40 O life _
. PUNCT . punct 40 O .
" PUNCT `` punct 58 O " _
The DET DT det 48 O the
rains NOUN NNS nsubj 51 O rain
did AUX VBD aux 51 O do
not PART RB neg 51 O not
come VERB VB ccomp 58 O come
for ADP IN prep 51 O for
three NUM CD nummod 54 B-DATE three
seasons NOUN NNS pobj 52 I-DATE season _
, PUNCT , punct 58 O , _
" PUNCT '' punct 58 O "
he PRON PRP nsubj 58 O he
said VERB VBD ROOT 58 O say _
. PUNCT . punct 58 O . _
"""

# "We have lost half our herd," she said, standing beside the carcass of a cow near Garissa.
# Hussein Abdi, 54, has kept cattle all his life. "The rains did not come for three seasons," he
# said.
_OTHER_GENDER = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
lost VERB VBN ccomp 10 O lose
half DET PDT predet 6 B-CARDINAL half
our PRON PRP$ poss 6 O our
herd NOUN NN dobj 3 O herd _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
she PRON PRP nsubj 10 O she
said VERB VBD ROOT 10 O say _
, PUNCT , punct 10 O ,
standing VERB VBG advcl 10 O stand
beside ADP IN prep 12 O beside
the DET DT det 15 O the
carcass NOUN NN pobj 13 O carcass
of ADP IN prep 15 O of
a DET DT det 18 O a
cow NOUN NN pobj 16 O cow
near ADP IN prep 18 O near
Garissa PROPN NNP pobj 19 B-GPE Garissa _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
Hussein PROPN NNP compound 24 B-PERSON Hussein
Abdi PROPN NNP nsubj 29 I-PERSON Abdi _
, PUNCT , punct 24 O ,
54 NUM CD appos 24 B-DATE 54 _
, PUNCT , punct 24 O ,
has AUX VBZ aux 29 O have
kept VERB VBN ROOT 29 O keep
cattle NOUN NNS dobj 29 O cattle
all DET PDT predet 33 O all
his PRON PRP$ poss 33 O his
life NOUN NN oprd 29 O life _
. PUNCT . punct 29 O .
" PUNCT `` punct 47 O " _
The DET DT det 37 O the
rains NOUN NNS nsubj 40 O rain
did AUX VBD aux 40 O do
not PART RB neg 40 O not
come VERB VB ccomp 47 O come
for ADP IN prep 40 O for
three NUM CD nummod 43 B-DATE three
seasons NOUN NNS pobj 41 I-DATE season _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
he PRON PRP nsubj 47 O he
said VERB VBD ROOT 47 O say _
. PUNCT . punct 47 O . _
"""


def test_the_opening_pronoun_is_the_person_named_next() -> None:
    rows = Extractor().rows(frozen(_FEATURE))
    assert [(r.mention, r.speaker) for r in rows] == [("he", "Hussein Abdi"), ("he", "Hussein Abdi")]
    assert rows[0].speaker_id == rows[1].speaker_id


def test_a_pronoun_of_the_other_gender_stays_unnamed() -> None:
    rows = Extractor().rows(frozen(_OTHER_GENDER))
    assert [(r.mention, r.speaker) for r in rows] == [("she", ""), ("he", "Hussein Abdi")]
