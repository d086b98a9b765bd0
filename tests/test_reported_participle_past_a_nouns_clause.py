"""Who says what a participle of saying set off by a comma reports when the parser hangs it on
the verb of the `that` clause a noun completes (quotes/indirect.py,
``_participle_past_a_nouns_clause``): the subject of the verb whose object the noun is (`The
union dismissed claims that the company is breaking the law …, saying …`: the union), not the
clause's subject. Frozen parse (tests/frozen.py) of a sentence written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# The union dismissed claims that the company is breaking the law through its pension plan,
# saying the workers chose not to join it.
DISMISSED_CLAIMS_SAYING = """
The DET DT det 1 O the
union NOUN NN nsubj 2 O union
dismissed VERB VBD ROOT 2 O dismiss
claims NOUN NNS dobj 2 O claim
that SCONJ IN mark 8 O that
the DET DT det 6 O the
company NOUN NN nsubj 8 O company
is AUX VBZ aux 8 O be
breaking VERB VBG acl 3 O break
the DET DT det 10 O the
law NOUN NN dobj 8 O law
through ADP IN prep 8 O through
its PRON PRP$ poss 14 O its
pension NOUN NN compound 14 O pension
plan NOUN NN pobj 11 O plan _
, PUNCT , punct 8 O ,
saying VERB VBG advcl 8 O say
the DET DT det 18 O the
workers NOUN NNS nsubj 19 O worker
chose VERB VBD ccomp 16 O choose
not PART RB neg 22 O not
to PART TO aux 22 O to
join VERB VB xcomp 19 O join
it PRON PRP dobj 22 O it _
. PUNCT . punct 2 O . _
"""


def test_the_one_who_dismissed_the_claims_goes_on_speaking() -> None:
    doc = frozen(DISMISSED_CLAIMS_SAYING)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    said = [(doc.text[r.start : r.end], doc.text[r.mention.start : r.mention.end]) for r in found]
    said = [pair for pair, r in zip(said, found, strict=True) if r.cue == "saying"]
    assert said == [("the workers chose not to join it", "The union")]
