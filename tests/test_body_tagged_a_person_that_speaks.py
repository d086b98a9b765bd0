"""A speaker the tagger calls a person, named by one word only (no given name, title, gender or
role), is the body the article puts before another named person's job: `Mokhtar coach Tom Hale
said …`, then `In a statement …, Mokhtar said …` is the club speaking (organisation *Mokhtar*).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Derby defeat / "The referee decided the derby," Mokhtar coach Tom Hale said after his side's 2-1
# defeat. / In a statement posted on its official website, Mokhtar said the club "respects the
# referees" and would appeal. (`Mokhtar` tagged a person both times.)
_CLUB = """
Derby PROPN NNP compound 1 B-ORG Derby
defeat NOUN NN ROOT 1 O defeat _
<paragraph> SPACE _SP dep 1 O <paragraph> _
" PUNCT `` punct 6 O " _
The DET DT det 5 O the
referee NOUN NN nsubj 6 O referee
decided VERB VBD ccomp 15 O decide
the DET DT det 8 O the
derby NOUN NN dobj 6 O derby _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Mokhtar PROPN NNP compound 12 B-PERSON Mokhtar
coach NOUN NN compound 14 O coach
Tom PROPN NNP compound 14 B-PERSON Tom
Hale PROPN NNP nsubj 15 I-PERSON Hale
said VERB VBD ROOT 15 O say
after ADP IN prep 15 O after
his PRON PRP$ poss 18 O his
side NOUN NN poss 23 O side _
's PART POS case 18 O 's
2 NUM CD nummod 23 B-CARDINAL 2 _
- SYM SYM punct 22 O - _
1 NUM CD prep 20 O 1
defeat NOUN NN pobj 16 O defeat _
. PUNCT . punct 15 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
In ADP IN prep 36 O in
a DET DT det 28 O a
statement NOUN NN pobj 26 O statement
posted VERB VBN acl 28 O post
on ADP IN prep 29 O on
its PRON PRP$ poss 33 O its
official ADJ JJ amod 33 O official
website NOUN NN pobj 30 O website _
, PUNCT , punct 36 O ,
Mokhtar PROPN NNP nsubj 36 B-PERSON Mokhtar
said VERB VBD ROOT 36 O say
the DET DT det 38 O the
club NOUN NN nsubj 40 O club
" PUNCT `` punct 40 O " _
respects VERB VBZ ccomp 36 O respect
the DET DT det 42 O the
referees NOUN NNS dobj 40 O referee _
" PUNCT '' punct 40 O "
and CCONJ CC cc 36 O and
would AUX MD aux 46 O would
appeal VERB VB conj 36 O appeal _
. PUNCT . punct 36 O . _
"""


def test_a_one_word_name_before_anothers_job_speaks_as_a_body() -> None:
    assert who(_CLUB) == [("Tom Hale", "coach", "Mokhtar"), ("Mokhtar", "", "Mokhtar")]
