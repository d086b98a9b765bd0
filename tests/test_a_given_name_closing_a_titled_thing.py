"""`Agriculture Sec. Francisco` (tagged one work of art) + `Tiu Laurel told reporters`: a span the
tagger tagged a body or a thing, closed by a given name right after a title, is a name cut short;
it runs on over the untagged surname in capitals after it, the verb's subject, and the office's
words before the given name are left to the title's reading. It gave the speaker *Tiu Laurel*.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will ensure that rice prices stay low," Agriculture Sec. Francisco Tiu Laurel told
# reporters.
_AGRI = """
" PUNCT `` punct 3 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
ensure VERB VB ROOT 3 O ensure
that SCONJ IN mark 7 O that
rice NOUN NN compound 6 O rice
prices NOUN NNS nsubj 7 O price
stay VERB VBP ccomp 3 O stay
low ADJ JJ acomp 7 O low _
, PUNCT , punct 3 O , _
" PUNCT '' punct 9 O "
Agriculture PROPN NNP compound 13 B-WORK_OF_ART Agriculture
Sec. PROPN NNP compound 13 I-WORK_OF_ART Sec.
Francisco PROPN NNP punct 3 I-WORK_OF_ART Francisco
Tiu PROPN NNP compound 15 O Tiu
Laurel PROPN NNP nsubj 16 O Laurel
told VERB VBD ROOT 16 O tell
reporters NOUN NNS dobj 16 O reporter _
. PUNCT . punct 16 O . _
"""


def test_a_given_name_closing_a_titled_work_runs_on_over_its_surname() -> None:
    rows = Extractor().rows(frozen(_AGRI))
    assert [r.speaker for r in rows] == ["Francisco Tiu Laurel"]
