"""`Councillor Renato “Boy” delos Santos said`: a capitalised word in quote marks between a given
name and a surname opened by any small word of models/name_particles.txt (`delos`, `dela`, `dos`,
`ap`, not only `van` or `de`) is what the person is called, no quote of its own. Frozen parse of a
text written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Councillor Renato "Boy" delos Santos said the market would reopen. "We are ready," delos Santos said.
_TALA = """
Councillor PROPN NNP compound 1 B-PERSON Councillor
Renato PROPN NNP nmod 5 I-PERSON Renato
" PUNCT `` punct 5 I-PERSON " _
Boy NOUN NN nmod 5 I-PERSON boy _
" PUNCT '' punct 5 I-PERSON "
delos NOUN NNS compound 6 I-PERSON delo
Santos PROPN NNP nsubj 7 I-PERSON Santos
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
market NOUN NN nsubj 11 O market
would AUX MD aux 11 O would
reopen VERB VB ccomp 7 O reopen _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 15 O we
are AUX VBP ccomp 21 O be
ready ADJ JJ acomp 15 O ready _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
delos PROPN NNP compound 20 O delos
Santos PROPN NNP nsubj 21 B-PERSON Santos
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_nickname_before_a_filipino_particle_is_no_quote() -> None:
    rows = Extractor().rows(frozen(_TALA))
    expected = [("We are ready,", "Renato delos Santos", "Councillor")]
    assert [(r.quote, r.speaker, r.role) for r in rows] == expected
