"""Two words or more in capitals, each a word of English and none a given name, a title, a job or a
place, that the tagger leaves untagged as the subject of a verb of saying name a body (`National Grid
says …`), so `A spokesperson said` after it speaks for it; a person's name (`Ann Mercer says`) does
not. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.tokens import speaking_names_of_words_are_bodies
from tests.frozen import frozen

# Bad weather hit the coast overnight. /
# National Grid says engineers are working to restore supplies. A spokesperson said: "Our teams
# are out in very difficult conditions."
_A_BODY_OF_PLAIN_WORDS_UNTAGGED = """
Bad ADJ JJ amod 1 O bad
weather NOUN NN nsubj 2 O weather
hit VERB VBD ROOT 2 O hit
the DET DT det 4 O the
coast NOUN NN dobj 2 O coast
overnight ADV RB advmod 2 O overnight _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
National PROPN NNP compound 9 O National
Grid PROPN NNP nsubj 10 O Grid
says VERB VBZ ROOT 10 O say
engineers NOUN NNS nsubj 13 O engineer
are AUX VBP aux 13 O be
working VERB VBG ccomp 10 O work
to PART TO aux 15 O to
restore VERB VB advcl 13 O restore
supplies NOUN NNS dobj 15 O supply _
. PUNCT . punct 10 O .
A DET DT det 19 O a
spokesperson NOUN NN nsubj 20 O spokesperson
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
" PUNCT `` punct 20 O " _
Our PRON PRP$ poss 24 O our
teams NOUN NNS nsubj 25 O team
are AUX VBP ccomp 20 O be
out ADV RB advmod 25 O out
in ADP IN prep 25 O in
very ADV RB advmod 29 O very
difficult ADJ JJ amod 30 O difficult
conditions NOUN NNS pobj 27 O condition _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""

# (The same, with a person's name in place of the body's: `Ann Mercer says …`.)
_A_PERSON_UNTAGGED = """
Bad ADJ JJ amod 1 O bad
weather NOUN NN nsubj 2 O weather
hit VERB VBD ROOT 2 O hit
the DET DT det 4 O the
coast NOUN NN dobj 2 O coast
overnight ADV RB advmod 2 O overnight _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Ann PROPN NNP compound 9 O Ann
Mercer PROPN NNP nsubj 10 O Mercer
says VERB VBZ ROOT 10 O say
engineers NOUN NNS nsubj 13 O engineer
are AUX VBP aux 13 O be
working VERB VBG ccomp 10 O work
to PART TO aux 15 O to
restore VERB VB advcl 13 O restore
supplies NOUN NNS dobj 15 O supply _
. PUNCT . punct 10 O .
A DET DT det 19 O a
spokesperson NOUN NN nsubj 20 O spokesperson
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
" PUNCT `` punct 20 O " _
Our PRON PRP$ poss 24 O our
teams NOUN NNS nsubj 25 O team
are AUX VBP ccomp 20 O be
out ADV RB advmod 25 O out
in ADP IN prep 25 O in
very ADV RB advmod 29 O very
difficult ADJ JJ amod 30 O difficult
conditions NOUN NNS pobj 27 O condition _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""


def test_a_body_of_plain_words_speaking_untagged_is_a_body() -> None:
    rows = Extractor().rows(frozen(_A_BODY_OF_PLAIN_WORDS_UNTAGGED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("A spokesperson", "spokesperson", "National Grid")
    ]


def test_a_persons_name_speaking_untagged_stays_untagged() -> None:
    doc = frozen(_A_PERSON_UNTAGGED)
    speaking_names_of_words_are_bodies(doc)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []
    doc = frozen(_A_BODY_OF_PLAIN_WORDS_UNTAGGED)
    speaking_names_of_words_are_bodies(doc)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["National Grid"]
