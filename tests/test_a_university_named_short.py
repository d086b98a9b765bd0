"""`Unilag Vice-Chancellor Professor X`: one word in capitals right before an office only a
university has (`Vice-Chancellor`, `Registrar`, `Bursar`) is the university named short, as
Nigerian and Kenyan news write them, whatever the tagger called it (a people): role
*Vice-Chancellor*, organisation *Unilag*, not the role *Unilag Vice-Chancellor*; a people's word the
lists know is no university (`Kenyan Vice-Chancellor`). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "Lectures will resume on the first of March," Unilag Vice-Chancellor Professor Bisi Adeyemo
# said.
_UNILAG = """
" PUNCT `` punct 18 O " _
Lectures NOUN NNS nsubj 3 O lecture
will AUX MD aux 3 O will
resume VERB VB ccomp 18 O resume
on ADP IN prep 3 O on
the DET DT det 6 B-DATE the
first ADJ JJ pobj 4 I-DATE first
of ADP IN prep 6 I-DATE of
March PROPN NNP pobj 7 I-DATE March _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Unilag PROPN NNP compound 17 B-NORP Unilag
Vice PROPN NNP compound 17 O Vice _
- PROPN NNP nmod 17 O - _
Chancellor PROPN NNP appos 13 O Chancellor
Professor PROPN NNP compound 17 O Professor
Bisi PROPN NNP compound 17 B-PERSON Bisi
Adeyemo PROPN NNP nsubj 18 I-PERSON Adeyemo
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""

# "The strike is over," Kenyan Vice-Chancellor Ann Kamau said.
_KENYAN = """
" PUNCT `` punct 13 O " _
The DET DT det 2 O the
strike NOUN NN nsubj 3 O strike
is AUX VBZ ccomp 13 O be
over ADV RB advmod 3 O over _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Kenyan PROPN NNP compound 12 B-NORP Kenyan
Vice PROPN NNP compound 12 O Vice _
- PROPN NNP compound 12 O - _
Chancellor PROPN NNP compound 12 O Chancellor
Ann PROPN NNP compound 12 B-PERSON Ann
Kamau PROPN NNP nsubj 13 I-PERSON Kamau
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
"""




def test_a_university_named_short_before_its_vice_chancellor() -> None:
    assert who_of(_UNILAG) == [("Bisi Adeyemo", "Vice-Chancellor", "Unilag")]


def test_a_peoples_word_before_a_vice_chancellor_is_no_university() -> None:
    assert who_of(_KENYAN) == [("Ann Kamau", "Kenyan Vice-Chancellor", "")]
