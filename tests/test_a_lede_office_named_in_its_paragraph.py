"""`The Mayor has rejected the report. "…," the Mayor said. Mayor Aroha Ngata later told …`: a
story that opens on an office alone, in capitals, and names its holder by that title in the
same paragraph, is speaking of that holder: the lede's description is the person named after it
(entities._lede_named_after, which otherwise looks one or two paragraphs on). Someone named
there with another job (`Councillor Aroha Ngata`) is someone else. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Mayor has rejected the council report. "We will not be lectured by Wellington," the Mayor
# said. Mayor Aroha Ngata later told reporters the city would "go its own way".
_MAYOR_NAMED = """
The DET DT det 1 O the
Mayor PROPN NNP nsubj 3 O Mayor
has AUX VBZ aux 3 O have
rejected VERB VBN ROOT 3 O reject
the DET DT det 6 O the
council NOUN NN compound 6 O council
report NOUN NN dobj 3 O report _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubjpass 13 O we
will AUX MD aux 13 O will
not PART RB neg 13 O not
be AUX VB auxpass 13 O be
lectured VERB VBN ccomp 20 O lecture
by ADP IN agent 13 O by
Wellington PROPN NNP pobj 14 B-GPE Wellington _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
the DET DT det 19 O the
Mayor PROPN NNP nsubj 20 O Mayor
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O .
Mayor PROPN NNP compound 24 O Mayor
Aroha PROPN NNP compound 24 B-PERSON Aroha
Ngata PROPN NNP nsubj 26 I-PERSON Ngata
later ADV RB advmod 26 O later
told VERB VBD ROOT 26 O tell
reporters NOUN NNS dobj 26 O reporter
the DET DT det 29 O the
city NOUN NN nsubj 32 O city
would AUX MD aux 32 O would
" PUNCT `` punct 32 O " _
go VERB VB ccomp 26 O go
its PRON PRP$ poss 35 O its
own ADJ JJ amod 35 O own
way NOUN NN dobj 32 O way _
" PUNCT '' punct 32 O " _
. PUNCT . punct 26 O . _
"""


# The Mayor has rejected the council report. "We will not be lectured by Wellington," the Mayor
# said. Councillor Aroha Ngata later told reporters the city would "go its own way".
_COUNCILLOR_NAMED = """
The DET DT det 1 O the
Mayor PROPN NNP nsubj 3 O Mayor
has AUX VBZ aux 3 O have
rejected VERB VBN ROOT 3 O reject
the DET DT det 6 O the
council NOUN NN compound 6 O council
report NOUN NN dobj 3 O report _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubjpass 13 O we
will AUX MD aux 13 O will
not PART RB neg 13 O not
be AUX VB auxpass 13 O be
lectured VERB VBN ccomp 20 O lecture
by ADP IN agent 13 O by
Wellington PROPN NNP pobj 14 B-GPE Wellington _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
the DET DT det 19 O the
Mayor PROPN NNP nsubj 20 O Mayor
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O .
Councillor PROPN NNP compound 24 B-ORG Councillor
Aroha PROPN NNP compound 24 I-ORG Aroha
Ngata PROPN NNP nsubj 26 I-ORG Ngata
later ADV RB advmod 26 O later
told VERB VBD ROOT 26 O tell
reporters NOUN NNS dobj 26 O reporter
the DET DT det 29 O the
city NOUN NN nsubj 32 O city
would AUX MD aux 32 O would
" PUNCT `` punct 32 O " _
go VERB VB ccomp 26 O go
its PRON PRP$ poss 35 O its
own ADJ JJ amod 35 O own
way NOUN NN dobj 32 O way _
" PUNCT '' punct 32 O " _
. PUNCT . punct 26 O . _
"""


def test_the_lede_office_is_its_holder_named_by_it_in_the_paragraph() -> None:
    rows = Extractor().rows(frozen(_MAYOR_NAMED))
    assert [(r.speaker, r.role) for r in rows] == [("Aroha Ngata", "Mayor")] * 2
    assert len({r.speaker_id for r in rows}) == 1


def test_one_named_in_the_paragraph_with_another_job_is_someone_else() -> None:
    rows = Extractor().rows(frozen(_COUNCILLOR_NAMED))
    assert [(r.speaker, r.role) for r in rows] == [("The Mayor", "Mayor"), ("Aroha Ngata", "Councillor")]
