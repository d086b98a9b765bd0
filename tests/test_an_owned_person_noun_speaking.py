"""A noun for a person that gives no role, owned by a name or a pronoun and the subject of a verb
of saying (`The victim's brother said …`), brings in someone the story does not name: the `he
told reporters` after it is them, not the officer named before, and takes no role of his.
Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Inspector Tom Reed said the driver had been charged. The victim's brother said the family was
# relieved. "It is over," he told reporters.
_THE_VICTIMS_BROTHER = """
Inspector PROPN NNP compound 2 O Inspector
Tom PROPN NNP compound 2 B-PERSON Tom
Reed PROPN NNP nsubj 3 I-PERSON Reed
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
driver NOUN NN nsubjpass 8 O driver
had AUX VBD aux 8 O have
been AUX VBN auxpass 8 O be
charged VERB VBN ccomp 3 O charge _
. PUNCT . punct 3 O .
The DET DT det 11 O the
victim NOUN NN poss 13 O victim _
's PART POS case 11 O 's
brother NOUN NN nsubj 14 O brother
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
family NOUN NN nsubjpass 18 O family
was AUX VBD auxpass 18 O be
relieved VERB VBN ccomp 14 O relieve _
. PUNCT . punct 14 O .
" PUNCT `` punct 27 O " _
It PRON PRP nsubj 22 O it
is AUX VBZ ccomp 27 O be
over ADV RB advmod 22 O over _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
told VERB VBD ROOT 27 O tell
reporters NOUN NNS dobj 27 O reporter _
. PUNCT . punct 27 O . _
"""


def test_an_owned_person_noun_speaking_is_the_he_after_it() -> None:
    rows = Extractor().rows(frozen(_THE_VICTIMS_BROTHER))
    assert [(r.speaker, r.role) for r in rows] == [("The victim's brother", "")]


# Inspector Ann Cole said the driver had been charged. The victim's mother wept outside court. "Nothing will
# bring my son back," she said.
_THE_VICTIMS_MOTHER = """
Inspector PROPN NNP compound 2 O Inspector
Ann PROPN NNP compound 2 B-PERSON Ann
Cole PROPN NNP nsubj 3 I-PERSON Cole
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
driver NOUN NN nsubjpass 8 O driver
had AUX VBD aux 8 O have
been AUX VBN auxpass 8 O be
charged VERB VBN ccomp 3 O charge _
. PUNCT . punct 3 O .
The DET DT det 11 O the
victim NOUN NN poss 13 O victim _
's PART POS case 11 O 's
mother NOUN NN nsubj 14 O mother
wept VERB VBD ROOT 14 O weep
outside ADP IN amod 16 O outside
court NOUN NN dobj 14 O court _
. PUNCT . punct 14 O .
" PUNCT `` punct 28 O " _
Nothing PRON NN nsubj 21 O nothing
will AUX MD aux 21 O will
bring VERB VB ccomp 28 O bring
my PRON PRP$ poss 23 O my
son NOUN NN dobj 21 O son
back ADV RB prt 21 O back _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
she PRON PRP nsubj 28 O she
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_an_owned_person_noun_subject_of_the_main_verb_is_the_she_after() -> None:
    # (`wept`: no verb of saying, but the sentence's main subject.)
    rows = Extractor().rows(frozen(_THE_VICTIMS_MOTHER))
    assert [(r.speaker, r.role) for r in rows] == [("The victim's mother", "")]
