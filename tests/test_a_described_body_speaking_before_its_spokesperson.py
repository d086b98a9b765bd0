"""`The health ministry said … “…,” a spokeswoman said`: a public body the sentence before has
for its subject, described in small letters and named no other way, is the body an unnamed
spokesperson speaks for (the adjacent tie of ROLES.md 5), as `The Ministry of Health said` already
gave; a country's possessive stays in its words (*Uganda's health ministry*), and `the police`
is *police*, as `a police spokesman` speaks for. A business described so (`The mining company
said`) is none: any firm is one. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The health ministry said on Monday that forty people had died. "We are working to contain the
# outbreak," a spokeswoman said.
_MINISTRY = """
The DET DT det 2 O the
health NOUN NN compound 2 O health
ministry NOUN NN nsubj 3 O ministry
said VERB VBD ROOT 3 O say
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday
that SCONJ IN mark 10 O that
forty NUM CD nummod 8 B-CARDINAL forty
people NOUN NNS nsubj 10 O people
had AUX VBD aux 10 O have
died VERB VBN ccomp 3 O die _
. PUNCT . punct 3 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 15 O we
are AUX VBP aux 15 O be
working VERB VBG ccomp 24 O work
to PART TO aux 17 O to
contain VERB VB advcl 15 O contain
the DET DT det 19 O the
outbreak NOUN NN dobj 17 O outbreak _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
a DET DT det 23 O a
spokeswoman NOUN NN nsubj 24 O spokeswoman
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# Uganda's health ministry said on Monday that forty people had died. "We are working to contain
# the outbreak," a spokeswoman said.
_OWNED = """
Uganda PROPN NNP poss 3 B-GPE Uganda _
's PART POS case 0 O 's
health NOUN NN compound 3 B-ORG health
ministry NOUN NN nsubj 4 I-ORG ministry
said VERB VBD ROOT 4 O say
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday
that SCONJ IN mark 11 O that
forty NUM CD nummod 9 B-CARDINAL forty
people NOUN NNS nsubj 11 O people
had AUX VBD aux 11 O have
died VERB VBN ccomp 4 O die _
. PUNCT . punct 4 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 16 O we
are AUX VBP aux 16 O be
working VERB VBG ccomp 25 O work
to PART TO aux 18 O to
contain VERB VB advcl 16 O contain
the DET DT det 20 O the
outbreak NOUN NN dobj 18 O outbreak _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
a DET DT det 24 O a
spokeswoman NOUN NN nsubj 25 O spokeswoman
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# The police said two men had been arrested after the raid.  "Investigations are continuing," a
# spokesman said.
_POLICE = """
The DET DT det 1 O the
police NOUN NNS nsubj 2 O police
said VERB VBD ROOT 2 O say
two NUM CD nummod 4 B-CARDINAL two
men NOUN NNS nsubjpass 7 O man
had AUX VBD aux 7 O have
been AUX VBN auxpass 7 O be
arrested VERB VBN ccomp 2 O arrest
after ADP IN prep 7 O after
the DET DT det 10 O the
raid NOUN NN pobj 8 O raid _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
" PUNCT `` punct 21 O " _
Investigations NOUN NNS nsubj 16 O investigation
are AUX VBP aux 16 O be
continuing VERB VBG ccomp 21 O continue _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
a DET DT det 20 O a
spokesman NOUN NN nsubj 21 O spokesman
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# The mining company said output fell in March. "We expect a better quarter," a spokeswoman
# said.
_BUSINESS = """
The DET DT det 2 O the
mining NOUN NN compound 2 O mining
company NOUN NN nsubj 3 O company
said VERB VBD ROOT 3 O say
output NOUN NN nsubj 5 O output
fell VERB VBD ccomp 3 O fall
in ADP IN prep 5 O in
March PROPN NNP pobj 6 B-DATE March _
. PUNCT . punct 3 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 11 O we
expect VERB VBP ccomp 19 O expect
a DET DT det 14 B-DATE a
better ADJ JJR amod 14 I-DATE well
quarter NOUN NN dobj 11 I-DATE quarter _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
a DET DT det 18 O a
spokeswoman NOUN NN nsubj 19 O spokeswoman
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_ministry_in_small_letters_speaking_before_is_the_spokeswomans() -> None:
    assert _rows(_MINISTRY) == [("a spokeswoman", "spokeswoman", "health ministry")]


def test_a_countrys_possessive_stays_in_the_described_body() -> None:
    assert _rows(_OWNED) == [("a spokeswoman", "spokeswoman", "Uganda's health ministry")]


def test_the_police_speaking_a_paragraph_before_are_the_spokesmans() -> None:
    assert _rows(_POLICE) == [("a spokesman", "spokesman", "police")]


def test_a_business_described_so_is_no_body_of_the_spokeswoman() -> None:
    assert _rows(_BUSINESS) == [("a spokeswoman", "spokeswoman", "")]
