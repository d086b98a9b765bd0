"""Nigerian and Indian police ranks written short before a name (`SP`, `DSP`, `ASP`, `CSP`:
superintendent of police) are titles, no part of the name, so the description set off before
them still describes the person: `The command's spokesperson, SP Ufuoma Eze,` speaks for the
police command the article names. Sentences written for this file, through the real pipeline."""

from __future__ import annotations

from quotes import extract


def test_description_before_a_short_rank() -> None:
    text = (
        "The Delta State Police Command has arrested four men over the robbery of a bus in Warri.\n\n"
        "The command's spokesperson, SP Ufuoma Eze, said the suspects \"confessed to the crime "
        'during questioning."'
    )
    rows = [(r.speaker, r.role, r.organization) for r in extract(text)]
    assert rows and rows[0] == ("Ufuoma Eze", "spokesperson", "Delta State Police Command")
