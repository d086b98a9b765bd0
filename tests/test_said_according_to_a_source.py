"""Words someone said that a named source passes on are the source's (PolNeAR's outer source;
ROLES.md 1: the label follows that mention): `"…," Ana Ruiz said on Tuesday, according to the
Harbour Times` is the paper's, not Ruiz's, and so are words `, reports the Harbour Times` follows
and the quote that goes on after that sentence (`… according to the Harbour Times. "The port is
ours."`); an `according to` inside the quote is part of what she said and leaves the speaker
the verb's, and so does a pronoun's clause the source backs (`they tell each other …, according
to a study`: the story's telling, no quote passed on). Frozen parses of sentences written for this
file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will not back down," Ana Ruiz said on Tuesday, according to the Harbour Times.
_SAID_ACCORDING_TO_A_PAPER = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
back VERB VB ccomp 10 O back
down ADP RP prt 4 O down _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP nsubj 10 O Ruiz
said VERB VBD ROOT 10 O say
on ADP IN prep 10 O on
Tuesday PROPN NNP pobj 11 B-DATE Tuesday _
, PUNCT , punct 10 O ,
according VERB VBG prep 10 O accord
to ADP IN prep 14 O to
the DET DT det 18 B-ORG the
Harbour PROPN NNP compound 18 I-ORG Harbour
Times PROPN NNP pobj 15 I-ORG Times _
. PUNCT . punct 10 O . _
"""


# "Prices rose, according to the bank," Ana Ruiz said.
_ACCORDING_TO_INSIDE_THE_QUOTE = """
" PUNCT `` punct 12 O " _
Prices NOUN NNS nsubj 2 O price
rose VERB VBD ccomp 12 O rise _
, PUNCT , punct 2 O ,
according VERB VBG prep 2 O accord
to ADP IN prep 4 O to
the DET DT det 7 O the
bank NOUN NN pobj 5 O bank _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
Ana PROPN NNP compound 11 O Ana
Ruiz PROPN NNP nsubj 12 O Ruiz
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""


# Otters do not just squeal "help" - they tell each other how close the eagle is, according to a
# study published on Monday.
_A_PRONOUNS_WORDS_AFTER_A_STUDY = """
Otters NOUN NNS nsubj 4 O otter
do AUX VBP aux 4 O do
not PART RB neg 4 O not
just ADV RB advmod 4 O just
squeal ADJ JJ ccomp 10 O squeal
" PUNCT `` punct 6 O " _
help NOUN NN dobj 4 O help _
" PUNCT '' punct 6 O "
- PUNCT : punct 10 O -
they PRON PRP nsubj 10 O they
tell VERB VBP ROOT 10 O tell
each DET DT det 12 O each
other ADJ JJ dobj 10 O other
how SCONJ WRB advmod 14 O how
close ADV RB acomp 17 O close
the DET DT det 16 O the
eagle NOUN NN nsubj 17 O eagle
is AUX VBZ ccomp 10 O be _
, PUNCT , punct 10 O ,
according VERB VBG prep 10 O accord
to ADP IN prep 19 O to
a DET DT det 22 O a
study NOUN NN pobj 20 O study
published VERB VBN acl 22 O publish
on ADP IN prep 23 O on
Monday PROPN NNP pobj 24 B-DATE Monday _
. PUNCT . punct 10 O . _
"""


# "You are no longer welcome," said Ana Ruiz, director of Lenton Voters, reports the Harbour Times.
_SAID_THEN_REPORTS_A_PAPER = """
" PUNCT `` punct 8 O " _
You PRON PRP nsubj 2 O you
are AUX VBP ccomp 8 O be
no ADV RB neg 4 O no
longer ADV RBR advmod 2 O long
welcome ADJ JJ acomp 2 O welcome _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD parataxis 17 O say
Ana PROPN NNP compound 10 O Ana
Ruiz PROPN NNP nsubj 17 O Ruiz _
, PUNCT , punct 10 O ,
director NOUN NN appos 10 O director
of ADP IN prep 12 O of
Lenton PROPN NNP compound 15 B-ORG Lenton
Voters PROPN NNP pobj 13 I-ORG Voters _
, PUNCT , punct 10 O ,
reports VERB VBZ ROOT 17 O report
the DET DT det 20 B-ORG the
Harbour PROPN NNP compound 20 I-ORG Harbour
Times PROPN NNP dobj 17 I-ORG Times _
. PUNCT . punct 17 O . _
"""


# “We will not back down,” Ana Ruiz said on Tuesday, according to the Harbour Times. “The port is
# ours. We built it.”
_SAID_ACCORDING_TO_A_PAPER_THEN_MORE = """
“ PUNCT `` punct 10 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
back VERB VB ccomp 10 O back
down ADP RP prt 4 O down _
, PUNCT , punct 10 O , _
” PUNCT '' punct 10 O "
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP nsubj 10 O Ruiz
said VERB VBD ROOT 10 O say
on ADP IN prep 10 O on
Tuesday PROPN NNP pobj 11 B-DATE Tuesday _
, PUNCT , punct 10 O ,
according VERB VBG prep 10 O accord
to ADP IN prep 14 O to
the DET DT det 18 B-ORG the
Harbour PROPN NNP compound 18 I-ORG Harbour
Times PROPN NNP pobj 15 I-ORG Times _
. PUNCT . punct 10 O .
“ PUNCT `` punct 23 O " _
The DET DT det 22 O the
port NOUN NN nsubj 23 O port
is AUX VBZ ROOT 23 O be
ours PRON PRP acomp 23 O ours _
. PUNCT . punct 23 O .
We PRON PRP nsubj 27 O we
built VERB VBD ROOT 27 O build
it PRON PRP dobj 27 O it _
. PUNCT . punct 27 O . _
” PUNCT '' punct 27 O " _
"""


def _speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_words_passed_on_by_a_named_paper_are_the_papers() -> None:
    assert _speakers(_SAID_ACCORDING_TO_A_PAPER) == ["Harbour Times"]


def test_according_to_inside_the_quote_leaves_the_speaker_the_verbs() -> None:
    assert _speakers(_ACCORDING_TO_INSIDE_THE_QUOTE) == ["Ana Ruiz"]


def test_a_pronouns_words_a_study_passes_on_are_no_ones_quote() -> None:
    # (the pronoun's clause is the story telling what the study found: no speaker is named)
    assert _speakers(_A_PRONOUNS_WORDS_AFTER_A_STUDY) == [""]


def test_words_a_paper_reports_after_the_speaker_are_the_papers() -> None:
    assert _speakers(_SAID_THEN_REPORTS_A_PAPER) == ["Harbour Times"]


def test_the_quote_after_words_a_paper_passed_on_is_the_papers_too() -> None:
    # (the second quote finds its speaker in the sentence before, whose words the paper passes on)
    assert _speakers(_SAID_ACCORDING_TO_A_PAPER_THEN_MORE) == ["Harbour Times", "Harbour Times"]
