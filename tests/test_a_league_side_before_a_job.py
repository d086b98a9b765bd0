"""`… as the Serie A club sacked coach Marco Pirelli`: a league's name and a side's noun before a
job (models/competitions.txt) name no body, not the job's organisation *Serie A club*; the side the
story's `the club` means is, when it names one. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "It is the end of a cycle," Castelnuovo president Luca Rossi said on Monday as the Serie A club
# sacked coach Marco Pirelli after a fifth defeat. "I leave with my head high," Pirelli wrote.
_SACKED = """
" PUNCT `` punct 14 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 14 O be
the DET DT det 4 O the
end NOUN NN attr 2 O end
of ADP IN prep 4 O of
a DET DT det 7 O a
cycle NOUN NN pobj 5 O cycle _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Castelnuovo PROPN NNP compound 11 B-GPE Castelnuovo
president NOUN NN compound 13 O president
Luca PROPN NNP compound 13 B-PERSON Luca
Rossi PROPN NNP nsubj 14 I-PERSON Rossi
said VERB VBD ROOT 14 O say
on ADP IN prep 14 O on
Monday PROPN NNP pobj 15 B-DATE Monday
as ADP IN prep 14 O as
the DET DT det 23 O the
Serie PROPN NNP compound 20 B-ORG Serie
A PROPN NNP nmod 23 I-ORG A
club NOUN NN npadvmod 22 O club
sacked VERB VBN amod 23 O sack
coach NOUN NN pobj 17 O coach
Marco PROPN NNP compound 25 B-PERSON Marco
Pirelli PROPN NNP appos 23 I-PERSON Pirelli
after ADP IN prep 14 O after
a DET DT det 29 O a
fifth ADJ JJ amod 29 B-ORDINAL fifth
defeat NOUN NN pobj 26 O defeat _
. PUNCT . punct 14 O .
" PUNCT `` punct 41 O " _
I PRON PRP nsubj 33 O I
leave VERB VBP ccomp 41 O leave
with ADP IN prep 33 O with
my PRON PRP$ poss 36 O my
head NOUN NN pobj 34 O head
high ADJ JJ oprd 33 O high _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
Pirelli PROPN NNP nsubj 41 B-ORG Pirelli
wrote VERB VBD ROOT 41 O write _
. PUNCT . punct 41 O . _
"""


def test_a_league_and_a_side_noun_before_a_job_name_no_body() -> None:
    rows = Extractor().rows(frozen(_SACKED))
    assert [(r.speaker, r.organization) for r in rows if r.speaker == "Marco Pirelli"] == [
        ("Marco Pirelli", "")
    ]
