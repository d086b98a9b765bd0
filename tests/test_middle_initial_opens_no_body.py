"""A middle initial opens no body's name: in `Former Ann B. Cole aide Tom Reed`, `B. Cole` is the
end of a person's name, not the body the aide works for. Frozen parse of a sentence written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Former Ann B. Cole aide Tom Reed said: "The levy is symbolic."
_INITIAL = """
Former ADJ JJ compound 3 O former
Ann PROPN NNP compound 3 B-PERSON Ann
B. PROPN NNP compound 3 I-PERSON B.
Cole PROPN NNP compound 4 I-PERSON Cole
aide NOUN NN compound 6 O aide
Tom PROPN NNP compound 6 B-PERSON Tom
Reed PROPN NNP nsubj 7 I-PERSON Reed
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
The DET DT det 11 O the
levy NOUN NN nsubj 12 O levy
is AUX VBZ ccomp 7 O be
symbolic ADJ JJ acomp 12 O symbolic _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""



def test_a_middle_initial_opens_no_bodys_name() -> None:
    rows = Extractor().rows(frozen(_INITIAL))
    who = [(r.speaker, r.role, r.organization) for r in rows]
    assert who == [("Tom Reed", "Former Ann B. Cole aide", "")]
