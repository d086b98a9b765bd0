"""Quotes signed after a dash and names set off by dashes, each from a frozen parse of a sentence
written for this file (the entities as the tagger gave them), so a model update cannot change what
a test exercises:

- `“We cannot build our way out of this crisis.” — Ana Ruiz, mayor of Lenton`, the name untagged:
  a quote signed after a dash on its own line is the signer's, and a person's proper name right
  after the dash is the signer, not the place of the office after it (the speaker was *Lenton*);
- `said Tom Hale - the mayor - after the vote`, tagged `Tom Hale - the`: a person's name ends
  before a dash set off by spaces;
- `Tom Hale — the mayor of Lenton — said`, `Tom Hale (the mayor of Lenton) said`: a noun phrase
  with its article set off by dashes or brackets after a name is an apposition, as one set off
  by commas is (no role before); not a clause (`Tom Hale - who was there - said`).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_SIGNED_AFTER_A_DASH = """
The DET DT det 1 O the
plan NOUN NN nsubj 2 O plan
has VERB VBZ ROOT 2 O have
critics NOUN NNS dobj 2 O critic
on ADP IN prep 3 O on
the DET DT det 6 O the
council NOUN NN pobj 4 O council _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
“ PUNCT `` punct 13 O " _
We PRON PRP nsubj 13 O we
can AUX MD aux 13 O can _
not PART RB neg 13 O not
build VERB VB ROOT 13 O build
our PRON PRP$ poss 15 O our
way NOUN NN dobj 13 O way
out ADP IN prep 13 O out
of ADP IN prep 16 O of
this DET DT det 19 O this
crisis NOUN NN pobj 17 O crisis _
. PUNCT . punct 13 O . _
” PUNCT '' punct 13 O "
— PUNCT : punct 24 O —
Ana PROPN NNP compound 24 O Ana
Ruiz PROPN NNP ROOT 24 O Ruiz _
, PUNCT , punct 24 O ,
mayor NOUN NN appos 24 O mayor
of ADP IN prep 26 O of
Lenton PROPN NNP pobj 27 B-ORG Lenton _
<paragraph> SPACE _SP dep 28 I-ORG <paragraph> _
The DET DT det 32 O the
council NOUN NN compound 32 O council
votes NOUN NNS ROOT 32 O vote
on ADP IN prep 32 O on
Friday PROPN NNP pobj 33 B-DATE Friday _
. PUNCT . punct 32 O . _
"""

_A_NAME_BEFORE_A_SPACED_DASH = """
“ PUNCT `` punct 8 O " _
It PRON PRP nsubj 2 O it
was AUX VBD ccomp 8 O be
a DET DT det 5 B-DATE a
great ADJ JJ amod 5 I-DATE great
day NOUN NN attr 2 I-DATE day _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Tom PROPN NNP compound 10 B-PERSON Tom
Hale PROPN NNP nsubj 8 I-PERSON Hale
- PUNCT : punct 10 I-PERSON -
the DET DT det 13 I-PERSON the
mayor NOUN NN appos 10 O mayor
- PUNCT : punct 10 I-PERSON -
after ADP IN prep 8 O after
the DET DT det 17 O the
vote NOUN NN pobj 15 O vote _
. PUNCT . punct 8 O . _
"""

_AN_APPOSITION_BETWEEN_DASHES = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 8 I-PERSON Hale
— PUNCT : punct 1 O —
the DET DT det 4 O the
mayor NOUN NN appos 1 O mayor
of ADP IN prep 4 O of
Lenton PROPN NNP pobj 5 B-GPE Lenton
— PUNCT : punct 1 O —
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
“ PUNCT `` punct 8 O " _
It PRON PRP nsubj 12 O it
was AUX VBD ccomp 8 O be
a DET DT det 15 O a
great ADJ JJ amod 15 O great
day NOUN NN attr 12 O day
for ADP IN prep 15 O for
the DET DT det 18 O the
town NOUN NN pobj 16 O town _
. PUNCT . punct 8 O . _
” PUNCT '' punct 8 O " _
"""

_AN_APPOSITION_IN_BRACKETS = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 8 I-PERSON Hale
( PUNCT -LRB- punct 1 O ( _
the DET DT det 4 O the
mayor NOUN NN appos 1 O mayor
of ADP IN prep 4 O of
Lenton PROPN NNP pobj 5 B-ORG Lenton _
) PUNCT -RRB- punct 1 O )
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
“ PUNCT `` punct 8 O " _
It PRON PRP nsubj 12 O it
was AUX VBD ccomp 8 O be
a DET DT det 15 O a
great ADJ JJ amod 15 O great
day NOUN NN attr 12 O day
for ADP IN prep 15 O for
the DET DT det 18 O the
town NOUN NN pobj 16 O town _
. PUNCT . punct 8 O . _
” PUNCT '' punct 8 O " _
"""

_A_CLAUSE_BETWEEN_DASHES = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 7 I-PERSON Hale
- PUNCT : punct 1 O -
who PRON WP nsubj 4 O who
was AUX VBD relcl 1 O be
there ADV RB advmod 4 O there
- PUNCT , punct 7 O -
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
“ PUNCT `` punct 7 O " _
It PRON PRP nsubj 11 O it
was AUX VBD ccomp 7 O be
a DET DT det 14 O a
great ADJ JJ amod 14 O great
day NOUN NN attr 11 O day
for ADP IN prep 14 O for
the DET DT det 17 O the
town NOUN NN pobj 15 O town _
. PUNCT . punct 7 O . _
” PUNCT '' punct 7 O " _
"""


def test_a_quote_signed_after_a_dash_is_the_signers() -> None:
    rows = Extractor().rows(frozen(_SIGNED_AFTER_A_DASH))
    assert [(r.speaker, r.role, r.sieve) for r in rows] == [("Ana Ruiz", "mayor of Lenton", "signature")]


def test_a_persons_name_ends_before_a_dash_set_off_by_spaces() -> None:
    (row,) = Extractor().rows(frozen(_A_NAME_BEFORE_A_SPACED_DASH))
    assert (row.speaker, row.mention) == ("Tom Hale", "Tom Hale")


def test_an_apposition_set_off_by_dashes_or_brackets_gives_the_role() -> None:
    (row,) = Extractor().rows(frozen(_AN_APPOSITION_BETWEEN_DASHES))
    assert (row.speaker, row.role) == ("Tom Hale", "mayor of Lenton")
    (row,) = Extractor().rows(frozen(_AN_APPOSITION_IN_BRACKETS))
    assert (row.speaker, row.role) == ("Tom Hale", "mayor of Lenton")
    (row,) = Extractor().rows(frozen(_A_CLAUSE_BETWEEN_DASHES))
    assert (row.speaker, row.role) == ("Tom Hale", "")
