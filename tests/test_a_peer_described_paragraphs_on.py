"""`The Earl of Harewood opened the new wing …` and, paragraphs on, in a longer sentence, `the earl
added “…”`: a bare definite description, the subject of its sentence, that nobody is prominent
enough for is the one person the story brought in before by an office held for a place (`Earl of
Harewood`, one holder at a time) and never named, when no one it names holds the job; a job many
hold (`A Mexican official said …` … `“…,” the official said`) may be another and is left as it
was. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Earl of Harewood opened the new wing of the infirmary on Saturday afternoon in the presence
# of a large company.  The building, which has cost upwards of twelve thousand pounds, was
# designed by Mr. Thomas Ambler, and contains two wards of twenty beds each.  Referring to the
# generosity of the subscribers, the earl added "I know of no town in the Riding which has done
# more for its sick poor."
_EARL = """
The DET DT det 1 O the
Earl PROPN NNP nsubj 4 O Earl
of ADP IN prep 1 O of
Harewood PROPN NNP pobj 2 B-PERSON Harewood
opened VERB VBD ROOT 4 O open
the DET DT det 7 O the
new ADJ JJ amod 7 O new
wing NOUN NN dobj 4 O wing
of ADP IN prep 7 O of
the DET DT det 10 O the
infirmary NOUN NN pobj 8 O infirmary
on ADP IN prep 4 O on
Saturday PROPN NNP compound 13 B-DATE Saturday
afternoon NOUN NN pobj 11 B-TIME afternoon
in ADP IN prep 4 O in
the DET DT det 16 O the
presence NOUN NN pobj 14 O presence
of ADP IN prep 16 O of
a DET DT det 20 O a
large ADJ JJ amod 20 O large
company NOUN NN pobj 17 O company _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
The DET DT det 24 O the
building NOUN NN nsubjpass 36 O building _
, PUNCT , punct 24 O ,
which PRON WDT nsubj 28 O which
has AUX VBZ aux 28 O have
cost VERB VBN relcl 24 O cost
upwards ADV RB quantmod 32 O upwards
of ADP IN quantmod 32 O of
twelve NUM CD compound 32 B-MONEY twelve
thousand NUM CD nummod 33 I-MONEY thousand
pounds NOUN NNS dobj 28 I-MONEY pound _
, PUNCT , punct 24 O ,
was AUX VBD auxpass 36 O be
designed VERB VBN ROOT 36 O design
by ADP IN agent 36 O by
Mr. PROPN NNP compound 40 O Mr.
Thomas PROPN NNP compound 40 B-PERSON Thomas
Ambler PROPN NNP pobj 37 I-PERSON Ambler _
, PUNCT , punct 36 O ,
and CCONJ CC cc 36 O and
contains VERB VBZ conj 36 O contain
two NUM CD nummod 45 B-CARDINAL two
wards NOUN NNS dobj 43 O ward
of ADP IN prep 45 O of
twenty NUM CD nummod 48 B-CARDINAL twenty
beds NOUN NNS pobj 46 O bed
each PRON DT appos 48 O each _
. PUNCT . punct 36 O . _
<paragraph> SPACE _SP dep 50 O <paragraph> _
Referring VERB VBG advcl 62 O refer
to ADP IN prep 52 O to
the DET DT det 55 O the
generosity NOUN NN pobj 53 O generosity
of ADP IN prep 55 O of
the DET DT det 58 O the
subscribers NOUN NNS pobj 56 O subscriber _
, PUNCT , punct 62 O ,
the DET DT det 61 O the
earl PROPN NNP nsubj 62 O earl
added VERB VBD ROOT 62 O add
" PUNCT `` punct 62 O " _
I PRON PRP nsubj 65 O I
know VERB VBP ccomp 62 O know
of ADP IN prep 65 O of
no DET DT det 68 O no
town NOUN NN pobj 66 O town
in ADP IN prep 68 O in
the DET DT det 71 O the
Riding PROPN NNP pobj 69 B-GPE Riding
which PRON WDT nsubj 74 O which
has AUX VBZ aux 74 O have
done VERB VBN relcl 68 O do
more ADJ JJR dobj 74 O more
for ADP IN prep 74 O for
its PRON PRP$ poss 79 O its
sick ADJ JJ amod 79 O sick
poor ADJ JJ pobj 76 O poor _
. PUNCT . punct 62 O . _
" PUNCT '' punct 62 O " _
"""

# A Mexican official said the polling had been going on for months.  Mexican officials spoke with
# consulates across the United States.  "We found a growing fear," the official said.
_OFFICIAL = """
A DET DT det 2 O a
Mexican ADJ JJ amod 2 B-NORP mexican
official NOUN NN nsubj 3 O official
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
polling NOUN NN nsubj 8 O polling
had AUX VBD aux 8 O have
been AUX VBN aux 8 O be
going VERB VBG ccomp 3 O go
on ADP RP prt 8 O on
for ADP IN prep 8 O for
months NOUN NNS pobj 10 B-DATE month _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Mexican ADJ JJ amod 15 B-NORP mexican
officials NOUN NNS nsubj 16 O official
spoke VERB VBD ROOT 16 O speak
with ADP IN prep 16 O with
consulates NOUN NNS pobj 17 O consulate
across ADP IN prep 18 O across
the DET DT det 22 B-GPE the
United PROPN NNP compound 22 I-GPE United
States PROPN NNP pobj 19 I-GPE States _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 27 O we
found VERB VBD ccomp 35 O find
a DET DT det 30 O a
growing VERB VBG amod 30 O grow
fear NOUN NN dobj 27 O fear _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
the DET DT det 34 O the
official NOUN NN nsubj 35 O official
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""


def test_the_earl_paragraphs_on_is_the_earl_of_harewood() -> None:
    rows = Extractor().rows(frozen(_EARL))
    assert [(r.speaker, r.role) for r in rows] == [("The Earl of Harewood", "Earl of Harewood")]


def test_the_official_after_a_mexican_official_is_left() -> None:
    rows = Extractor().rows(frozen(_OFFICIAL))
    assert [(r.speaker, r.role) for r in rows] == [("the official", "official")]
