"""A line of the story that opens on a quote, right over a picture's credit on a line of its own
(`"We have no other way to pay for the boats," said harbour master Tom Hale.` / `Photo: Ana
Ruiz/PA`), is the story's quote paragraph, not the picture's caption: text pasted a sentence a
line has no blank lines, so every line there looks like a paragraph's first, and the quote lost
its row. A caption says first what the picture shows (`Harbour master Tom Hale at the pier on
Friday. "We will manage," he said.`) and its quote stays the page's, with no speaker. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ferry fares to rise in spring
# Ferry fares on the island routes will rise by a fifth in April.
# "We have no other way to pay for the boats," said harbour master Tom Hale.
# Photo: Ana Ruiz/PA
# Passengers were told on Friday.
_FERRY = """
Ferry NOUN NN compound 1 O ferry
fares NOUN NNS ROOT 1 O fare
to PART TO aux 3 O to
rise VERB VB acl 1 O rise
in ADP IN prep 3 O in
spring NOUN NN pobj 4 B-DATE spring _
<newline> SPACE _SP dep 5 O <newline> _
Ferry PROPN NNP compound 8 B-PERSON Ferry
fares NOUN NNS nsubj 14 O fare
on ADP IN prep 8 O on
the DET DT det 12 O the
island NOUN NN compound 12 O island
routes NOUN NNS pobj 9 O route
will AUX MD aux 14 O will
rise VERB VB ROOT 14 O rise
by ADP IN prep 14 O by
a DET DT det 17 O a
fifth ADJ JJ pobj 15 B-ORDINAL fifth
in ADP IN prep 14 O in
April PROPN NNP pobj 18 B-DATE April _
. PUNCT . punct 14 O . _
<newline> SPACE _SP dep 20 O <newline> _
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 24 O we
have VERB VBP ccomp 35 O have
no DET DT det 27 O no
other ADJ JJ amod 27 O other
way NOUN NN dobj 24 O way
to PART TO aux 29 O to
pay VERB VB relcl 27 O pay
for ADP IN prep 29 O for
the DET DT det 32 O the
boats NOUN NNS pobj 30 O boat _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
said VERB VBD ROOT 35 O say
harbour PROPN NNP compound 37 B-PERSON harbour
master NOUN NN compound 39 I-PERSON master
Tom PROPN NNP compound 39 B-PERSON Tom
Hale PROPN NNP nsubj 35 I-PERSON Hale _
. PUNCT . punct 35 O . _
<newline> SPACE _SP dep 40 O <newline> _
Photo NOUN NN ROOT 42 O photo _
: PUNCT : punct 42 O :
Ana PROPN NNP nmod 47 O Ana
Ruiz PROPN NNP nmod 47 O Ruiz _
/ SYM SYM punct 47 O / _
PA PROPN NNP appos 42 O PA _
<newline> SPACE _SP dep 47 O <newline> _
Passengers PROPN NNPS nsubjpass 51 O Passengers
were AUX VBD auxpass 51 O be
told VERB VBN ROOT 51 O tell
on ADP IN prep 51 O on
Friday PROPN NNP pobj 52 B-DATE Friday _
. PUNCT . punct 51 O . _
"""

# The same, the line over the credit a caption: `Harbour master Tom Hale at the pier on Friday.
# "We will manage," he said.`
_CAPTION = """
Ferry NOUN NN compound 1 O ferry
fares NOUN NNS ROOT 1 O fare
to PART TO aux 3 O to
rise VERB VB acl 1 O rise
in ADP IN prep 3 O in
spring NOUN NN pobj 4 B-DATE spring _
<newline> SPACE _SP dep 5 O <newline> _
Ferry PROPN NNP compound 8 B-PERSON Ferry
fares NOUN NNS nsubj 14 O fare
on ADP IN prep 8 O on
the DET DT det 12 O the
island NOUN NN compound 12 O island
routes NOUN NNS pobj 9 O route
will AUX MD aux 14 O will
rise VERB VB ROOT 14 O rise
by ADP IN prep 14 O by
a DET DT det 17 O a
fifth ADJ JJ pobj 15 B-ORDINAL fifth
in ADP IN prep 14 O in
April PROPN NNP pobj 18 B-DATE April _
. PUNCT . punct 14 O . _
<newline> SPACE _SP dep 20 O <newline> _
Harbour PROPN NNP compound 23 B-NORP Harbour
master NOUN NN compound 25 O master
Tom PROPN NNP compound 25 B-PERSON Tom
Hale PROPN NNP ROOT 25 I-PERSON Hale
at ADP IN prep 25 O at
the DET DT det 28 O the
pier NOUN NN pobj 26 O pier
on ADP IN prep 25 O on
Friday PROPN NNP pobj 29 B-DATE Friday _
. PUNCT . punct 25 O .
" PUNCT `` punct 39 O " _
We PRON PRP nsubj 35 O we
will AUX MD aux 35 O will
manage VERB VB ccomp 39 O manage _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
he PRON PRP nsubj 39 O he
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
<newline> SPACE _SP dep 40 O <newline> _
Photo NOUN NN ROOT 42 O photo _
: PUNCT : punct 42 O :
Ana PROPN NNP nmod 47 O Ana
Ruiz PROPN NNP nmod 47 O Ruiz _
/ SYM SYM punct 47 O / _
PA PROPN NNP appos 42 O PA _
<newline> SPACE _SP dep 47 O <newline> _
Passengers PROPN NNPS nsubjpass 51 O Passengers
were AUX VBD auxpass 51 O be
told VERB VBN ROOT 51 O tell
on ADP IN prep 51 O on
Friday PROPN NNP pobj 52 B-DATE Friday _
. PUNCT . punct 51 O . _
"""


def test_a_quote_line_over_a_credit_keeps_its_speaker() -> None:
    rows = Extractor().rows(frozen(_FERRY))
    assert [(r.quote, r.speaker, r.role) for r in rows] == [
        ("We have no other way to pay for the boats,", "Tom Hale", "harbour master")
    ]


def test_a_caption_over_a_credit_keeps_its_quote_the_pages() -> None:
    assert Extractor().rows(frozen(_CAPTION)) == []
