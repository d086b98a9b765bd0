"""`The Finance Committee met on Thursday, Mr. JOHN BURNS presiding. …. The CHAIRMAN: …`: minutes
seat their chair by name (`presiding`, `in the chair`) and then call him by the office alone, also
as a transcript's label and after another member has spoken. The one person the story seated in
the chair before it is *The CHAIRMAN*, with the role *Chairman*; before, he was so only when the
office followed right after the seating. With no one seated, the chairman stays someone unnamed.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import (
    CLERK_GIVES_THE_COST,
    COMMITTEE_WITH_BURNS_PRESIDING,
    ROBERTS_ASKS_THE_COST,
    minutes_spec,
)
from tests.frozen import frozen

# The Finance Committee met on Thursday, Mr. JOHN BURNS presiding.  Mr. ROBERTS: What will the new
# baths cost the ratepayers of the borough?  The CLERK: About four thousand pounds.  The CHAIRMAN:
# The matter will stand over until the next meeting of the committee.
_LABEL = minutes_spec(
    COMMITTEE_WITH_BURNS_PRESIDING,
    """
<paragraph> SPACE _SP dep 11 O <paragraph> _
Mr. PROPN NNP compound 14 O Mr.
ROBERTS PROPN NNP ROOT 14 B-PERSON ROBERTS _
: PUNCT : punct 14 O :
What PRON WP dative 21 O what
will AUX MD aux 21 O will
the DET DT det 20 O the
new ADJ JJ amod 20 O new
baths NOUN NNS nsubj 21 O bath
cost VERB VBD acl 14 O cost
the DET DT det 23 O the
ratepayers NOUN NNS dobj 21 O ratepayer
of ADP IN prep 23 O of
the DET DT det 26 O the
borough NOUN NN pobj 24 O borough _
? PUNCT . punct 21 O ? _
""",
    CLERK_GIVES_THE_COST,
    """
<paragraph> SPACE _SP dep 36 O <paragraph> _
The DET DT det 39 O the
CHAIRMAN NOUN NN nsubj 44 O chairman _
: PUNCT : punct 39 O :
The DET DT det 42 O the
matter NOUN NN nsubj 44 O matter
will AUX MD aux 44 O will
stand VERB VB ROOT 44 O stand
over ADP RP prt 44 O over
until ADP IN prep 44 O until
the DET DT det 49 O the
next ADJ JJ amod 49 O next
meeting NOUN NN pobj 46 O meeting
of ADP IN prep 49 O of
the DET DT det 52 O the
committee NOUN NN pobj 50 O committee _
. PUNCT . punct 44 O . _
""",
)


# The Finance Committee met on Thursday, Mr. JOHN BURNS presiding.  Mr. ROBERTS asked what the new
# baths would cost.  The Chairman said, "The matter will stand over."
_PROSE = minutes_spec(
    COMMITTEE_WITH_BURNS_PRESIDING,
    ROBERTS_ASKS_THE_COST,
    """
<paragraph> SPACE _SP dep 22 O <paragraph> _
The DET DT det 25 O the
Chairman PROPN NNP nsubj 26 O Chairman
said VERB VBD ROOT 26 O say _
, PUNCT , punct 26 O ,
" PUNCT `` punct 26 O " _
The DET DT det 30 O the
matter NOUN NN nsubj 32 O matter
will AUX MD aux 32 O will
stand VERB VB ccomp 26 O stand
over ADP RP prt 32 O over _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _
""",
)


# The Finance Committee met on Thursday at the Town Hall.  Mr. ROBERTS asked what the new baths
# would cost.  The Chairman said, "The matter will stand over."
_NONE_SEATED = minutes_spec(
    """
The DET DT det 2 B-ORG the
Finance PROPN NNP compound 2 I-ORG Finance
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Thursday PROPN NNP pobj 4 B-DATE Thursday
at ADP IN prep 3 O at
the DET DT det 9 B-FAC the
Town PROPN NNP compound 9 I-FAC Town
Hall PROPN NNP pobj 6 I-FAC Hall _
. PUNCT . punct 3 O . _
""",
    ROBERTS_ASKS_THE_COST,
    """
<paragraph> SPACE _SP dep 21 O <paragraph> _
The DET DT det 24 O the
Chairman PROPN NNP nsubj 25 O Chairman
said VERB VBD ROOT 25 O say _
, PUNCT , punct 25 O ,
" PUNCT `` punct 25 O " _
The DET DT det 29 O the
matter NOUN NN nsubj 31 O matter
will AUX MD aux 31 O will
stand VERB VB ccomp 25 O stand
over ADP RP prt 31 O over _
. PUNCT . punct 25 O . _
" PUNCT '' punct 25 O " _
""",
)


def _chairman(spec: str) -> list[tuple[str, str]]:
    rows = Extractor().rows(frozen(spec))
    return [(r.speaker, r.role) for r in rows if r.quote.startswith("The matter will stand over")]


def test_the_chairmans_label_is_the_one_seated() -> None:
    assert _chairman(_LABEL) == [("John Burns", "Chairman")]


def test_the_chairman_after_another_member_is_the_one_seated() -> None:
    assert _chairman(_PROSE) == [("John Burns", "Chairman")]


def test_with_no_one_seated_the_chairman_is_unnamed() -> None:
    assert _chairman(_NONE_SEATED) == [("The Chairman", "Chairman")]
