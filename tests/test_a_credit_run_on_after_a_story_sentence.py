"""`Councillor Jane Fisher said the decision would "gut" public transport. Photo / Michael Craig`:
a paragraph of the story that reports speech in the past tense, with a picture's credit run on
after its full sentence (as New Zealand pages print `Photo / X`), is no caption: its quote keeps
its row. Before, the line was read as a caption and the row hidden. A caption that says what the
picture shows (`Councillor Jane Fisher, who called the cuts "brutal", at the meeting on
Tuesday. Photo / Michael Craig`) still hides its quote. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Auckland councillors have voted to cut the bus budget by a third.  Councillor Jane Fisher said
# the decision would "gut" public transport in the south. Photo / Michael Craig  The cuts take
# effect in July.
_NZ_CREDIT = """
Auckland PROPN NNP compound 1 B-NORP Auckland
councillors NOUN NNS nsubj 3 O councillor
have AUX VBP aux 3 O have
voted VERB VBN ROOT 3 O vote
to PART TO aux 5 O to
cut VERB VB xcomp 3 O cut
the DET DT det 8 O the
bus NOUN NN compound 8 O bus
budget NOUN NN dobj 5 O budget
by ADP IN prep 5 O by
a DET DT det 11 O a
third NOUN NN pobj 9 B-ORDINAL third _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Councillor PROPN NNP compound 16 B-PERSON Councillor
Jane PROPN NNP compound 16 I-PERSON Jane
Fisher PROPN NNP nsubj 17 I-PERSON Fisher
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
decision NOUN NN nsubj 22 O decision
would AUX MD aux 22 O would
" PUNCT `` punct 22 O " _
gut VERB VB ccomp 17 O gut _
" PUNCT '' punct 22 O "
public ADJ JJ amod 25 O public
transport NOUN NN dobj 22 O transport
in ADP IN prep 22 O in
the DET DT det 28 O the
south NOUN NN pobj 26 O south _
. PUNCT . punct 17 O .
Photo PROPN NNP nmod 33 B-ORG Photo
/ SYM SYM punct 33 I-ORG /
Michael PROPN NNP compound 33 I-ORG Michael
Craig PROPN NNP ROOT 33 I-ORG Craig _
<paragraph> SPACE _SP dep 33 O <paragraph> _
The DET DT det 36 O the
cuts NOUN NNS nsubj 37 O cut
take VERB VBP ROOT 37 O take
effect NOUN NN dobj 37 O effect
in ADP IN prep 37 O in
July PROPN NNP pobj 39 B-DATE July _
. PUNCT . punct 37 O . _
"""

# Auckland councillors have voted to cut the bus budget by a third.  Councillor Jane Fisher, who
# called the cuts "brutal", at the meeting on Tuesday. Photo / Michael Craig  The cuts take effect
# in July.
_CAPTION = """
Auckland PROPN NNP compound 1 B-NORP Auckland
councillors NOUN NNS nsubj 3 O councillor
have AUX VBP aux 3 O have
voted VERB VBN ROOT 3 O vote
to PART TO aux 5 O to
cut VERB VB xcomp 3 O cut
the DET DT det 8 O the
bus NOUN NN compound 8 O bus
budget NOUN NN dobj 5 O budget
by ADP IN prep 5 O by
a DET DT det 11 O a
third NOUN NN pobj 9 B-ORDINAL third _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Councillor PROPN NNP compound 16 B-PERSON Councillor
Jane PROPN NNP compound 16 I-PERSON Jane
Fisher PROPN NNP ROOT 16 I-PERSON Fisher _
, PUNCT , punct 16 O ,
who PRON WP nsubj 19 O who
called VERB VBD relcl 16 O call
the DET DT det 21 O the
cuts NOUN NNS dobj 19 O cut
" PUNCT `` punct 23 O " _
brutal ADJ JJ oprd 19 O brutal _
" PUNCT '' punct 19 O " _
, PUNCT , punct 16 O ,
at ADP IN prep 16 O at
the DET DT det 28 O the
meeting NOUN NN pobj 26 O meeting
on ADP IN prep 28 O on
Tuesday PROPN NNP pobj 29 B-DATE Tuesday _
. PUNCT . punct 16 O .
Photo PROPN NNP nmod 35 B-ORG Photo
/ SYM SYM punct 35 I-ORG /
Michael PROPN NNP compound 35 I-ORG Michael
Craig PROPN NNP ROOT 35 I-ORG Craig _
<paragraph> SPACE _SP dep 35 O <paragraph> _
The DET DT det 38 O the
cuts NOUN NNS nsubj 39 O cut
take VERB VBP ROOT 39 O take
effect NOUN NN dobj 39 O effect
in ADP IN prep 39 O in
July PROPN NNP pobj 41 B-DATE July _
. PUNCT . punct 39 O . _
"""


def test_a_credit_run_on_after_a_story_sentence_keeps_its_row() -> None:
    rows = Extractor().rows(frozen(_NZ_CREDIT))
    assert [(r.speaker, r.role) for r in rows] == [("Jane Fisher", "Councillor")]


def test_a_caption_with_a_credit_still_hides_its_quote() -> None:
    assert [r.speaker for r in Extractor().rows(frozen(_CAPTION))] == []


def test_a_past_tense_report_before_a_credit_is_no_caption() -> None:
    assert line_kind('Ana Ruiz told the hearing it was "a disgrace". Photo / Tom Hale') == ""
    assert line_kind('Ana Ruiz said it was "a disgrace". Photograph: Tom Hale/Guardian') == ""
    assert line_kind("Protesters, who said the law was unjust, march on Queen St. Photo / NZME") == "caption"
    assert line_kind("Ana Ruiz at the hearing on Monday. Photo / Tom Hale") == "caption"
