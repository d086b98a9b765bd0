"""What a headline and a brief say of who speaks. A headline that reports by a bare role (`…,
minister says`) over a lede that names the speaker by description (`the Minister for Ports has
said`) does not stand in the lede's way: the person named next is both (`Tomas Ridley`). A
government's brief after `Commissioner for` is the title's, not the name's (`Commissioner for
Information Gbenga Omotoso`), and `Isa`, a man's name across Muslim Africa and Asia, says no
gender. Frozen parses of texts written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Harbour levy to stay, minister says
#
# The harbour levy will stay for now, the Minister for Ports has said.
#
# Speaking in parliament, Tomas Ridley said: "I will not scrap it."
_HEADLINE = """
Harbour NOUN NN compound 1 B-NORP harbour
levy NOUN NN ccomp 6 O levy
to PART TO aux 3 O to
stay VERB VB advcl 1 O stay _
, PUNCT , punct 6 O ,
minister PROPN NNP nsubj 6 O minister
says VERB VBZ ROOT 6 O say _
<paragraph> SPACE _SP dep 6 O <paragraph> _
The DET DT det 10 O the
harbour NOUN NN compound 10 O harbour
levy NOUN NN nsubj 12 O levy
will AUX MD aux 12 O will
stay VERB VB ccomp 21 O stay
for ADP IN prep 12 O for
now ADV RB pcomp 13 O now _
, PUNCT , punct 21 O ,
the DET DT det 17 O the
Minister PROPN NNP nsubj 21 O Minister
for ADP IN prep 17 O for
Ports PROPN NNPS pobj 18 B-ORG Ports
has AUX VBZ aux 21 O have
said VERB VBN ROOT 21 O say _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
Speaking VERB VBG advcl 30 O speak
in ADP IN prep 24 O in
parliament NOUN NN pobj 25 O parliament _
, PUNCT , punct 30 O ,
Tomas PROPN NNP compound 29 B-PERSON Tomas
Ridley PROPN NNP nsubj 30 I-PERSON Ridley
said VERB VBD ROOT 30 O say _
: PUNCT : punct 30 O :
" PUNCT `` punct 30 O " _
I PRON PRP nsubj 36 O I
will AUX MD aux 36 O will
not PART RB neg 36 O not
scrap VERB VB ccomp 30 O scrap
it PRON PRP dobj 36 O it _
. PUNCT . punct 30 O . _
" PUNCT '' punct 30 O " _
"""

# The Lagos State Government said the demolitions were needed to protect the lagoon. Commissioner
# for Information Gbenga Omotoso said in a statement that residents had been "duly notified".
# Country director Isa Bello condemned the move. "This is unlawful," he said.
_BRIEF = """
The DET DT det 3 B-ORG the
Lagos PROPN NNP compound 3 I-ORG Lagos
State PROPN NNP compound 3 I-ORG State
Government PROPN NNP nsubj 4 I-ORG Government
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
demolitions NOUN NNS nsubjpass 8 O demolition
were AUX VBD auxpass 8 O be
needed VERB VBN ccomp 4 O need
to PART TO aux 10 O to
protect VERB VB advcl 8 O protect
the DET DT det 12 O the
lagoon NOUN NN dobj 10 O lagoon _
. PUNCT . punct 4 O .
Commissioner NOUN NN nmod 18 O commissioner
for ADP IN prep 14 O for
Information PROPN NNP compound 18 O Information
Gbenga PROPN NNP compound 18 O Gbenga
Omotoso PROPN NNP nsubj 19 O Omotoso
said VERB VBD ROOT 19 O say
in ADP IN prep 19 O in
a DET DT det 22 O a
statement NOUN NN pobj 20 O statement
that SCONJ IN mark 29 O that
residents NOUN NNS nsubjpass 29 O resident
had AUX VBD aux 29 O have
been AUX VBN auxpass 29 O be
" PUNCT `` punct 29 O " _
duly ADV RB advmod 29 O duly
notified VERB VBN ccomp 19 O notify _
" PUNCT '' punct 29 O " _
. PUNCT . punct 19 O .
Country NOUN NN compound 33 O country
director NOUN NN compound 35 O director
Isa PROPN NNP compound 35 B-PERSON Isa
Bello PROPN NNP nsubj 36 I-PERSON Bello
condemned VERB VBD ROOT 36 O condemn
the DET DT det 38 O the
move NOUN NN dobj 36 O move _
. PUNCT . punct 36 O .
" PUNCT `` punct 47 O " _
This PRON DT nsubj 42 O this
is AUX VBZ ccomp 47 O be
unlawful ADJ JJ acomp 42 O unlawful _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
he PRON PRP nsubj 47 O he
said VERB VBD ROOT 47 O say _
. PUNCT . punct 47 O . _
"""



def _who(spec: str, indirect: bool = False) -> list[tuple[str, str, str]]:
    rows = Extractor(indirect=indirect).rows(frozen(spec))
    return [(r.speaker, r.role, r.mention) for r in rows]


def test_a_headlines_bare_role_leaves_the_lede_to_the_person_named_next() -> None:
    minister = ("Tomas Ridley", "Minister for Ports")
    assert _who(_HEADLINE, indirect=True) == [
        (*minister, "minister"),
        (*minister, "the Minister for Ports"),
        (*minister, "Tomas Ridley"),
    ]


def test_a_brief_after_commissioner_for_is_the_titles_and_isa_says_no_gender() -> None:
    assert [(name, role) for name, role, _ in _who(_BRIEF)] == [
        ("Gbenga Omotoso", "Commissioner for Information"),
        ("Isa Bello", "Country director"),
    ]
