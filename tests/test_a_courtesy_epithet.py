"""`“…,” said the hon. member`, `observed the right hon. gentleman`, `said the hon. and gallant
member for Hull`: a noun of parliamentary and archive reporting after its words of courtesy
(models/courtesy_epithets.txt) stands for the person the story has just made the subject of a
clause; and the courtesy words written short in small letters are one token with their stop, so
that the parser does not end a sentence after `hon`. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor; the tokens through the pipeline."""

from __future__ import annotations

from spacy.language import Language

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mr. Jones then spoke. "The ship was sound," said the hon. member.
_MEMBER = """
Mr. PROPN NNP compound 1 O Mr.
Jones PROPN NNP nsubj 3 B-PERSON Jones
then ADV RB advmod 3 O then
spoke VERB VBD ROOT 3 O speak _
. PUNCT . punct 3 O .
" PUNCT `` punct 12 O " _
The DET DT det 7 O the
ship NOUN NN nsubj 8 O ship
was AUX VBD ccomp 12 O be
sound ADJ JJ acomp 8 O sound _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
said VERB VBD ROOT 12 O say
the DET DT det 15 O the
hon. NOUN NN compound 15 O hon.
member NOUN NN nsubj 12 O member _
. PUNCT . punct 12 O . _
"""

# Colonel Waring asked about the harbour. "The ship was sound," said the hon. and gallant member
# for Hull.
_GALLANT = """
Colonel PROPN NNP compound 1 O Colonel
Waring PROPN NNP nsubj 2 B-PERSON Waring
asked VERB VBD ROOT 2 O ask
about ADP IN prep 2 O about
the DET DT det 5 O the
harbour NOUN NN pobj 3 O harbour _
. PUNCT . punct 2 O .
" PUNCT `` punct 14 O " _
The DET DT det 9 O the
ship NOUN NN nsubj 10 O ship
was AUX VBD ccomp 14 O be
sound ADJ JJ acomp 10 O sound _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
hon. NOUN NN nsubj 14 O hon.
and CCONJ CC cc 16 O and
gallant ADJ JJ amod 19 O gallant
member NOUN NN conj 16 O member
for ADP IN prep 16 O for
Hull PROPN NNP pobj 20 B-PERSON Hull _
. PUNCT . punct 14 O . _
"""

# Mr. Fordyce rose to reply. "The bill is a bad one," observed the right hon. gentleman.
_GENTLEMAN = """
Mr. PROPN NNP compound 1 O Mr.
Fordyce PROPN NNP nsubj 2 B-PERSON Fordyce
rose VERB VBD ROOT 2 O rise
to PART TO aux 4 O to
reply VERB VB xcomp 2 O reply _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
The DET DT det 8 O the
bill NOUN NN nsubj 9 O bill
is AUX VBZ ccomp 15 O be
a DET DT det 12 O a
bad ADJ JJ amod 12 O bad
one NOUN NN attr 9 O one _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
observed VERB VBD ROOT 15 O observe
the DET DT det 19 O the
right ADJ JJ amod 19 O right
hon. NOUN NN compound 19 O hon.
gentleman NOUN NN dobj 15 O gentleman _
. PUNCT . punct 15 O . _
"""


def _row(spec: str) -> tuple[str, str]:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker, row.mention


def test_the_hon_member() -> None:
    assert _row(_MEMBER) == ("Jones", "the hon. member")


def test_the_hon_and_gallant_member_for_a_seat() -> None:
    assert _row(_GALLANT) == ("Waring", "the hon. and gallant member for Hull")


def test_the_right_hon_gentleman() -> None:
    assert _row(_GENTLEMAN) == ("Fordyce", "the right hon. gentleman")


def test_courtesy_words_written_short_are_one_token(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("said the hon. member, and the rev. gentleman agreed.")]
    assert "hon." in words and "rev." in words
