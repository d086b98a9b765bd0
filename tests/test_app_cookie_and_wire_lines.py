"""A page's app, cookie and advertisement lines, and Indian papers' wire credit (`(With inputs
from PTI)`), are furniture (models/furniture.txt); a story's sentence that opens the same way is
not. Lines and a page written for this file.
"""

from __future__ import annotations

import pytest

from quotes.furniture import line_kind
from quotes.page import read_page


@pytest.mark.parametrize(
    "line, kind",
    [
        ("(With inputs from PTI)", "credit"),
        ("With inputs from agencies", "credit"),
        ("(With inputs from ANI, IANS)", "credit"),
        ("Download The Lenton Times News App for Latest City News", "notice"),
        ("We use cookies to improve your experience. By continuing to browse you agree.", "notice"),
        ("Manage cookies", "notice"),
        ("Advertisement - scroll to continue", "notice"),
        ("Article continues after this advertisement", "notice"),
        ("Social Sharing", "share"),
        ("Reuse this content", "share"),
        # Story lines are none of these.
        ("With inputs from residents, the council drew up a plan.", ""),
        ("Download the app, Ruiz said.", ""),
        ("We use cookies, “and so does everyone,” Ruiz said.", ""),
    ],
)
def test_app_cookie_and_wire_lines(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_a_wire_credit_and_an_app_prompt_leave_the_story() -> None:
    markup = (
        "<html><head><title>Water cuts in south Lenton</title></head><body><article>"
        "<h1>Water cuts in south Lenton</h1><div>"
        "LENTON: Residents will face water cuts on Tuesday while the civic body repairs a main.<br><br>"
        "“The work is urgent,” said municipal commissioner Rajesh Patil.<br><br>"
        "(With inputs from PTI)</div>"
        "<div>Download The Lenton Times News App for Latest City News</div>"
        "</article></body></html>"
    )
    text = read_page(markup).text
    assert "inputs" not in text and "Download" not in text
