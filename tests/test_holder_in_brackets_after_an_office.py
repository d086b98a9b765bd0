"""An office named first and its holder's name in brackets right after it (local and archive
copy, issue 10), from frozen parses of sentences written for this file: `opened by the Mayor of
Lenton (Alderman J. R. Hughes). The Mayor said` is the mayor speaking, J. R. Hughes, *Mayor of
Lenton*; `the coroner (Mr. H. Rees Davies) said` gives *coroner*. An office of a town in apposition
is no honour of a country (`Senior Advocate of Nigeria`), so it is not ranked below the title
before the name (`Councillor Tom Reed, the Mayor of Lenton,`: *Mayor of Lenton*)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The new hall was opened by the Mayor of Lenton (Alderman J. R. Hughes). The Mayor said: "It is a
# proud day." He added: "We thank the builders."
_MAYOR = """
The DET DT det 2 O the
new ADJ JJ amod 2 O new
hall NOUN NN nsubjpass 4 O hall
was AUX VBD auxpass 4 O be
opened VERB VBN ROOT 4 O open
by ADP IN agent 4 O by
the DET DT det 7 O the
Mayor PROPN NNP pobj 5 O Mayor
of ADP IN prep 7 O of
Lenton PROPN NNP pobj 8 B-PERSON Lenton
( PUNCT -LRB- punct 7 O ( _
Alderman PROPN NNP compound 14 O Alderman
J. PROPN NNP compound 14 B-PERSON J.
R. PROPN NNP compound 14 I-PERSON R.
Hughes PROPN NNP appos 7 I-PERSON Hughes _
) PUNCT -RRB- punct 7 O ) _
. PUNCT . punct 4 O .
The DET DT det 18 O the
Mayor PROPN NNP nsubj 19 O Mayor
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
It PRON PRP nsubj 23 O it
is AUX VBZ ccomp 19 O be
a DET DT det 26 O a
proud ADJ JJ amod 26 O proud
day NOUN NN attr 23 O day _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O "
He PRON PRP nsubj 30 O he
added VERB VBD ROOT 30 O add _
: PUNCT : punct 30 O :
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 34 O we
thank VERB VBP ccomp 30 O thank
the DET DT det 36 O the
builders NOUN NNS dobj 34 O builder _
. PUNCT . punct 30 O . _
" PUNCT '' punct 30 O " _
"""
# Speaking after the inquest, the coroner (Mr. H. Rees Davies) said: "It is a tragic case."
_CORONER = """
Speaking VERB VBG advcl 13 O speak
after ADP IN prep 0 O after
the DET DT det 3 O the
inquest NOUN NN pobj 1 O inquest _
, PUNCT , punct 13 O ,
the DET DT det 6 O the
coroner NOUN NN nsubj 13 O coroner
( PUNCT -LRB- punct 11 O ( _
Mr. PROPN NNP compound 11 O Mr.
H. PROPN NNP compound 11 B-PERSON H.
Rees PROPN NNPS compound 11 I-PERSON Rees
Davies PROPN NNPS appos 6 I-PERSON Davies _
) PUNCT -RRB- punct 11 O )
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
It PRON PRP nsubj 17 O it
is AUX VBZ ccomp 13 O be
a DET DT det 20 O a
tragic ADJ JJ amod 20 O tragic
case NOUN NN attr 17 O case _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""
# Defence counsel Ada Okafor, a Senior Advocate of Nigeria (SAN), told the court: "My client is
# innocent." Councillor Tom Reed, the Mayor of Lenton, said: "We will rebuild."
_RANK = """
Defence NOUN NN compound 1 O defence
counsel NOUN NN compound 3 O counsel
Ada PROPN NNP compound 3 B-PERSON Ada
Okafor PROPN NNP nsubj 14 I-PERSON Okafor _
, PUNCT , punct 3 O ,
a DET DT det 7 O a
Senior PROPN NNP compound 7 O Senior
Advocate PROPN NNP appos 3 O Advocate
of ADP IN prep 7 O of
Nigeria PROPN NNP pobj 8 O Nigeria
( PUNCT -LRB- punct 7 O ( _
SAN PROPN NNP appos 7 O SAN _
) PUNCT -RRB- punct 7 O ) _
, PUNCT , punct 3 O ,
told VERB VBD ROOT 14 O tell
the DET DT det 16 O the
court NOUN NN dobj 14 O court _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
My PRON PRP$ poss 20 O my
client NOUN NN nsubj 21 O client
is AUX VBZ ccomp 14 O be
innocent ADJ JJ acomp 21 O innocent _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O "
Councillor PROPN NNP compound 27 B-PERSON Councillor
Tom PROPN NNP compound 27 I-PERSON Tom
Reed PROPN NNP nsubj 34 I-PERSON Reed _
, PUNCT , punct 27 O ,
the DET DT det 30 O the
Mayor PROPN NNP appos 27 O Mayor
of ADP IN prep 30 O of
Lenton PROPN NNP pobj 31 B-GPE Lenton _
, PUNCT , punct 27 O ,
said VERB VBD ROOT 34 O say _
: PUNCT : punct 34 O :
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 39 O we
will AUX MD aux 39 O will
rebuild VERB VB ccomp 34 O rebuild _
. PUNCT . punct 34 O . _
" PUNCT '' punct 34 O " _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_the_name_in_brackets_after_an_office_is_its_holder() -> None:
    assert who(_MAYOR) == [("J. R. Hughes", "Mayor of Lenton")] * 2


def test_an_office_in_small_letters_before_the_brackets() -> None:
    assert who(_CORONER) == [("H. Rees Davies", "coroner")]


def test_an_office_of_a_town_is_no_honour_of_a_country() -> None:
    assert who(_RANK) == [("Ada Okafor", "Defence counsel"), ("Tom Reed", "Mayor of Lenton")]
