"""`"…," Chairman Professor Tim Owen said. "…," Chief Executive Dame Ann Owen said.`: a member's job
with no body of its own takes the one untagged name in capitals that qualifies the subject of the
sentence before (`The next Arctic Foxes album …`, descriptors._untagged_name_owning_a_subject). The
titles before the first speaker's name (`Chairman Professor`, `Health Minister`), compounds of her
name to the parser, were read as that name, so the second speaker's organisation was *Chairman
Professor*. Words in capitals ending on a title or a role's noun are the person's titles, no body.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The yearly meeting of the Dock Board was held yesterday.  "The accounts are in good order,"
# Chairman Professor Tim Owen said. "We have paid off the last of the loans," Chief Executive Dame
# Ann Owen said.
_TWO_TITLES = """
The DET DT det 2 O the
yearly ADJ JJ amod 2 O yearly
meeting NOUN NN nsubjpass 8 O meeting
of ADP IN prep 2 O of
the DET DT det 6 B-ORG the
Dock PROPN NNP compound 6 I-ORG Dock
Board PROPN NNP pobj 3 I-ORG Board
was AUX VBD auxpass 8 O be
held VERB VBN ROOT 8 O hold
yesterday NOUN NN npadvmod 8 B-DATE yesterday _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 25 O " _
The DET DT det 14 O the
accounts NOUN NNS nsubj 15 O account
are AUX VBP ccomp 25 O be
in ADP IN prep 15 O in
good ADJ JJ amod 18 O good
order NOUN NN pobj 16 O order _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Chairman PROPN NNP compound 22 O Chairman
Professor PROPN NNP compound 24 O Professor
Tim PROPN NNP compound 24 B-PERSON Tim
Owen PROPN NNP nsubj 25 I-PERSON Owen
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 30 O we
have AUX VBP aux 30 O have
paid VERB VBN ccomp 44 O pay
off ADP RP prt 30 O off
the DET DT det 33 O the
last ADJ JJ dobj 30 O last
of ADP IN prep 33 O of
the DET DT det 36 O the
loans NOUN NNS pobj 34 O loan _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
Chief PROPN NNP compound 43 O Chief
Executive PROPN NNP compound 43 O Executive
Dame PROPN NNP compound 43 O Dame
Ann PROPN NNP compound 43 B-PERSON Ann
Owen PROPN NNP nsubj 44 I-PERSON Owen
said VERB VBD ROOT 44 O say _
. PUNCT . punct 44 O . _
"""


# "The budget is tight," Health Minister Ana Ruiz said. "The wards will stay open," Chief
# Executive Sir Alan Moore said.
_MINISTER = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
budget NOUN NN nsubj 3 O budget
is AUX VBZ ccomp 11 O be
tight ADJ JJ acomp 3 O tight _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
Health PROPN NNP compound 8 O Health
Minister PROPN NNP compound 10 O Minister
Ana PROPN NNP compound 10 B-PERSON Ana
Ruiz PROPN NNP nsubj 11 I-PERSON Ruiz
said VERB VBD ROOT 11 O say _
. PUNCT . punct 11 O .
" PUNCT `` punct 26 O " _
The DET DT det 15 O the
wards NOUN NNS nsubj 17 O ward
will AUX MD aux 17 O will
stay VERB VB ccomp 26 O stay
open ADJ JJ acomp 17 O open _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Chief PROPN NNP compound 22 O Chief
Executive PROPN NNP compound 25 O Executive
Sir PROPN NNP compound 25 O Sir
Alan PROPN NNP compound 25 B-PERSON Alan
Moore PROPN NNP nsubj 26 I-PERSON Moore
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_chairmans_two_titles_are_no_body_of_the_next_speaker() -> None:
    assert _rows(_TWO_TITLES)[1] == ("Ann Owen", "Chief Executive", "")


def test_a_ministers_title_is_no_body_of_the_next_speaker() -> None:
    assert _rows(_MINISTER)[1] == ("Alan Moore", "Chief Executive", "")
