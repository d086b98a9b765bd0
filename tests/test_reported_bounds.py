"""Where reported speech ends at `and` + a second verb (quotes/indirect.py, ``_bounds``): a
verb of saying's content goes on over `and` + `be` or `have` as a main verb, a state that is
still what was said, where another verb in the cue's tense is what the speaker did next.
Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

NOTES_AND_HAS = """
Ruiz NOUN NN nsubj 1 O ruiz
notes VERB VBZ ROOT 1 O note
she PRON PRP nsubj 3 O she
was AUX VBD ccomp 1 O be
the DET DT det 5 O the
first ADJ JJ attr 3 B-ORDINAL first
to PART TO aux 7 O to
back VERB VB relcl 5 O back
the DET DT det 9 O the
levy NOUN NN dobj 7 O levy
and CCONJ CC cc 3 O and
has VERB VBZ conj 3 O have
the DET DT det 14 O the
most ADJ JJS amod 14 O most
experience NOUN NN dobj 11 O experience
with ADP IN prep 14 O with
it PRON PRP pobj 15 O it _
. PUNCT . punct 1 O . _
"""

SAID_AND_THANKED = """
Ruiz NOUN NN nsubj 1 O ruiz
said VERB VBD ROOT 1 O say
the DET DT det 3 O the
ferry NOUN NN nsubj 5 O ferry
has AUX VBZ aux 5 O have
been AUX VBN ccomp 1 O be
late ADV RB advmod 5 B-DATE late
all DET DT det 8 I-DATE all
week NOUN NN npadvmod 5 I-DATE week
and CCONJ CC cc 5 O and
thanked VERB VBD conj 5 O thank
the DET DT det 12 O the
crew NOUN NN dobj 10 O crew _
. PUNCT . punct 1 O . _
"""


def contents(spec: str) -> list[str]:
    """The content of every candidate in a frozen parse."""
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_and_has_a_state_goes_on_with_what_was_said() -> None:
    assert contents(NOTES_AND_HAS) == [
        "she was the first to back the levy and has the most experience with it"
    ]


def test_and_another_act_in_the_cues_tense_is_what_the_speaker_did_next() -> None:
    assert contents(SAID_AND_THANKED) == ["the ferry has been late all week"]


SAID_AND_THAT_WARNED = """
Ruiz NOUN NN nsubj 1 O ruiz
said VERB VBD ROOT 1 O say
the DET DT det 3 O the
ferry NOUN NN nsubj 4 O ferry
was AUX VBD ccomp 1 O be
late ADJ JJ acomp 4 O late
and CCONJ CC cc 4 O and
that SCONJ IN mark 11 O that
the DET DT det 9 O the
captain NOUN NN nsubj 11 O captain
had AUX VBD aux 11 O have
warned VERB VBN conj 4 O warn
them PRON PRP dobj 11 O they _
. PUNCT . punct 1 O . _
"""

TOLD_BUT_THAT_DENIED = """
Okafor PROPN NNP nsubj 1 O Okafor
told VERB VBD ROOT 1 O tell
the DET DT det 3 O the
council NOUN NN dobj 1 O council
that SCONJ IN mark 7 O that
the DET DT det 6 O the
bridge NOUN NN nsubj 7 O bridge
was AUX VBD ccomp 1 O be
unsafe ADJ JJ acomp 7 O unsafe
but CCONJ CC cc 7 O but
that SCONJ IN mark 14 O that
the DET DT det 12 O the
engineers NOUN NNS nsubj 14 O engineer
had AUX VBD aux 14 O have
denied VERB VBN conj 7 O deny
it PRON PRP dobj 14 O it _
. PUNCT . punct 1 O . _
"""


def test_a_second_that_clause_with_a_verb_of_saying_is_more_of_the_content() -> None:
    # Its own `that` hangs it on the outer verb: what Ruiz said, not the captain's own report.
    assert contents(SAID_AND_THAT_WARNED) == ["the ferry was late and that the captain had warned them"]
    assert contents(TOLD_BUT_THAT_DENIED) == ["the bridge was unsafe but that the engineers had denied it"]


ONE_IN_FOUR_SAID = """
One NUM CD nsubj 3 B-CARDINAL one
in ADP IN prep 0 O in
three NUM CD pobj 1 B-CARDINAL three
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
council NOUN NN nsubj 8 O council
does AUX VBZ aux 8 O do _
n’t PART RB neg 8 O not
care VERB VB ccomp 3 O care
much ADV RB advmod 8 O much
about ADP IN prep 8 O about
the DET DT det 12 O the
harbour NOUN NN pobj 10 O harbour
and CCONJ CC cc 12 O and
one NUM CD conj 12 B-CARDINAL one
in ADP IN prep 14 O in
four NUM CD pobj 15 B-CARDINAL four
said VERB VBD ccomp 3 O say
the DET DT det 19 O the
council NOUN NN nsubj 20 O council
was AUX VBD ccomp 17 O be
hostile ADJ JJ acomp 20 O hostile
to ADP IN prep 21 O to
the DET DT det 24 O the
fishermen NOUN NNS pobj 22 O fisherman _
. PUNCT . punct 3 O . _
"""

OTHERS_HAVE_SAID = """
Many ADJ JJ amod 1 O many
tenants NOUN NNS nsubj 3 O tenant
have AUX VBP aux 3 O have
said VERB VBN ROOT 3 O say
they PRON PRP nsubj 7 O they
will AUX MD aux 7 O will
not PART RB neg 7 O not
pay VERB VB ccomp 3 O pay
the DET DT det 9 O the
rent NOUN NN dobj 7 O rent
and CCONJ CC cc 9 O and
others NOUN NNS conj 9 O other
have AUX VBP aux 13 O have
said VERB VBN conj 3 O say
they PRON PRP nsubj 16 O they
will AUX MD aux 16 O will
leave VERB VB ccomp 13 O leave _
. PUNCT . punct 3 O . _
"""


def test_a_verb_of_saying_hung_on_the_first_is_no_second_half_of_its_clause() -> None:
    # `one in four said …` is a report of its own, whose subject the parser put in the first.
    assert contents(ONE_IN_FOUR_SAID)[0] == "the council doesn’t care much about the harbour"


def test_the_next_reports_subject_joined_to_the_content_is_no_part_of_it() -> None:
    assert contents(OTHERS_HAVE_SAID) == ["they will not pay the rent", "they will leave"]


TOLD_AT_THE_HALL_BUT_THAT = """
On ADP IN prep 6 O on
Monday PROPN NNP pobj 0 B-DATE Monday _
, PUNCT , punct 6 O ,
Mayor PROPN NNP compound 5 O Mayor
Tom PROPN NNP compound 5 B-PERSON Tom
Okafor PROPN NNP nsubj 6 I-PERSON Okafor
told VERB VBD ROOT 6 O tell
the DET DT det 8 O the
meeting NOUN NN dobj 6 O meeting
at ADP IN prep 6 O at
the DET DT det 11 O the
hall NOUN NN pobj 9 O hall
for ADP IN prep 6 O for
tenants NOUN NNS pobj 12 O tenant
that SCONJ IN mark 19 O that
he PRON PRP nsubj 19 O he
and CCONJ CC cc 15 O and
the DET DT det 18 O the
board NOUN NN conj 15 O board
had AUX VBD acl 13 O have
long ADJ JJ amod 21 O long
talks NOUN NNS dobj 19 O talk
Monday PROPN NNP npadvmod 19 B-DATE Monday
but CCONJ CC cc 6 O but
that SCONJ IN mark 27 O that
nothing PRON NN nsubj 27 O nothing
would AUX MD aux 27 O would
stop VERB VB conj 6 O stop
the DET DT det 29 O the
strike NOUN NN dobj 27 O strike _
. PUNCT . punct 6 O . _
"""


def test_a_second_that_clause_goes_on_with_one_hung_on_the_phrase_before_it() -> None:
    # The first `that` clause hangs on `tenants`, the second on `told`: both are what he told.
    assert contents(TOLD_AT_THE_HALL_BUT_THAT) == [
        "he and the board had long talks Monday but that nothing would stop the strike"
    ]
