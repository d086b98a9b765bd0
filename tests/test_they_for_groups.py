"""`they` for people a plural subject names: `Nurses walked out. “…,” they said.` gives the
nurses, as the article calls them (an unnamed group); the subject of the main clause, not of a
clause inside it (`Critics say that nurses object …`: the critics); an organisation that is
the subject stays the one `they` stands for (`The union met nurses. … they said`); two people
named as one subject are one group (`Ana Ruiz and Tom Hale toured the site`: *Ana Ruiz; Tom
Hale*), a pair that is not two names is nobody (`Tom Hale and his brother`). Each
sentence was written for this file; its parse (by en_core_web_sm 3.8) is written out token by
token (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# 'Nurses walked out of the hospital on Monday. "We are exhausted," they said.'
NURSES = """
Nurses NOUN NNS nsubj 1 O nurse
walked VERB VBD ROOT 1 O walk
out ADP IN prep 1 O out
of ADP IN prep 2 O of
the DET DT det 5 O the
hospital NOUN NN pobj 3 O hospital
on ADP IN prep 1 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 1 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 11 O we
are AUX VBP ccomp 16 O be
exhausted VERB VBN acomp 11 O exhaust _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
they PRON PRP nsubj 16 O they
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""

# 'Critics say that nurses object to rules. "We are tired," they write.'
CRITICS = """
Critics NOUN NNS nsubj 1 O critic
say VERB VBP ROOT 1 O say
that SCONJ IN mark 4 O that
nurses NOUN NNS nsubj 4 O nurse
object VERB VBP ccomp 1 O object
to ADP IN prep 4 O to
rules NOUN NNS pobj 5 O rule _
. PUNCT . punct 1 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 10 O we
are AUX VBP ccomp 15 O be
tired ADJ JJ acomp 10 O tired _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
they PRON PRP nsubj 15 O they
write VERB VBP ROOT 15 O write _
. PUNCT . punct 15 O . _
"""

# 'The union met nurses on Monday. "We will strike," they said.'
UNION = """
The DET DT det 1 O the
union NOUN NN nsubj 2 O union
met VERB VBD ROOT 2 O meet
nurses NOUN NNS dobj 2 O nurse
on ADP IN prep 2 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 2 O .
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 10 O we
will AUX MD aux 10 O will
strike VERB VB ccomp 14 O strike _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
they PRON PRP nsubj 14 O they
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""


# 'Ana Ruiz and Tom Hale toured the site on Monday. "It is a mess," they said.'
PAIR = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 5 O Ruiz
and CCONJ CC cc 1 O and
Tom PROPN NNP compound 4 B-PERSON Tom
Hale PROPN NNP conj 1 I-PERSON Hale
toured VERB VBD ROOT 5 O tour
the DET DT det 7 O the
site NOUN NN dobj 5 O site
on ADP IN prep 5 O on
Monday PROPN NNP pobj 8 B-DATE Monday _
. PUNCT . punct 5 O .
" PUNCT `` punct 19 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 19 O be
a DET DT det 15 O a
mess NOUN NN attr 13 O mess _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
they PRON PRP nsubj 19 O they
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""

# 'Tom Hale and his brother came to the rally. "We are here," they said.'
PRONOUN_PAIR = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 5 I-PERSON Hale
and CCONJ CC cc 1 O and
his PRON PRP$ poss 4 O his
brother NOUN NN conj 1 O brother
came VERB VBD ROOT 5 O come
to ADP IN prep 5 O to
the DET DT det 8 O the
rally NOUN NN pobj 6 O rally _
. PUNCT . punct 5 O .
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 12 O we
are AUX VBP ccomp 17 O be
here ADV RB advmod 12 O here _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
they PRON PRP nsubj 17 O they
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


def speakers(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.mention) for r in Extractor().rows(frozen(spec))]


def test_they_stands_for_the_people_a_plural_subject_names() -> None:
    assert speakers(NURSES) == [("Nurses", "they")]


def test_the_main_clause_subject_not_one_inside_it() -> None:
    assert speakers(CRITICS) == [("Critics", "they")]


def test_an_organisation_subject_keeps_they() -> None:
    assert speakers(UNION) == [("The union", "they")]


def test_two_named_as_one_subject_are_one_group() -> None:
    assert speakers(PAIR) == [("Ana Ruiz; Tom Hale", "they")]


def test_a_pair_that_is_not_two_names_is_nobody() -> None:
    assert speakers(PRONOUN_PAIR) == [("", "they")]
