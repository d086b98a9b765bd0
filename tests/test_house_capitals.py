"""A paragraph's opening word in capitals, as British local papers set it (`FIFE Council said`,
`JOHN Duncan, 54,`), is written in a name as the story writes it elsewhere or, for a given
name, in title case; a short form (`NHS Lothian`) stays. Frozen parse of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A FARMER from Fife was fined on Monday. / JOHN Duncan, 54, admitted the offence. “I am very
# sorry,” Duncan told the court. / FIFE Council said it would review its rules. “Safety comes
# first,” a council spokesman said. / NHS Lothian said it had not been told. “We heard nothing,”
# NHS Lothian director Ann Bell said.
_HOUSE_CAPITALS = """
A DET DT det 1 O a
FARMER NOUN NN nsubjpass 5 O farmer
from ADP IN prep 1 O from
Fife PROPN NNP pobj 2 O Fife
was AUX VBD auxpass 5 O be
fined VERB VBN ROOT 5 O fin
on ADP IN prep 5 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
JOHN PROPN NNP compound 11 B-PERSON JOHN
Duncan PROPN NNP nsubj 15 I-PERSON Duncan _
, PUNCT , punct 11 O ,
54 NUM CD appos 11 B-DATE 54 _
, PUNCT , punct 11 O ,
admitted VERB VBD ROOT 15 O admit
the DET DT det 17 O the
offence NOUN NN dobj 15 O offence _
. PUNCT . punct 15 O .
“ PUNCT `` punct 27 O " _
I PRON PRP nsubj 21 O I
am AUX VBP ccomp 27 O be
very ADV RB advmod 23 O very
sorry ADJ JJ acomp 21 O sorry _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
Duncan PROPN NNP nsubj 27 B-PERSON Duncan
told VERB VBD ROOT 27 O tell
the DET DT det 29 O the
court NOUN NN dobj 27 O court _
. PUNCT . punct 27 O . _
<paragraph> SPACE _SP dep 30 O <paragraph> _
FIFE PROPN NNP compound 33 B-ORG FIFE
Council PROPN NNP nsubj 34 I-ORG Council
said VERB VBD ROOT 34 O say
it PRON PRP nsubj 37 O it
would AUX MD aux 37 O would
review VERB VB ccomp 34 O review
its PRON PRP$ poss 39 O its
rules NOUN NNS dobj 37 O rule _
. PUNCT . punct 34 O .
“ PUNCT `` punct 50 O " _
Safety NOUN NN nsubj 43 O safety
comes VERB VBZ ccomp 50 O come
first ADV RB advmod 43 B-ORDINAL first _
, PUNCT , punct 50 O , _
” PUNCT '' punct 50 O "
a DET DT det 49 O a
council PROPN NNP compound 49 O council
spokesman NOUN NN nsubj 50 O spokesman
said VERB VBD ROOT 50 O say _
. PUNCT . punct 50 O . _
<paragraph> SPACE _SP dep 51 O <paragraph> _
NHS PROPN NNP compound 54 B-ORG NHS
Lothian PROPN NNP nsubj 55 I-ORG Lothian
said VERB VBD ROOT 55 O say
it PRON PRP nsubjpass 60 O it
had AUX VBD aux 60 O have
not PART RB neg 60 O not
been AUX VBN auxpass 60 O be
told VERB VBN ccomp 55 O tell _
. PUNCT . punct 55 O .
“ PUNCT `` punct 73 O " _
We PRON PRP nsubj 64 O we
heard VERB VBD ccomp 73 O hear
nothing PRON NN dobj 64 O nothing _
, PUNCT , punct 73 O , _
” PUNCT '' punct 73 O "
NHS PROPN NNP compound 70 B-ORG NHS
Lothian ADJ JJ amod 70 O lothian
director NOUN NN compound 72 O director
Ann PROPN NNP compound 72 B-PERSON Ann
Bell PROPN NNP nsubj 73 I-PERSON Bell
said VERB VBD ROOT 73 O say _
. PUNCT . punct 73 O . _
"""


def test_a_paragraphs_opening_word_in_capitals_is_written_as_the_story_writes_it() -> None:
    rows = Extractor().rows(frozen(_HOUSE_CAPITALS))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("John Duncan", ""),
        ("a council spokesman", "Fife Council"),
        ("Ann Bell", "NHS Lothian"),
    ]
