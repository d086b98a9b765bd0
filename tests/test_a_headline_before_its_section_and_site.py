"""A page whose headline is no `<h1>` (Dawn sets it in `<h2 class="story__title">`) and whose
`<title>` names a section and the site after it, `Headline - Section - Site`: the site's name is
cut from the title, the section's was left, so the title matched none of the page's blocks; the
title was put first as the headline (with `- Pakistan` on it) and the page's own headline came
again under the byline, read as the story's first paragraph. The part of a title before a short
name after a dash is now known for the headline where the page prints it: it comes first, once.
Only a name cut so: a kicker over the headline that is the headline's words before a dash
(`Outages` over `Outages – what traders can do now`) stays no headline.
Pages made up for this file."""

from __future__ import annotations

from quotes.page import read_page

STORY = (
    "<p>KARACHI: Traders in the city’s main markets on Wednesday threatened to observe a strike "
    "if the utility did not end unannounced outages within a week.</p>"
    "<p>“Our businesses are dying. We sit in the dark for eight hours a day,” traders’ association "
    "chairman Sajid Mir told reporters.</p>"
    "<p>He said traders had written to the utility twice but had received no reply.</p>"
)


def page(title: str, headline: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        '<header><a class="logo" href="/">DAWN</a><nav><a href="/pakistan">Pakistan</a>'
        '<a href="/business">Business</a></nav></header>'
        f'<article class="story"><h2 class="story__title"><a href="/news/1">{headline}</a></h2>'
        '<div class="story__byline"><a href="/authors/1">Imran Ayub</a> '
        '<span class="story__time">Published March 6, 2025</span></div>'
        f'<div class="story__content">{STORY}</div></article></body></html>'
    )


HEADLINE = "Karachi traders threaten strike over power outages"


def test_the_headline_before_a_section_and_the_site_comes_first_once() -> None:
    text = read_page(page(f"{HEADLINE} - Pakistan - DAWN.COM", HEADLINE)).text
    parts = text.split("\n\n")
    assert parts[:2] == [HEADLINE, "By Imran Ayub"]
    assert parts[2].startswith("KARACHI: Traders")
    assert text.count(HEADLINE) == 1


def test_a_kicker_before_a_dash_in_the_headline_is_no_headline() -> None:
    headline = "Outages – what traders can do now"
    markup = page(f"{headline} - DAWN.COM", headline).replace(
        '<h2 class="story__title">', '<p class="kicker">Outages</p><h2 class="story__title">'
    )
    assert read_page(markup).text.split("\n\n")[0] == headline
