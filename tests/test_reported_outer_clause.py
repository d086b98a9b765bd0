"""Who says what, where the parser hangs a verb of saying on a clause inside another
(quotes/indirect.py): a verb joined to the inner clause's verb but in the outer verb's tense
goes on from the outer clause's subject (``_outer_clause_of_conjunct``); a passive of saying
with an empty `it` and no agent names nobody (``_impersonal_passive``). Frozen parses
(tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

FEAR_AND_WARN = """
Some DET DT det 1 O some
aides NOUN NNS nsubj 2 O aide
fear VERB VBP ROOT 2 O fear
that SCONJ IN mark 6 O that
Ruiz PROPN NNP nsubj 6 B-PERSON Ruiz
has AUX VBZ aux 6 O have
missed VERB VBN ccomp 2 O miss
her PRON PRP$ poss 8 O her
chance NOUN NN dobj 6 O chance
and CCONJ CC cc 6 O and
warn VERB VB conj 6 O warn
that SCONJ IN mark 15 O that
the DET DT det 13 O the
vote NOUN NN nsubjpass 15 O vote
is AUX VBZ auxpass 15 O be
lost VERB VBN ccomp 10 O lose _
. PUNCT . punct 2 O . _
"""

IT_WAS_REPORTED = """
The DET DT det 1 O the
price NOUN NN nsubjpass 4 O price
was AUX VBD auxpass 4 O be
not PART RB neg 4 O not
disclosed VERB VBN ROOT 4 O disclose _
, PUNCT , punct 4 O ,
though SCONJ IN mark 10 O though
it PRON PRP nsubjpass 10 O it
was AUX VBD auxpass 10 O be
widely ADV RB advmod 10 O widely
reported VERB VBN advcl 4 O report
that SCONJ IN mark 14 O that
the DET DT det 13 O the
owner NOUN NN nsubj 14 O owner
paid VERB VBD ccomp 10 O pay
two NUM CD compound 16 B-MONEY two
million NUM CD nummod 17 I-MONEY million
pounds NOUN NNS dobj 14 I-MONEY pound _
. PUNCT . punct 4 O . _
"""


def reports(spec: str) -> list[tuple[str, str]]:
    """(content, speaker mention) of every candidate in a frozen parse."""
    doc = frozen(spec)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    return [(doc.text[r.start : r.end], doc.text[r.mention.start : r.mention.end]) for r in found]


def test_a_verb_joined_to_an_inner_clause_in_the_outer_tense_is_the_outer_subjects() -> None:
    assert reports(FEAR_AND_WARN) == [("the vote is lost", "Some aides")]


def test_a_passive_of_saying_with_an_empty_it_names_nobody() -> None:
    assert reports(IT_WAS_REPORTED) == []
