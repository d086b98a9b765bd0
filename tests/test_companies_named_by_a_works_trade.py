"""A company named by the trade of a mine, a works or a service (`Kestrel Mining`, `Ridgeway
Cement`: models/trade_name_words.txt) is a body though the tagger leaves it untagged or calls it
a person; as the subject of the words a chief executive reports in the same sentence (`Kestrel
Mining will close the shaft, chief executive X said`), it is the chief executive's body, also
when tagged a person. Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Kestrel Mining will close its shaft at Ridgeway, chief executive Anna Bell said. "It is sad,"
# Bell said.
_UNTAGGED = """
Kestrel PROPN NNP compound 1 O Kestrel
Mining PROPN NNP nsubj 3 O Mining
will AUX MD aux 3 O will
close VERB VB ccomp 13 O close
its PRON PRP$ poss 5 O its
shaft NOUN NN dobj 3 O shaft
at ADP IN prep 3 O at
Ridgeway PROPN NNP pobj 6 B-GPE Ridgeway _
, PUNCT , punct 7 O ,
chief ADJ JJ amod 10 O chief
executive NOUN NN compound 12 O executive
Anna PROPN NNP compound 12 B-PERSON Anna
Bell PROPN NNP nsubj 13 I-PERSON Bell
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O .
" PUNCT `` punct 22 O " _
It PRON PRP nsubj 17 O it
is AUX VBZ ccomp 22 O be
sad ADJ JJ acomp 17 O sad _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Bell PROPN NNP nsubj 22 B-ORG Bell
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""

# The same, with the company tagged a person (as the tagger does in a longer story).
_PERSON = """
Kestrel PROPN NNP compound 1 B-PERSON Kestrel
Mining PROPN NNP nsubj 3 I-PERSON Mining
will AUX MD aux 3 O will
close VERB VB ccomp 13 O close
its PRON PRP$ poss 5 O its
shaft NOUN NN dobj 3 O shaft
at ADP IN prep 3 O at
Ridgeway PROPN NNP pobj 6 B-GPE Ridgeway _
, PUNCT , punct 7 O ,
chief ADJ JJ amod 10 O chief
executive NOUN NN compound 12 O executive
Anna PROPN NNP compound 12 B-PERSON Anna
Bell PROPN NNP nsubj 13 I-PERSON Bell
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O .
" PUNCT `` punct 22 O " _
It PRON PRP nsubj 17 O it
is AUX VBZ ccomp 22 O be
sad ADJ JJ acomp 17 O sad _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Bell PROPN NNP nsubj 22 B-ORG Bell
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_mining_company_left_untagged_is_the_chief_executives_body() -> None:
    assert who(_UNTAGGED) == [("Anna Bell", "chief executive", "Kestrel Mining")]


def test_a_mining_company_tagged_a_person_is_the_chief_executives_body() -> None:
    assert who(_PERSON) == [("Anna Bell", "chief executive", "Kestrel Mining")]
