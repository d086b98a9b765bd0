"""`Coast Guard spokesperson Commodore Dana Reyes said`, `Police spokesperson Brigadier General
Ana Ruiz said`: a rank of the navies and coast guards (commodore, admiral) was no title, so the
name was read as *Commodore Dana Reyes* and the job before it lost (no role, no organisation);
a rank of two words between a spokesperson's job and the name stayed in the role (*spokesperson
Brigadier General*). Both are the person's form of address, as one rank is
(descriptors._services_rank_of_two_words, models/titles.txt, models/police.txt). The rows from
frozen parses of sentences written for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "This is a clear violation," Coast Guard spokesperson Commodore Dana Reyes said.
_COAST_GUARD = """
" PUNCT `` punct 14 O " _
This PRON DT nsubj 2 O this
is AUX VBZ ccomp 14 O be
a DET DT det 5 O a
clear ADJ JJ amod 5 O clear
violation NOUN NN attr 2 O violation _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Coast PROPN NNP compound 9 B-ORG Coast
Guard PROPN NNP compound 10 I-ORG Guard
spokesperson NOUN NN compound 11 O spokesperson
Commodore PROPN NNP compound 13 O Commodore
Dana PROPN NNP compound 13 B-PERSON Dana
Reyes PROPN NNP nsubj 14 I-PERSON Reyes
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# Police spokesperson Brigadier General Ana Ruiz said: "We are ready for the holidays."
_POLICE = """
Police NOUN NN compound 1 O police
spokesperson NOUN NN compound 3 O spokesperson
Brigadier PROPN NNP compound 3 O Brigadier
General PROPN NNP compound 5 O General
Ana PROPN NNP compound 5 B-PERSON Ana
Ruiz PROPN NNP nsubj 6 I-PERSON Ruiz
said VERB VBD ROOT 6 O say _
: PUNCT : punct 6 O :
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 10 O we
are AUX VBP ccomp 6 O be
ready ADJ JJ acomp 10 O ready
for ADP IN prep 11 O for
the DET DT det 14 B-DATE the
holidays NOUN NNS pobj 12 I-DATE holiday _
. PUNCT . punct 6 O . _
" PUNCT '' punct 6 O " _
"""

# Navy spokesperson Rear Admiral Tomas Lagman said: "Our ships stay in the area."
_NAVY = """
Navy PROPN NNP compound 1 B-ORG Navy
spokesperson NOUN NN compound 5 O spokesperson
Rear PROPN NNP compound 3 B-ORG Rear
Admiral PROPN NNP compound 5 I-ORG Admiral
Tomas PROPN NNP compound 5 B-PERSON Tomas
Lagman PROPN NNP nsubj 6 I-PERSON Lagman
said VERB VBD ROOT 6 O say _
: PUNCT : punct 6 O :
" PUNCT `` punct 6 O " _
Our PRON PRP$ poss 10 O our
ships NOUN NNS nsubj 11 O ship
stay VERB VBP ccomp 6 O stay
in ADP IN prep 11 O in
the DET DT det 14 O the
area NOUN NN pobj 12 O area _
. PUNCT . punct 6 O . _
" PUNCT '' punct 6 O " _
"""


def test_a_commodore_is_no_part_of_the_name() -> None:
    (row,) = Extractor().rows(frozen(_COAST_GUARD))
    assert (row.speaker, row.role, row.organization) == ("Dana Reyes", "spokesperson", "Coast Guard")


def test_a_rank_of_two_words_is_no_part_of_the_role() -> None:
    (row,) = Extractor().rows(frozen(_POLICE))
    assert (row.speaker, row.role, row.organization) == ("Ana Ruiz", "spokesperson", "police")


def test_a_rear_admiral_after_a_navy_spokesperson() -> None:
    (row,) = Extractor().rows(frozen(_NAVY))
    assert (row.speaker, row.role, row.organization) == ("Tomas Lagman", "spokesperson", "Navy")
