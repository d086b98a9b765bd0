"""`urged the county to scrap the levy, reopen the clinics, and pay the arrears`: a series of
infinitives after a verb of urging, asking or calling for, where the parser hangs the second
verb (a bare verb after a comma, no `to` of its own) on the verb of saying as an adverbial
clause, a conjunct or a loose dependent. The content stopped at the first infinitive; the
series is all that was urged. A verb in a tense after the comma (`…, then walked out`) is the
speaker's next act and stays out. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The union urged the county to scrap the levy, reopen the clinics, and pay the arrears by June.
_URGED = """
The DET DT det 1 O the
union NOUN NN nsubj 2 O union
urged VERB VBD ROOT 2 O urge
the DET DT det 4 O the
county NOUN NN dobj 2 O county
to PART TO aux 6 O to
scrap VERB VB xcomp 2 O scrap
the DET DT det 8 O the
levy NOUN NN dobj 6 O levy _
, PUNCT , punct 2 O ,
reopen VERB VB advcl 2 O reopen
the DET DT det 12 O the
clinics NOUN NNS dobj 10 O clinic _
, PUNCT , punct 10 O ,
and CCONJ CC cc 10 O and
pay VERB VB conj 10 O pay
the DET DT det 17 O the
arrears NOUN NNS dobj 15 O arrear
by ADP IN prep 15 O by
June PROPN NNP pobj 18 B-DATE June _
. PUNCT . punct 2 O . _
"""

# The governor called for the agency to audit the accounts, publish the findings and refund the
# fees.
_CALLED_FOR = """
The DET DT det 1 O the
governor NOUN NN nsubj 2 O governor
called VERB VBD ROOT 2 O call
for SCONJ IN mark 7 O for
the DET DT det 5 O the
agency NOUN NN nsubj 7 O agency
to PART TO aux 7 O to
audit VERB VB advcl 2 O audit
the DET DT det 9 O the
accounts NOUN NNS dobj 7 O account _
, PUNCT , punct 2 O ,
publish VERB VB conj 2 O publish
the DET DT det 13 O the
findings NOUN NNS dobj 11 O finding
and CCONJ CC cc 11 O and
refund VERB VB conj 11 O refund
the DET DT det 17 O the
fees NOUN NNS dobj 15 O fee _
. PUNCT . punct 2 O . _
"""

# The bishop asked parishioners to pray for rain, give to the relief fund and check on elderly
# neighbours.
_ASKED = """
The DET DT det 1 O the
bishop NOUN NN nsubj 2 O bishop
asked VERB VBD ROOT 2 O ask
parishioners NOUN NNS dobj 2 O parishioner
to PART TO aux 5 O to
pray VERB VB xcomp 2 O pray
for ADP IN prep 5 O for
rain NOUN NN pobj 6 O rain _
, PUNCT , punct 2 O ,
give VERB VB dep 2 O give
to ADP IN dative 9 O to
the DET DT det 13 O the
relief NOUN NN compound 13 O relief
fund NOUN NN pobj 10 O fund
and CCONJ CC cc 9 O and
check VERB VB conj 9 O check
on ADP IN prep 15 O on
elderly ADJ JJ amod 18 O elderly
neighbours NOUN NNS pobj 16 O neighbour _
. PUNCT . punct 2 O . _
"""

# The chairwoman told the board to drop the levy, then walked out of the meeting.
_WALKED_OUT = """
The DET DT det 1 O the
chairwoman NOUN NN nsubj 2 O chairwoman
told VERB VBD ROOT 2 O tell
the DET DT det 4 O the
board NOUN NN dobj 2 O board
to PART TO aux 6 O to
drop VERB VB xcomp 2 O drop
the DET DT det 8 O the
levy NOUN NN dobj 6 O levy _
, PUNCT , punct 2 O ,
then ADV RB advmod 11 O then
walked VERB VBD dep 2 O walk
out ADP IN prep 11 O out
of ADP IN prep 12 O of
the DET DT det 15 O the
meeting NOUN NN pobj 13 O meeting _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[tuple[str, str, str]]:
    """(the speaker as written, the cue, what was said) of each reported-speech row."""
    rows = Extractor(indirect=True).rows(frozen(spec))
    return [(r.mention, r.cue, r.quote) for r in rows if r.kind == "indirect"]


def test_a_series_hung_on_the_verb_as_a_clause_is_what_was_urged() -> None:
    assert _reports(_URGED) == [
        (
            "The union",
            "urged",
            "the county to scrap the levy, reopen the clinics, and pay the arrears by June",
        )
    ]


def test_a_series_after_called_for_is_what_was_called_for() -> None:
    assert _reports(_CALLED_FOR) == [
        (
            "The governor",
            "called",
            "the agency to audit the accounts, publish the findings and refund the fees",
        )
    ]


def test_a_series_hung_as_a_loose_dependent_is_what_was_asked() -> None:
    assert _reports(_ASKED) == [
        (
            "The bishop",
            "asked",
            "parishioners to pray for rain, give to the relief fund and check on elderly neighbours",
        )
    ]


def test_a_verb_in_a_tense_after_the_comma_is_the_speakers_next_act() -> None:
    assert _reports(_WALKED_OUT) == [("The chairwoman", "told", "the board to drop the levy")]
