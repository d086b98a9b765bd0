"""Reported speech whose subject the parser took into the phrase that opens the sentence (the
object of its preposition, set beside that object; the subject of its participle), leaving the
verb of saying with none: the words set off after the phrase's comma speak, also before an
aside. And `they` after `People …` made the subject just before: `people` is a plural of its
own, in no list of nouns for people. Frozen parses of sentences written for this file (see
tests/frozen.py), with the misreadings the parser makes of such sentences written in."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def reported(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.quote) for r in Extractor(indirect=True).rows(frozen(spec)) if r.kind == "indirect"]


# After two days of talks with the unions, the mayor's office announced that the bridge will
# reopen. (`office` hung on `unions` as if it described them.)
_OFFICE = """
After ADP IN prep 13 O after
two NUM CD nummod 2 B-DATE two
days NOUN NNS pobj 0 I-DATE day
of ADP IN prep 2 O of
talks NOUN NNS pobj 3 O talk
with ADP IN prep 4 O with
the DET DT det 7 O the
unions NOUN NNS pobj 5 O union _
, PUNCT , punct 7 O ,
the DET DT det 10 O the
mayor NOUN NN poss 12 O mayor _
's PART POS case 10 O 's
office NOUN NN appos 7 O office
announced VERB VBD ROOT 13 O announce
that SCONJ IN mark 18 O that
the DET DT det 16 O the
bridge NOUN NN nsubj 18 O bridge
will AUX MD aux 18 O will
reopen VERB VB ccomp 13 O reopen _
. PUNCT . punct 13 O . _
"""

# On Friday, Leeds, leading a group of nine cities, asked the minister to restore the grant.
# (`Leeds` read as the subject of `leading`.)
_LEEDS = """
On ADP IN prep 12 O on
Friday PROPN NNP pobj 0 B-DATE Friday _
, PUNCT , punct 12 O ,
Leeds PROPN NNP nsubj 5 B-GPE Leeds _
, PUNCT , punct 5 O ,
leading VERB VBG advcl 12 O lead
a DET DT det 7 O a
group NOUN NN dobj 5 O group
of ADP IN prep 7 O of
nine NUM CD nummod 10 B-CARDINAL nine
cities NOUN NNS pobj 8 O city _
, PUNCT , punct 12 O ,
asked VERB VBD ROOT 12 O ask
the DET DT det 14 O the
minister NOUN NN dobj 12 O minister
to PART TO aux 16 O to
restore VERB VB xcomp 12 O restore
the DET DT det 18 O the
grant NOUN NN dobj 16 O grant _
. PUNCT . punct 12 O . _
"""

# People close to the mayor were furious. They said the plan was rushed.
_PEOPLE = """
People NOUN NNS nsubj 5 O People
close ADJ JJ amod 0 O close
to ADP IN prep 1 O to
the DET DT det 4 O the
mayor NOUN NN pobj 2 O mayor
were AUX VBD ROOT 5 O be
furious ADJ JJ acomp 5 O furious _
. PUNCT . punct 5 O .
They PRON PRP nsubj 9 O they
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
plan NOUN NN nsubjpass 13 O plan
was AUX VBD auxpass 13 O be
rushed VERB VBN ccomp 9 O rush _
. PUNCT . punct 9 O . _
"""


def test_the_words_after_the_opening_phrase_speak() -> None:
    assert reported(_OFFICE) == [("mayor's office", "the bridge will reopen")]


def test_the_words_before_an_aside_after_the_opening_phrase_speak() -> None:
    assert reported(_LEEDS) == [("Leeds", "the minister to restore the grant")]


def test_they_after_people_is_those_people() -> None:
    assert reported(_PEOPLE) == [("People", "the plan was rushed")]
