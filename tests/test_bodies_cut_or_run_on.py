"""Bodies' names the tagger cuts or runs on, as other countries' news shows them: the opening
words of a name tagged as a work of art (`Australian Securities and` + `Investments
Commission`), a company after its trade's `giant` tagged a person (`Supermarket giant Tavner`:
a Tavner spokesperson speaks for Tavner, not a Tavner campaign), a body run on into where it
plays (`Ospreys in Cardiff`), and a role cut inside its body's name at a comma. Frozen parses of
sentences written for this file (see tests/frozen.py), tags set by hand where noted to the cut
the tagger makes on real pages, through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "Buyers were misled," Australian Securities and Investments Commission chair Joe Longo said.
# (The first three words tagged a work of art by hand.)
_COMMISSION = """
" PUNCT `` punct 14 O " _
Buyers NOUN NNS nsubjpass 3 O buyer
were AUX VBD auxpass 3 O be
misled VERB VBN ccomp 14 O mislead _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Australian ADJ JJ amod 7 B-WORK_OF_ART australian
Securities PROPN NNPS nmod 11 I-WORK_OF_ART Securities
and CCONJ CC cc 7 I-WORK_OF_ART and
Investments PROPN NNPS conj 7 B-ORG Investments
Commission PROPN NNP compound 11 I-ORG Commission
chair NOUN NN nsubj 14 O chair
Joe PROPN NNP compound 13 B-PERSON Joe
Longo PROPN NNP nsubj 14 I-PERSON Longo
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""


# Supermarket giant Tavner issued a recall on Friday, as the shoppers campaign had asked. "We
# apologise to our customers," a Tavner spokesperson said. (`Tavner` tagged a person by hand.)
_GIANT = """
Supermarket NOUN NN compound 1 O supermarket
giant NOUN NN compound 2 O giant
Tavner PROPN NNP nsubj 3 B-PERSON Tavner
issued VERB VBD ROOT 3 O issue
a DET DT det 5 O a
recall NOUN NN dobj 3 O recall
on ADP IN prep 3 O on
Friday PROPN NNP pobj 6 B-DATE Friday _
, PUNCT , punct 3 O ,
as SCONJ IN mark 14 O as
the DET DT det 12 O the
shoppers NOUN NNS compound 12 O shopper
campaign NOUN NN nsubj 14 O campaign
had AUX VBD aux 14 O have
asked VERB VBN advcl 3 O ask _
. PUNCT . punct 3 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 18 O we
apologise VERB VBP ccomp 27 O apologise
to ADP IN prep 18 O to
our PRON PRP$ poss 21 O our
customers NOUN NNS pobj 19 O customer _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
a DET DT det 26 O a
Tavner PROPN NNP compound 26 B-PERSON Tavner
spokesperson NOUN NN nsubj 27 O spokesperson
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# Kestrels beat Ospreys in Cardiff thriller
#
# "We gave away two soft tries," Ospreys coach Tom Hale said. (`Ospreys in Cardiff` tagged one
# body by hand.)
_PLACE = """
Kestrels NOUN NNS nsubj 1 O kestrel
beat VERB VBD ROOT 1 O beat
Ospreys PROPN NNP dobj 1 B-ORG Ospreys
in ADP IN prep 1 I-ORG in
Cardiff PROPN NNP compound 5 I-ORG Cardiff
thriller NOUN NN pobj 3 O thriller _
<paragraph> SPACE _SP dep 5 O <paragraph> _
" PUNCT `` ROOT 7 O " _
We PRON PRP nsubj 9 O we
gave VERB VBD ccomp 20 O give
away ADV RB prt 9 O away
two NUM CD nummod 13 B-CARDINAL two
soft ADJ JJ amod 13 O soft
tries NOUN NNS dobj 9 O try _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Ospreys PROPN NNP compound 17 O Ospreys
coach NOUN NN compound 19 O coach
Tom PROPN NNP compound 19 B-PERSON Tom
Hale PROPN NNP nsubj 20 I-PERSON Hale
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


# A spokesperson for the Department for Fisheries, Food and Rural Affairs said: "Anglers must be
# held to account."
_DEPARTMENT = """
A DET DT det 1 O a
spokesperson NOUN NN nsubj 12 O spokesperson
for ADP IN prep 1 O for
the DET DT det 4 B-ORG the
Department PROPN NNP pobj 2 I-ORG Department
for ADP IN prep 4 I-ORG for
Fisheries PROPN NNPS pobj 5 I-ORG Fisheries _
, PUNCT , punct 6 I-ORG ,
Food PROPN NNP conj 6 I-ORG Food
and CCONJ CC cc 8 I-ORG and
Rural PROPN NNP compound 11 I-ORG Rural
Affairs PROPN NNPS conj 8 I-ORG Affairs
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
Anglers NOUN NNS nsubjpass 18 O angler
must AUX MD aux 18 O must
be AUX VB auxpass 18 O be
held VERB VBN ccomp 12 O hold
to ADP IN prep 18 O to
account NOUN NN pobj 19 O account _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
"""

# "It is a fair deal," said Rhian Cole, regional organiser for the Dock Workers’ Union.
_UNION = """
" PUNCT `` punct 8 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 8 O be
a DET DT det 5 O a
fair ADJ JJ amod 5 O fair
deal NOUN NN attr 2 O deal _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Rhian PROPN NNP compound 10 B-PERSON Rhian
Cole PROPN NNP nsubj 8 I-PERSON Cole _
, PUNCT , punct 10 O ,
regional ADJ JJ amod 13 O regional
organiser NOUN NN appos 10 O organiser
for ADP IN prep 13 O for
the DET DT det 19 B-ORG the
Dock PROPN NNP compound 17 I-ORG Dock
Workers PROPN NNPS nmod 19 I-ORG Workers _
’ PUNCT '' case 17 I-ORG '
Union PROPN NNP pobj 14 I-ORG Union _
. PUNCT . punct 8 O . _
"""




def test_a_name_opened_under_another_tag_is_made_whole() -> None:
    assert who_of(_COMMISSION) == [("Joe Longo", "chair", "Australian Securities and Investments Commission")]


def test_a_company_after_its_trades_giant_is_no_persons_campaign() -> None:
    assert who_of(_GIANT) == [("a Tavner spokesperson", "spokesperson", "Tavner")]


def test_a_body_run_on_into_where_it_plays_ends_before_in() -> None:
    assert who_of(_PLACE) == [("Tom Hale", "coach", "Ospreys")]


def test_a_role_cut_inside_its_bodys_name_runs_to_the_names_end() -> None:
    name = "Department for Fisheries, Food and Rural Affairs"
    assert who_of(_DEPARTMENT) == [("A spokesperson", f"spokesperson for the {name}", name)]


def test_a_role_cut_at_a_plurals_apostrophe_in_its_bodys_name_runs_to_the_names_end() -> None:
    name = "Dock Workers\u2019 Union"
    assert who_of(_UNION) == [("Rhian Cole", f"regional organiser for the {name}", name)]
