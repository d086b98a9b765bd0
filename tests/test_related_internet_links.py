"""BBC's `Related internet links` heads a list of links, as `Related links` does: the line under
it is a link, not story, and its quote gives no row (`'We were never told,' say Cardiff
passengers` under it gave a row for *Cardiff passengers*). Frozen parse of a story written for
this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Bus drivers walked out in Cardiff on Monday in a row over pay. / "We can't pay our bills," said
# driver Gareth Price. / Related internet links / 'We were never told,' say Cardiff passengers
_LINKS = """
Bus NOUN NN compound 1 O bus
drivers NOUN NNS nsubj 2 O driver
walked VERB VBD ROOT 2 O walk
out ADV RB advmod 2 O out
in ADP IN prep 2 O in
Cardiff PROPN NNP pobj 4 O Cardiff
on ADP IN prep 2 O on
Monday PROPN NNP pobj 6 B-DATE Monday
in ADP IN prep 2 O in
a DET DT det 10 O a
row NOUN NN pobj 8 O row
over ADP IN prep 10 O over
pay NOUN NN pobj 11 O pay _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 19 O we
ca AUX MD aux 19 O can _
n't PART RB neg 19 O not
pay VERB VB ccomp 24 O pay
our PRON PRP$ poss 21 O our
bills NOUN NNS dobj 19 O bill _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
said VERB VBD ROOT 24 O say
driver NOUN NN compound 27 O driver
Gareth PROPN NNP compound 27 B-PERSON Gareth
Price PROPN NNP nsubj 24 I-PERSON Price _
. PUNCT . punct 24 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
Related VERB VBN amod 32 O relate
internet NOUN NN compound 32 O internet
links NOUN NNS ROOT 32 O link _
<paragraph> SPACE _SP dep 32 O <paragraph> _
' PUNCT `` punct 38 O ' _
We PRON PRP nsubjpass 38 O we
were AUX VBD auxpass 38 O be
never ADV RB neg 38 O never
told VERB VBN ccomp 41 O tell _
, PUNCT , punct 41 O , _
' PUNCT '' punct 41 O '
say VERB VBP ROOT 41 O say
Cardiff PROPN NNP compound 43 O Cardiff
passengers NOUN NNS nsubj 41 O passenger _
"""


def test_a_link_under_related_internet_links_gives_no_row() -> None:
    rows = Extractor().rows(frozen(_LINKS))
    assert [r.speaker for r in rows] == ["Gareth Price"]
    assert line_kind("Related internet links") == "listhead"
