"""`they` stands for a group the sentence before makes its subject when that group is a party or
a people in the plural (`Conservatives`), which no list of nouns for people holds, or a noun for
people a name only qualifies (`Ruiz supporters`), which is not the name's owner (`Ruiz's aides`);
a thing named inside the sentence's own clause since (`the results`) is no one who speaks.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def speakers(spec: str, indirect: bool = False) -> list[tuple[str, str]]:
    return [(r.kind, r.speaker) for r in Extractor(indirect=indirect).rows(frozen(spec))]


# Conservatives attacked the budget on Tuesday. "It is a disgrace," they said.
_CONSERVATIVES_QUOTED = """
Conservatives NOUN NNS nsubj 1 B-NORP conservative
attacked VERB VBD ROOT 1 O attack
the DET DT det 3 O the
budget NOUN NN dobj 1 O budget
on ADP IN prep 1 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday _
. PUNCT . punct 1 O .
" PUNCT `` punct 15 O " _
It PRON PRP nsubj 9 O it
is AUX VBZ ccomp 15 O be
a DET DT det 11 O a
disgrace NOUN NN attr 9 O disgrace _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
they PRON PRP nsubj 15 O they
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""

# Conservatives attacked the budget on Tuesday. They said it would raise taxes.
_CONSERVATIVES_REPORTED = """
Conservatives NOUN NNS nsubj 1 B-NORP conservative
attacked VERB VBD ROOT 1 O attack
the DET DT det 3 O the
budget NOUN NN dobj 1 O budget
on ADP IN prep 1 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday _
. PUNCT . punct 1 O .
They PRON PRP nsubj 8 O they
said VERB VBD ROOT 8 O say
it PRON PRP nsubj 11 O it
would AUX MD aux 11 O would
raise VERB VB ccomp 8 O raise
taxes NOUN NNS dobj 11 O taxis _
. PUNCT . punct 8 O . _
"""

# Ruiz supporters gathered outside the hall. "We are not going anywhere," they said.
_SUPPORTERS = """
Ruiz PROPN NNP compound 1 B-PERSON Ruiz
supporters NOUN NNS nsubj 2 O supporter
gathered VERB VBD ROOT 2 O gather
outside ADP IN prep 2 O outside
the DET DT det 5 O the
hall NOUN NN pobj 3 O hall _
. PUNCT . punct 2 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 11 O we
are AUX VBP aux 11 O be
not PART RB neg 11 O not
going VERB VBG ccomp 16 O go
anywhere ADV RB advmod 11 O anywhere _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
they PRON PRP nsubj 16 O they
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""


def test_they_after_a_party_in_the_plural_is_that_group() -> None:
    assert speakers(_CONSERVATIVES_QUOTED) == [("direct", "Conservatives")]


def test_they_of_reported_speech_after_a_party_in_the_plural() -> None:
    assert ("indirect", "Conservatives") in speakers(_CONSERVATIVES_REPORTED, indirect=True)


def test_they_after_people_a_name_qualifies_is_that_group() -> None:
    assert speakers(_SUPPORTERS) == [("direct", "Ruiz supporters")]


# Analysts at Harbour Securities said the results beat expectations. "Cash generation was the
# standout," they wrote in a note.
_ANALYSTS = """
Analysts NOUN NNS nsubj 4 O analyst
at ADP IN prep 0 O at
Harbour PROPN NNP compound 3 B-ORG Harbour
Securities PROPN NNPS pobj 1 I-ORG Securities
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
results NOUN NNS nsubj 7 O result
beat VERB VBD ccomp 4 O beat
expectations NOUN NNS dobj 7 O expectation _
. PUNCT . punct 4 O .
" PUNCT `` punct 19 O " _
Cash NOUN NN compound 12 O cash
generation NOUN NN nsubj 13 O generation
was AUX VBD ccomp 19 O be
the DET DT det 15 O the
standout NOUN NN attr 13 O standout _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
they PRON PRP nsubj 19 O they
wrote VERB VBD ROOT 19 O write
in ADP IN prep 19 O in
a DET DT det 22 O a
note NOUN NN pobj 20 O note _
. PUNCT . punct 19 O . _
"""


def test_they_that_speak_are_the_group_not_a_thing_named_since() -> None:
    assert speakers(_ANALYSTS) == [("direct", "Analysts")]
