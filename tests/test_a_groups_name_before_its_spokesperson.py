"""A campaign group's name in capitals before its spokesperson's job, whatever the tagger made of
its words (`Friends of Hollins Park`, a place; `Save Lark Meadow`, a person's name), is the body
spoken for; and when the parser makes the group's first word the subject and the name the object
of its `of`, the person named after the job speaks. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Friends of Hollins Park spokeswoman Ruth Mabry said the lake was "the heart of the town".
_PARK = """
Friends NOUN NNS nsubj 7 O friend
of ADP IN prep 0 O of
Hollins PROPN NNP compound 3 B-GPE Hollins
Park PROPN NNP compound 4 I-GPE Park
spokeswoman NOUN NN compound 6 O spokeswoman
Ruth PROPN NNP compound 6 B-PERSON Ruth
Mabry PROPN NNP pobj 1 I-PERSON Mabry
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
lake NOUN NN nsubj 10 O lake
was AUX VBD ccomp 7 O be
" PUNCT `` punct 10 O " _
the DET DT det 13 O the
heart NOUN NN attr 10 O heart
of ADP IN prep 13 O of
the DET DT det 16 O the
town NOUN NN pobj 14 O town _
" PUNCT '' punct 10 O " _
. PUNCT . punct 7 O . _
"""

# Save Lark Meadow spokeswoman Ruth Mabry said the field was "the last green space in the ward".
_MEADOW = """
Save PROPN NNP compound 2 O Save
Lark PROPN NNP compound 2 B-PERSON Lark
Meadow PROPN NNP compound 3 I-PERSON Meadow
spokeswoman NOUN NN compound 5 O spokeswoman
Ruth PROPN NNP compound 5 B-PERSON Ruth
Mabry PROPN NNP nsubj 6 I-PERSON Mabry
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
field NOUN NN nsubj 9 O field
was AUX VBD ccomp 6 O be
" PUNCT `` punct 9 O " _
the DET DT det 14 O the
last ADJ JJ amod 14 O last
green ADJ JJ amod 14 O green
space NOUN NN attr 9 O space
in ADP IN prep 14 O in
the DET DT det 17 O the
ward NOUN NN pobj 15 O ward _
" PUNCT '' punct 9 O " _
. PUNCT . punct 6 O . _
"""


def test_the_holder_after_a_bodys_job_speaks() -> None:
    (row,) = Extractor().rows(frozen(_PARK))
    expected = ("Ruth Mabry", "spokeswoman", "Friends of Hollins Park")
    assert (row.speaker, row.role, row.organization) == expected


def test_a_groups_name_before_its_spokeswoman_is_its_body() -> None:
    (row,) = Extractor().rows(frozen(_MEADOW))
    assert (row.speaker, row.role, row.organization) == ("Ruth Mabry", "spokeswoman", "Save Lark Meadow")
