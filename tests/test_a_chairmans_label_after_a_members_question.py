"""`Mr. OWEN: Have the new baths been opened yet? … The CHAIRMAN: They will be opened …`: a member's
question, with the member the subject of its sentence, made him the most prominent person before
the chair's label, and the label printed all in capitals (`CHAIRMAN`, a common noun to the tagger)
was not read as the office in capitals, so he was given the chair: *Owen* / *Chairman*. An office
one person holds at a time, after a bare `The` and printed all in capitals, is now read as the
office in title case is (entities._sole_office_in_capitals): no one named with no office told
holds it, so the chairman is someone unnamed, or the one the story seated in the chair.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Baths Committee met on Friday.  Mr. OWEN: Have the new slipper baths been opened to the
# public yet?  The CHAIRMAN: They will be opened on the first of next month.
_NONE_SEATED = """
The DET DT det 2 B-ORG the
Baths PROPN NNP compound 2 I-ORG Baths
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Friday PROPN NNP pobj 4 B-DATE Friday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Mr. PROPN NNP compound 9 O Mr.
OWEN PROPN NNP nsubj 11 B-PERSON OWEN _
: PUNCT : punct 9 O :
Have VERB VB ROOT 11 O have
the DET DT det 15 O the
new ADJ JJ amod 15 O new
slipper NOUN NN compound 15 O slipper
baths NOUN NNS nsubjpass 17 O bath
been AUX VBN auxpass 17 O be
opened VERB VBN ccomp 11 O open
to ADP IN prep 17 O to
the DET DT det 20 O the
public NOUN NN pobj 18 O public
yet ADV RB advmod 17 O yet _
? PUNCT . punct 17 O ? _
<paragraph> SPACE _SP dep 22 O <paragraph> _
The DET DT det 25 O the
CHAIRMAN NOUN NN ROOT 25 O chairman _
: PUNCT : punct 25 O :
They PRON PRP nsubjpass 30 O they
will AUX MD aux 30 O will
be AUX VB auxpass 30 O be
opened VERB VBN acl 25 O open
on ADP IN prep 30 O on
the DET DT det 33 B-DATE the
first ADJ JJ pobj 31 I-DATE first
of ADP IN prep 33 I-DATE of
next ADJ JJ amod 36 I-DATE next
month NOUN NN pobj 34 I-DATE month _
. PUNCT . punct 30 O . _
"""


# The Baths Committee met on Friday, Alderman PRICE in the chair.  Mr. OWEN: Have the new slipper
# baths been opened to the public yet?  The CHAIRMAN: They will be opened on the first of next
# month.
_SEATED = """
The DET DT det 2 B-ORG the
Baths PROPN NNP compound 2 I-ORG Baths
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Friday PROPN NNP pobj 4 B-DATE Friday _
, PUNCT , punct 3 O ,
Alderman PROPN NNP compound 8 O Alderman
PRICE NOUN NN dep 3 O price
in ADP IN prep 8 O in
the DET DT det 11 O the
chair NOUN NN pobj 9 O chair _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Mr. PROPN NNP compound 15 O Mr.
OWEN PROPN NNP nsubj 17 B-PERSON OWEN _
: PUNCT : punct 15 O :
Have VERB VB ROOT 17 O have
the DET DT det 21 O the
new ADJ JJ amod 21 O new
slipper NOUN NN compound 21 O slipper
baths NOUN NNS nsubjpass 23 O bath
been AUX VBN auxpass 23 O be
opened VERB VBN ccomp 17 O open
to ADP IN prep 23 O to
the DET DT det 26 O the
public NOUN NN pobj 24 O public
yet ADV RB advmod 23 O yet _
? PUNCT . punct 23 O ? _
<paragraph> SPACE _SP dep 28 O <paragraph> _
The DET DT det 31 O the
CHAIRMAN NOUN NN ROOT 31 O chairman _
: PUNCT : punct 31 O :
They PRON PRP nsubjpass 36 O they
will AUX MD aux 36 O will
be AUX VB auxpass 36 O be
opened VERB VBN acl 31 O open
on ADP IN prep 36 O on
the DET DT det 39 B-DATE the
first ADJ JJ pobj 37 I-DATE first
of ADP IN prep 39 I-DATE of
next ADJ JJ amod 42 I-DATE next
month NOUN NN pobj 40 I-DATE month _
. PUNCT . punct 36 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_the_chairmans_label_after_a_members_question_is_someone_unnamed() -> None:
    assert _rows(_NONE_SEATED) == [("Owen", ""), ("The CHAIRMAN", "Chairman")]


def test_the_chairmans_label_after_a_members_question_is_the_one_seated() -> None:
    assert _rows(_SEATED) == [("Owen", ""), ("Price", "Alderman")]
