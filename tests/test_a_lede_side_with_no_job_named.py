"""`Kakamega Homeboyz will appeal against the points deduction …` | `"…," the club said`: the
lede's subject, a name of two words the tagger took for a person's, is the side `the club` means
though the lede gives no job only a side has, when the story names no other body and writes the
name as no person's (its last word never alone, as a surname stands; no `he` or `her` in its
sentence). `Mwangi Otieno will appeal the fine … after he was sent off` is a person: `the club`
stays unresolved. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kakamega Homeboyz will appeal against the points deduction ordered by the league on Friday.  "We
# have done nothing wrong and our lawyers are ready," the club said in a statement.
_APPEAL = """
Kakamega PROPN NNP compound 1 B-PERSON Kakamega
Homeboyz PROPN NNP nsubj 3 I-PERSON Homeboyz
will AUX MD aux 3 O will
appeal VERB VB ROOT 3 O appeal
against ADP IN prep 3 O against
the DET DT det 7 O the
points NOUN NNS compound 7 O point
deduction NOUN NN pobj 4 O deduction
ordered VERB VBN acl 7 O order
by ADP IN agent 8 O by
the DET DT det 11 O the
league NOUN NN pobj 9 O league
on ADP IN prep 8 O on
Friday PROPN NNP pobj 12 B-DATE Friday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 19 O we
have AUX VBP aux 19 O have
done VERB VBN ccomp 31 O do
nothing PRON NN dobj 19 O nothing
wrong ADJ JJ amod 20 O wrong
and CCONJ CC cc 19 O and
our PRON PRP$ poss 24 O our
lawyers NOUN NNS nsubj 25 O lawyer
are AUX VBP conj 19 O be
ready ADJ JJ acomp 25 O ready _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
the DET DT det 30 O the
club NOUN NN nsubj 31 O club
said VERB VBD ROOT 31 O say
in ADP IN prep 31 O in
a DET DT det 34 O a
statement NOUN NN pobj 32 O statement _
. PUNCT . punct 31 O . _
"""

# Mwangi Otieno will appeal the fine imposed by the league after he was sent off at the weekend.
# "We believe the punishment is too harsh," the club said in a statement.
_SENT_OFF = """
Mwangi PROPN NNP compound 1 B-PERSON Mwangi
Otieno PROPN NNP nsubj 3 I-PERSON Otieno
will AUX MD aux 3 O will
appeal VERB VB ROOT 3 O appeal
the DET DT det 5 O the
fine NOUN NN dobj 3 O fine
imposed VERB VBN acl 5 O impose
by ADP IN agent 6 O by
the DET DT det 9 O the
league NOUN NN pobj 7 O league
after SCONJ IN mark 13 O after
he PRON PRP nsubjpass 13 O he
was AUX VBD auxpass 13 O be
sent VERB VBN advcl 6 O send
off ADP RP prt 13 O off
at ADP IN prep 13 O at
the DET DT det 17 B-DATE the
weekend NOUN NN pobj 15 I-DATE weekend _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
" PUNCT `` punct 32 O " _
We PRON PRP nsubj 22 O we
believe VERB VBP ccomp 32 O believe
the DET DT det 24 O the
punishment NOUN NN nsubj 25 O punishment
is AUX VBZ ccomp 22 O be
too ADV RB advmod 27 O too
harsh ADJ JJ acomp 25 O harsh _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
the DET DT det 31 O the
club NOUN NN nsubj 32 O club
said VERB VBD ROOT 32 O say
in ADP IN prep 32 O in
a DET DT det 35 O a
statement NOUN NN pobj 33 O statement _
. PUNCT . punct 32 O . _
"""


def test_the_lede_subject_is_the_club_with_no_job_named() -> None:
    rows = Extractor().rows(frozen(_APPEAL))
    assert [(r.speaker, r.organization) for r in rows] == [("Kakamega Homeboyz", "Kakamega Homeboyz")]


def test_no_side_from_a_person_the_lede_calls_he() -> None:
    rows = Extractor().rows(frozen(_SENT_OFF))
    assert [(r.speaker, r.organization) for r in rows] == [("club", "")]
