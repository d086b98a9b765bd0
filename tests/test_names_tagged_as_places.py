"""A person's name the tagger takes for a place (`Sikonathi Mantshantsha` tagged a GPE) or a
body (`M A Siddique` with `Siddique` tagged an ORG): after a job in small letters or a form of
address it is a person's name, not a body speaking. A body after a trade (`property developer
Lendlease`) stays a body: a name taken for a body must open with a given name or initials, or
follow a job no body holds (`BJP spokesperson Sambit Patra`)."""

from __future__ import annotations

from quotes.attribution import mention_at
from quotes.context import DocContext
from tests.frozen import frozen
from tests.rows import row_starting

# Parse by en_core_web_sm 3.8 of a sentence written for this file.
JOB_BEFORE_NAME_TAGGED_A_PLACE = """
Eskom NOUN NN compound 1 O eskom
spokesperson NOUN NN compound 3 O spokesperson
Sikonathi PROPN NNP compound 3 O Sikonathi
Mantshantsha PROPN NNP nsubj 4 B-GPE Mantshantsha
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
utility NOUN NN nsubj 7 O utility
was AUX VBD ccomp 4 O be
ready ADJ JJ acomp 7 O ready _
. PUNCT . punct 4 O . _
"""


# A place that speaks (written by hand): `Russia said so.`
PLACE_SPEAKS = """
Russia PROPN NNP nsubj 1 B-GPE Russia
said VERB VBD ROOT 1 O say
so ADV RB advmod 1 O so _
. PUNCT . punct 1 O . _
"""


# Parse by en_core_web_sm 3.8 of a sentence written for this file.
JOB_BEFORE_NAME_TAGGED_A_BODY = """
Acme PROPN NNP compound 1 B-PERSON Acme
Rail PROPN NNP compound 6 I-PERSON Rail
managing NOUN NN compound 3 O managing
director NOUN NN compound 6 O director
M PROPN NNP compound 6 O M
A PROPN NNP det 6 O A
Siddique PROPN NNP nsubj 7 B-ORG Siddique
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
work NOUN NN nsubjpass 11 O work
was AUX VBD auxpass 11 O be
done VERB VBN ccomp 7 O do _
. PUNCT . punct 7 O . _
"""

# Parse by en_core_web_sm 3.8 of a sentence written for this file.
BODY_AFTER_A_TRADE = """
Property NOUN NN compound 1 O property
developer NOUN NN compound 2 O developer
Lendlease PROPN NNP nsubj 3 B-ORG Lendlease
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
tower NOUN NN nsubjpass 7 O tower
was AUX VBD auxpass 7 O be
done VERB VBN ccomp 3 O do _
. PUNCT . punct 3 O . _
"""


# Parse by en_core_web_sm 3.8 of a sentence written for this project (a made-up Indian story).
SPOKESPERSON_BEFORE_NAME_TAGGED_A_BODY = """
BJP PROPN NNP compound 1 B-ORG BJP
spokesperson NOUN NN compound 3 O spokesperson
Sambit PROPN NNP compound 3 B-ORG Sambit
Patra PROPN NNP nsubj 4 I-ORG Patra
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
state NOUN NN nsubj 8 O state
had AUX VBD aux 8 O have
delayed VERB VBN ccomp 4 O delay
the DET DT det 10 O the
project NOUN NN dobj 8 O project
for ADP IN prep 8 O for
years NOUN NNS pobj 11 B-DATE year _
. PUNCT . punct 4 O . _
"""


def test_a_name_tagged_a_body_after_a_spokesperson_is_a_persons_name() -> None:
    doc = frozen(SPOKESPERSON_BEFORE_NAME_TAGGED_A_BODY)
    mention = mention_at(DocContext(doc), doc[3])
    assert mention is not None
    assert (doc.text[mention.start : mention.end], mention.kind) == ("Sambit Patra", "name")


def test_a_name_tagged_a_body_after_a_job_is_a_persons_name() -> None:
    doc = frozen(JOB_BEFORE_NAME_TAGGED_A_BODY)
    mention = mention_at(DocContext(doc), doc[6])
    assert mention is not None
    assert (doc.text[mention.start : mention.end], mention.kind) == ("M A Siddique", "name")


def test_a_body_after_a_trade_stays_a_body() -> None:
    doc = frozen(BODY_AFTER_A_TRADE)
    mention = mention_at(DocContext(doc), doc[2])
    assert mention is not None and mention.kind == "organization"


def test_a_name_tagged_a_place_after_a_job_is_a_persons_name() -> None:
    doc = frozen(JOB_BEFORE_NAME_TAGGED_A_PLACE)
    mention = mention_at(DocContext(doc), doc[3])
    assert mention is not None
    assert (doc.text[mention.start : mention.end], mention.kind) == ("Sikonathi Mantshantsha", "name")


def test_a_place_speaking_stays_a_body() -> None:
    doc = frozen(PLACE_SPEAKS)
    mention = mention_at(DocContext(doc), doc[0])
    assert mention is not None and mention.kind == "organization"


def test_every_row_of_a_person_after_a_job_carries_the_full_name_and_job(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Eskom spokesperson Sikonathi Mantshantsha said the utility was ready for winter. "
        "\u201cWe have done the maintenance,\u201d Mantshantsha said.\n"
    )
    row = row_starting(extract_rows(text), "We have done")
    # (`Eskom`, a word no English dictionary has, is the body: tests/test_coined_body_before_a_job.py)
    assert (row.speaker, row.role, row.organization) == ("Sikonathi Mantshantsha", "spokesperson", "Eskom")


def test_the_article_counts_the_name_tagged_a_place_among_its_people() -> None:
    from quotes.tokens import person_after_a_job

    doc = frozen(JOB_BEFORE_NAME_TAGGED_A_PLACE)
    place = next(e for e in doc.ents if e.label_ == "GPE")
    named = person_after_a_job(place)
    assert named is not None and (named.text, named.label_) == ("Sikonathi Mantshantsha", "PERSON")
    assert person_after_a_job(next(e for e in frozen(PLACE_SPEAKS).ents)) is None
