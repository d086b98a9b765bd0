"""Honours and seats in capitals after a name (`KC`, `OBE`) are the person's, no body of their
own and no part of the name: the tagger calls `KC` a body and the parser makes it the subject
(`Judge Simon Phillips KC told her`), and an apposition after them describes the person
(`Ann Ruiz OBE, the charity's founder`). Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


# Judge Simon Phillips KC told her: "You betrayed the trust of the families."
_KC = """
Judge PROPN NNP compound 3 O Judge
Simon PROPN NNP compound 3 B-PERSON Simon
Phillips PROPN NNP compound 3 I-PERSON Phillips
KC PROPN NNP nsubj 4 B-ORG KC
told VERB VBD ROOT 4 O tell
her PRON PRP dobj 4 O she _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
You PRON PRP nsubj 9 O you
betrayed VERB VBD ccomp 4 O betray
the DET DT det 11 O the
trust NOUN NN dobj 9 O trust
of ADP IN prep 11 O of
the DET DT det 14 O the
families NOUN NNS pobj 12 O family _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""


# "We will keep the shelter open," said Ann Ruiz OBE, the charity's founder.
_OBE = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
keep VERB VB ccomp 9 O keep
the DET DT det 5 O the
shelter NOUN NN dobj 3 O shelter
open ADJ JJ oprd 3 O open _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Ann PROPN NNP compound 12 B-PERSON Ann
Ruiz PROPN NNP compound 12 I-PERSON Ruiz
OBE PROPN NNP nsubj 9 I-PERSON OBE _
, PUNCT , punct 12 O ,
the DET DT det 15 O the
charity NOUN NN poss 17 O charity _
's PART POS case 15 O 's
founder NOUN NN appos 12 O founder _
. PUNCT . punct 9 O . _
"""


# Defence barrister Ray Boland BL said his client had "no memory of the night".
_BL = """
Defence NOUN NN compound 1 O defence
barrister NOUN NN compound 4 O barrister
Ray PROPN NNP compound 4 B-PERSON Ray
Boland PROPN NNP compound 4 I-PERSON Boland
BL PROPN NNP nsubj 5 I-PERSON BL
said VERB VBD ROOT 5 O say
his PRON PRP$ poss 7 O his
client NOUN NN nsubj 8 O client
had VERB VBD ccomp 5 O have
" PUNCT `` punct 8 O " _
no DET DT det 11 O no
memory NOUN NN dobj 8 O memory
of ADP IN prep 11 O of
the DET DT det 14 O the
night NOUN NN pobj 12 O night _
" PUNCT '' punct 8 O " _
. PUNCT . punct 5 O . _
"""


# Femi Falana SAN said the ruling was "a victory for the rule of law".
_SAN = """
Femi PROPN NNP compound 1 B-ORG Femi
Falana PROPN NNP compound 2 I-ORG Falana
SAN PROPN NNP nsubj 3 I-ORG SAN
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
ruling NOUN NN nsubj 6 O ruling
was AUX VBD ccomp 3 O be
" PUNCT `` punct 6 O " _
a DET DT det 9 O a
victory NOUN NN attr 6 O victory
for ADP IN prep 9 O for
the DET DT det 12 O the
rule NOUN NN pobj 10 O rule
of ADP IN prep 12 O of
law NOUN NN pobj 13 O law _
" PUNCT '' punct 6 O " _
. PUNCT . punct 3 O . _
"""


def test_kc_tagged_a_body_is_the_judges() -> None:
    assert who(_KC) == [("Simon Phillips", "Judge", "", "Simon Phillips KC")]


def test_apposition_after_an_honour_describes_the_person() -> None:
    assert who(_OBE) == [("Ann Ruiz", "founder", "", "Ann Ruiz OBE")]


def test_letters_of_irish_and_nigerian_courts_are_no_part_of_the_name() -> None:
    # BL (barrister-at-law) and SAN (Senior Advocate of Nigeria), tagged part of the name.
    assert [w[:2] for w in who(_BL)] == [("Ray Boland", "Defence barrister")]
    assert [w[0] for w in who(_SAN)] == ["Femi Falana"]
