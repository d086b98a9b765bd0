"""A document written `for` one body `by` another is the writer's (ROLES.md 3: the issuing body), and
an untagged name that `the` and a body's noun in small letters put before it names that body (`a
report for Greenpeace … by the environmental nonprofit T3G`: *T3G*, not *Greenpeace*). Frozen
parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# # Commuters are angry. “Fares will double by 2030,” noted a report for Greenpeace on Norway’s rail
# policies by the environmental nonprofit T3G. It “hurts the poorest.”
_A_REPORT_FOR_ONE_BY_ANOTHER = """
Commuters NOUN NNS nsubj 1 B-ORG commuter
are AUX VBP ROOT 1 O be
angry ADJ JJ acomp 1 O angry _
. PUNCT . punct 1 O .
“ PUNCT `` punct 7 O " _
Fares NOUN NNS nsubj 7 O fare
will AUX MD aux 7 O will
double VERB VB ccomp 12 O double
by ADP IN prep 7 O by
2030 NUM CD pobj 8 B-DATE 2030 _
, PUNCT , punct 12 O , _
” PUNCT '' punct 12 O "
noted VERB VBD ROOT 12 O note
a DET DT det 14 O a
report NOUN NN nsubj 12 O report
for ADP IN prep 14 O for
Greenpeace PROPN NNP pobj 15 B-ORG Greenpeace
on ADP IN prep 16 O on
Norway PROPN NNP poss 21 B-GPE Norway _
’s PART POS case 18 O ’s
rail NOUN NN compound 21 O rail
policies NOUN NNS pobj 17 O policy
by ADP IN prep 14 O by
the DET DT det 26 O the
environmental ADJ JJ amod 26 O environmental
nonprofit ADJ JJ amod 26 O nonprofit
T3G. PROPN NNP pobj 22 O T3G.
It PRON PRP nsubj 29 O it
“ PUNCT `` punct 29 O " _
hurts VERB VBZ ccomp 12 O hurt
the DET DT det 31 O the
poorest ADJ JJS dobj 29 O poor _
. PUNCT . punct 12 O . _
” PUNCT '' punct 12 O " _
"""


def test_a_report_by_an_untagged_nonprofit_is_the_nonprofits() -> None:
    rows = Extractor().rows(frozen(_A_REPORT_FOR_ONE_BY_ANOTHER))
    assert [r.organization for r in rows] == ["T3G", "T3G"]


# # A report by the International Monetary Fund warned of slower growth last month. On Tuesday the
# Treasury report said “growth will recover next year.”
_THE_TREASURY_REPORT_AFTER_ANOTHER = """
A DET DT det 1 O a
report NOUN NN nsubj 7 O report
by ADP IN prep 1 O by
the DET DT det 6 B-ORG the
International PROPN NNP compound 6 I-ORG International
Monetary PROPN NNP compound 6 I-ORG Monetary
Fund PROPN NNP pobj 2 I-ORG Fund
warned VERB VBD ROOT 7 O warn
of ADP IN prep 7 O of
slower ADJ JJR amod 10 O slow
growth NOUN NN pobj 8 O growth
last ADJ JJ amod 12 B-DATE last
month NOUN NN npadvmod 7 I-DATE month _
. PUNCT . punct 7 O .
On ADP IN prep 19 O on
Tuesday PROPN NNP pobj 14 B-DATE Tuesday
the DET DT det 18 O the
Treasury PROPN NNP compound 18 B-ORG Treasury
report NOUN NN nsubj 19 O report
said VERB VBD ROOT 19 O say
“ PUNCT `` punct 23 O " _
growth NOUN NN nsubj 23 O growth
will AUX MD aux 23 O will
recover VERB VB ccomp 19 O recover
next ADJ JJ amod 25 B-DATE next
year NOUN NN npadvmod 23 I-DATE year _
. PUNCT . punct 19 O . _
” PUNCT '' punct 19 O " _
"""


def test_a_body_in_a_documents_words_outranks_an_earlier_one_of_its_noun() -> None:
    # (`the Treasury report` is no report of the IMF's because one came before it.)
    rows = Extractor().rows(frozen(_THE_TREASURY_REPORT_AFTER_ANOTHER))
    assert [(r.speaker, r.organization) for r in rows] == [("the Treasury report", "Treasury")]
