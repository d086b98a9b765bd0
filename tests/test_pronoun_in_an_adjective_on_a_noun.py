"""`Hunt ran through a list of causes important to him`: an object pronoun inside an adjective
set on a noun (`important to him`) stands in a clause of its own, so it is not barred from the
verb's subject as `Hunt praised him` is; the subject of its sentence is who it means, not the
person who put a question to them in the sentence before. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Last week, during an interview on BBC radio, Jeremy Hunt was asked by presenter Nick Robinson
# whether his aim was the same as Margaret Thatcher's.  Hunt ran through a list of causes
# important to him, including lower taxes, cheaper energy and rebuilding the country's "crumbling
# railways."
_IMPORTANT_TO_HIM = """
Last ADJ JJ amod 1 B-DATE last
week NOUN NN npadvmod 13 I-DATE week _
, PUNCT , punct 13 O ,
during ADP IN prep 13 O during
an DET DT det 5 O an
interview NOUN NN pobj 3 O interview
on ADP IN prep 5 O on
BBC PROPN NNP compound 8 B-ORG BBC
radio NOUN NN pobj 6 O radio _
, PUNCT , punct 13 O ,
Jeremy PROPN NNP compound 11 B-PERSON Jeremy
Hunt PROPN NNP nsubjpass 13 I-PERSON Hunt
was AUX VBD auxpass 13 O be
asked VERB VBN ROOT 13 O ask
by ADP IN agent 13 O by
presenter NOUN NN compound 17 O presenter
Nick PROPN NNP compound 17 B-PERSON Nick
Robinson PROPN NNP pobj 14 I-PERSON Robinson
whether SCONJ IN mark 21 O whether
his PRON PRP$ poss 20 O his
aim NOUN NN nsubj 21 O aim
was AUX VBD ccomp 13 O be
the DET DT det 23 O the
same ADJ JJ attr 21 O same
as ADP IN prep 23 O as
Margaret PROPN NNP compound 26 B-PERSON Margaret
Thatcher PROPN NNP pobj 24 I-PERSON Thatcher _
's PART POS case 26 I-PERSON 's _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
Hunt PROPN NNP nsubj 31 B-PERSON Hunt
ran VERB VBD ROOT 31 O run
through ADP IN prep 31 O through
a DET DT det 34 O a
list NOUN NN pobj 32 O list
of ADP IN prep 34 O of
causes NOUN NNS pobj 35 O cause
important ADJ JJ amod 36 O important
to ADP IN prep 37 O to
him PRON PRP pobj 38 O he _
, PUNCT , punct 36 O ,
including VERB VBG prep 36 O include
lower ADJ JJR amod 43 O low
taxes NOUN NNS pobj 41 O taxis _
, PUNCT , punct 43 O ,
cheaper ADJ JJR amod 46 O cheap
energy NOUN NN conj 43 O energy
and CCONJ CC cc 46 O and
rebuilding VERB VBG conj 46 O rebuild
the DET DT det 50 O the
country NOUN NN poss 54 O country _
's PART POS case 50 O 's
" PUNCT `` punct 54 O " _
crumbling VERB VBG amod 54 O crumble
railways NOUN NNS dobj 48 O railway _
. PUNCT . punct 31 O . _
" PUNCT '' punct 31 O " _
"""


# On Sunday, Senator Grace Poe was pressed by host Karen Davila on whether she would back the
# bill.  Poe listed three issues important to her, among them cleaner air, safer schools and
# ending the "endless traffic."
_IMPORTANT_TO_HER = """
On ADP IN prep 7 O on
Sunday PROPN NNP pobj 0 B-DATE Sunday _
, PUNCT , punct 7 O ,
Senator PROPN NNP compound 5 O Senator
Grace PROPN NNP compound 5 B-PERSON Grace
Poe PROPN NNP nsubjpass 7 I-PERSON Poe
was AUX VBD auxpass 7 O be
pressed VERB VBN ROOT 7 O press
by ADP IN agent 7 O by
host NOUN NN compound 11 O host
Karen PROPN NNP compound 11 B-PERSON Karen
Davila PROPN NNP pobj 8 I-PERSON Davila
on ADP IN prep 7 O on
whether SCONJ IN mark 16 O whether
she PRON PRP nsubj 16 O she
would AUX MD aux 16 O would
back VERB VB pcomp 12 O back
the DET DT det 18 O the
bill NOUN NN dobj 16 O bill _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
Poe PROPN NNP nsubj 22 B-PERSON Poe
listed VERB VBD ROOT 22 O list
three NUM CD nummod 24 B-CARDINAL three
issues NOUN NNS dobj 22 O issue
important ADJ JJ amod 24 O important
to ADP IN prep 25 O to
her PRON PRP pobj 26 O she _
, PUNCT , punct 22 O ,
among ADP IN prep 32 O among
them PRON PRP pobj 29 O they
cleaner ADJ JJR amod 32 O clean
air NOUN NN advcl 22 O air _
, PUNCT , punct 32 O ,
safer ADJ JJR amod 35 O safe
schools NOUN NNS conj 32 O school
and CCONJ CC cc 35 O and
ending VERB VBG conj 35 O end
the DET DT det 41 O the
" PUNCT `` punct 41 O " _
endless ADJ JJ amod 41 O endless
traffic NOUN NN dobj 37 O traffic _
. PUNCT . punct 22 O . _
" PUNCT '' punct 22 O " _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.mention) for r in Extractor().rows(frozen(spec))]


def test_him_in_an_adjective_on_the_object_is_the_subject() -> None:
    assert who(_IMPORTANT_TO_HIM) == [("Jeremy Hunt", "him")]


def test_her_in_an_adjective_on_the_object_is_the_subject() -> None:
    assert who(_IMPORTANT_TO_HER) == [("Grace Poe", "her")]
