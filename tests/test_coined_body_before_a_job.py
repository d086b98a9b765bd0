"""Words in capitals before a job in small letters that name the body its holder works for,
though the tagger does not tag them a body (or tags only part): one word no English dictionary
has (`Vantura spokesperson X`: a coined name, not a common noun opening the sentence, as
`Veteran striker X`), and a body's name tagged up to its `of` before the untagged words that
end it (`Ghana Association` + `of Bankers chief executive X`). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor (the English words are
the default model's)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Vantura spokesperson Thandi Mokoena said the plant would reopen. "We have fixed the boiler,"
# Mokoena said.
_VANTURA = """
Vantura PROPN NNP compound 1 O Vantura
spokesperson NOUN NN compound 3 O spokesperson
Thandi PROPN NNP compound 3 B-PERSON Thandi
Mokoena PROPN NNP nsubj 4 I-PERSON Mokoena
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
plant NOUN NN nsubj 8 O plant
would AUX MD aux 8 O would
reopen VERB VB ccomp 4 O reopen _
. PUNCT . punct 4 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 13 O we
have AUX VBP aux 13 O have
fixed VERB VBN ccomp 19 O fix
the DET DT det 15 O the
boiler NOUN NN dobj 13 O boiler _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Mokoena PROPN NNP nsubj 19 B-ORG Mokoena
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""

# Ghana Association of Bankers chief executive Kofi Mensah said rates would fall. "Lending will
# pick up," Mensah said.
_BANKERS = """
Ghana PROPN NNP compound 1 B-ORG Ghana
Association PROPN NNP nmod 7 I-ORG Association
of ADP IN prep 1 O of
Bankers PROPN NNP pobj 2 O Bankers
chief ADJ JJ amod 5 O chief
executive NOUN NN compound 7 O executive
Kofi PROPN NNP compound 7 B-PERSON Kofi
Mensah PROPN NNP nsubj 8 I-PERSON Mensah
said VERB VBD ROOT 8 O say
rates NOUN NNS nsubj 11 O rate
would AUX MD aux 11 O would
fall VERB VB ccomp 8 O fall _
. PUNCT . punct 8 O .
" PUNCT `` punct 21 O " _
Lending NOUN NN nsubj 16 O lending
will AUX MD aux 16 O will
pick VERB VB ccomp 21 O pick
up ADP RP prt 16 O up _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Mensah PROPN NNP nsubj 21 B-PERSON Mensah
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# Veteran striker Tom Hale said the team would recover. "We will be back," Hale said.
_VETERAN = """
Veteran NOUN NN compound 1 O veteran
striker NOUN NN compound 3 O striker
Tom PROPN NNP compound 3 B-PERSON Tom
Hale PROPN NNP nsubj 4 I-PERSON Hale
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
team NOUN NN nsubj 8 O team
would AUX MD aux 8 O would
recover VERB VB ccomp 4 O recover _
. PUNCT . punct 4 O .
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 13 O we
will AUX MD aux 13 O will
be AUX VB ccomp 18 O be
back ADV RB advmod 13 O back _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Hale PROPN NNP nsubj 18 O Hale
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""


def test_a_coined_word_before_a_job_is_the_body() -> None:
    assert who(_VANTURA) == [("Thandi Mokoena", "spokesperson", "Vantura")]


def test_an_english_word_opening_the_sentence_stays_in_the_role() -> None:
    # (No body `Veteran`; the praise itself is dropped from the role since who95, ROLES.md 4.)
    assert who(_VETERAN) == [("Tom Hale", "striker", "")]


def test_a_body_tagged_up_to_its_of_runs_on_to_the_job() -> None:
    assert who(_BANKERS) == [("Kofi Mensah", "chief executive", "Ghana Association of Bankers")]
