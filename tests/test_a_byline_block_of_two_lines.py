"""A byline set as two blocks, the name in one and the desk in the next (BBC pages:
`<div data-component="byline-block"><p>Tom Ellis</p><p>BBC News, Cardiff</p></div>`), gives
`By Tom Ellis`, not a name *Tom EllisBBC News* run together; and the block, its component named
in a data attribute, is furniture the story text leaves out. A page written for this file.
"""

from __future__ import annotations

from quotes.page import read_page

_PAGE = (
    "<html><head><title>Parking charges to rise at city hospital</title></head><body><main><article>"
    "<h1>Parking charges to rise at city hospital</h1>"
    '<div data-component="byline-block"><p>Tom Ellis</p><p>Lenton News, Westbury</p></div>'
    "<div><p>Patients and visitors will pay more to park at Westbury hospital from April, "
    "the health board has said.</p></div>"
    "<div><p>“We know this is unwelcome news for many people,” said the board's director of "
    "estates, Gareth Hughes.</p></div>"
    "<div><p>Campaigner Megan Price said the rise would hit the poorest hardest.</p></div>"
    "</article></main></body></html>"
)


def test_a_byline_block_of_two_lines_gives_the_name_alone() -> None:
    paragraphs = read_page(_PAGE).text.split("\n\n")
    assert paragraphs[:3] == [
        "Parking charges to rise at city hospital",
        "By Tom Ellis",
        "Patients and visitors will pay more to park at Westbury hospital from April, "
        "the health board has said.",
    ]
