"""`Constable Harding deposed that …. "…," said the witness`: a bare `the witness` speaking is the
person named last before it, unless a job the article gives them says otherwise; one who gave
evidence (the subject of `deposed`, `testified`: models/evidence_verbs.txt) is a witness whatever
their job, as court reports write a constable's or a doctor's evidence. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# At the Borough Police Court on Monday, Thomas Briggs, a labourer, was charged with being drunk
# and disorderly in High Street.  Constable Harding deposed that he found the prisoner lying
# across the footpath at half-past eleven. "He was very drunk and used filthy language," said the
# witness.  The prisoner was fined 5s. and costs.
_DEPOSED = """
At ADP IN prep 15 O at
the DET DT det 4 B-ORG the
Borough PROPN NNP compound 4 I-ORG Borough
Police PROPN NNP compound 4 I-ORG Police
Court PROPN NNP pobj 0 I-ORG Court
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
, PUNCT , punct 15 O ,
Thomas PROPN NNP compound 9 B-PERSON Thomas
Briggs PROPN NNP nsubjpass 15 I-PERSON Briggs _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
labourer NOUN NN appos 9 O labourer _
, PUNCT , punct 9 O ,
was AUX VBD auxpass 15 O be
charged VERB VBN ROOT 15 O charge
with ADP IN prep 15 O with
being AUX VBG pcomp 16 O be
drunk ADJ JJ acomp 17 O drunk
and CCONJ CC cc 18 O and
disorderly ADV RB conj 18 O disorderly
in ADP IN prep 20 O in
High PROPN NNP compound 23 B-FAC High
Street PROPN NNP pobj 21 I-FAC Street _
. PUNCT . punct 15 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
Constable PROPN NNP compound 27 B-PERSON Constable
Harding PROPN NNP nsubj 28 I-PERSON Harding
deposed VERB VBD ROOT 28 O depose
that SCONJ IN mark 31 O that
he PRON PRP nsubj 31 O he
found VERB VBD ccomp 28 O find
the DET DT det 33 O the
prisoner NOUN NN nsubj 34 O prisoner
lying VERB VBG ccomp 31 O lie
across ADP IN prep 34 O across
the DET DT det 37 O the
footpath NOUN NN pobj 35 O footpath
at ADP IN prep 34 O at
half ADJ JJ amod 41 B-DATE half _
- PUNCT HYPH punct 41 I-DATE - _
past ADJ JJ amod 42 I-DATE past
eleven NUM CD pobj 38 I-DATE eleven _
. PUNCT . punct 28 O .
" PUNCT `` punct 55 O " _
He PRON PRP nsubj 46 O he
was AUX VBD ccomp 55 O be
very ADV RB advmod 48 O very
drunk ADJ JJ acomp 46 O drunk
and CCONJ CC cc 48 O and
used VERB VBD conj 48 O use
filthy ADJ JJ amod 52 O filthy
language NOUN NN dobj 50 O language _
, PUNCT , punct 55 O , _
" PUNCT '' punct 55 O "
said VERB VBD ROOT 55 O say
the DET DT det 57 O the
witness NOUN NN nsubj 55 O witness _
. PUNCT . punct 55 O . _
<paragraph> SPACE _SP dep 58 O <paragraph> _
The DET DT det 61 O the
prisoner NOUN NN nsubjpass 63 O prisoner
was AUX VBD auxpass 63 O be
fined VERB VBN ROOT 63 O fin
5s NUM CD npadvmod 63 B-CARDINAL 5s _
. PUNCT . punct 63 O .
and CCONJ CC cc 67 O and
costs NOUN NNS ROOT 67 O cost _
. PUNCT . punct 67 O . _
"""


def test_one_who_deposed_is_the_witness_whatever_his_rank() -> None:
    rows = Extractor().rows(frozen(_DEPOSED))
    assert [(r.speaker, r.role) for r in rows] == [("Harding", "Constable")]
