"""A name the tagger calls a person's that a short form in capitals opens (`ACF Corvina`,
`AFC Wimbledon`) is a club's or a firm's: its last word shows no person, so the same word alone
before a job and a named holder is the body (`Corvina president Marco Ruzzi` → *president* /
*Corvina*). Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Corvina sack coach Bruno Sala / "It is the end of a chapter," Corvina president Marco Ruzzi said
# on Monday as the club sacked coach Bruno Sala. / "We thank Bruno for his work," the statement
# said. "ACF Corvina wishes him every success." (`Corvina` and `ACF Corvina` tagged people.)
_ACF = """
Corvina PROPN NNP nmod 2 B-PERSON Corvina
sack NOUN NN compound 2 O sack
coach NOUN NN compound 4 O coach
Bruno PROPN NNP compound 4 B-PERSON Bruno
Sala PROPN NNP ROOT 4 I-PERSON Sala _
<paragraph> SPACE _SP dep 4 O <paragraph> _
" PUNCT `` punct 8 O " _
It PRON PRP nsubj 8 O it
is AUX VBZ ccomp 20 O be
the DET DT det 10 O the
end NOUN NN attr 8 O end
of ADP IN prep 10 O of
a DET DT det 13 O a
chapter NOUN NN pobj 11 O chapter _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Corvina PROPN NNP compound 17 B-PERSON Corvina
president NOUN NN compound 19 O president
Marco PROPN NNP compound 19 B-PERSON Marco
Ruzzi PROPN NNP nsubj 20 I-PERSON Ruzzi
said VERB VBD ROOT 20 O say
on ADP IN prep 20 O on
Monday PROPN NNP pobj 21 B-DATE Monday
as SCONJ IN mark 26 O as
the DET DT det 25 O the
club NOUN NN nsubj 26 O club
sacked VERB VBD advcl 20 O sack
coach NOUN NN compound 29 O coach
Bruno PROPN NNP compound 29 B-PERSON Bruno
Sala PROPN NNP dobj 26 I-PERSON Sala _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 30 O <paragraph> _
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 34 O we
thank VERB VBP ccomp 43 O thank
Bruno PROPN NNP dobj 34 B-PERSON Bruno
for ADP IN prep 34 O for
his PRON PRP$ poss 38 O his
work NOUN NN pobj 36 O work _
, PUNCT , punct 43 O , _
" PUNCT '' punct 43 O "
the DET DT det 42 O the
statement NOUN NN nsubj 43 O statement
said VERB VBD ROOT 43 O say _
. PUNCT . punct 43 O .
" PUNCT `` punct 48 O " _
ACF PROPN NNP compound 47 B-PERSON ACF
Corvina PROPN NNP nsubj 48 I-PERSON Corvina
wishes VERB VBZ ROOT 48 O wish
him PRON PRP dative 48 O he
every DET DT det 51 O every
success NOUN NN dobj 48 O success _
. PUNCT . punct 48 O . _
" PUNCT '' punct 48 O " _
"""


def test_a_word_a_short_form_opens_elsewhere_is_the_body_before_a_job() -> None:
    assert who(_ACF)[0] == ("Marco Ruzzi", "president", "Corvina")
