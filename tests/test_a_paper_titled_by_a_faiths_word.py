"""`A resident told The Hindu that …. The paper said …`: a faith's word (models/faith_words.txt,
read with the people's words) right after `The` in capitals inside a sentence, qualifying no word
after it, is a newspaper's title as a people's word is (`The Australian`), so `the paper` after it
goes on with it; and, as a people is, a faith is nobody's employer (`a Sikh elder said`).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A resident told The Hindu that the taps had been dry for a week. The paper said the ward had
# been "ignored for years" by the corporation.
_HINDU = """
A DET DT det 1 O a
resident NOUN NN nsubj 2 O resident
told VERB VBD ROOT 2 O tell
The DET DT det 4 O the
Hindu PROPN NNP dobj 2 B-NORP Hindu
that SCONJ IN mark 9 O that
the DET DT det 7 O the
taps NOUN NNS nsubj 9 O tap
had AUX VBD aux 9 O have
been AUX VBN ccomp 2 O be
dry ADJ JJ acomp 9 O dry
for ADP IN prep 9 O for
a DET DT det 13 B-DATE a
week NOUN NN pobj 11 I-DATE week _
. PUNCT . punct 2 O .
The DET DT det 16 O the
paper NOUN NN nsubj 17 O paper
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
ward NOUN NN nsubjpass 23 O ward
had AUX VBD aux 23 O have
been AUX VBN auxpass 23 O be
" PUNCT `` punct 23 O " _
ignored VERB VBN ccomp 17 O ignore
for ADP IN prep 23 O for
years NOUN NNS pobj 24 B-DATE year _
" PUNCT '' punct 23 O "
by ADP IN agent 23 O by
the DET DT det 29 O the
corporation NOUN NN pobj 27 O corporation _
. PUNCT . punct 17 O . _
"""


# The gurdwara reopened on Sunday after repairs. "It was a long wait," a Sikh elder said.
_ELDER = """
The DET DT det 1 O the
gurdwara NOUN NN nsubj 2 O gurdwara
reopened VERB VBD ROOT 2 O reopen
on ADP IN prep 2 O on
Sunday PROPN NNP pobj 3 B-DATE Sunday
after ADP IN prep 2 O after
repairs NOUN NNS pobj 5 O repair _
. PUNCT . punct 2 O .
" PUNCT `` punct 19 O " _
It PRON PRP nsubj 10 O it
was AUX VBD ccomp 19 O be
a DET DT det 13 O a
long ADJ JJ amod 13 O long
wait NOUN NN attr 10 O wait _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
a DET DT det 18 O a
Sikh PROPN NNP compound 18 B-ORG Sikh
elder NOUN NN nsubj 19 O elder
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_paper_goes_on_with_a_title_of_a_faiths_word() -> None:
    assert who(_HINDU) == [("Hindu", "Hindu")]


def test_a_faith_is_no_employer() -> None:
    assert who(_ELDER) == [("a Sikh elder", "")]
