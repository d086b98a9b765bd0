"""No one is their own employer (issue 10): a speaker the tagger found no person in, known by a
name in capitals, gets no organisation made of that name's words, also where the tagger cut a
given name at its hyphen and called the first part a body (`Kang Young-mi, who heads the union
branch,` gave *Kang Young*). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Workers at the Lenton shipyard marched on Monday. / "We want every penny returned," Kang
# Young-mi, who heads the union branch, said at a rally outside the gate.
_CUT_NAME = """
Workers NOUN NNS nsubj 5 O worker
at ADP IN prep 0 O at
the DET DT det 4 O the
Lenton PROPN NNP compound 4 B-PERSON Lenton
shipyard NOUN NN pobj 1 O shipyard
marched VERB VBD ROOT 5 O march
on ADP IN prep 5 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 12 O we
want VERB VBP ccomp 29 O want
every DET DT det 14 O every
penny NOUN NN nsubj 15 O penny
returned VERB VBD ccomp 12 O return _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Kang PROPN NNP compound 21 B-ORG Kang
Young PROPN NNP compound 21 I-ORG Young _
- PUNCT HYPH punct 21 O - _
mi NOUN NN nsubj 29 O mi _
, PUNCT , punct 21 O ,
who PRON WP nsubj 24 O who
heads VERB VBZ relcl 21 O head
the DET DT det 27 O the
union NOUN NN compound 27 O union
branch NOUN NN dobj 24 O branch _
, PUNCT , punct 21 O ,
said VERB VBD ROOT 29 O say
at ADP IN prep 29 O at
a DET DT det 32 O a
rally NOUN NN pobj 30 O rally
outside ADP IN prep 32 O outside
the DET DT det 35 O the
gate NOUN NN pobj 33 O gate _
. PUNCT . punct 29 O . _
"""


def test_a_name_cut_at_its_hyphen_is_no_body_of_the_speaker() -> None:
    assert who(_CUT_NAME) == [("Kang Young-mi", "", "")]
