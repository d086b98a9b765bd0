"""Who says what when the parser misplaces a subject of a verb of saying (quotes/indirect.py,
``_share_read_as_conjunct``, ``_subject_after_the_words``, ``_subject_not_after_the_words``).
The parses of sentences written for this file (tests/frozen.py) are set by hand to the shapes
the parser gives some such sentences: a second share hung on the first report's last noun, its
`said` left with no subject; a noun of the words said hung on the `said` that closes them as a
first subject, or the speaker as that noun's conjunct; a phrase set off after the words said
hung on the verb as a second subject."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# `one` joined to `town`; the second `said` a clause of the first, with no subject.
ONE_IN_FIVE_SAID = """
One NUM CD nsubj 3 B-CARDINAL one
in ADP IN prep 0 O in
three NUM CD pobj 1 B-CARDINAL three
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
council NOUN NN nsubj 7 O council
had AUX VBD aux 7 O have
ignored VERB VBN ccomp 3 O ignore
the DET DT det 9 O the
town NOUN NN dobj 7 O town
and CCONJ CC cc 9 O and
one NUM CD conj 9 B-CARDINAL one
in ADP IN prep 11 O in
five NUM CD pobj 12 B-CARDINAL five
said VERB VBD ccomp 3 O say
the DET DT det 16 O the
levy NOUN NN nsubj 17 O levy
was AUX VBD ccomp 14 O be
unfair ADJ JJ acomp 17 O unfair _
. PUNCT . punct 3 O . _
"""

# `drivers` (a word of what was said) hung on the closing `said` as its first subject.
FOR_DRIVERS_SHE_SAID = """
The DET DT det 1 O the
bridge NOUN NN nsubj 2 O bridge
made VERB VBD ccomp 13 O make
it PRON PRP nsubj 4 O it
possible ADJ JJ ccomp 2 O possible
for SCONJ IN mark 8 O for
drivers NOUN NNS nsubj 13 O driver
to PART TO aux 8 O to
reach VERB VB advcl 4 O reach
the DET DT det 10 O the
coast NOUN NN dobj 8 O coast _
, PUNCT , punct 13 O ,
she PRON PRP nsubj 13 O she
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
"""


# `Hull` (the last word said) the subject of `said`, `Okafor` its conjunct.
OKAFOR_AFTER_HULL = """
Rents NOUN NNS nsubj 2 O rent
have AUX VBP aux 2 O have
risen VERB VBN ccomp 14 O rise
in ADP IN prep 2 O in
Leeds PROPN NNPS pobj 3 B-GPE Leeds
and CCONJ CC cc 4 O and
York PROPN NNP conj 4 B-PERSON York
and CCONJ CC cc 2 O and _
, PUNCT , punct 14 O ,
now ADV RB advmod 14 O now _
, PUNCT , punct 14 O ,
Hull PROPN NNP nsubj 14 B-PERSON Hull _
, PUNCT , punct 11 O ,
Okafor PROPN NNP conj 11 B-PERSON Okafor
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# `goal` (set off after the words said) a second subject of `say`.
GOAL_AFTER = """
Those PRON DT nsubj 2 O those
surveyed VERB VBN acl 0 O survey
say VERB VBP ROOT 2 O say
the DET DT det 4 O the
city NOUN NN nsubj 6 O city
should AUX MD aux 6 O should
act VERB VB ccomp 2 O act
by ADP IN prep 6 O by
2030 NUM CD pobj 7 B-DATE 2030 _
, PUNCT , punct 2 O ,
a DET DT det 11 O a
goal NOUN NN nsubj 2 O goal
that PRON WDT dobj 14 O that
few ADJ JJ nsubj 14 O few
expect VERB VBP relcl 11 O expect _
. PUNCT . punct 2 O . _
"""


def _spoken(spec: str) -> dict[str, str]:
    doc = frozen(spec)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    return {doc.text[r.start : r.end]: doc.text[r.mention.start : r.mention.end] for r in found}


def test_a_share_read_as_the_last_reports_conjunct_speaks_for_the_verb_after_it() -> None:
    spoken = _spoken(ONE_IN_FIVE_SAID)
    assert spoken["the levy was unfair"] == "one in five"
    assert spoken["the council had ignored the town"] == "One in three"


def test_the_pronoun_right_before_a_closing_said_speaks_not_a_noun_of_the_words() -> None:
    spoken = _spoken(FOR_DRIVERS_SHE_SAID)
    assert spoken["The bridge made it possible for drivers to reach the coast"] == "she"


def test_the_name_read_as_a_conjunct_of_the_words_last_noun_speaks() -> None:
    spoken = _spoken(OKAFOR_AFTER_HULL)
    assert spoken["Rents have risen in Leeds and York"] == "Okafor"


def test_a_phrase_set_off_after_the_words_is_not_the_speaker() -> None:
    spoken = _spoken(GOAL_AFTER)
    assert spoken["the city should act by 2030"] == "Those surveyed"
