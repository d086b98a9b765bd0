"""Court reports: `Defending, Tom Barlow said …` opens on the advocate's part, a participle the
tagger takes for a person and the subject, with the name set beside it: the speaker is the name.
A body's name the tagger takes for a person's, two words in capitals ending in a body's noun and
opening on no given name (`a spokeswoman for LOMAS Hospice`, tagged a person here by hand, as
the tagger tags such names), is a body's. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor with reported speech."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Whitlow admitted theft at Leicester Crown Court on Monday.
#
# Defending, Tom Barlow said his client had become addicted after a back injury. "She is deeply
# ashamed," he said.
#
# A spokeswoman for LOMAS Hospice said: "We are grateful to the police for their work."
_COURT = """
Whitlow PROPN NNP nsubj 1 B-ORG Whitlow
admitted VERB VBD ROOT 1 O admit
theft NOUN NN dobj 1 O theft
at ADP IN prep 1 O at
Leicester PROPN NNP compound 6 B-ORG Leicester
Crown PROPN NNP compound 6 I-ORG Crown
Court PROPN NNP pobj 3 I-ORG Court
on ADP IN prep 1 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Defending PROPN NNP nsubj 15 B-PERSON Defending _
, PUNCT , punct 11 O ,
Tom PROPN NNP compound 14 B-PERSON Tom
Barlow PROPN NNP appos 11 I-PERSON Barlow
said VERB VBD ROOT 15 O say
his PRON PRP$ poss 17 O his
client NOUN NN nsubj 19 O client
had AUX VBD aux 19 O have
become VERB VBN ccomp 15 O become
addicted ADJ JJ acomp 19 O addicted
after ADP IN prep 20 O after
a DET DT det 24 O a
back ADJ JJ amod 24 O back
injury NOUN NN pobj 21 O injury _
. PUNCT . punct 15 O .
" PUNCT `` punct 34 O " _
She PRON PRP nsubj 28 O she
is AUX VBZ ccomp 34 O be
deeply ADV RB advmod 30 O deeply
ashamed ADJ JJ acomp 28 O ashamed _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
he PRON PRP nsubj 34 O he
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
<paragraph> SPACE _SP dep 35 O <paragraph> _
A DET DT det 38 O a
spokeswoman NOUN NN nsubj 42 O spokeswoman
for ADP IN prep 38 O for
LOMAS PROPN NNP compound 41 B-PERSON LOMAS
Hospice PROPN NNP pobj 39 I-PERSON Hospice
said VERB VBD ROOT 42 O say _
: PUNCT : punct 42 O :
" PUNCT `` punct 42 O " _
We PRON PRP nsubj 46 O we
are AUX VBP ccomp 42 O be
grateful ADJ JJ acomp 46 O grateful
to ADP IN prep 47 O to
the DET DT det 50 O the
police NOUN NN pobj 48 O police
for ADP IN prep 47 O for
their PRON PRP$ poss 53 O their
work NOUN NN pobj 51 O work _
. PUNCT . punct 42 O . _
" PUNCT '' punct 42 O " _
"""



def test_the_advocates_part_opening_the_sentence_is_no_speaker_and_a_hospice_is_a_body() -> None:
    rows = Extractor(indirect=True).rows(frozen(_COURT))
    assert [(r.speaker, r.organization, r.kind) for r in rows] == [
        ("Tom Barlow", "", "indirect"),
        ("Tom Barlow", "", "direct"),
        ("A spokeswoman", "LOMAS Hospice", "direct"),
    ]
