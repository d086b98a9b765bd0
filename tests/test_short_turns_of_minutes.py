"""`The CLERK: About four thousand pounds.`, `Witness : I did, sir.`: council minutes and court
reports set out an exchange as turns, many of them short. A transcript needs two turns that read
as speech; a turn of two to four words ending a sentence reads so when an office after `The` or a
part alone speaks it, once one turn reads as speech at length. A list's short items under names
(`Hale: Finish second.`) stay no transcript. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import CLERK_GIVES_THE_COST, minutes_spec
from tests.frozen import frozen

# The Finance Committee met on Thursday, Alderman PRICE in the chair.  Mr. ROBERTS: What will it
# cost?  The CLERK: About four thousand pounds.  Mr. ROBERTS: Money well spent, then.  The
# CHAIRMAN: The matter will stand over.
_MINUTES = minutes_spec(
    """
The DET DT det 2 B-ORG the
Finance PROPN NNP compound 2 I-ORG Finance
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Thursday PROPN NNP pobj 4 B-DATE Thursday _
, PUNCT , punct 3 O ,
Alderman PROPN NNP compound 8 O Alderman
PRICE NOUN NN dep 3 O price
in ADP IN prep 8 O in
the DET DT det 11 O the
chair NOUN NN pobj 9 O chair _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Mr. PROPN NNP compound 15 O Mr.
ROBERTS PROPN NNP ROOT 15 B-PERSON ROBERTS _
: PUNCT : punct 15 O :
What PRON WP dobj 20 O what
will AUX MD aux 20 O will
it PRON PRP nsubj 20 O it
cost VERB VB parataxis 15 O cost _
? PUNCT . punct 20 O ? _
""",
    CLERK_GIVES_THE_COST,
    """
<paragraph> SPACE _SP dep 30 O <paragraph> _
Mr. PROPN NNP compound 33 O Mr.
ROBERTS PROPN NNP ROOT 33 B-PERSON ROBERTS _
: PUNCT : punct 33 O :
Money NOUN NN nsubj 37 O money
well ADV RB advmod 37 O well
spent VERB VBD parataxis 33 O spend _
, PUNCT , punct 37 O ,
then ADV RB advmod 37 O then _
. PUNCT . punct 37 O . _
<paragraph> SPACE _SP dep 40 O <paragraph> _
The DET DT det 43 O the
CHAIRMAN NOUN NN nsubj 48 O chairman _
: PUNCT : punct 43 O :
The DET DT det 46 O the
matter NOUN NN nsubj 48 O matter
will AUX MD aux 48 O will
stand VERB VB ROOT 48 O stand
over ADP RP prt 48 O over _
. PUNCT . punct 48 O . _
""",
)

# An inquest was held on Monday on the body of William Hughes, a collier.  The CORONER : Did you
# see the gas?  Witness : I did, sir.  The CORONER : Where was it?  Witness : In the top heading.
_INQUEST = """
An DET DT det 1 O an
inquest NOUN NN nsubjpass 3 O inquest
was AUX VBD auxpass 3 O be
held VERB VBN ROOT 3 O hold
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday
on ADP IN prep 3 O on
the DET DT det 8 O the
body NOUN NN pobj 6 O body
of ADP IN prep 8 O of
William PROPN NNP compound 11 B-PERSON William
Hughes PROPN NNP pobj 9 I-PERSON Hughes _
, PUNCT , punct 11 O ,
a DET DT det 14 O a
collier NOUN NN appos 11 O collier _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
The DET DT det 18 O the
CORONER PROPN NNP ROOT 18 O CORONER
: PUNCT : punct 18 O :
Did AUX VBD aux 22 O do
you PRON PRP nsubj 22 O you
see VERB VB acl 18 O see
the DET DT det 24 O the
gas NOUN NN dobj 22 O gas _
? PUNCT . punct 22 O ? _
<paragraph> SPACE _SP dep 25 O <paragraph> _
Witness NOUN NN ROOT 27 O witness
: PUNCT : punct 27 O :
I PRON PRP nsubj 30 O I
did AUX VBD acl 27 O do _
, PUNCT , punct 30 O ,
sir NOUN NN npadvmod 30 O sir _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 33 O <paragraph> _
The DET DT det 36 O the
CORONER PROPN NNP ROOT 36 O CORONER
: PUNCT : punct 36 O :
Where SCONJ WRB advmod 39 O where
was AUX VBD relcl 36 O be
it PRON PRP nsubj 39 O it _
? PUNCT . punct 39 O ? _
<paragraph> SPACE _SP dep 41 O <paragraph> _
Witness NOUN NN ROOT 43 O witness
: PUNCT : punct 43 O :
In ADP IN prep 43 O in
the DET DT det 48 O the
top ADJ JJ amod 48 O top
heading NOUN NN pobj 45 O heading _
. PUNCT . punct 43 O . _
"""

# Early returns from the county, with most precincts counted.  Hale: Finish second.  Ruiz: Won the
# county easily.  Okafor: Third, a long way back.  Mensah: Out of the race.
_LIST = """
Early ADJ JJ amod 1 O early
returns NOUN NNS ROOT 1 O return
from ADP IN prep 1 O from
the DET DT det 4 O the
county NOUN NN pobj 2 O county _
, PUNCT , punct 1 O ,
with SCONJ IN mark 9 O with
most ADJ JJS amod 8 O most
precincts NOUN NNS nsubj 9 O precinct
counted VERB VBN advcl 1 O count _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Hale PROPN NNP ROOT 12 O Hale _
: PUNCT : punct 12 O :
Finish NOUN NN appos 12 O finish
second ADJ JJ advmod 14 B-ORDINAL second _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
Ruiz NOUN NN ROOT 18 O ruiz _
: PUNCT : punct 18 O :
Won VERB VB ROOT 20 O won
the DET DT det 22 O the
county NOUN NN dobj 20 O county
easily ADV RB advmod 20 O easily _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
Okafor PROPN NNP ROOT 26 O Okafor _
: PUNCT : punct 26 O :
Third PROPN NNP appos 26 B-ORDINAL Third _
, PUNCT , punct 28 O ,
a DET DT det 32 O a
long ADJ JJ amod 32 O long
way NOUN NN npadvmod 33 O way
back ADV RB advmod 28 O back _
. PUNCT . punct 26 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
Mensah PROPN NNP ROOT 36 O Mensah _
: PUNCT : punct 36 O :
Out ADP IN prep 36 O out
of ADP IN prep 38 O of
the DET DT det 41 O the
race NOUN NN pobj 39 O race _
. PUNCT . punct 36 O . _
"""


def _said(spec: str) -> list[tuple[str, str]]:
    return [(r.quote, r.speaker) for r in Extractor().rows(frozen(spec))]


def test_short_turns_of_council_minutes() -> None:
    assert [q for q, _ in _said(_MINUTES)] == [
        "What will it cost?",
        "About four thousand pounds.",
        "Money well spent, then.",
        "The matter will stand over.",
    ]


def test_short_answers_of_a_witness() -> None:
    assert _said(_INQUEST)[1] == ("I did, sir.", "Witness")
    assert len(_said(_INQUEST)) == 4


def test_a_list_under_names_is_no_transcript() -> None:
    assert _said(_LIST) == []
