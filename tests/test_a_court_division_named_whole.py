"""A body left untagged that opens the sentence before a court's post, its name in capitals run on
past `of the` and a hyphen (`The Anti-Corruption Division of the High Court refused bail …`), is
named whole, so a judge's post takes it as a court; a lawyer's does not. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# KAMPALA. The Anti-Corruption Division of the High Court yesterday refused bail to a former
# district engineer accused of stealing Shs800 million meant for bridges. /  / Justice Rose K.
# Nabwire said the accused had tried to contact witnesses. “Bail is a discretion, not a right,”
# Justice Nabwire ruled.
_KAMPALA = """
KAMPALA NOUN NNS ROOT 0 B-ORG KAMPALA _
. PUNCT . punct 0 O .
The DET DT det 6 O the
Anti PROPN NNP compound 6 O Anti _
- PROPN NNP compound 6 O - _
Corruption PROPN NNP compound 6 O Corruption
Division PROPN NNP nsubj 12 O Division
of ADP IN prep 6 O of
the DET DT det 10 O the
High PROPN NNP compound 10 O High
Court PROPN NNP pobj 7 O Court
yesterday NOUN NN npadvmod 12 B-DATE yesterday
refused VERB VBD ROOT 12 O refuse
bail NOUN NN dobj 12 O bail
to ADP IN prep 12 O to
a DET DT det 18 O a
former ADJ JJ amod 18 O former
district NOUN NN compound 18 O district
engineer NOUN NN pobj 14 O engineer
accused VERB VBN acl 18 O accuse
of ADP IN prep 19 O of
stealing VERB VBG pcomp 20 O steal
Shs800 PROPN NNP compound 23 B-CARDINAL Shs800
million NUM CD dobj 21 I-CARDINAL million
meant VERB VBD acl 18 O mean
for ADP IN prep 24 O for
bridges NOUN NNS pobj 25 O bridge _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
Justice PROPN NNP compound 32 O Justice
Rose PROPN NNP compound 32 B-PERSON Rose
K. PROPN NNP compound 32 I-PERSON K.
Nabwire PROPN NNP nsubj 33 I-PERSON Nabwire
said VERB VBD ROOT 33 O say
the DET DT det 35 O the
accused VERB VBN nsubj 37 O accuse
had AUX VBD aux 37 O have
tried VERB VBN ccomp 33 O try
to PART TO aux 39 O to
contact VERB VB xcomp 37 O contact
witnesses NOUN NNS dobj 39 O witness _
. PUNCT . punct 33 O .
“ PUNCT `` punct 55 O " _
Bail PROPN NNP nsubj 44 O Bail
is AUX VBZ ccomp 55 O be
a DET DT det 46 O a
discretion NOUN NN attr 44 O discretion _
, PUNCT , punct 46 O ,
not PART RB neg 46 O not
a DET DT det 50 O a
right NOUN NN appos 46 O right _
, PUNCT , punct 55 O , _
” PUNCT '' punct 55 O "
Justice PROPN NNP compound 54 B-PERSON Justice
Nabwire PROPN NNP nsubj 55 I-PERSON Nabwire
ruled VERB VBD ROOT 55 O rule _
. PUNCT . punct 55 O . _
"""


# KAMPALA. The Anti-Corruption Division of the High Court yesterday refused bail to a former
# district engineer accused of stealing Shs800 million meant for bridges. /  / The engineer’s
# lawyer, Paul Okello, said his client would appeal. “We respect the ruling,” Mr Okello said.
_COUNSEL = """
KAMPALA NOUN NNS ROOT 0 B-ORG KAMPALA _
. PUNCT . punct 0 O .
The DET DT det 6 O the
Anti PROPN NNP compound 6 O Anti _
- PROPN NNP compound 6 O - _
Corruption PROPN NNP compound 6 O Corruption
Division PROPN NNP nsubj 12 O Division
of ADP IN prep 6 O of
the DET DT det 10 O the
High PROPN NNP compound 10 O High
Court PROPN NNP pobj 7 O Court
yesterday NOUN NN npadvmod 12 B-DATE yesterday
refused VERB VBD ROOT 12 O refuse
bail NOUN NN dobj 12 O bail
to ADP IN prep 12 O to
a DET DT det 18 O a
former ADJ JJ amod 18 O former
district NOUN NN compound 18 O district
engineer NOUN NN pobj 14 O engineer
accused VERB VBN acl 18 O accuse
of ADP IN prep 19 O of
stealing VERB VBG pcomp 20 O steal
Shs800 PROPN NNP compound 23 B-CARDINAL Shs800
million NUM CD dobj 21 I-CARDINAL million
meant VERB VBD acl 18 O mean
for ADP IN prep 24 O for
bridges NOUN NNS pobj 25 O bridge _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
The DET DT det 30 O the
engineer NOUN NN poss 32 O engineer _
’s PART POS case 30 O ’s
lawyer NOUN NN nsubj 37 O lawyer _
, PUNCT , punct 32 O ,
Paul PROPN NNP compound 35 B-PERSON Paul
Okello PROPN NNP appos 32 I-PERSON Okello _
, PUNCT , punct 32 O ,
said VERB VBD ROOT 37 O say
his PRON PRP$ poss 39 O his
client NOUN NN nsubj 41 O client
would AUX MD aux 41 O would
appeal VERB VB ccomp 37 O appeal _
. PUNCT . punct 37 O .
“ PUNCT `` punct 52 O " _
We PRON PRP nsubj 45 O we
respect VERB VBP ccomp 52 O respect
the DET DT det 47 O the
ruling NOUN NN dobj 45 O ruling _
, PUNCT , punct 52 O , _
” PUNCT '' punct 52 O "
Mr PROPN NNP compound 51 O Mr
Okello PROPN NNP nsubj 52 B-ORG Okello
said VERB VBD ROOT 52 O say _
. PUNCT . punct 52 O . _
"""




def test_a_justice_of_the_courts_division_the_lede_names_whole() -> None:
    assert who_of(_KAMPALA) == [("Rose K. Nabwire", "Justice", "Anti-Corruption Division of the High Court")]


def test_no_court_for_a_lawyer() -> None:
    assert who_of(_COUNSEL) == [("Paul Okello", "lawyer", "")]
