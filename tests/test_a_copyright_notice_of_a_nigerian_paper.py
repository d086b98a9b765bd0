"""The copyright notice a Nigerian paper sets under its stories: `Copyright PUNCH.`, a copyright
line with neither year nor `All rights reserved` after it, and the reproduction notice under it
(`All rights reserved. This material, and other digital content on this website, may not be
reproduced … without prior express written permission from PUNCH.`) were kept as the story's
last paragraphs; both are now notices. Story lines on copyright stay. Lines written for this
file."""

from __future__ import annotations

import pytest

from quotes.furniture import line_kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Copyright PUNCH.", "notice"),
        ("Copyright The Lenton Herald", "notice"),
        (
            "All rights reserved. This material, and other digital content on this website, may not "
            "be reproduced, published, broadcast, rewritten or redistributed in whole or in part "
            "without prior express written permission from THE LEDGER.",
            "notice",
        ),
        # (Story lines on copyright stay.)
        ("Copyright infringement cases rose by a third last year, the office said.", ""),
        ("Copyright lawyers were not consulted.", ""),
        ("All rights reserved, the label said, and the song may not be reproduced.", ""),
    ],
)
def test_a_copyright_notice(line: str, kind: str) -> None:
    assert line_kind(line) == kind
