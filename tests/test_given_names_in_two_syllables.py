"""A Korean or Chinese given name of two syllables joined by a hyphen, the second in small
letters (`Seo Min-gyu`), which the tagger cuts at the hyphen (`Seo Min`): the person is named
in full (issue 10, brief who32). Each sentence is written for this file."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen
from tests.rows import row_starting


def test_the_second_syllable_of_a_given_name_is_kept(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Subway fares\n\n"
        "\u201cWe have no choice,\u201d said transport official Seo Min-gyu. Seo Min-gyu added that "
        "costs had doubled.\n"
    )
    assert row_starting(extract_rows(text), "We have").speaker == "Seo Min-gyu"



# "Cases are still rising," Commissioner Seo Ji-ah said at a briefing on Friday.  (A frozen parse,
# the tagger's name set by hand to run to the hyphen, `Seo Ji-`, as it does in some sentences.)
_HYPHEN_INSIDE = """
" PUNCT `` punct 12 O " _
Cases NOUN NNS nsubj 4 O case
are AUX VBP aux 4 O be
still ADV RB advmod 4 O still
rising VERB VBG ccomp 12 O rise _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
Commissioner PROPN NNP compound 9 O Commissioner
Seo PROPN NNP compound 9 B-PERSON Seo
Ji PROPN NNP nsubj 12 I-PERSON Ji _
- PROPN NNP nsubj 12 I-PERSON - _
ah INTJ UH intj 12 O ah
said VERB VBD ROOT 12 O say
at ADP IN prep 12 O at
a DET DT det 15 O a
briefing NOUN NN pobj 13 O briefing
on ADP IN prep 12 O on
Friday PROPN NNP pobj 16 B-DATE Friday _
. PUNCT . punct 12 O . _
"""


def test_a_name_tagged_up_to_its_hyphen_takes_the_second_syllable() -> None:
    rows = Extractor().rows(frozen(_HYPHEN_INSIDE))
    assert [(r.speaker, r.role) for r in rows] == [("Seo Ji-ah", "Commissioner")]
    # The mention the row rests on is the whole name too, and its offsets index it.
    assert [(r.mention, r.speaker_start, r.speaker_end) for r in rows] == [("Seo Ji-ah", 39, 48)]


# Chief Inspector Wong Ka-ming of the Fraud Squad urged families to check statements. “Talk to
# your parents,” Wong said.  (A frozen parse; the name set untagged and the surname later tagged a
# body by hand, as the tagger does in some sentences.)
_AFTER_A_RANK = """
Chief PROPN NNP compound 1 O Chief
Inspector PROPN NNP compound 5 O Inspector
Wong PROPN NNP compound 5 O Wong
Ka PROPN NNP compound 5 O Ka _
- PUNCT HYPH punct 5 O - _
ming PROPN NNP nsubj 10 O ming
of ADP IN prep 5 O of
the DET DT det 9 B-ORG the
Fraud PROPN NNP compound 9 I-ORG Fraud
Squad PROPN NNP pobj 6 I-ORG Squad
urged VERB VBD ROOT 10 O urge
families NOUN NNS dobj 10 O family
to PART TO aux 13 O to
check VERB VB xcomp 10 O check
statements NOUN NNS dobj 13 O statement _
. PUNCT . punct 10 O .
“ PUNCT `` punct 24 O " _
Talk VERB VB ccomp 24 O talk
to ADP IN prep 17 O to
your PRON PRP$ poss 20 O your
parents NOUN NNS pobj 18 O parent _
, PUNCT , punct 24 O , _
” PUNCT '' punct 24 O "
Wong PROPN NNP nsubj 24 B-ORG Wong
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_an_untagged_name_after_a_rank_and_before_its_body_is_a_person() -> None:
    rows = Extractor().rows(frozen(_AFTER_A_RANK))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Wong Ka-ming", "Chief Inspector", "Fraud Squad")
    ]
