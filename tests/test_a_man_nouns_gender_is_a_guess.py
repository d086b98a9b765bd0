"""`Police spokesman Atieno Ochola said … “…,” she said`: a role noun ending in `-man`
(`spokesman`, `chairman`) is written of women too in much of the English-speaking world's news,
yet it set the person's gender firmly, so `she` took nobody and the quote had no speaker. Such a
noun's gender is now a guess, as a given name's is: it still parts two people (`Another officer,
Grace Wambui, …` `“…,” he said`: the spokesman), but a pronoun that only the person fits takes
them (entities._genders). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Police spokesman Atieno Ochola said the suspects were arrested on Sunday. "They will be
# charged on Monday," she said.
_SPOKESMAN_SHE = """
Police NOUN NNS compound 1 O Police
spokesman NOUN NN compound 3 O spokesman
Atieno PROPN NNP compound 3 B-ORG Atieno
Ochola PROPN NNP nsubj 4 I-ORG Ochola
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
suspects NOUN NNS nsubjpass 8 O suspect
were AUX VBD auxpass 8 O be
arrested VERB VBN ccomp 4 O arrest
on ADP IN prep 8 O on
Sunday PROPN NNP pobj 9 B-DATE Sunday _
. PUNCT . punct 4 O .
" PUNCT `` punct 16 O " _
They PRON PRP nsubjpass 16 O they
will AUX MD aux 16 O will
be AUX VB auxpass 16 O be
charged VERB VBN ccomp 22 O charge
on ADP IN prep 16 O on
Monday PROPN NNP pobj 17 B-DATE Monday _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
she PRON PRP nsubj 22 O she
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""
# Police spokesman Atieno Ochola said the suspects were arrested. Another officer, Grace Wambui,
# was injured. "She is recovering," he said.
_SPOKESMAN_HE_BESIDE_A_WOMAN = """
Police NOUN NNS compound 1 O Police
spokesman NOUN NN compound 3 O spokesman
Atieno PROPN NNP compound 3 B-ORG Atieno
Ochola PROPN NNP nsubj 4 I-ORG Ochola
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
suspects NOUN NNS nsubjpass 8 O suspect
were AUX VBD auxpass 8 O be
arrested VERB VBN ccomp 4 O arrest _
. PUNCT . punct 4 O .
Another DET DT det 11 O another
officer NOUN NN nsubjpass 17 O officer _
, PUNCT , punct 11 O ,
Grace PROPN NNP compound 14 B-PERSON Grace
Wambui PROPN NNP appos 11 I-PERSON Wambui _
, PUNCT , punct 11 O ,
was AUX VBD auxpass 17 O be
injured VERB VBN ROOT 17 O injure _
. PUNCT . punct 17 O .
" PUNCT `` punct 26 O " _
She PRON PRP nsubj 22 O she
is AUX VBZ aux 22 O be
recovering VERB VBG ccomp 26 O recover _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("kind", "speaker", "role"))


def test_she_after_a_spokesman_alone_is_the_spokesman() -> None:
    assert _who(_SPOKESMAN_SHE) == [("direct", "Atieno Ochola", "spokesman")]


def test_he_after_a_spokesman_and_a_woman_named_is_still_the_spokesman() -> None:
    assert _who(_SPOKESMAN_HE_BESIDE_A_WOMAN) == [("direct", "Atieno Ochola", "spokesman")]
