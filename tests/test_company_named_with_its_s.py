"""A body whose tagged name, with its `'s`, is elsewhere the subject of a verb (`Moody's said`)
owns nothing there: the mark is part of its name (`McDonald's`, `Sainsbury's`), so `Moody's
analyst Jane Rudd` is *analyst* / *Moody's*, not *Moody*; `Google's shares fell` keeps
`Google`. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Credit rating agency Moody's said the outlook was negative. "The risks are rising," Moody's
# analyst Jane Rudd said.
_MOODYS = """
Credit NOUN NN compound 1 O credit
rating NOUN NN compound 2 O rating
agency NOUN NN dep 5 O agency
Moody PROPN NNP nsubj 5 B-ORG Moody _
's PART POS case 3 I-ORG 's
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
outlook NOUN NN nsubj 8 O outlook
was AUX VBD ccomp 5 O be
negative ADJ JJ acomp 8 O negative _
. PUNCT . punct 5 O .
" PUNCT `` punct 23 O " _
The DET DT det 13 O the
risks NOUN NNS nsubj 15 O risk
are AUX VBP aux 15 O be
rising VERB VBG ccomp 23 O rise _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Moody PROPN NNP poss 20 B-ORG Moody _
's PART POS case 18 I-ORG 's
analyst NOUN NN compound 22 O analyst
Jane PROPN NNP compound 22 B-PERSON Jane
Rudd PROPN NNP nsubj 23 I-PERSON Rudd
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# Google's shares fell on Tuesday. / "The risks are rising," Google's chief economist Jane Rudd
# said.
_GOOGLES = """
Google PROPN NNP poss 2 B-ORG Google _
's PART POS case 0 O 's
shares NOUN NNS nsubj 3 O share
fell VERB VBD ROOT 3 O fall
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
" PUNCT `` punct 21 O " _
The DET DT det 10 O the
risks NOUN NNS nsubj 12 O risk
are AUX VBP aux 12 O be
rising VERB VBG ccomp 21 O rise _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Google PROPN NNP poss 18 B-ORG Google _
's PART POS case 15 O 's
chief ADJ JJ amod 18 O chief
economist NOUN NN nsubj 21 O economist
Jane PROPN NNP compound 20 B-PERSON Jane
Rudd PROPN NNP appos 18 I-PERSON Rudd
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_companys_s_is_its_names_when_the_name_with_it_is_a_subject() -> None:
    assert who(_MOODYS) == [("Jane Rudd", "analyst", "Moody's")]


def test_an_owners_s_stays_off_the_name() -> None:
    assert who(_GOOGLES) == [("Jane Rudd", "chief economist", "Google")]
