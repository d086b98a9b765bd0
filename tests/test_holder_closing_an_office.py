"""An office in capitals the parser made a sentence's subject, with its holder's name closing
it (`Minister of Lands and Housing Tevita Mahe-Fonua, speaking at the launch, described …`,
`The Leader of the Opposition, Ana Ruiz Cole, described …`): the holder speaks, not the
office, however the parser hung the name on the portfolio. A title `on` a brief in capitals
(`Spokesman on National Security`) is the holder's role. After its verb of saying, the office
and its holder end the sentence (`, said Deputy Mayor of Harbourside for Transport Tom Dance.`)."""

from __future__ import annotations

from tests.rows import row_starting

# A parse of a sentence written for this file by en_core_web_sm 3.8, which tags no person in
# it; `Tevita Mahe-Fonua` tagged a person by hand, as the tagger tags such names in a story.
OFFICE_WITH_ITS_HOLDER_HUNG_ON_THE_PORTFOLIO = """
Minister PROPN NNP nsubj 15 O Minister
of ADP IN prep 0 O of
Lands PROPN NNPS pobj 1 O Lands
and CCONJ CC cc 2 O and
Housing PROPN NNP compound 8 O Housing
Tevita PROPN NNP compound 8 B-PERSON Tevita
Mahe PROPN NNP compound 8 I-PERSON Mahe _
- PUNCT HYPH punct 8 I-PERSON - _
Fonua PROPN NNP conj 2 I-PERSON Fonua _
, PUNCT , punct 0 O ,
speaking VERB VBG advcl 15 O speak
at ADP IN prep 10 O at
the DET DT det 13 O the
launch NOUN NN pobj 11 O launch _
, PUNCT , punct 15 O ,
described VERB VBD ROOT 15 O describe
the DET DT det 17 O the
plan NOUN NN dobj 15 O plan
as ADP IN prep 15 O as
" PUNCT `` punct 18 O " _
overdue ADJ JJ amod 18 O overdue _
" PUNCT '' punct 18 O " _
. PUNCT . punct 15 O . _
"""

# The same parser's reading of a sentence written for this file, as it came (no entity).
OFFICE_SET_OFF_BEFORE_AN_UNTAGGED_NAME = """
The DET DT det 1 O the
Leader PROPN NNP nsubj 10 O Leader
of ADP IN prep 1 O of
the DET DT det 4 O the
Opposition PROPN NNP pobj 2 O Opposition _
, PUNCT , punct 1 O ,
Ana PROPN NNP compound 8 O Ana
Ruiz PROPN NNP compound 8 O Ruiz
Cole PROPN NNP appos 1 O Cole _
, PUNCT , punct 1 O ,
described VERB VBD ROOT 10 O describe
the DET DT det 12 O the
budget NOUN NN dobj 10 O budget
as ADP IN prep 10 O as
" PUNCT `` punct 13 O " _
a DET DT det 16 O a
con NOUN NN pobj 13 O con _
" PUNCT '' punct 10 O " _
. PUNCT . punct 10 O . _
"""

# The same parser's reading, as it came: the name is whom the spokesman speaks for.
SPOKESMAN_FOR_A_TITLED_NAME = """
A DET DT det 1 O a
spokesman NOUN NN nsubj 7 O spokesman
for ADP IN prep 1 O for
Prime PROPN NNP compound 4 O Prime
Minister PROPN NNP compound 6 O Minister
Ana PROPN NNP compound 6 B-PERSON Ana
Cole PROPN NNP pobj 2 I-PERSON Cole
said VERB VBD ROOT 7 O say
it PRON PRP nsubj 9 O it
was AUX VBD ccomp 7 O be
" PUNCT `` punct 9 O " _
false ADJ JJ acomp 9 O false _
" PUNCT '' punct 9 O " _
. PUNCT . punct 7 O . _
"""


def _mention(spec: str, i: int) -> str:
    from quotes.attribution import mention_at
    from quotes.context import DocContext
    from tests.frozen import frozen

    doc = frozen(spec)
    m = mention_at(DocContext(doc), doc[i])
    assert m is not None
    return doc.text[m.start : m.end]


