"""A document's issuing body (ROLES.md 3) stated where the article first names it: an ad that
a passive verb of issuing in its relative clause ties to an agent (`an ad that mocks X and is
funded by Y's PAC, Z` … `the Y ad says`: the body named beside the owner's PAC), and a report
named by the work it reports on (`a special audit by X` … `the audit report described`). Frozen
parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Voters in Lenton have seen an ad that mocks Ana Cole as a puppet of developers and is funded by
# businessman Tom Reed’s super PAC, Harbour Growth Network. /  / The Reed ad calls Cole “the
# developers’ favourite” and says that “Harbour City deserves better.”
_AD_FUNDED_BY_A_PAC = """
Voters NOUN NNS nsubj 4 O voter
in ADP IN prep 0 O in
Lenton PROPN NNP pobj 1 B-GPE Lenton
have AUX VBP aux 4 O have
seen VERB VBN ROOT 4 O see
an DET DT det 6 O an
ad NOUN NN dobj 4 O ad
that PRON WDT nsubj 8 O that
mocks VERB VBZ relcl 6 O mock
Ana PROPN NNP compound 10 O Ana
Cole PROPN NNP dobj 8 B-PRODUCT Cole
as ADP IN prep 8 O as
a DET DT det 13 O a
puppet NOUN NN pobj 11 O puppet
of ADP IN prep 13 O of
developers NOUN NNS pobj 14 O developer
and CCONJ CC cc 8 O and
is AUX VBZ auxpass 18 O be
funded VERB VBN conj 8 O fund
by ADP IN agent 18 O by
businessman NOUN NN compound 22 O businessman
Tom PROPN NNP compound 22 B-PERSON Tom
Reed PROPN NNP poss 25 I-PERSON Reed _
’s PART POS case 22 O ’s
super ADJ JJ amod 25 O super
PAC PROPN NNP pobj 19 B-ORG PAC _
, PUNCT , punct 25 O ,
Harbour PROPN NNP compound 29 B-ORG Harbour
Growth PROPN NNP compound 29 I-ORG Growth
Network PROPN NNP appos 25 I-ORG Network _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 30 O <paragraph> _
The DET DT det 34 O the
Reed PROPN NNP compound 34 O Reed
ad NOUN NN nsubj 35 O ad
calls VERB VBZ ROOT 35 O call
Cole PROPN NNP dobj 35 B-PRODUCT Cole
“ PUNCT `` punct 36 O " _
the DET DT det 39 O the
developers NOUN NNS poss 41 O developer _
’ PUNCT '' case 39 O '
favourite ADJ JJ appos 36 O favourite _
” PUNCT '' punct 35 O "
and CCONJ CC cc 35 O and
says VERB VBZ conj 35 O say
that SCONJ IN mark 49 O that
“ PUNCT `` punct 49 O " _
Harbour PROPN NNP compound 48 B-GPE Harbour
City PROPN NNP nsubj 49 I-GPE City
deserves VERB VBZ ccomp 44 O deserve
better ADV RBR advmod 49 O well _
. PUNCT . punct 35 O . _
” PUNCT '' punct 35 O " _
"""

# The charges follow a special audit by the Office of the County Auditor which found that two
# bridges had never been built. The audit report described the payments as “without any trace of
# works done”.
_AN_AUDIT_BY_AN_OFFICE = """
The DET DT det 1 O the
charges NOUN NNS nsubj 2 O charge
follow VERB VBP ROOT 2 O follow
a DET DT det 5 O a
special ADJ JJ amod 5 O special
audit NOUN NN dobj 2 O audit
by ADP IN prep 5 O by
the DET DT det 8 B-ORG the
Office PROPN NNP pobj 6 I-ORG Office
of ADP IN prep 8 I-ORG of
the DET DT det 12 I-ORG the
County PROPN NNP compound 12 I-ORG County
Auditor PROPN NNP pobj 9 I-ORG Auditor
which PRON WDT nsubj 14 O which
found VERB VBD relcl 5 O find
that SCONJ IN mark 21 O that
two NUM CD nummod 17 B-CARDINAL two
bridges NOUN NNS nsubjpass 21 O bridge
had AUX VBD aux 21 O have
never ADV RB neg 21 O never
been AUX VBN auxpass 21 O be
built VERB VBN ccomp 14 O build _
. PUNCT . punct 2 O .
The DET DT det 25 O the
audit NOUN NN compound 25 O audit
report NOUN NN nsubj 26 O report
described VERB VBD ROOT 26 O describe
the DET DT det 28 O the
payments NOUN NNS dobj 26 O payment
as SCONJ IN mark 36 O as
“ PUNCT `` punct 29 O " _
without ADP IN prep 29 O without
any DET DT det 33 O any
trace NOUN NN pobj 31 O trace
of ADP IN prep 33 O of
works NOUN NNS pobj 34 O work
done VERB VBN advcl 26 O do _
” PUNCT '' punct 26 O " _
. PUNCT . punct 26 O . _
"""


def test_an_ad_funded_in_its_relative_clause_is_its_funders() -> None:
    rows = Extractor().rows(frozen(_AD_FUNDED_BY_A_PAC))
    assert [(r.speaker, r.organization) for r in rows] == [("The Reed ad", "Harbour Growth Network")] * 2


def test_a_name_misread_as_a_conjunct_is_still_set_beside() -> None:
    # The parser reads `X's PAC, American Crossings` as two conjuncts in some sentences: with no
    # `and` or `or` in the list, the second is the first's name all the same.
    spec = _AD_FUNDED_BY_A_PAC.replace("Network PROPN NNP appos", "Network PROPN NNP conj")
    rows = Extractor().rows(frozen(spec))
    assert [(r.speaker, r.organization) for r in rows] == [("The Reed ad", "Harbour Growth Network")] * 2


def test_the_report_of_an_audit_is_the_auditors() -> None:
    rows = Extractor().rows(frozen(_AN_AUDIT_BY_AN_OFFICE))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("The audit report", "Office of the County Auditor")
    ]
