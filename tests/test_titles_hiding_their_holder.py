"""Who a title speaks for when the parse or the page hides its holder: an office with a hyphen
after `said the` (`the Director-General of the agency, Mr X`) with the name parsed as a second
subject; a bare title opening a live page's entry in sentence case after its time stamp
(`13:55 GMT – Tourism minister says …`); a portfolio listed with commas before a minister's
title (`Land, Infrastructure and Transport Minister X`), read whole, its first word parsed as the
subject. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


# “The water rose faster than anything we have seen,” said the Director-General of the agency,
# Mr Kofi Mensah Boakye. (The name hand-set as a second subject of `said`, as the parser reads
# it beside a body's short form.)
_DIRECTOR_GENERAL = """
“ PUNCT `` punct 12 O " _
The DET DT det 2 O the
water NOUN NN nsubj 3 O water
rose VERB VBD ccomp 12 O rise
faster ADV RBR advmod 3 O fast
than ADP IN prep 4 O than
anything PRON NN pobj 5 O anything
we PRON PRP nsubj 9 O we
have AUX VBP aux 9 O have
seen VERB VBN relcl 6 O see _
, PUNCT , punct 12 O , _
” PUNCT '' punct 12 O "
said VERB VBD ROOT 12 O say
the DET DT det 16 O the
Director PROPN NNP compound 16 O Director _
- PUNCT HYPH punct 16 O - _
General PROPN NNP nsubj 12 O General
of ADP IN prep 16 O of
the DET DT det 19 O the
agency NOUN NN pobj 17 O agency _
, PUNCT , punct 12 O ,
Mr PROPN NNP compound 24 O Mr
Kofi PROPN NNP compound 24 B-PERSON Kofi
Mensah PROPN NNP compound 24 I-PERSON Mensah
Boakye PROPN NNP nsubj 12 I-PERSON Boakye _
. PUNCT . punct 12 O . _"""

# Floods hit the valley on Sunday. Rescue teams worked through the night, officials said.
# 13:55 GMT – Tourism minister says the park will reopen ‘when it is safe’
# Tourism Minister Rania Haddad said the site would stay closed on Tuesday.
_LIVE_ENTRY = """
Floods NOUN NNS nsubj 1 O flood
hit VERB VBD ROOT 1 O hit
the DET DT det 3 O the
valley NOUN NN dobj 1 O valley
on ADP IN prep 1 O on
Sunday PROPN NNP pobj 4 B-DATE Sunday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Rescue NOUN NN compound 9 O rescue
teams NOUN NNS nsubj 10 O team
worked VERB VBD ccomp 16 O work
through ADP IN prep 10 O through
the DET DT det 13 B-TIME the
night NOUN NN pobj 11 I-TIME night _
, PUNCT , punct 16 O ,
officials NOUN NNS nsubj 16 O official
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
13:55 NUM CD nummod 20 O 13:55
GMT PROPN NNP nmod 23 B-ORG GMT
– PUNCT : punct 23 O –
Tourism PROPN NNP compound 23 O Tourism
minister NOUN NN nsubj 24 O minister
says VERB VBZ ROOT 24 O say
the DET DT det 26 O the
park NOUN NN nsubj 28 O park
will AUX MD aux 28 O will
reopen VERB VB ccomp 24 O reopen
‘ PUNCT `` punct 28 O ' _
when SCONJ WRB advmod 32 O when
it PRON PRP nsubj 32 O it
is AUX VBZ advcl 28 O be
safe ADJ JJ acomp 32 O safe _
’ PUNCT '' punct 32 O ' _
<paragraph> SPACE _SP dep 34 O <paragraph> _
Tourism PROPN NNP compound 37 O Tourism
Minister PROPN NNP compound 39 O Minister
Rania PROPN NNP compound 39 B-PERSON Rania
Haddad PROPN NNP nsubj 40 I-PERSON Haddad
said VERB VBD ROOT 40 O say
the DET DT det 42 O the
site NOUN NN nsubj 44 O site
would AUX MD aux 44 O would
stay VERB VB ccomp 40 O stay
closed ADJ JJ acomp 44 O closed
on ADP IN prep 45 O on
Tuesday PROPN NNP pobj 46 B-DATE Tuesday _
. PUNCT . punct 40 O . _"""

# Prices rose again in March. Land, Infrastructure and Transport Minister Kenji Arata called the
# bottleneck "the core of the problem".
_LISTED_PORTFOLIO = """
Prices NOUN NNS nsubj 1 O price
rose VERB VBD ROOT 1 O rise
again ADV RB advmod 1 O again
in ADP IN prep 1 O in
March PROPN NNP pobj 3 B-DATE March _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Land PROPN NNP nsubj 15 O Land _
, PUNCT , punct 7 O ,
Infrastructure PROPN NNP nmod 12 O Infrastructure
and CCONJ CC cc 9 O and
Transport PROPN NNP conj 9 O Transport
Minister PROPN NNP compound 14 O Minister
Kenji PROPN NNP compound 14 B-PERSON Kenji
Arata PROPN NNP nsubj 15 I-PERSON Arata
called VERB VBD ROOT 15 O call
the DET DT det 17 O the
bottleneck NOUN NN dobj 15 O bottleneck
" PUNCT `` punct 15 O " _
the DET DT det 20 O the
core NOUN NN oprd 15 O core
of ADP IN prep 20 O of
the DET DT det 23 O the
problem NOUN NN pobj 21 O problem _
" PUNCT '' punct 15 O " _
. PUNCT . punct 15 O . _"""


def test_a_hyphened_office_after_said_speaks_by_the_name_after_its_comma() -> None:
    assert who(_DIRECTOR_GENERAL) == [
        ("Kofi Mensah Boakye", "Director-General of the agency", "", "Kofi Mensah Boakye")
    ]


def test_a_title_opening_a_live_entry_after_its_time_is_the_storys_one_holder() -> None:
    assert [row[0] for row in who(_LIVE_ENTRY)] == ["Rania Haddad"]


def test_a_portfolio_listed_with_commas_is_one_title_and_its_holder_speaks() -> None:
    assert who(_LISTED_PORTFOLIO) == [
        ("Kenji Arata", "Land, Infrastructure and Transport Minister", "", "Kenji Arata")
    ]
