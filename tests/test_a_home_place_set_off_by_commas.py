"""A home place set off by commas after a name, before the apposition that says who the person
is: `said Mary Johnson, of Springfield, president of the Lincoln Parents Association`, as US local
papers write it. The place a person comes from is a label, no body (ROLES.md), as it is with no
commas (`Tom Hale of Lenton, a member of the planning board`: tests/test_apposition_after_a_home_place.py);
the apposition after it is the person's role (there was none). A clause after the place gives
none. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The school board voted to close Lincoln Elementary. "This is a sad day," said Mary Johnson, of
# Springfield, president of the Lincoln Parents Association.
_HOME_PLACE = """
The DET DT det 2 O the
school NOUN NN compound 2 O school
board NOUN NN nsubj 3 O board
voted VERB VBD ROOT 3 O vote
to PART TO aux 5 O to
close VERB VB xcomp 3 O close
Lincoln PROPN NNP compound 7 B-ORG Lincoln
Elementary PROPN NNP dobj 5 I-ORG Elementary _
. PUNCT . punct 3 O .
" PUNCT `` punct 17 O " _
This PRON DT nsubj 11 O this
is AUX VBZ ccomp 17 O be
a DET DT det 14 B-DATE a
sad ADJ JJ amod 14 I-DATE sad
day NOUN NN attr 11 I-DATE day _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
Mary PROPN NNP compound 19 B-PERSON Mary
Johnson PROPN NNP nsubj 17 I-PERSON Johnson _
, PUNCT , punct 19 O ,
of ADP IN prep 19 O of
Springfield PROPN NNP pobj 21 B-GPE Springfield _
, PUNCT , punct 22 O ,
president NOUN NN appos 22 O president
of ADP IN prep 24 O of
the DET DT det 29 B-ORG the
Lincoln PROPN NNP compound 29 I-ORG Lincoln
Parents PROPN NNPS compound 29 I-ORG Parents
Association PROPN NNP pobj 25 I-ORG Association _
. PUNCT . punct 17 O . _
"""


# John Smith, of Lenton, a retired nurse, said the wards were full. "We cannot cope," he said.
_HOME_PLACE_BEFORE = """
John PROPN NNP compound 1 B-PERSON John
Smith PROPN NNP nsubj 10 I-PERSON Smith _
, PUNCT , punct 1 O ,
of ADP IN prep 1 O of
Lenton PROPN NNP pobj 3 B-GPE Lenton _
, PUNCT , punct 1 O ,
a DET DT det 8 O a
retired ADJ JJ amod 8 O retired
nurse NOUN NN appos 1 O nurse _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
wards NOUN NNS nsubj 13 O ward
were AUX VBD ccomp 10 O be
full ADJ JJ acomp 13 O full _
. PUNCT . punct 10 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 20 O we
can AUX MD aux 20 O can _
not PART RB neg 20 O not
cope VERB VB ccomp 24 O cope _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
he PRON PRP nsubj 24 O he
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


# The school board voted to close Lincoln Elementary. "This is a sad day," said Mary Johnson, of
# Springfield, who has two children at the school.
_NO_POST = """
The DET DT det 2 O the
school NOUN NN compound 2 O school
board NOUN NN nsubj 3 O board
voted VERB VBD ROOT 3 O vote
to PART TO aux 5 O to
close VERB VB xcomp 3 O close
Lincoln PROPN NNP compound 7 B-ORG Lincoln
Elementary PROPN NNP dobj 5 I-ORG Elementary _
. PUNCT . punct 3 O .
" PUNCT `` punct 17 O " _
This PRON DT nsubj 11 O this
is AUX VBZ ccomp 17 O be
a DET DT det 14 B-DATE a
sad ADJ JJ amod 14 I-DATE sad
day NOUN NN attr 11 I-DATE day _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
Mary PROPN NNP compound 19 B-PERSON Mary
Johnson PROPN NNP nsubj 17 I-PERSON Johnson _
, PUNCT , punct 19 O ,
of ADP IN prep 19 O of
Springfield PROPN NNP pobj 21 B-GPE Springfield _
, PUNCT , punct 22 O ,
who PRON WP nsubj 25 O who
has VERB VBZ relcl 22 O have
two NUM CD nummod 27 B-CARDINAL two
children NOUN NNS dobj 25 O child
at ADP IN prep 25 O at
the DET DT det 30 O the
school NOUN NN pobj 28 O school _
. PUNCT . punct 17 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_an_apposition_after_a_home_place_set_off_by_commas_is_the_persons_role() -> None:
    assert _rows(_HOME_PLACE) == [
        ("Mary Johnson", "president of the Lincoln Parents Association", "Lincoln Parents Association")
    ]


def test_so_before_the_verb() -> None:
    assert _rows(_HOME_PLACE_BEFORE) == [("John Smith", "retired nurse", "")]


def test_a_clause_after_the_home_place_gives_no_role() -> None:
    assert _rows(_NO_POST) == [("Mary Johnson", "", "")]
