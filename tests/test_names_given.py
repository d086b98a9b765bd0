"""A name the story gives for someone it met (issue 10, brief who24), each from a sentence
written for this file: `a nurse who gave her name only as Julia`, `one worker, who gave only her
first name, Shilpi`, `who asked to be identified only by his first name, Musa`: the description
is the person so named (a given name alone, which the tagger takes for a body or nothing), and
its noun is their role. And a name the tagger took for a body is a person's when a
relative clause with `who` (or `whose` and a kinsman) hangs on it, and `Mother of three Mele
Tupou said` has the name in the subject's place, for the `she` after.
"""

from __future__ import annotations

from tests.frozen import frozen
from tests.rows import row_starting


def test_a_name_given_only_as_a_given_name_names_the_description(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rail strike\n\n"
        "At the station, one commuter, a 34-year-old nurse who gave her name only as Julia, said "
        "she had waited two hours. \u201cI understand the drivers,\u201d she said.\n"
    )
    row = row_starting(extract_rows(text), "I understand")
    assert (row.speaker, row.role) == ("Julia", "nurse")


def test_a_first_name_set_after_the_words_that_give_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Mill\n\n\u201cWhere will I go?\u201d said one worker, who gave only her first name, Shilpi."
    row = row_starting(extract_rows(text), "Where will I go")
    assert (row.speaker, row.role) == ("Shilpi", "worker")


def test_a_first_name_given_by_request_names_the_subject(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dry wells\n\n"
        "A farmer who asked to be identified only by his first name, Musa, said the water had "
        "gone. \u201cWe have nothing left,\u201d he said.\n"
    )
    row = row_starting(extract_rows(text), "We have nothing")
    assert row.speaker == "Musa"


# A parse of sentences written for this file, with `Mele Tupou` tagged a body by hand, as the
# small English model tags some Pacific names before a relative clause.
NAME_TAGGED_A_BODY_BEFORE_WHO = """
A DET DT det 1 O a
nurse NOUN NN nsubj 2 O nurse
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
ward NOUN NN nsubj 5 O ward
was AUX VBD ccomp 2 O be
full ADJ JJ acomp 5 O full _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 10 O we
are AUX VBP ccomp 15 O be
tired ADJ JJ acomp 10 O tired _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
she PRON PRP nsubj 15 O she
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
<space> SPACE _SP dep 16 O <space> _
Mele PROPN NNP compound 19 B-ORG Mele
Tupou PROPN NNP nsubj 25 I-ORG Tupou _
, PUNCT , punct 19 O ,
who PRON WP nsubj 22 O who
sells VERB VBZ relcl 19 O sell
fish NOUN NN dobj 22 O fish _
, PUNCT , punct 19 O ,
said VERB VBD ROOT 25 O say
the DET DT det 27 O the
creek NOUN NN nsubj 28 O creek
was AUX VBD ccomp 25 O be
dirty ADJ JJ acomp 28 O dirty _
. PUNCT . punct 25 O .
" PUNCT `` punct 38 O " _
Nobody PRON NN nsubj 33 O nobody
told VERB VBD ccomp 38 O tell
us PRON PRP dobj 33 O we _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
she PRON PRP nsubj 38 O she
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _

"""


def test_a_name_tagged_a_body_before_who_is_a_person() -> None:
    from quotes.extractor import Extractor

    rows = Extractor().rows(frozen(NAME_TAGGED_A_BODY_BEFORE_WHO))
    assert row_starting(rows, "Nobody told").speaker == "Mele Tupou"


def test_a_mother_of_three_named_after_it_is_the_subject(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Creek water\n\n"
        "A nurse at the clinic said the ward was full. \u201cEveryone is doing double shifts,\u201d "
        "she said.\n\n"
        "Mother of three Mele Tupou, whose young son was admitted last week, said the family had "
        "always drunk from the creek.\n\n"
        "\u201cNobody told us it was dangerous,\u201d she said.\n"
    )
    assert row_starting(extract_rows(text), "Nobody told").speaker == "Mele Tupou"
