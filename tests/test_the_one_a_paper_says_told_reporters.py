"""`The Tribune said the commissioner told reporters: “…”`: a verb of saying with a subject of its
own, in the clause a verb of reporting takes, that hands the quote over with a colon is the quote's
cue, and its subject speaks; the paper before only reports the words, and is no body of the one
it quotes. A body that reports its own staff's words (`Kestrel Mining said chief executive X told
staff: “…”`) stays their body. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The Tribune said the commissioner told reporters: "We will not tolerate land grabbing."
_PAPER = """
The DET DT det 1 O the
Tribune PROPN NNP nsubj 2 B-ORG Tribune
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
commissioner NOUN NN nsubj 5 O commissioner
told VERB VBD ccomp 2 O tell
reporters NOUN NNS dobj 5 O reporter _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
We PRON PRP nsubj 12 O we
will AUX MD aux 12 O will
not PART RB neg 12 O not
tolerate VERB VB ccomp 5 O tolerate
land NOUN NN compound 14 O land
grabbing VERB VBG dobj 12 O grab _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O " _
"""

# The Daily Nation reported that the governor told a rally in Kisumu: "The county is open for
# business."
_DAILY = """
The DET DT det 2 B-ORG the
Daily PROPN NNP compound 2 I-ORG Daily
Nation PROPN NNP nsubj 3 I-ORG Nation
reported VERB VBD ROOT 3 O report
that SCONJ IN mark 7 O that
the DET DT det 6 O the
governor NOUN NN nsubj 7 O governor
told VERB VBD ccomp 3 O tell
a DET DT det 9 O a
rally NOUN NN dobj 7 O rally
in ADP IN prep 7 O in
Kisumu PROPN NNP pobj 10 B-GPE Kisumu _
: PUNCT : punct 3 O :
" PUNCT `` punct 3 O " _
The DET DT det 15 O the
county NOUN NN nsubj 16 O county
is AUX VBZ ccomp 3 O be
open ADJ JJ acomp 16 O open
for ADP IN prep 17 O for
business NOUN NN pobj 18 O business _
. PUNCT . punct 3 O . _
" PUNCT '' punct 3 O " _
"""

# Kestrel Mining said chief executive Ana Ruiz told staff: "The shaft will close in June."
_FIRM = """
Kestrel PROPN NNP compound 1 B-ORG Kestrel
Mining PROPN NNP nsubj 2 I-ORG Mining
said VERB VBD ROOT 2 O say
chief ADJ JJ amod 4 O chief
executive NOUN NN compound 6 O executive
Ana PROPN NNP compound 6 O Ana
Ruiz PROPN NNP nsubj 7 O Ruiz
told VERB VBD ccomp 2 O tell
staff NOUN NN dobj 7 O staff _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
The DET DT det 12 O the
shaft NOUN NN nsubj 14 O shaft
will AUX MD aux 14 O will
close VERB VB ccomp 7 O close
in ADP IN prep 14 O in
June PROPN NNP pobj 15 B-DATE June _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O " _
"""




def test_the_one_a_paper_says_told_reporters_speaks() -> None:
    assert who_of(_PAPER) == [("the commissioner", "commissioner", "")]


def test_the_one_a_paper_reports_told_a_rally_speaks() -> None:
    assert who_of(_DAILY) == [("the governor", "governor", "")]


def test_a_body_reporting_its_own_staffs_words_stays_their_body() -> None:
    assert who_of(_FIRM) == [("Ana Ruiz", "chief executive", "Kestrel Mining")]
