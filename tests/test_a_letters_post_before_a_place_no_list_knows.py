"""`DIG Islamabad Nasir Khan said`, `OCPD Kilimani John Otieno said`: after a police post written
by its letters, a word in capitals the lists know as no given name, title, job or branch, right
before a given name they know, is the place the post serves, no word of the name, though the
story tags the place nowhere alone and no dateline gives it: the role is the post, no
organisation. A name's own first word after the letters stays the name's (`SSP Nasir Ali
Khan`). Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Three men were arrested on Monday over the robbery of a jewellery shop. "The suspects were
# traced within six hours," DIG Islamabad Nasir Khan told reporters.
_CAPITAL = """
Three NUM CD nummod 1 B-CARDINAL three
men NOUN NNS nsubjpass 3 O man
were AUX VBD auxpass 3 O be
arrested VERB VBN ROOT 3 O arrest
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday
over ADP IN prep 3 O over
the DET DT det 8 O the
robbery NOUN NN pobj 6 O robbery
of ADP IN prep 8 O of
a DET DT det 12 O a
jewellery NOUN NN compound 12 B-NORP jewellery
shop NOUN NN pobj 9 O shop _
. PUNCT . punct 3 O .
" PUNCT `` punct 28 O " _
The DET DT det 16 O the
suspects NOUN NNS nsubjpass 18 O suspect
were AUX VBD auxpass 18 O be
traced VERB VBN ccomp 28 O trace
within ADP IN prep 18 O within
six NUM CD nummod 21 B-TIME six
hours NOUN NNS pobj 19 I-TIME hour _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
DIG PROPN NNP compound 27 B-WORK_OF_ART DIG
Islamabad PROPN NNP compound 27 I-WORK_OF_ART Islamabad
Nasir PROPN NNP compound 27 I-WORK_OF_ART Nasir
Khan PROPN NNP nsubj 28 I-WORK_OF_ART Khan
told VERB VBD ROOT 28 O tell
reporters NOUN NNS dobj 28 O reporter _
. PUNCT . punct 28 O . _
"""

# Police in the capital arrested two men over the kidnapping. "Both suspects have confessed," OCPD
# Kilimani John Otieno said on Tuesday.
_STATION = """
Police NOUN NNS nsubj 4 O Police
in ADP IN prep 0 O in
the DET DT det 3 O the
capital NOUN NN pobj 1 O capital
arrested VERB VBD ROOT 4 O arrest
two NUM CD nummod 6 B-CARDINAL two
men NOUN NNS dobj 4 O man
over ADP IN prep 4 O over
the DET DT det 9 O the
kidnapping NOUN NN pobj 7 O kidnapping _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
Both DET DT det 13 O both
suspects NOUN NNS nsubj 15 O suspect
have AUX VBP aux 15 O have
confessed VERB VBN ccomp 22 O confess _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
OCPD PROPN NNP compound 19 B-PERSON OCPD
Kilimani PROPN NNP compound 21 I-PERSON Kilimani
John PROPN NNP compound 21 B-PERSON John
Otieno PROPN NNP nsubj 22 I-PERSON Otieno
said VERB VBD ROOT 22 O say
on ADP IN prep 22 O on
Tuesday PROPN NNP pobj 23 B-DATE Tuesday _
. PUNCT . punct 22 O . _
"""

# Three men were arrested on Monday over the robbery. "The suspects were traced within six hours,"
# SSP Nasir Ali Khan said.
_NAME_FIRST = """
Three NUM CD nummod 1 B-CARDINAL three
men NOUN NNS nsubjpass 3 O man
were AUX VBD auxpass 3 O be
arrested VERB VBN ROOT 3 O arrest
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday
over ADP IN prep 3 O over
the DET DT det 8 O the
robbery NOUN NN pobj 6 O robbery _
. PUNCT . punct 3 O .
" PUNCT `` punct 24 O " _
The DET DT det 12 O the
suspects NOUN NNS nsubjpass 14 O suspect
were AUX VBD auxpass 14 O be
traced VERB VBN ccomp 24 O trace
within ADP IN prep 14 O within
six NUM CD nummod 17 B-TIME six
hours NOUN NNS pobj 15 I-TIME hour _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
SSP PROPN NNP compound 23 B-WORK_OF_ART SSP
Nasir PROPN NNP compound 23 I-WORK_OF_ART Nasir
Ali PROPN NNP compound 23 I-WORK_OF_ART Ali
Khan PROPN NNP nsubj 24 I-WORK_OF_ART Khan
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_the_capital_after_the_post_is_the_posts() -> None:
    rows = Extractor().rows(frozen(_CAPITAL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Nasir Khan", "DIG", "")]


def test_the_station_after_the_post_is_no_word_of_the_name() -> None:
    rows = Extractor().rows(frozen(_STATION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("John Otieno", "OCPD", "")]


def test_a_given_name_after_the_post_opens_the_name() -> None:
    rows = Extractor().rows(frozen(_NAME_FIRST))
    assert [(r.speaker, r.role) for r in rows] == [("Nasir Ali Khan", "SSP")]
