"""A person's profile takes its organisation from the nearest descriptor that has one; a people
or a place is no organisation (`the Omani scientist`), so it must not hide the body another
mention gives (`a senior scientist at the Water Authority`). Descriptors built by hand."""

from __future__ import annotations

from quotes.descriptors import Descriptor
from quotes.entities import Entity, without_place_bodies

# A profile's headline calls her `the Omani scientist` (char 40); the story later says she is
# a senior scientist at the Water Authority (char 700), after a standfirst, a caption and a lede
# that name her (chars 110, 300, 420).
_HEADLINE = Descriptor(40, "scientist", "Omani", "description")
_STORY = Descriptor(700, "senior scientist at the Water Authority", "Water Authority", "copula")


def _scientist(descriptors: list[Descriptor]) -> Entity:
    return Entity("person", mentions=[40, 110, 300, 420, 700], descriptors=descriptors)


def test_a_people_hides_the_body_a_later_mention_gives() -> None:
    # (why the step exists: the headline's descriptor is nearest and its `body` a people)
    assert _scientist([_HEADLINE, _STORY]).profile() == ("scientist", "Omani")


def test_without_the_people_the_body_is_the_story_s() -> None:
    kept = without_place_bodies([_HEADLINE, _STORY], frozenset())
    assert _scientist(kept).profile() == ("scientist", "Water Authority")


def test_a_body_the_article_names_is_kept() -> None:
    kept = without_place_bodies([_STORY], frozenset())
    assert kept == [_STORY]


def test_a_place_the_article_names_is_no_body() -> None:
    posted = Descriptor(40, "correspondent", "Nakuru", "apposition")
    assert without_place_bodies([posted], frozenset({"nakuru"})) == [
        Descriptor(40, "correspondent", "", "apposition")
    ]
