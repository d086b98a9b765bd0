"""Names the tagger cut: a word of a name it read as a verb between two parts it tagged
(`Mr Imani Said Kajula`), and a given name after a title in full that it left untagged or
tagged with the title as a body (`Corporal Shalend` + `Kumar`). The rows name the person in
full, as the article first gives the name."""

from __future__ import annotations

# Parses of sentences written for this file, by en_core_web_sm 3.8, as they came.
NAME_WORD_READ_AS_A_VERB = """
Club NOUN NN nmod 2 O club
chief NOUN NN amod 2 O chief
executive NOUN NN compound 4 O executive
Mr PROPN NNP compound 4 O Mr
Imani PROPN NNP nsubj 5 B-PERSON Imani
Said VERB VBD ROOT 5 O say
Kaluma PROPN NNP nsubj 7 B-PERSON Kaluma
insisted VERB VBD ccomp 5 O insist
the DET DT det 9 O the
board NOUN NN nsubj 10 O board
backed VERB VBD ccomp 7 O back
the DET DT det 12 O the
coach NOUN NN dobj 10 O coach _
. PUNCT . punct 5 O .
“ PUNCT `` punct 23 O " _
The DET DT det 16 O the
board NOUN NN nsubj 17 O board
is AUX VBZ ccomp 23 O be
calm ADJ JJ acomp 17 O calm _
, PUNCT , punct 23 O , _
” PUNCT '' punct 23 O "
Mr PROPN NNP compound 22 O Mr
Kaluma PROPN NNP nsubj 23 B-PERSON Kaluma
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

TITLE_AND_GIVEN_NAME_TAGGED_A_BODY = """
Police NOUN NN compound 1 O police
prosecutor NOUN NN compound 4 O prosecutor
Corporal PROPN NNP compound 4 B-ORG Corporal
Shalend PROPN NNP compound 4 I-ORG Shalend
Kumar PROPN NNP nsubj 5 B-PERSON Kumar
opposed VERB VBD ROOT 5 O oppose
bail NOUN NN dobj 5 O bail _
. PUNCT . punct 5 O .
“ PUNCT `` punct 17 O " _
He PRON PRP nsubj 10 O he
is AUX VBZ ccomp 17 O be
a DET DT det 12 O a
danger NOUN NN attr 10 O danger _
, PUNCT , punct 17 O , _
” PUNCT '' punct 17 O "
Corporal PROPN NNP compound 16 O Corporal
Kumar PROPN NNP nsubj 17 B-PERSON Kumar
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

# The same, with the title and the given name left untagged by hand, as the tagger left them in
# a longer story.
GIVEN_NAME_UNTAGGED_AFTER_A_TITLE = """
Police NOUN NN compound 1 O police
prosecutor NOUN NN compound 4 O prosecutor
Corporal PROPN NNP compound 4 O Corporal
Shalend PROPN NNP compound 4 O Shalend
Kumar PROPN NNP nsubj 5 B-PERSON Kumar
opposed VERB VBD ROOT 5 O oppose
bail NOUN NN dobj 5 O bail _
. PUNCT . punct 5 O .
“ PUNCT `` punct 17 O " _
He PRON PRP nsubj 10 O he
is AUX VBZ ccomp 17 O be
a DET DT det 12 O a
danger NOUN NN attr 10 O danger _
, PUNCT , punct 17 O , _
” PUNCT '' punct 17 O "
Corporal PROPN NNP compound 16 O Corporal
Kumar PROPN NNP nsubj 17 B-PERSON Kumar
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    from quotes.extractor import Extractor
    from tests.frozen import frozen

    return [(r.speaker, r.mention) for r in Extractor().rows(frozen(spec))]


def test_a_word_of_a_name_read_as_a_verb_between_its_parts_is_kept() -> None:
    assert _rows(NAME_WORD_READ_AS_A_VERB) == [("Imani Said Kaluma", "Kaluma")]


def test_a_title_and_given_name_tagged_a_body_open_the_persons_name() -> None:
    assert _rows(TITLE_AND_GIVEN_NAME_TAGGED_A_BODY)[0][0] == "Shalend Kumar"


def test_an_untagged_given_name_after_a_title_in_full_opens_the_name() -> None:
    assert _rows(GIVEN_NAME_UNTAGGED_AFTER_A_TITLE)[0][0] == "Shalend Kumar"
