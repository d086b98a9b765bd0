"""Speakers the parser hides inside a noun phrase:

- `,” the 52-year-old told reporters`, parsed with `told` for an adjective on `reporters`: the
  age description is the subject of the verb after it, and the trailing cue beats the name in
  the paragraph before;
- a nickname in quote marks inside a name (`Ramon “Mon” Dizon`) leaves one person, named
  without it, who speaks for the job before the name;
- `Its vice-president for Wales, Dr Owain Rhys, told …`: a name set off by commas between a
  description and the verb speaks, however the parser hung it (on a word of a hyphenated job,
  on the place the job is for);
- `Okoye accused management of “…” and said`, parsed as one noun phrase: the name the parser
  made the subject of the verb it read as an adjective speaks;
- `13:55 GMT – Tourism minister says …`: a live blog's time stamp is no part of the mention.
"""

from __future__ import annotations

from quotes.attribution import age_before_its_verb
from quotes.extractor import Extractor
from tests.frozen import frozen
from tests.rows import row_starting


def test_an_age_before_a_verb_read_as_an_adjective_is_its_subject(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rovers coach Daniel Okafor dismissed the complaint.\n\n"
        "\u201cWhen you lose, it is easy to talk about the referee,\u201d the 52-year-old told "
        "reporters.\n"
    )
    row = row_starting(extract_rows(text), "When you lose")
    assert (row.mention, row.speaker, row.sieve) == ("the 52-year-old", "Daniel Okafor", "trailing-cue")


def test_an_age_before_a_verb_read_as_an_adjective_is_a_subject_for_the_pronoun_reader(nlp) -> None:  # type: ignore[no-untyped-def]
    # (The who layer reads such a description as a subject pronoun: the subject of the
    # sentence before comes first, not any name nearby.)
    doc = nlp("\u201cWe lost,\u201d the 52-year-old told reporters.")
    old = next(t for t in doc if t.lower_ == "old")
    assert age_before_its_verb(old)
    assert not age_before_its_verb(nlp("the 52-year-old striker")[-2])


def test_a_name_set_off_after_a_hyphenated_job_speaks(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The college said the figures were worrying.\n\n"
        "Its vice-president for Wales, Dr Owain Rhys, told the BBC: \u201cNobody is an outlier "
        "here.\u201d\n"
    )
    assert row_starting(extract_rows(text), "Nobody").speaker == "Owain Rhys"


def test_a_name_set_off_after_a_job_for_a_place_speaks(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The line was due to open in 2028.\n\n"
        "Opposition assemblyman for Pulau Betong, Muhamad Hafiz Yusof, described the new date as "
        "\u201ca moving target\u201d and said residents were tired of waiting.\n"
    )
    assert row_starting(extract_rows(text), "a moving target").speaker == "Muhamad Hafiz Yusof"


def test_a_name_set_off_by_commas_after_a_clause_does_not_speak(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The union wrote to the board.\n\n"
        "Its chairman, who met the minister, Ana Ruiz, and two officials, said: \u201cWe are "
        "not done.\u201d\n"
    )
    assert row_starting(extract_rows(text), "We are not done").speaker != "Ana Ruiz"


def test_a_nickname_inside_a_name_is_one_person_without_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Clinic closures\n\n"
        "The clinic closed on Monday after a power cut.\n\n"
        "Point guard Ramon \u201cMon\u201d Dizon said: \u201cWe were not ready for their press.\u201d\n\n"
        "Party spokesperson for health Jacobus \u201cKobus\u201d van der Merwe called the closure "
        "\u201cthe result of years of neglect\u201d.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "We were not ready").speaker == "Ramon Dizon"
    assert row_starting(rows, "the result of years").speaker == "Jacobus van der Merwe"


# `Okoye accused management of “…” and said …`, parsed (as en_core_web_sm 3.8 parsed the same
# shape after a photo caption) as one noun phrase: `accused` an adjective on `management`, the
# subject of `said`, with `Okoye` the subject of `accused`.
VERB_READ_AS_AN_ADJECTIVE = """
Union NOUN NN compound 1 O union
leader NOUN NN compound 3 O leader
Samuel PROPN NNP compound 3 B-PERSON Samuel
Okoye PROPN NNP nsubj 4 I-PERSON Okoye
spoke VERB VBD ROOT 4 O speak
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 4 O . _
<newline> SPACE _SP dep 7 O <newline> _
Okoye PROPN NNP nsubj 10 B-PERSON Okoye
accused VERB VBN amod 11 O accuse
management NOUN NN nsubj 19 O management
of ADP IN prep 11 O of
" PUNCT `` punct 14 O " _
playing VERB VBG pcomp 12 O play
for ADP IN prep 14 O for
time NOUN NN pobj 15 O time _
" PUNCT '' punct 11 O "
and CCONJ CC cc 11 O and
said VERB VBD ROOT 19 O say
the DET DT det 21 O the
offer NOUN NN nsubj 22 O offer
was AUX VBD ccomp 19 O be
poor ADJ JJ acomp 22 O poor _
. PUNCT . punct 19 O . _
"""


def test_the_subject_of_a_verb_read_as_an_adjective_speaks() -> None:
    (row,) = Extractor().rows(frozen(VERB_READ_AS_AN_ADJECTIVE))
    assert (row.quote, row.mention, row.speaker) == ("playing for time", "Okoye", "Samuel Okoye")


def test_a_live_blog_time_stamp_is_no_part_of_the_speaker(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Live: floods\n\n"
        "The site was closed on Monday.\n\n"
        "13:55 GMT \u2013 Tourism minister says Petra to reopen \u2018when it is safe\u2019\n\n"
        "Tourism Minister Lina Haddad said the site would stay closed.\n"
    )
    assert row_starting(extract_rows(text), "when it is safe").mention == "Tourism minister"


def test_a_hyphen_inside_a_description_is_no_time_stamp_s_dash(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Polls\n\nThe race tightened.\n\n\u201cWe will win,\u201d the Democratic front-runner said.\n"
    assert row_starting(extract_rows(text), "We will win").mention == "the Democratic front-runner"
