"""A person's name with a word ending on an apostrophe (Luo names of Kenyan news: `Paul Anyang'
Oloo`), which the tagger reads as a possessive and ends the person at, runs on over the word in
capitals after it that no dictionary has, when the story writes that word alone again as a name
(`Oloo said`): the name is whole, and the title before it is read (`KISUMU - Senator Paul Anyang'
Oloo said` gave *Oloo* with no role). Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.tokens import join_a_name_ending_in_an_apostrophe
from tests.frozen import frozen

# KISUMU - Senator Paul Anyang' Oloo said the bill was flawed. "It will not pass," Oloo said.
_OLOO = """
KISUMU PROPN NNP ROOT 0 O KISUMU
- PUNCT : punct 0 O -
Senator PROPN NNP compound 4 O Senator
Paul PROPN NNP compound 4 B-PERSON Paul
Anyang PROPN NNP poss 6 I-PERSON Anyang _
' PUNCT '' punct 4 I-PERSON '
Oloo PROPN NNP nsubj 7 B-PERSON Oloo
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
bill NOUN NN nsubj 10 O bill
was AUX VBD ccomp 7 O be
flawed ADJ JJ acomp 10 O flawed _
. PUNCT . punct 7 O .
" PUNCT `` punct 17 O " _
It PRON PRP nsubj 17 O it
will AUX MD aux 17 O will
not PART RB neg 17 O not
pass VERB VB ccomp 21 O pass _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Oloo PROPN NNP nsubj 21 B-PERSON Oloo
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


# Tom Jones' Mercedes was found burnt out. "We are looking for two men," police said. "The
# Mercedes was stolen on Friday."
_JONES = """
Tom PROPN NNP compound 1 B-PERSON Tom
Jones PROPN NNP poss 3 I-PERSON Jones _
' PART POS case 1 I-PERSON '
Mercedes PROPN NNP nsubjpass 5 B-ORG Mercedes
was AUX VBD auxpass 5 O be
found VERB VBN ROOT 5 O find
burnt VERB VBN xcomp 5 O burn
out ADP RP prt 6 O out _
. PUNCT . punct 5 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 12 O we
are AUX VBP aux 12 O be
looking VERB VBG ccomp 19 O look
for ADP IN prep 12 O for
two NUM CD nummod 15 B-CARDINAL two
men NOUN NNS pobj 13 O man _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
police NOUN NNS nsubj 19 O police
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O .
" PUNCT `` punct 25 O " _
The DET DT det 23 O the
Mercedes PROPN NNP nsubjpass 25 B-ORG Mercedes
was AUX VBD auxpass 25 O be
stolen VERB VBN ROOT 25 O steal
on ADP IN prep 25 O on
Friday PROPN NNP pobj 26 B-DATE Friday _
. PUNCT . punct 25 O . _
" PUNCT '' punct 25 O " _
"""


def test_a_name_ending_in_an_apostrophe_runs_on_over_the_next_word() -> None:
    rows = Extractor().rows(frozen(_OLOO))
    assert [(r.speaker, r.role) for r in rows] == [("Paul Anyang' Oloo", "Senator")]


def test_a_possessive_before_a_thing_stays_a_possessive() -> None:
    doc = frozen(_JONES)
    join_a_name_ending_in_an_apostrophe(doc)
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Tom Jones'", "PERSON"), ("Mercedes", "ORG")]
