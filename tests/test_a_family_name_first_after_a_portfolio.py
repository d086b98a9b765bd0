"""`Minister for Transport Chee Hong Tat said … Mr Chee said`: a Chinese name written family name
first, none of it tagged, after a portfolio; the parser hangs `Chee` on the portfolio's `for`
(or `Chee` after the first given name), so the rows gave *Hong Tat* with the role `Minister for
Transport Chee` and the later `Mr Chee` a speaker of its own with no role. A word the story
writes after a form of address, untagged, then one or two untagged words in capitals that close
the run (a given name or a word no dictionary has among them, no title's, brief's or body's
word) are one person's name (tokens.join_a_family_name_written_first). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Minister for Transport Chee Hong Tat said the fares would rise in March. "We have no choice,"
# Mr Chee said.
_SUBJECT_THE_NAME = """
Minister PROPN NNP nmod 5 O Minister
for ADP IN prep 0 O for
Transport PROPN NNP compound 3 O Transport
Chee PROPN NNP pobj 1 O Chee
Hong PROPN NNP compound 5 O Hong
Tat PROPN NNP nsubj 6 O Tat
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
fares NOUN NNS nsubj 10 O fare
would AUX MD aux 10 O would
rise VERB VB ccomp 6 O rise
in ADP IN prep 10 O in
March PROPN NNP pobj 11 B-DATE March _
. PUNCT . punct 6 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 16 O we
have VERB VBP ccomp 23 O have
no DET DT det 18 O no
choice NOUN NN dobj 16 O choice _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Mr PROPN NNP compound 22 O Mr
Chee PROPN NNP nsubj 23 B-ORG Chee
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# Acting Minister for Transport Chee Hong Tat said that the fault was fixed. "It is on time," Mr
# Chee said.
_SUBJECT_THE_TITLE = """
Acting PROPN NNP compound 1 O Acting
Minister PROPN NNP nsubj 7 O Minister
for ADP IN prep 1 O for
Transport PROPN NNP compound 4 O Transport
Chee PROPN NNP compound 6 O Chee
Hong PROPN NNP compound 6 O Hong
Tat PROPN NNP pobj 2 O Tat
said VERB VBD ROOT 7 O say
that SCONJ IN mark 12 O that
the DET DT det 10 O the
fault NOUN NN nsubjpass 12 O fault
was AUX VBD auxpass 12 O be
fixed VERB VBN ccomp 7 O fix _
. PUNCT . punct 7 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 16 O it
is AUX VBZ ccomp 23 O be
on ADP IN prep 16 O on
time NOUN NN pobj 17 O time _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Mr PROPN NNP compound 22 O Mr
Chee PROPN NNP nsubj 23 B-ORG Chee
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def _who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.kind, r.speaker, r.role) for r in Extractor(indirect=True).rows(frozen(spec))]


def test_a_family_name_first_after_a_portfolio_is_whole_with_the_name_the_subject() -> None:
    assert _who(_SUBJECT_THE_NAME) == [
        ("indirect", "Chee Hong Tat", "Minister for Transport"),
        ("direct", "Chee Hong Tat", "Minister for Transport"),
    ]


def test_a_family_name_first_after_a_portfolio_is_whole_with_the_title_the_subject() -> None:
    assert _who(_SUBJECT_THE_TITLE) == [
        ("indirect", "Chee Hong Tat", "Acting Minister for Transport"),
        ("direct", "Chee Hong Tat", "Acting Minister for Transport"),
    ]
