"""`The governor of Oyo State has denied …` | `Speaking through his Chief Press Secretary, Mr
Tunde Bakare, the governor said …`: the first person named after a lede whose subject is a
description holds its role only when nothing describes them where they are named; a name set
beside a job by commas is described there (it is the job's holder, not the lede's governor).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen
from tests.speaking_through_a_job_specs import GOVERNOR_SPEAKING_THROUGH_HIS_SECRETARY


def test_the_secretary_is_not_given_the_governors_role() -> None:
    rows = Extractor().rows(frozen(GOVERNOR_SPEAKING_THROUGH_HIS_SECRETARY))
    bakare = [(r.role, r.organization) for r in rows if r.speaker == "Tunde Bakare"]
    assert bakare and all(role != "governor of Oyo State" for role, _ in bakare)
