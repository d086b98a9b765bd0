"""A Kenyan county governs itself: `Kisumu County`, where the article also names `the Kisumu
County Assembly` (or its County Government), is the body its `Governor X` heads (ROLES.md 5), and
not that assembly, a body of its own; `Kakamega County Governor X` names the county before its
governor as a pre-modifier. A US governor beside a county the story names, with no assembly or
government of its own, heads no county. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The strike by nurses in Kisumu County entered its second week as Governor Grace Akinyi Otieno
# blamed the Treasury for the arrears. "We have paid from our own revenue," Otieno said. The
# Kisumu County Assembly has summoned the health executive.
_KISUMU = """
The DET DT det 1 O the
strike NOUN NN nsubj 7 O strike
by ADP IN prep 1 O by
nurses NOUN NNS pobj 2 O nurse
in ADP IN prep 3 O in
Kisumu PROPN NNP compound 6 B-GPE Kisumu
County PROPN NNP pobj 4 I-GPE County
entered VERB VBD ROOT 7 O enter
its PRON PRP$ poss 10 O its
second ADJ JJ amod 10 B-DATE second
week NOUN NN dobj 7 I-DATE week
as SCONJ IN mark 16 O as
Governor PROPN NNP compound 13 O Governor
Grace PROPN NNP compound 15 B-PERSON Grace
Akinyi PROPN NNP compound 15 I-PERSON Akinyi
Otieno PROPN NNP nsubj 16 I-PERSON Otieno
blamed VERB VBD advcl 7 O blame
the DET DT det 18 O the
Treasury PROPN NNP dobj 16 B-ORG Treasury
for ADP IN prep 16 O for
the DET DT det 21 O the
arrears NOUN NNS pobj 19 O arrear _
. PUNCT . punct 7 O .
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 26 O we
have AUX VBP aux 26 O have
paid VERB VBN ccomp 34 O pay
from ADP IN prep 26 O from
our PRON PRP$ poss 30 O our
own ADJ JJ amod 30 O own
revenue NOUN NN pobj 27 O revenue _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
Otieno PROPN NNP nsubj 34 B-PERSON Otieno
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O .
The DET DT det 39 B-ORG the
Kisumu PROPN NNP compound 39 I-ORG Kisumu
County PROPN NNP compound 39 I-ORG County
Assembly PROPN NNP nsubj 41 I-ORG Assembly
has AUX VBZ aux 41 O have
summoned VERB VBN ROOT 41 O summon
the DET DT det 44 O the
health NOUN NN compound 44 O health
executive NOUN NN dobj 41 O executive _
. PUNCT . punct 41 O . _
"""


# Kakamega County Governor Fernandes Barasa said the hospital would reopen. "We have paid the
# doctors," Barasa said.
_KAKAMEGA = """
Kakamega PROPN NNP compound 1 B-GPE Kakamega
County PROPN NNP compound 4 I-GPE County
Governor PROPN NNP compound 3 O Governor
Fernandes PROPN NNP compound 4 B-PERSON Fernandes
Barasa PROPN NNP nsubj 5 I-PERSON Barasa
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
hospital NOUN NN nsubj 9 O hospital
would AUX MD aux 9 O would
reopen VERB VB ccomp 5 O reopen _
. PUNCT . punct 5 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
have AUX VBP aux 14 O have
paid VERB VBN ccomp 20 O pay
the DET DT det 16 O the
doctors NOUN NNS dobj 14 O doctor _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Barasa PROPN NNP nsubj 20 B-PERSON Barasa
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


# Governor Andy Beshear toured flood damage in Pike County on Monday. "We will rebuild," Beshear
# said. The Pike County Fiscal Court met on Tuesday.
_PIKE = """
Governor PROPN NNP compound 2 O Governor
Andy PROPN NNP compound 2 B-PERSON Andy
Beshear PROPN NNP nsubj 3 I-PERSON Beshear
toured VERB VBD ROOT 3 O tour
flood NOUN NN compound 5 O flood
damage NOUN NN dobj 3 O damage
in ADP IN prep 5 O in
Pike PROPN NNP compound 8 B-GPE Pike
County PROPN NNP pobj 6 I-GPE County
on ADP IN prep 3 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 3 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 15 O we
will AUX MD aux 15 O will
rebuild VERB VB ccomp 19 O rebuild _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Beshear PROPN NNP nsubj 19 B-PERSON Beshear
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O .
The DET DT det 25 B-ORG the
Pike PROPN NNP compound 23 I-ORG Pike
County PROPN NNP compound 25 I-ORG County
Fiscal PROPN NNP compound 25 I-ORG Fiscal
Court PROPN NNP nsubj 26 I-ORG Court
met VERB VBD ROOT 26 O meet
on ADP IN prep 26 O on
Tuesday PROPN NNP pobj 27 B-DATE Tuesday _
. PUNCT . punct 26 O . _
"""




def test_a_governor_heads_the_county_with_an_assembly() -> None:
    assert who_of(_KISUMU) == [("Grace Akinyi Otieno", "Governor", "Kisumu County")]


def test_a_county_before_its_governor() -> None:
    assert who_of(_KAKAMEGA) == [("Fernandes Barasa", "Governor", "Kakamega County")]


def test_a_us_governor_heads_no_county() -> None:
    assert who_of(_PIKE) == [("Andy Beshear", "Governor", "")]
