"""`High Commissioner to the United Kingdom Tom Hale said`: the tagger may run the country an
envoy is sent to, with its `the`, into the name after it, one body from `the`. After the envoy's
`to`, a country the lists know (of one to three words) and two or three plain words in capitals
closing the span are the envoy's name; the role is the title with its country. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will not be bullied by anyone," High Commissioner to the United Kingdom Tom Hale said.
_KINGDOM = """
" PUNCT `` punct 18 O " _
We PRON PRP nsubjpass 5 O we
will AUX MD aux 5 O will
not PART RB neg 5 O not
be AUX VB auxpass 5 O be
bullied VERB VBN ccomp 18 O bully
by ADP IN agent 5 O by
anyone PRON NN pobj 6 O anyone _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
High PROPN NNP compound 11 O High
Commissioner PROPN NNP nsubj 18 O Commissioner
to ADP IN prep 11 O to
the DET DT det 17 B-ORG the
United PROPN NNP compound 15 I-ORG United
Kingdom PROPN NNP compound 17 I-ORG Kingdom
Tom PROPN NNP compound 17 I-ORG Tom
Hale PROPN NNP pobj 12 I-ORG Hale
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""


def test_a_country_and_the_name_tagged_one_body_after_the_envoys_to() -> None:
    rows = Extractor().rows(frozen(_KINGDOM))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Hale", "High Commissioner to the United Kingdom", "")
    ]
