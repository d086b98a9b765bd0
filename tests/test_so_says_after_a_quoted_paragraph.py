"""A quote standing as a paragraph of its own, then the next paragraph opening `So says Joseph
Kiprono, the chairman of …` (or `Or so said …`), the way a feature opens on the words before it
says whose they are: the quote is the one the next paragraph names, with the verb before the name
(attribution.words_came_from, as `The words came from …`). Before, it had no speaker. Frozen
parses of stories written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.types import Quote
from tests.frozen import frozen

# Farmers in the Rift Valley face a hard season.  "If the rains fail again this year, half the
# families in this valley will have nothing to sell."  So says Joseph Kiprono, the chairman of the
# Nandi Farmers Cooperative, who has grown maize here for forty years.
_SO_SAYS = """
Farmers NOUN NNS nsubj 5 O farmer
in ADP IN prep 0 O in
the DET DT det 4 O the
Rift PROPN NNP compound 4 O Rift
Valley PROPN NNP pobj 1 O Valley
face VERB VBP ROOT 5 O face
a DET DT det 8 O a
hard ADJ JJ amod 8 O hard
season NOUN NN dobj 5 O season _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 27 O " _
If SCONJ IN mark 15 O if
the DET DT det 14 O the
rains NOUN NNS nsubj 15 O rain
fail VERB VBP advcl 27 O fail
again ADV RB advmod 15 O again
this DET DT det 18 B-DATE this
year NOUN NN npadvmod 15 I-DATE year _
, PUNCT , punct 27 O ,
half DET PDT predet 22 B-CARDINAL half
the DET DT det 22 O the
families NOUN NNS nsubj 27 O family
in ADP IN prep 22 O in
this DET DT det 25 O this
valley NOUN NN pobj 23 O valley
will AUX MD aux 27 O will
have VERB VB ROOT 27 O have
nothing PRON NN dobj 27 O nothing
to PART TO aux 30 O to
sell VERB VB relcl 28 O sell _
. PUNCT . punct 27 O . _
" PUNCT '' ROOT 32 O " _
<paragraph> SPACE _SP dep 32 O <paragraph> _
So ADV RB advmod 35 O so
says VERB VBZ ROOT 35 O say
Joseph PROPN NNP compound 37 B-PERSON Joseph
Kiprono PROPN NNP nsubj 35 I-PERSON Kiprono _
, PUNCT , punct 37 O ,
the DET DT det 40 O the
chairman NOUN NN appos 37 O chairman
of ADP IN prep 40 O of
the DET DT det 45 B-ORG the
Nandi PROPN NNP compound 45 I-ORG Nandi
Farmers PROPN NNP compound 45 I-ORG Farmers
Cooperative PROPN NNP pobj 41 I-ORG Cooperative _
, PUNCT , punct 45 O ,
who PRON WP nsubj 49 O who
has AUX VBZ aux 49 O have
grown VERB VBN relcl 45 O grow
maize NOUN NN dobj 49 O maize
here ADV RB advmod 49 O here
for ADP IN prep 49 O for
forty NUM CD nummod 54 B-DATE forty
years NOUN NNS pobj 52 I-DATE year _
. PUNCT . punct 35 O . _
"""

# "The courts are open to everyone, but justice is not cheap."  Or so said Priya Raman, an
# advocate who has spent twenty years in the Madras High Court, when we met her last week.
_OR_SO_SAID = """
" PUNCT `` punct 3 O " _
The DET DT det 2 O the
courts NOUN NNS nsubj 3 O court
are AUX VBP ROOT 3 O be
open ADJ JJ acomp 3 O open
to ADP IN prep 4 O to
everyone PRON NN pobj 5 O everyone _
, PUNCT , punct 3 O ,
but CCONJ CC cc 3 O but
justice NOUN NN nsubj 10 O justice
is AUX VBZ conj 3 O be
not PART RB neg 10 O not
cheap ADJ JJ acomp 10 O cheap _
. PUNCT . punct 10 O . _
" PUNCT '' punct 3 O " _
<paragraph> SPACE _SP dep 14 O <paragraph> _
Or CCONJ CC cc 18 O or
so ADV RB advmod 18 O so
said VERB VBD ROOT 18 O say
Priya PROPN NNP compound 20 B-PERSON Priya
Raman PROPN NNP nsubj 18 I-PERSON Raman _
, PUNCT , punct 20 O ,
an DET DT det 23 O an
advocate NOUN NN appos 20 O advocate
who PRON WP nsubj 26 O who
has AUX VBZ aux 26 O have
spent VERB VBN relcl 23 O spend
twenty NUM CD nummod 28 B-DATE twenty
years NOUN NNS dobj 26 I-DATE year
in ADP IN prep 26 O in
the DET DT det 33 O the
Madras PROPN NNP compound 33 O Madras
High PROPN NNP compound 33 O High
Court PROPN NNP pobj 29 O Court _
, PUNCT , punct 33 O ,
when SCONJ WRB advmod 37 O when
we PRON PRP nsubj 37 O we
met VERB VBD relcl 33 O meet
her PRON PRP dobj 37 O she
last ADJ JJ amod 40 B-DATE last
week NOUN NN npadvmod 37 I-DATE week _
. PUNCT . punct 18 O . _
"""


def _only_row(spec: str) -> Quote:
    rows = Extractor().rows(frozen(spec))
    assert len(rows) == 1
    return rows[0]


def test_so_says_in_the_next_paragraph_names_the_speaker() -> None:
    row = _only_row(_SO_SAYS)
    assert (row.speaker, row.role, row.organization) == (
        "Joseph Kiprono",
        "chairman of the Nandi Farmers Cooperative",
        "Nandi Farmers Cooperative",
    )
    assert row.cue == "says"


def test_or_so_said_in_the_next_paragraph_names_the_speaker() -> None:
    row = _only_row(_OR_SO_SAID)
    assert (row.speaker, row.role) == ("Priya Raman", "advocate")
