"""Frozen parses that several tests share (see tests/frozen.py): a job the parser makes the
object of `through` with a name set beside it by commas, after a lede whose subject is a
description. Each is written once here, joined as tests/archive_turns.py joins its paragraphs; a
test builds its Doc with ``frozen`` from the spec."""

from __future__ import annotations

from tests.archive_turns import Paragraph, minutes_spec

# ABUJA - The governor of Oyo State has denied claims that he diverted relief funds.
# (The lede of the specs below, with the paragraph break after it.)
OYO_GOVERNOR_DENIES_THE_CLAIMS = Paragraph("""
ABUJA ADV RB ROOT 0 O abuja
- PUNCT : punct 0 O -
The DET DT det 3 O the
governor NOUN NN nsubj 8 O governor
of ADP IN prep 3 O of
Oyo PROPN NNP compound 6 B-ORG Oyo
State PROPN NNP pobj 4 I-ORG State
has AUX VBZ aux 8 O have
denied VERB VBN ROOT 8 O deny
claims NOUN NNS dobj 8 O claim
that SCONJ IN mark 12 O that
he PRON PRP nsubj 12 O he
diverted VERB VBD acl 9 O divert
relief NOUN NN compound 14 O relief
funds NOUN NNS dobj 12 O fund _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
""")

# ABUJA - The governor of Oyo State has denied claims that he diverted relief funds.  Speaking
# through his Chief Press Secretary, Mr Tunde Bakare, the governor said the allegations were
# "baseless and mischievous".  Bakare added: "The governor has nothing to hide."
# (test_a_job_through_which_one_speaks, test_a_name_beside_a_job_after_the_lede)
GOVERNOR_SPEAKING_THROUGH_HIS_SECRETARY = minutes_spec(
    OYO_GOVERNOR_DENIES_THE_CLAIMS,
    """
Speaking VERB VBG advcl 30 O speak
through ADP IN prep 17 O through
his PRON PRP$ poss 22 O his
Chief PROPN NNP compound 22 O Chief
Press PROPN NNP compound 22 O Press
Secretary PROPN NNP pobj 18 O Secretary _
, PUNCT , punct 22 O ,
Mr PROPN NNP compound 26 B-ORG Mr
Tunde PROPN NNP compound 26 I-ORG Tunde
Bakare PROPN NNP appos 22 I-ORG Bakare _
, PUNCT , punct 30 O ,
the DET DT det 29 O the
governor NOUN NN nsubj 30 O governor
said VERB VBD ROOT 30 O say
the DET DT det 32 O the
allegations NOUN NNS nsubj 33 O allegation
were AUX VBD ccomp 30 O be
" PUNCT `` punct 33 O " _
baseless ADJ JJ acomp 33 O baseless
and CCONJ CC cc 35 O and
mischievous ADJ JJ conj 35 O mischievous _
" PUNCT '' punct 33 O " _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 39 O <paragraph> _
Bakare PROPN NNP nsubj 42 B-ORG Bakare
added VERB VBD ROOT 42 O add _
: PUNCT : punct 42 O :
" PUNCT `` punct 42 O " _
The DET DT det 46 O the
governor NOUN NN nsubj 47 O governor
has VERB VBZ ccomp 42 O have
nothing PRON NN dobj 47 O nothing
to PART TO aux 50 O to
hide VERB VB relcl 48 O hide _
. PUNCT . punct 42 O . _
" PUNCT '' punct 42 O " _
""",
)
