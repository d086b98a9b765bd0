"""A job in capitals after `The` (`The Minister told the crew`, a proper noun to the tagger) is a
definite description: when nobody is prominent enough for it, it is the one holder of the job met
so far (not the prime minister named at the foot), and a boat's skipper quoted before does not fit
it as one whose job is untold (a captain's rank fits only a job in a side). So the `he said` after
it is the minister's. Frozen parse of sentences written for this file (see tests/frozen.py),
through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A crew of trawlermen met Fisheries Minister Lars Eide today. "We have fished here for decades," said Arne
# Kvalheim, a skipper from Florø. Mr. Kvalheim said the catch had fallen. He said trawlers came close to
# shore. The Minister told the crew that the Government would act, but he made no promise. "It is not a
# matter we can settle alone," he said. The crew will meet Prime Minister Odd Berg tomorrow.
_EIDE = """
A DET DT det 1 O a
crew NOUN NN nsubj 4 O crew
of ADP IN prep 1 O of
trawlermen NOUN NNS pobj 2 O trawlerman
met VERB VBD ROOT 4 O meet
Fisheries PROPN NNPS compound 6 O Fisheries
Minister PROPN NNP compound 8 O Minister
Lars PROPN NNP compound 8 B-PERSON Lars
Eide PROPN NNP dobj 4 I-PERSON Eide
today NOUN NN npadvmod 4 B-DATE today _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
have AUX VBP aux 14 O have
fished VERB VBN ccomp 20 O fish
here ADV RB advmod 14 O here
for ADP IN prep 14 O for
decades NOUN NNS pobj 16 B-DATE decade _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
Arne PROPN NNP compound 22 B-PERSON Arne
Kvalheim PROPN NNP nsubj 20 I-PERSON Kvalheim _
, PUNCT , punct 22 O ,
a DET DT det 25 O a
skipper NOUN NN appos 22 O skipper
from ADP IN prep 25 O from
Florø PROPN NNP pobj 26 B-GPE Florø _
. PUNCT . punct 20 O .
Mr. PROPN NNP compound 30 O Mr.
Kvalheim PROPN NNP nsubj 31 B-PERSON Kvalheim
said VERB VBD ROOT 31 O say
the DET DT det 33 O the
catch NOUN NN nsubj 35 O catch
had AUX VBD aux 35 O have
fallen VERB VBN ccomp 31 O fall _
. PUNCT . punct 31 O .
He PRON PRP nsubj 38 O he
said VERB VBD ROOT 38 O say
trawlers NOUN NNS nsubj 40 O trawler
came VERB VBD ccomp 38 O come
close ADV RB advmod 40 O close
to ADP IN prep 41 O to
shore NOUN NN pobj 42 O shore _
. PUNCT . punct 38 O .
The DET DT det 46 O the
Minister PROPN NNP nsubj 47 O Minister
told VERB VBD ROOT 47 O tell
the DET DT det 49 O the
crew NOUN NN dobj 47 O crew
that SCONJ IN dobj 54 O that
the DET DT det 52 O the
Government PROPN NNP nsubj 54 B-ORG Government
would AUX MD aux 54 O would
act VERB VB ccomp 47 O act _
, PUNCT , punct 47 O ,
but CCONJ CC cc 47 O but
he PRON PRP nsubj 58 O he
made VERB VBD conj 47 O make
no DET DT det 60 O no
promise NOUN NN dobj 58 O promise _
. PUNCT . punct 58 O .
" PUNCT `` punct 75 O " _
It PRON PRP nsubj 64 O it
is AUX VBZ ccomp 75 O be
not PART RB neg 64 O not
a DET DT det 67 O a
matter NOUN NN attr 64 O matter
we PRON PRP nsubj 70 O we
can AUX MD aux 70 O can
settle VERB VB relcl 67 O settle
alone ADV RB advmod 70 O alone _
, PUNCT , punct 75 O , _
" PUNCT '' punct 75 O "
he PRON PRP nsubj 75 O he
said VERB VBD ROOT 75 O say _
. PUNCT . punct 75 O .
The DET DT det 78 O the
crew NOUN NN nsubj 80 O crew
will AUX MD aux 80 O will
meet VERB VB ROOT 80 O meet
Prime PROPN NNP compound 82 O Prime
Minister PROPN NNP compound 84 O Minister
Odd PROPN NNP compound 84 B-PERSON Odd
Berg PROPN NNP dobj 80 I-PERSON Berg
tomorrow NOUN NN npadvmod 80 B-DATE tomorrow _
. PUNCT . punct 80 O . _
"""


def test_a_job_in_capitals_is_the_holder_met_so_far() -> None:
    rows = Extractor().rows(frozen(_EIDE))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Arne Kvalheim", "skipper"),
        ("Lars Eide", "Fisheries Minister"),
    ]
