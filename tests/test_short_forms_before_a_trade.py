"""A short form in capitals before a political trade (`GOP strategist`, `SNP pollster`) is a side
taken and stays in the role (ROLES.md), unless the article spells it out as a body that is no
party (`UNH pollster` after `a University of New Hampshire poll`): then it is the organisation,
by its full name. Frozen parses of sentences written for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen


def described(spec: str, org_names: frozenset[str]) -> list[tuple[str, str]]:
    """The (role, organisation) pairs the sentence gives `Ana Ruiz`, in an article that names
    the bodies ``org_names`` (in small letters)."""
    doc = frozen(spec)
    start = [t.text for t in doc].index("Ana")
    people = frozenset({"ana", "ruiz"})
    describer = Describer(DocContext(doc), [True] * len(doc), org_names, people)
    return [(d.role, d.organization) for d in describer.describe(start, start + 2)]


def _pollster(short: str) -> str:
    """ "Turnout will be low, said <short> pollster Ana Ruiz." """
    return f"""
Turnout NOUN NN nsubj 2 O turnout
will AUX MD aux 2 O will
be AUX VB ccomp 5 O be
low ADJ JJ acomp 2 O low _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 5 O say
{short} PROPN NNP compound 7 B-ORG {short}
pollster NOUN NN compound 9 O pollster
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP nsubj 5 O Ruiz _
. PUNCT . punct 5 O . _
"""


def test_a_short_form_the_article_spells_out_is_the_body_before_a_trade() -> None:
    names = frozenset({"university of new hampshire"})
    assert described(_pollster("UNH"), names) == [("pollster", "UNH")]


def test_a_short_form_not_spelled_out_stays_in_the_role() -> None:
    assert described(_pollster("UNH"), frozenset()) == [("UNH pollster", "")]
    # (a short form the article shows as a body, but never spells out, is as likely a side)
    assert described(_pollster("GOP"), frozenset({"gop"})) == [("GOP pollster", "")]


def test_a_party_spelled_out_stays_a_side_taken() -> None:
    names = frozenset({"scottish national party"})
    assert described(_pollster("SNP"), names) == [("SNP pollster", "")]
