"""A newspaper's title word that can name a job (`star`, `examiner`, `observer`) after a place's
or a people's name is a newspaper's name, not an office's title: `according to the Philippine
Star` is the paper speaking (*Philippine Star*, organisation *Philippine Star*), not someone
unnamed whose role is *Philippine Star*. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Manila / "There is no basis for it," Joey Salceda said in a bill filed on Monday, according to
# the Philippine Star. Philippine officials were angry.
_STAR = """
Manila PROPN NNP ROOT 0 B-GPE Manila _
<paragraph> SPACE _SP dep 0 O <paragraph> _
" PUNCT `` punct 4 O " _
There PRON EX expl 4 O there
is VERB VBZ ccomp 13 O be
no DET DT det 6 O no
basis NOUN NN attr 4 O basis
for ADP IN prep 6 O for
it PRON PRP pobj 7 O it _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Joey PROPN NNP compound 12 B-PERSON Joey
Salceda PROPN NNP nsubj 13 I-PERSON Salceda
said VERB VBD ROOT 13 O say
in ADP IN prep 13 O in
a DET DT det 16 O a
bill NOUN NN pobj 14 O bill
filed VERB VBN acl 16 O file
on ADP IN prep 17 O on
Monday PROPN NNP pobj 18 B-DATE Monday _
, PUNCT , punct 13 O ,
according VERB VBG prep 13 O accord
to ADP IN prep 21 O to
the DET DT det 25 B-ORG the
Philippine PROPN NNP compound 25 I-ORG Philippine
Star PROPN NNP pobj 22 I-ORG Star _
. PUNCT . punct 13 O .
Philippine ADJ JJ amod 28 B-NORP philippine
officials NOUN NNS nsubj 29 O official
were AUX VBD ROOT 29 O be
angry ADJ JJ acomp 29 O angry _
. PUNCT . punct 29 O . _
"""


def test_a_paper_named_with_a_job_word_after_a_peoples_name_speaks_as_a_body() -> None:
    assert who(_STAR) == [("Philippine Star", "", "Philippine Star")]
