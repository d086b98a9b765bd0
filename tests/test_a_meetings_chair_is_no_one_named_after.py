"""`The Chairman said, "…"` | `Mr. Tillett, who was received with cheers, said: "…"`: a report of
a meeting (a union's, a council's, in an archive paper) calls its chair by the bare office
throughout, and the person it names next speaks from the floor. The rule for a lede that opens on
a description of its speaker and names them in the next paragraph (`The Chancellor has warned …`
| `Speaking on Sunday, Rachel Reeves said …`) made Tillett the Chairman; a meeting's bare chair is
left out of it now. A body's chairman (`The chairman of Acme Foods has warned …`) is still the
person named after. Frozen parses of stories written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A meeting of the dock labourers was held last evening at the Town Hall.  The Chairman said, "The
# men have been treated shamefully by the companies."  Mr. Tillett, who was received with cheers,
# said: "We ask for nothing but justice."
_MEETING = """
A DET DT det 1 O a
meeting NOUN NN nsubjpass 7 O meeting
of ADP IN prep 1 O of
the DET DT det 5 O the
dock NOUN NN compound 5 O dock
labourers NOUN NNS pobj 2 O labourer
was AUX VBD auxpass 7 O be
held VERB VBN ROOT 7 O hold
last ADJ JJ amod 9 B-TIME last
evening NOUN NN npadvmod 7 I-TIME evening
at ADP IN prep 7 O at
the DET DT det 13 B-FAC the
Town PROPN NNP compound 13 I-FAC Town
Hall PROPN NNP pobj 10 I-FAC Hall _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
The DET DT det 17 O the
Chairman PROPN NNP nsubj 18 O Chairman
said VERB VBD ROOT 18 O say _
, PUNCT , punct 18 O ,
" PUNCT `` punct 18 O " _
The DET DT det 22 O the
men NOUN NNS nsubjpass 25 O man
have AUX VBP aux 25 O have
been AUX VBN auxpass 25 O be
treated VERB VBN ccomp 18 O treat
shamefully ADV RB advmod 25 O shamefully
by ADP IN agent 25 O by
the DET DT det 29 O the
companies NOUN NNS pobj 27 O company _
. PUNCT . punct 18 O . _
" PUNCT `` ROOT 31 O " _
<paragraph> SPACE _SP dep 31 O <paragraph> _
Mr. PROPN NNP compound 34 O Mr.
Tillett PROPN NNP nsubj 42 B-PERSON Tillett _
, PUNCT , punct 34 O ,
who PRON WP nsubjpass 38 O who
was AUX VBD auxpass 38 O be
received VERB VBN relcl 34 O receive
with ADP IN prep 38 O with
cheers NOUN NNS pobj 39 O cheer _
, PUNCT , punct 34 O ,
said VERB VBD ROOT 42 O say _
: PUNCT : punct 42 O :
" PUNCT `` punct 42 O " _
We PRON PRP nsubj 46 O we
ask VERB VBP ccomp 42 O ask
for ADP IN prep 46 O for
nothing PRON NN pobj 47 O nothing
but SCONJ IN prep 48 O but
justice NOUN NN pobj 49 O justice _
. PUNCT . punct 42 O . _
" PUNCT '' punct 42 O " _
"""

# The chairman of Acme Foods has warned that prices will rise. "We cannot hold them," he said.
# Speaking on Sunday, Tom Hale said the firm would cut jobs.
_BODYS_CHAIRMAN = """
The DET DT det 1 O the
chairman NOUN NN nsubj 6 O chairman
of ADP IN prep 1 O of
Acme PROPN NNP compound 4 B-ORG Acme
Foods PROPN NNP pobj 2 I-ORG Foods
has AUX VBZ aux 6 O have
warned VERB VBN ROOT 6 O warn
that SCONJ IN mark 10 O that
prices NOUN NNS nsubj 10 O price
will AUX MD aux 10 O will
rise VERB VB ccomp 6 O rise _
. PUNCT . punct 6 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 16 O we
can AUX MD aux 16 O can _
not PART RB neg 16 O not
hold VERB VB ccomp 21 O hold
them PRON PRP dobj 16 O they _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
Speaking VERB VBG advcl 30 O speak
on ADP IN prep 24 O on
Sunday PROPN NNP pobj 25 B-DATE Sunday _
, PUNCT , punct 30 O ,
Tom PROPN NNP compound 29 B-PERSON Tom
Hale PROPN NNP nsubj 30 I-PERSON Hale
said VERB VBD ROOT 30 O say
the DET DT det 32 O the
firm NOUN NN nsubj 34 O firm
would AUX MD aux 34 O would
cut VERB VB ccomp 30 O cut
jobs NOUN NNS dobj 34 O job _
. PUNCT . punct 30 O . _
"""


def test_a_meetings_chair_is_not_the_speaker_named_next() -> None:
    rows = Extractor().rows(frozen(_MEETING))
    assert [(r.speaker, r.role) for r in rows] == [("The Chairman", "Chairman"), ("Tillett", "")]
    assert rows[0].speaker_id != rows[1].speaker_id


def test_a_bodys_chairman_is_still_the_person_named_next() -> None:
    rows = Extractor().rows(frozen(_BODYS_CHAIRMAN))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Hale", "Acme Foods")]
