"""`said Special Adviser to the President on Media Femi Adesina`, as Nigerian news writes a staff
job: the field the job serves in after `on`, then the holder's name with no comma. The tagger
calls `Special Adviser` a person and runs the field into the name (`Media Femi Adesina`, a body),
and the parser hangs the name on the `on`: the speaker was *Special Adviser*. Two or three words in
capitals ending on a job's noun, tagged a person before its `to`, are a title
(tokens.job_titles_of_two_or_three_words_tagged_people_are_no_names), the field a job's `on`
opens is cut off the name (tokens.split_a_name_off_a_body), and the name the `on` holds speaks
(attribution._past_the_bodys_of). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.types import Quote
from tests.frozen import frozen

# The presidency on Monday defended the new tax plan. "The government is listening to Nigerians
# and will not impose hardship on anyone," said Special Adviser to the President on Media Femi
# Adesina.
_ADVISER_ON_MEDIA = """
The DET DT det 1 O the
presidency NOUN NN nsubj 4 O presidency
on ADP IN prep 4 O on
Monday PROPN NNP pobj 2 B-DATE Monday
defended VERB VBD ROOT 4 O defend
the DET DT det 8 O the
new ADJ JJ amod 8 O new
tax NOUN NN compound 8 O tax
plan NOUN NN dobj 4 O plan _
. PUNCT . punct 4 O .
" PUNCT `` punct 26 O " _
The DET DT det 12 O the
government NOUN NN nsubj 14 O government
is AUX VBZ aux 14 O be
listening VERB VBG ccomp 26 O listen
to ADP IN prep 14 O to
Nigerians PROPN NNPS pobj 15 B-NORP Nigerians
and CCONJ CC cc 14 O and
will AUX MD aux 20 O will
not PART RB neg 20 O not
impose VERB VB conj 14 O impose
hardship NOUN NN dobj 20 O hardship
on ADP IN prep 20 O on
anyone PRON NN pobj 22 O anyone _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
said VERB VBD ROOT 26 O say
Special PROPN NNP compound 28 B-PERSON Special
Adviser PROPN NNP nsubj 26 I-PERSON Adviser
to ADP IN prep 26 O to
the DET DT det 31 O the
President PROPN NNP pobj 29 O President
on ADP IN prep 31 O on
Media PROPN NNP compound 35 B-ORG Media
Femi PROPN NNP compound 35 I-ORG Femi
Adesina PROPN NNP pobj 32 I-ORG Adesina _
. PUNCT . punct 26 O . _
"""

# "The roads will be finished before the rains," said Special Assistant to the Governor on Media
# Kola Bello.
_ASSISTANT_ON_MEDIA = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
roads NOUN NNS nsubjpass 5 O road
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
finished VERB VBN ccomp 11 O finish
before ADP IN prep 5 O before
the DET DT det 8 O the
rains NOUN NNS pobj 6 O rain _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Special PROPN NNP compound 13 O Special
Assistant PROPN NNP nsubj 11 O Assistant
to ADP IN prep 11 O to
the DET DT det 16 O the
Governor PROPN NNP pobj 14 O Governor
on ADP IN prep 16 O on
Media PROPN NNP compound 20 O Media
Kola PROPN NNP compound 20 B-PERSON Kola
Bello PROPN NNP pobj 17 I-PERSON Bello _
. PUNCT . punct 11 O . _
"""

# "We will pass it," said Special Adviser to the President on Media and Publicity Femi Adesina.
_ADVISER_ON_TWO_FIELDS = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
pass VERB VB ccomp 7 O pass
it PRON PRP dobj 3 O it _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Special PROPN NNP compound 9 B-PERSON Special
Adviser PROPN NNP nsubj 7 I-PERSON Adviser
to ADP IN prep 7 O to
the DET DT det 12 O the
President PROPN NNP pobj 10 O President
on ADP IN prep 12 O on
Media PROPN NNP pobj 13 B-ORG Media
and CCONJ CC cc 14 O and
Publicity PROPN NNP compound 17 B-ORG Publicity
Femi PROPN NNP compound 18 I-ORG Femi
Adesina PROPN NNP conj 14 I-ORG Adesina _
. PUNCT . punct 7 O . _
"""


def _only_row(spec: str) -> Quote:
    rows = Extractor().rows(frozen(spec))
    assert len(rows) == 1
    return rows[0]


def test_the_adviser_on_media_named_after_the_field_speaks() -> None:
    row = _only_row(_ADVISER_ON_MEDIA)
    assert (row.speaker, row.role, row.organization) == (
        "Femi Adesina",
        "Special Adviser to the President on Media",
        "",
    )


def test_the_assistant_on_media_named_after_the_field_speaks() -> None:
    row = _only_row(_ASSISTANT_ON_MEDIA)
    assert (row.speaker, row.role) == ("Kola Bello", "Special Assistant to the Governor on Media")


def test_the_adviser_after_a_field_of_two_words_speaks() -> None:
    assert _only_row(_ADVISER_ON_TWO_FIELDS).speaker == "Femi Adesina"
