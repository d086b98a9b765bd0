"""A feature's people and places the tagger misreads: a given name and a surname it tags a body,
set beside a noun that names a person (`Her colleague, Ama Owusu,`; `colleague` is in
models/person_nouns.txt), are a person's name, whom `Ama` and then `she` name; a saint's name
with its possessive before words in capitals ending in a body's noun (`St Luke's Hospital`, the
saint tagged a person) is that body, which `The hospital's director` works for. Frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str, str]]:
    rows = Extractor(indirect=True).rows(frozen(spec))
    return [(r.speaker, r.role, r.organization, r.mention) for r in rows]


# Aisha Mensah has worked nights at St Luke's Hospital in Accra for 14 years. Her colleague, Ama
# Owusu, joined the ward last spring. / Ama, 26, says the hardest part is the silence. "At 3am the
# ward is so quiet," she says. / The hospital's director, Dr Kwame Asante, says night staff are
# paid a premium. "It is not enough," he admits.
_NIGHT_SHIFT = """
Aisha PROPN NNP compound 1 B-PERSON Aisha
Mensah PROPN NNP nsubj 3 I-PERSON Mensah
has AUX VBZ aux 3 O have
worked VERB VBN ROOT 3 O work
nights NOUN NNS dobj 3 B-TIME night
at ADP IN prep 4 O at
St PROPN NNP compound 7 B-PERSON St
Luke PROPN NNP poss 9 I-PERSON Luke _
's PART POS case 7 I-PERSON 's
Hospital PROPN NNP pobj 5 O Hospital
in ADP IN prep 9 O in
Accra PROPN NNP pobj 10 B-GPE Accra
for ADP IN prep 3 O for
14 NUM CD nummod 14 B-DATE 14
years NOUN NNS pobj 12 I-DATE year _
. PUNCT . punct 3 O .
Her PRON PRP$ poss 17 O her
colleague NOUN NN nsubj 22 O colleague _
, PUNCT , punct 17 O ,
Ama PROPN NNP compound 20 B-ORG Ama
Owusu PROPN NNP appos 17 I-ORG Owusu _
, PUNCT , punct 17 O ,
joined VERB VBD ROOT 22 O join
the DET DT det 24 O the
ward NOUN NN dobj 22 O ward
last ADJ JJ amod 26 B-DATE last
spring NOUN NN npadvmod 22 I-DATE spring _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
Ama PROPN NNP nsubj 33 O Ama _
, PUNCT , punct 29 O ,
26 NUM CD appos 29 B-DATE 26 _
, PUNCT , punct 33 O ,
says VERB VBZ ROOT 33 O say
the DET DT det 36 O the
hardest ADJ JJS amod 36 O hard
part NOUN NN nsubj 37 O part
is AUX VBZ ccomp 33 O be
the DET DT det 39 O the
silence NOUN NN attr 37 O silence _
. PUNCT . punct 33 O .
" PUNCT `` punct 47 O " _
At ADP IN prep 47 O at
3 NUM CD pobj 42 B-TIME 3 _
am NOUN NN prep 43 I-TIME am
the DET DT det 46 O the
ward NOUN NN nsubj 47 O ward
is AUX VBZ ccomp 53 O be
so ADV RB advmod 49 O so
quiet ADJ JJ acomp 47 O quiet _
, PUNCT , punct 53 O , _
" PUNCT '' punct 53 O "
she PRON PRP nsubj 53 O she
says VERB VBZ ROOT 53 O say _
. PUNCT . punct 53 O . _
<paragraph> SPACE _SP dep 54 O <paragraph> _
The DET DT det 57 O the
hospital NOUN NN poss 59 O hospital _
's PART POS case 57 O 's
director NOUN NN nsubj 65 O director _
, PUNCT , punct 59 O ,
Dr PROPN NNP compound 63 O Dr
Kwame PROPN NNP compound 63 B-PERSON Kwame
Asante PROPN NNP appos 59 I-PERSON Asante _
, PUNCT , punct 59 O ,
says VERB VBZ ROOT 65 O say
night NOUN NN compound 67 B-TIME night
staff NOUN NN nsubjpass 69 O staff
are AUX VBP auxpass 69 O be
paid VERB VBN ccomp 65 O pay
a DET DT det 71 O a
premium NOUN NN dobj 69 O premium _
. PUNCT . punct 65 O .
" PUNCT `` punct 81 O " _
It PRON PRP nsubj 75 O it
is AUX VBZ ccomp 81 O be
not PART RB neg 75 O not
enough ADJ JJ acomp 75 O enough _
, PUNCT , punct 81 O , _
" PUNCT '' punct 81 O "
he PRON PRP nsubj 81 O he
admits VERB VBZ ROOT 81 O admit _
. PUNCT . punct 81 O . _
"""


def test_given_name_tagged_a_body_beside_a_colleague_is_a_person() -> None:
    rows = who(_NIGHT_SHIFT)
    assert [r for r in rows if r[3] in ("Ama", "she")] == [
        ("Ama Owusu", "", "", "Ama"),
        ("Ama Owusu", "", "", "she"),
    ]


def test_saints_name_with_a_body_noun_is_the_hospital() -> None:
    rows = who(_NIGHT_SHIFT)
    asante = [r[:3] for r in rows if r[0] == "Kwame Asante"]
    assert asante == [("Kwame Asante", "director", "St Luke's Hospital")] * 2
