"""A judge, a chair or a band's member with no body of their own is of the body the sentence
before has for its subject; that subject may be the body's noun after `the` (`The court found
…`), which stands for the body the article names under that noun. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor:

- `Lenton Crown Court jailed a former mayor … The court found that … “…,” Judge Sarah Blake
  said`: *Judge* / *Lenton Crown Court* (the row had no organisation);
- the same with no court named: no organisation (`the court` names none).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Lenton Crown Court jailed a former mayor on Friday. / The court found that he had taken bribes
# from a builder. / "You betrayed the people who trusted you," Judge Sarah Blake said.
_COURT = """
Lenton PROPN NNP compound 2 B-ORG Lenton
Crown PROPN NNP compound 2 I-ORG Crown
Court PROPN NNP nsubj 3 I-ORG Court
jailed VERB VBD ROOT 3 O jail
a DET DT det 6 O a
former ADJ JJ amod 6 O former
mayor NOUN NN dobj 3 O mayor
on ADP IN prep 3 O on
Friday PROPN NNP pobj 7 B-DATE Friday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
The DET DT det 12 O the
court NOUN NN nsubj 13 O court
found VERB VBD ROOT 13 O find
that SCONJ IN mark 17 O that
he PRON PRP nsubj 17 O he
had AUX VBD aux 17 O have
taken VERB VBN ccomp 13 O take
bribes NOUN NNS dobj 17 O bribe
from ADP IN prep 17 O from
a DET DT det 21 O a
builder NOUN NN pobj 19 O builder _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
" PUNCT `` punct 26 O " _
You PRON PRP nsubj 26 O you
betrayed VERB VBD ccomp 37 O betray
the DET DT det 28 O the
people NOUN NNS dobj 26 O people
who PRON WP nsubj 30 O who
trusted VERB VBD relcl 28 O trust
you PRON PRP dobj 30 O you _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
Judge PROPN NNP compound 36 O Judge
Sarah PROPN NNP compound 36 B-PERSON Sarah
Blake PROPN NNP nsubj 37 I-PERSON Blake
said VERB VBD ROOT 37 O say _
. PUNCT . punct 37 O . _
"""

# A former mayor was jailed on Friday. / The court found that he had taken bribes from a
# builder. / "You betrayed the people who trusted you," Judge Sarah Blake said.
_NO_COURT_NAMED = """
A DET DT det 2 O a
former ADJ JJ amod 2 O former
mayor NOUN NN nsubjpass 4 O mayor
was AUX VBD auxpass 4 O be
jailed VERB VBN ROOT 4 O jail
on ADP IN prep 4 O on
Friday PROPN NNP pobj 5 B-DATE Friday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
The DET DT det 10 O the
court NOUN NN nsubj 11 O court
found VERB VBD ROOT 11 O find
that SCONJ IN mark 15 O that
he PRON PRP nsubj 15 O he
had AUX VBD aux 15 O have
taken VERB VBN ccomp 11 O take
bribes NOUN NNS dobj 15 O bribe
from ADP IN prep 15 O from
a DET DT det 19 O a
builder NOUN NN pobj 17 O builder _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
" PUNCT `` punct 24 O " _
You PRON PRP nsubj 24 O you
betrayed VERB VBD ccomp 35 O betray
the DET DT det 26 O the
people NOUN NNS dobj 24 O people
who PRON WP nsubj 28 O who
trusted VERB VBD relcl 26 O trust
you PRON PRP dobj 28 O you _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
Judge PROPN NNP compound 34 O Judge
Sarah PROPN NNP compound 34 B-PERSON Sarah
Blake PROPN NNP nsubj 35 I-PERSON Blake
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""


def test_the_court_the_sentence_before_is_the_court_named() -> None:
    assert who(_COURT) == [("Sarah Blake", "Judge", "Lenton Crown Court")]


def test_the_court_with_no_court_named_is_no_body() -> None:
    assert who(_NO_COURT_NAMED) == [("Sarah Blake", "Judge", "")]