# A parse of a sentence written for this file by en_core_web_sm 3.8 (`Harbourside for Transport
# Tom Dance` tagged one body).
OFFICE_AND_HOLDER_AFTER_THE_VERB = """
“ PUNCT `` punct 7 O " _
The DET DT det 2 O the
trains NOUN NNS nsubj 4 O train
will AUX MD aux 4 O will
run VERB VB ccomp 7 O run _
, PUNCT , punct 7 O , _
” PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Deputy PROPN NNP compound 9 O Deputy
Mayor PROPN NNP nsubj 7 O Mayor
of ADP IN prep 9 O of
Harbourside PROPN NNP pobj 10 B-ORG Harbourside
for ADP IN prep 9 I-ORG for
Transport PROPN NNP compound 15 I-ORG Transport
Tom PROPN NNP compound 15 I-ORG Tom
Dance PROPN NNP pobj 12 I-ORG Dance _
. PUNCT . punct 7 O . _
"""


def test_the_name_closing_an_office_in_capitals_is_the_mention() -> None:
    assert _mention(OFFICE_WITH_ITS_HOLDER_HUNG_ON_THE_PORTFOLIO, 0) == "Tevita Mahe-Fonua"


def test_a_name_set_off_by_commas_after_an_office_is_the_mention() -> None:
    assert _mention(OFFICE_SET_OFF_BEFORE_AN_UNTAGGED_NAME, 1) == "Ana Ruiz Cole"


def test_an_office_and_its_holder_after_the_verb_ending_the_sentence_give_the_holder() -> None:
    assert _mention(OFFICE_AND_HOLDER_AFTER_THE_VERB, 9) == "Tom Dance"  # (at `Mayor`)


def test_a_job_held_for_a_titled_person_is_not_that_person() -> None:
    assert _mention(SPOKESMAN_FOR_A_TITLED_NAME, 1) != "Ana Cole"


def test_the_holder_of_an_office_closed_by_a_name_speaks() -> None:
    from quotes.extractor import Extractor
    from tests.frozen import frozen

    (row,) = Extractor().rows(frozen(OFFICE_WITH_ITS_HOLDER_HUNG_ON_THE_PORTFOLIO))
    assert (row.speaker, row.role) == ("Tevita Mahe-Fonua", "Minister of Lands and Housing")


def test_a_title_on_a_brief_in_capitals_is_the_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Shadow Spokesman on Rural Affairs Ana Ruiz Cole called the scheme \u201ca stunt\u201d.\n"
    row = row_starting(extract_rows(text), "a stunt")
    assert (row.speaker, row.role) == ("Ana Ruiz Cole", "Shadow Spokesman on Rural Affairs")


# A sentence written for this file, parsed by en_core_web_sm 3.8, with the parse set by hand to
# the one the parser gave the same shape of words in a longer story: `head` read as a verb
# whose clause `said` reports, with the team for its subject.
JOB_WORD_READ_AS_A_REPORTED_VERB = """
“ PUNCT `` punct 2 O " _
We PRON PRP nsubj 2 O we
lost VERB VBD ccomp 10 O lose _
, PUNCT , punct 2 O ,
simple ADJ JJ acomp 2 O simple
as ADP IN prep 4 O as
that PRON DT pobj 5 O that _
, PUNCT , punct 10 O , _
” PUNCT '' punct 10 O "
Blues NOUN NNS nsubj 10 O blue
head VERB VBP ccomp 14 O head
coach NOUN NN compound 13 O coach
Tom PROPN NNP compound 13 B-PERSON Tom
Hale PROPN NNP nsubj 14 I-PERSON Hale
said VERB VBD ROOT 14 O say
after ADP IN prep 14 O after
the DET DT det 17 O the
game NOUN NN pobj 15 O game _
. PUNCT . punct 14 O . _
"""


def test_a_job_word_read_as_a_verb_inside_the_subject_reports_nothing() -> None:
    from quotes.extractor import Extractor
    from tests.frozen import frozen

    (row,) = Extractor().rows(frozen(JOB_WORD_READ_AS_A_REPORTED_VERB))
    assert (row.speaker, row.mention) == ("Tom Hale", "Tom Hale")
