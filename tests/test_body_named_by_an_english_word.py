"""An English word in capitals before a job and a named holder is the body they work for when
the article elsewhere makes it, alone and with no article, the subject of a verb of saying
(`Unite said …`, then `Unite regional officer Mark Dunlop`: *regional officer* / *Unite*), a
common noun needing one; a body's noun so used is none (`Police said …`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Halden Foods will close its Leeds plant, the company said on Tuesday. / Unite said it would
# ballot members on strike action. / Unite regional officer Mark Dunlop said: "This is a betrayal
# of loyal workers." (The second `Unite` read as an adjective.)
_SAID = """
Halden PROPN NNP compound 1 B-ORG Halden
Foods PROPN NNPS nsubj 3 I-ORG Foods
will AUX MD aux 3 O will
close VERB VB ccomp 10 O close
its PRON PRP$ poss 6 O its
Leeds PROPN NNPS compound 6 B-PRODUCT Leeds
plant NOUN NN dobj 3 O plant _
, PUNCT , punct 10 O ,
the DET DT det 9 O the
company NOUN NN nsubj 10 O company
said VERB VBD ROOT 10 O say
on ADP IN prep 10 O on
Tuesday PROPN NNP pobj 11 B-DATE Tuesday _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
Unite PROPN NNP nsubj 16 O Unite
said VERB VBD ROOT 16 O say
it PRON PRP nsubj 19 O it
would AUX MD aux 19 O would
ballot VERB VB ccomp 16 O ballot
members NOUN NNS dobj 19 O member
on ADP IN prep 20 O on
strike NOUN NN compound 23 O strike
action NOUN NN pobj 21 O action _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
Unite ADJ JJ amod 28 O unite
regional ADJ JJ amod 28 O regional
officer NOUN NN compound 30 O officer
Mark PROPN NNP compound 30 B-PERSON Mark
Dunlop PROPN NNP nsubj 31 I-PERSON Dunlop
said VERB VBD ROOT 31 O say _
: PUNCT : punct 31 O :
" PUNCT `` punct 31 O " _
This PRON DT nsubj 35 O this
is AUX VBZ ccomp 31 O be
a DET DT det 37 O a
betrayal NOUN NN attr 35 O betrayal
of ADP IN prep 37 O of
loyal ADJ JJ amod 40 O loyal
workers NOUN NNS pobj 38 O worker _
. PUNCT . punct 31 O . _
" PUNCT '' punct 31 O " _
"""

# The same, `Police said two men had been arrested.`, then `Police regional officer Mark Dunlop`.
_POLICE = """
Halden PROPN NNP compound 1 B-ORG Halden
Foods PROPN NNPS nsubj 3 I-ORG Foods
will AUX MD aux 3 O will
close VERB VB ccomp 10 O close
its PRON PRP$ poss 6 O its
Leeds PROPN NNPS compound 6 B-PRODUCT Leeds
plant NOUN NN dobj 3 O plant _
, PUNCT , punct 10 O ,
the DET DT det 9 O the
company NOUN NN nsubj 10 O company
said VERB VBD ROOT 10 O say
on ADP IN prep 10 O on
Tuesday PROPN NNP pobj 11 B-DATE Tuesday _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
Police NOUN NNS nsubj 16 O Police
said VERB VBD ROOT 16 O say
two NUM CD nummod 18 B-CARDINAL two
men NOUN NNS nsubjpass 21 O man
had AUX VBD aux 21 O have
been AUX VBN auxpass 21 O be
arrested VERB VBN ccomp 16 O arrest _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
Police NOUN NNS nmod 26 O Police
regional ADJ JJ amod 26 O regional
officer NOUN NN compound 28 O officer
Mark PROPN NNP compound 28 B-PERSON Mark
Dunlop PROPN NNP nsubj 29 I-PERSON Dunlop
said VERB VBD ROOT 29 O say _
: PUNCT : punct 29 O :
" PUNCT `` punct 29 O " _
This PRON DT nsubj 33 O this
is AUX VBZ ccomp 29 O be
a DET DT det 35 O a
betrayal NOUN NN attr 33 O betrayal
of ADP IN prep 35 O of
loyal ADJ JJ amod 38 O loyal
workers NOUN NNS pobj 36 O worker _
. PUNCT . punct 29 O . _
" PUNCT '' punct 29 O " _
"""


def test_word_that_speaks_alone_is_a_body_before_a_job() -> None:
    assert who(_SAID) == [("Mark Dunlop", "regional officer", "Unite")]


def test_body_noun_that_speaks_alone_names_none() -> None:
    assert who(_POLICE) == [("Mark Dunlop", "Police regional officer", "")]
