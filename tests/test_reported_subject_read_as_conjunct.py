"""Who says what when the parser joins a second subject to the first clause's object
(quotes/indirect.py, ``_subject_read_as_conjunct``): `… and others have said …` is said by
the others. The parse of a sentence written for this file (tests/frozen.py) is set by hand
to the shape the parser gives some such sentences: `others` hung on `summit`, the second
`said` left without a subject."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

AND_OTHERS_HAVE_SAID = """
Many ADJ JJ amod 1 O many
mayors NOUN NNS nsubj 3 O mayor
have AUX VBP aux 3 O have
said VERB VBN ROOT 3 O say
they PRON PRP nsubj 6 O they
will AUX MD aux 6 O will
skip VERB VB ccomp 3 O skip
the DET DT det 8 O the
summit NOUN NN dobj 6 O summit
and CCONJ CC cc 8 O and
others NOUN NNS conj 8 O other
have AUX VBP aux 12 O have
said VERB VBN conj 3 O say
the DET DT det 14 O the
date NOUN NN nsubj 15 O date
is AUX VBZ ccomp 12 O be
wrong ADJ JJ acomp 15 O wrong _
. PUNCT . punct 3 O . _
"""


def test_a_subject_read_as_the_objects_conjunct_speaks_for_the_verb_after_it() -> None:
    doc = frozen(AND_OTHERS_HAVE_SAID)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    spoken = {doc.text[r.start : r.end]: doc.text[r.mention.start : r.mention.end] for r in found}
    assert spoken["the date is wrong"] == "others"
