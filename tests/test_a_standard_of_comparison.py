"""`would not create nearly as many jobs as the governor has promised`: a verb of saying in the
`as` clause after the first term of a comparison (`as many …`, `twice as much …`) says what the
phrase is measured against; its content is left out, and the phrase the parser hangs the clause
on (`nearly as many jobs`) is the writer's measure, not what was said, so there is no report.
An `as` clause with no comparison before it (`The fares rose, as the minister had warned`) is a
report, and so is a verb with a clause of its own inside the comparison (`half as much credit as
aides say he deserves`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The scheme will not create nearly as many jobs as the governor has promised.
_AS_MANY_JOBS = """
The DET DT det 1 O the
scheme NOUN NN nsubj 4 O scheme
will AUX MD aux 4 O will
not PART RB neg 4 O not
create VERB VB ROOT 4 O create
nearly ADV RB advmod 7 O nearly
as ADV RB advmod 7 O as
many ADJ JJ amod 8 O many
jobs NOUN NNS dobj 4 O job
as SCONJ IN mark 13 O as
the DET DT det 11 O the
governor NOUN NN nsubj 13 O governor
has AUX VBZ aux 13 O have
promised VERB VBN advcl 8 O promise _
. PUNCT . punct 4 O . _
"""

# The port handled twice as much cargo as the authority had predicted.
_TWICE_AS_MUCH = """
The DET DT det 1 O the
port NOUN NN nsubj 2 O port
handled VERB VBD ROOT 2 O handle
twice DET PDT advmod 5 O twice
as ADV RB advmod 5 O as
much ADJ JJ amod 6 O much
cargo NOUN NN dobj 2 O cargo
as SCONJ IN mark 11 O as
the DET DT det 9 O the
authority NOUN NN nsubj 11 O authority
had AUX VBD aux 11 O have
predicted VERB VBN advcl 6 O predict _
. PUNCT . punct 2 O . _
"""

# The fares rose in March, as the transport minister had warned.
_AS_WARNED = """
The DET DT det 1 O the
fares NOUN NNS nsubj 2 O fare
rose VERB VBD ROOT 2 O rise
in ADP IN prep 2 O in
March PROPN NNP pobj 3 B-DATE March _
, PUNCT , punct 2 O ,
as SCONJ IN mark 11 O as
the DET DT det 9 O the
transport NOUN NN compound 9 O transport
minister NOUN NN nsubj 11 O minister
had AUX VBD aux 11 O have
warned VERB VBN advcl 2 O warn _
. PUNCT . punct 2 O . _
"""

# Mr. Ruto has got half as much credit as aides say he deserves for the progress of his first
# year.
_HALF_AS_MUCH_CREDIT = """
Mr. PROPN NNP compound 1 O Mr.
Ruto PROPN NNP nsubj 3 B-PERSON Ruto
has AUX VBZ aux 3 O have
got VERB VBN ROOT 3 O get
half DET PDT advmod 6 B-CARDINAL half
as ADV RB advmod 6 O as
much ADJ JJ amod 7 O much
credit NOUN NN dobj 3 O credit
as SCONJ IN mark 10 O as
aides NOUN NNS nsubj 10 O aide
say VERB VBP advcl 3 O say
he PRON PRP nsubj 12 O he
deserves VERB VBZ ccomp 10 O deserve
for ADP IN prep 12 O for
the DET DT det 15 O the
progress NOUN NN pobj 13 O progress
of ADP IN prep 15 O of
his PRON PRP$ poss 19 B-DATE his
first ADJ JJ amod 19 I-DATE first
year NOUN NN pobj 16 I-DATE year _
. PUNCT . punct 3 O . _
"""


def _reports(spec: str) -> list[tuple[str, str, str]]:
    """(the speaker as written, the cue, what was said) of each reported-speech row."""
    rows = Extractor(indirect=True).rows(frozen(spec))
    return [(r.mention, r.cue, r.quote) for r in rows if r.kind == "indirect"]


def test_what_a_number_is_measured_against_is_no_report() -> None:
    assert _reports(_AS_MANY_JOBS) == []


def test_what_an_amount_is_measured_against_is_no_report() -> None:
    assert _reports(_TWICE_AS_MUCH) == []


def test_an_as_clause_with_no_comparison_reports() -> None:
    assert _reports(_AS_WARNED) == [("the transport minister", "warned", "The fares rose in March")]


def test_a_verb_with_its_own_clause_inside_a_comparison_reports() -> None:
    said = "he deserves for the progress of his first year"
    assert _reports(_HALF_AS_MUCH_CREDIT) == [("aides", "say", said)]
