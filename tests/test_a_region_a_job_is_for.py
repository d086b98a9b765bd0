"""`said X, the joint secretary for the Gulf`: a name the tagger calls a place with no
government of its own (LOC: `the Gulf`, `the Pacific`) after a job's `for` is a region the job
covers, never a body; it was the speaker's organisation, and then the body a later `a company
official` stood for. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Talks on the detained sailors stalled on Tuesday.  "Talks will resume next week," said Vikram
# Rao, the joint secretary for the Gulf.  "We will not pay," said a company official, Mark Tan.
_GULF = """
Talks NOUN NNS ROOT 0 O talk
on ADP IN prep 0 O on
the DET DT det 4 O the
detained VERB VBN amod 4 O detain
sailors NOUN NNS pobj 1 O sailor
stalled VERB VBN acl 4 O stall
on ADP IN prep 5 O on
Tuesday PROPN NNP pobj 6 B-DATE Tuesday _
. PUNCT . punct 0 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
" PUNCT `` punct 18 O " _
Talks NOUN NNS nsubj 13 O talk
will AUX MD aux 13 O will
resume VERB VB ccomp 18 O resume
next ADJ JJ amod 15 B-DATE next
week NOUN NN npadvmod 13 I-DATE week _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
said VERB VBD ROOT 18 O say
Vikram PROPN NNP compound 20 B-PERSON Vikram
Rao PROPN NNP nsubj 18 I-PERSON Rao _
, PUNCT , punct 20 O ,
the DET DT det 24 O the
joint ADJ JJ amod 24 O joint
secretary NOUN NN appos 20 O secretary
for ADP IN prep 24 O for
the DET DT det 27 O the
Gulf PROPN NNP pobj 25 B-LOC Gulf _
. PUNCT . punct 18 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
" PUNCT `` punct 37 O " _
We PRON PRP nsubj 34 O we
will AUX MD aux 34 O will
not PART RB neg 34 O not
pay VERB VB ccomp 37 O pay _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
said VERB VBD ROOT 37 O say
a DET DT det 40 O a
company NOUN NN compound 40 O company
official NOUN NN nsubj 37 O official _
, PUNCT , punct 40 O ,
Mark PROPN NNP compound 43 B-PERSON Mark
Tan PROPN NNP appos 40 I-PERSON Tan _
. PUNCT . punct 37 O . _
"""

# Fishing quotas were cut on Monday.  "The stocks are collapsing," said Mere Tane, the envoy for
# the Pacific.
_PACIFIC = """
Fishing NOUN NN compound 1 O fishing
quotas NOUN NNS nsubjpass 3 O quota
were AUX VBD auxpass 3 O be
cut VERB VBN ROOT 3 O cut
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
" PUNCT `` punct 15 O " _
The DET DT det 10 O the
stocks NOUN NNS nsubj 12 O stock
are AUX VBP aux 12 O be
collapsing VERB VBG ccomp 15 O collapse _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Mere PROPN NNP compound 17 B-PERSON Mere
Tane PROPN NNP nsubj 15 I-PERSON Tane _
, PUNCT , punct 17 O ,
the DET DT det 20 O the
envoy NOUN NN appos 17 O envoy
for ADP IN prep 20 O for
the DET DT det 23 O the
Pacific PROPN NNP pobj 21 B-LOC Pacific _
. PUNCT . punct 15 O . _
"""




def test_a_region_a_job_is_for_is_no_body_of_anyone() -> None:
    assert who_of(_GULF) == [
        ("Vikram Rao", "joint secretary for the Gulf", ""),
        ("Mark Tan", "company official", ""),
    ]


def test_an_ocean_an_envoy_is_for_is_no_body() -> None:
    assert who_of(_PACIFIC) == [("Mere Tane", "envoy for the Pacific", "")]
