"""`The Deputy Prime Minister said …`, then `"…," he said`: words of rank or time (`Deputy`,
`Acting`) between `the` and an office's title in capitals are part of the office, not a title
before a name `Prime Minister`; the speaker is the office's holder, role the whole title. A holder
the article names keeps the name. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Deputy Prime Minister said the payments would be made by Friday. "We have found every family
# who is owed," he told reporters.
_DEPUTY = """
The DET DT det 3 O the
Deputy PROPN NNP compound 3 O Deputy
Prime PROPN NNP compound 3 O Prime
Minister PROPN NNP nsubj 4 O Minister
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
payments NOUN NNS nsubjpass 9 O payment
would AUX MD aux 9 O would
be AUX VB auxpass 9 O be
made VERB VBN ccomp 4 O make
by ADP IN agent 9 O by
Friday PROPN NNP pobj 10 B-DATE Friday _
. PUNCT . punct 4 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 16 O we
have AUX VBP aux 16 O have
found VERB VBN ccomp 25 O find
every DET DT det 18 O every
family NOUN NN dobj 16 O family
who PRON WP nsubjpass 21 O who
is AUX VBZ auxpass 21 O be
owed VERB VBN relcl 18 O owe _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
he PRON PRP nsubj 25 O he
told VERB VBD ROOT 25 O tell
reporters NOUN NNS dobj 25 O reporter _
. PUNCT . punct 25 O . _
"""
# The Acting Chief Justice said the court would sit again on Monday. "No case will be lost," she
# said.
_ACTING = """
The DET DT det 3 O the
Acting PROPN NNP compound 2 O Acting
Chief PROPN NNP compound 3 O Chief
Justice PROPN NNP nsubj 4 O Justice
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
court NOUN NN nsubj 8 O court
would AUX MD aux 8 O would
sit VERB VB ccomp 4 O sit
again ADV RB advmod 8 O again
on ADP IN prep 8 O on
Monday PROPN NNP pobj 10 B-DATE Monday _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
No DET DT det 15 O no
case NOUN NN nsubjpass 18 O case
will AUX MD aux 18 O will
be AUX VB auxpass 18 O be
lost VERB VBN ccomp 22 O lose _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
she PRON PRP nsubj 22 O she
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""
# Deputy Prime Minister Ana Ruiz visited the camp. The Deputy Prime Minister said the payments
# would be made by Friday. "We have found every family who is owed," she told reporters.
_NAMED = """
Deputy PROPN NNP compound 2 O Deputy
Prime PROPN NNP compound 2 O Prime
Minister PROPN NNP compound 4 O Minister
Ana PROPN NNP compound 4 B-PERSON Ana
Ruiz PROPN NNP nsubj 5 I-PERSON Ruiz
visited VERB VBD ROOT 5 O visit
the DET DT det 7 O the
camp NOUN NN dobj 5 O camp _
. PUNCT . punct 5 O .
The DET DT det 12 O the
Deputy PROPN NNP compound 12 O Deputy
Prime PROPN NNP compound 12 O Prime
Minister PROPN NNP nsubj 13 O Minister
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
payments NOUN NNS nsubjpass 18 O payment
would AUX MD aux 18 O would
be AUX VB auxpass 18 O be
made VERB VBN ccomp 13 O make
by ADP IN agent 18 O by
Friday PROPN NNP pobj 19 B-DATE Friday _
. PUNCT . punct 13 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 25 O we
have AUX VBP aux 25 O have
found VERB VBN ccomp 34 O find
every DET DT det 27 O every
family NOUN NN dobj 25 O family
who PRON WP nsubjpass 30 O who
is AUX VBZ auxpass 30 O be
owed VERB VBN relcl 27 O owe _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
she PRON PRP nsubj 34 O she
told VERB VBD ROOT 34 O tell
reporters NOUN NNS dobj 34 O reporter _
. PUNCT . punct 34 O . _
"""


def test_a_deputys_office_after_the_is_no_name() -> None:
    rows = Extractor().rows(frozen(_DEPUTY))
    assert [(r.speaker, r.role) for r in rows] == [("The Deputy Prime Minister", "Deputy Prime Minister")]


def test_an_acting_office_after_the_is_no_name() -> None:
    rows = Extractor().rows(frozen(_ACTING))
    assert [(r.speaker, r.role) for r in rows] == [("The Acting Chief Justice", "Acting Chief Justice")]


def test_the_office_named_before_keeps_its_holder() -> None:
    rows = Extractor().rows(frozen(_NAMED))
    assert [(r.speaker, r.role) for r in rows] == [("Ana Ruiz", "Deputy Prime Minister")]
