"""`The co-operative's new chair, baker Tom Reeves, 31, said`: a description set off by a comma
before a person's name (past a job in small letters), which the parser made a second subject,
describes that person, not the one quoted before. Frozen parse of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Joan Hill said the staff had become family. "They know the recipes better than we do now," she
# said.  The co-operative's new chair, baker Tom Reeves, 31, said nothing would change. "Same
# bread, same prices," he said.
_CHAIR = """
Joan PROPN NNP compound 1 B-PERSON Joan
Hill PROPN NNP nsubj 2 I-PERSON Hill
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
staff NOUN NN nsubj 6 O staff
had AUX VBD aux 6 O have
become VERB VBN ccomp 2 O become
family NOUN NN attr 6 O family _
. PUNCT . punct 2 O .
" PUNCT `` punct 11 O " _
They PRON PRP nsubj 11 O they
know VERB VBP ccomp 22 O know
the DET DT det 13 O the
recipes NOUN NNS dobj 11 O recipe
better ADJ JJR advmod 11 O well
than SCONJ IN mark 17 O than
we PRON PRP nsubj 17 O we
do VERB VBP advcl 14 O do
now ADV RB advmod 17 O now _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
she PRON PRP nsubj 22 O she
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
The DET DT det 31 O the
co ADJ JJ amod 31 O co _
- ADJ JJ amod 31 O - _
operative ADJ JJ poss 31 O operative _
's PART POS case 28 O 's
new ADJ JJ amod 31 O new
chair NOUN NN nsubj 39 O chair _
, PUNCT , punct 31 O ,
baker PROPN NNP compound 35 O baker
Tom PROPN NNP compound 35 B-PERSON Tom
Reeves PROPN NNP nsubj 39 I-PERSON Reeves _
, PUNCT , punct 35 O ,
31 NUM CD appos 35 B-DATE 31 _
, PUNCT , punct 35 O ,
said VERB VBD ROOT 39 O say
nothing PRON NN nsubj 42 O nothing
would AUX MD aux 42 O would
change VERB VB ccomp 39 O change _
. PUNCT . punct 39 O .
" PUNCT `` punct 46 O " _
Same ADJ JJ amod 46 O same
bread NOUN NN ccomp 53 O bread _
, PUNCT , punct 46 O ,
same ADJ JJ amod 49 O same
prices NOUN NNS appos 46 O price _
, PUNCT , punct 53 O , _
" PUNCT '' punct 53 O "
he PRON PRP nsubj 53 O he
said VERB VBD ROOT 53 O say _
. PUNCT . punct 53 O . _
"""


def test_a_description_before_a_job_and_a_name_is_that_persons() -> None:
    rows = Extractor().rows(frozen(_CHAIR))
    assert [(r.speaker, r.role) for r in rows] == [("Joan Hill", ""), ("Tom Reeves", "new chair")]
