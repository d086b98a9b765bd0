"""A headline in Title Case that tells news as just done puts a capitalised past form of a verb
of saying after `Just` (`Film Director Who Backed X Just Called …`), which the tagger reads as a
name as it does `Says`: read by the line's shape, it is a report, and who reports is the words
before `Just`, up to a `Who` that opens a clause about them (quotes/indirect.py,
``_headline_reports``). After `Just`, `To` still opens what was spoken to, not what was said.
Frozen parses (tests/frozen.py) of lines written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Film Director Who Backed Jacinda Ardern Just Called The Opposition Leader A Two Word Name That
# Stings
TITLE_DIRECTOR = """
Film PROPN NNP compound 1 O Film
Director PROPN NNP npadvmod 3 O Director
Who PRON WP nsubj 3 O who
Backed VERB VBD ROOT 3 O back
Jacinda PROPN NNP compound 5 B-PERSON Jacinda
Ardern PROPN NNP dobj 3 I-PERSON Ardern
Just ADV RB advmod 7 B-ORG just
Called VERB VBD advcl 3 I-ORG call
The DET DT det 10 I-ORG the
Opposition PROPN NNP compound 10 I-ORG Opposition
Leader PROPN NNP oprd 7 I-ORG Leader
A PROPN NNP det 14 I-ORG A
Two NUM CD compound 13 I-ORG two
Word PROPN NNP compound 14 I-ORG Word
Name NOUN NN oprd 7 I-ORG name
That SCONJ IN det 16 O that
Stings NOUN NNS oprd 7 O sting _
"""


# Cricket Star Who Endorsed Imran Khan Just Revealed The 1 Thing He Wants From The New Government
TITLE_CRICKETER = """
Cricket PROPN NNP compound 1 O Cricket
Star PROPN NNP npadvmod 3 O Star
Who PRON WP nsubj 3 O who
Endorsed VERB VBD ccomp 7 O endorse
Imran PROPN NNP compound 5 O Imran
Khan PROPN NNP dobj 3 B-PERSON Khan
Just ADV RB advmod 7 O just
Revealed VERB VBD ROOT 7 O reveal
The DET DT det 10 O the
1 NUM CD nummod 10 O 1
Thing NOUN NN dobj 7 O thing
He PRON PRP nsubj 12 O he
Wants VERB VBZ relcl 10 O want
From ADP IN prep 12 O from
The DET DT det 16 B-ORG the
New PROPN NNP compound 16 I-ORG New
Government PROPN NNP pobj 13 I-ORG Government _
"""


# Council Just Responded To The Auditor’s Scathing Report
TITLE_RESPONDED = """
Council PROPN NNP nsubj 2 O Council
Just ADV RB advmod 2 O just
Responded VERB VBD ROOT 2 O respond
To ADP IN prep 2 O to
The DET DT det 5 O the
Auditor NOUN NN poss 8 O auditor _
’s PART POS case 5 O ’s
Scathing PROPN NNP compound 8 O Scathing
Report PROPN NNP pobj 3 O Report _
"""


def _reports(spec: str) -> list[tuple[str, str, str]]:
    doc = frozen(spec)
    text = doc.text
    return [
        (text[r.start : r.end], text[r.mention.start : r.mention.end] if r.mention else "", r.cue)
        for r in reported_speech(QuoteIndex.of(doc))
    ]


def test_a_past_form_after_just_is_a_report_of_the_words_before_who() -> None:
    assert _reports(TITLE_DIRECTOR) == [
        ("The Opposition Leader A Two Word Name That Stings", "Film Director", "Called")
    ]


def test_a_past_form_ending_in_ed_after_just_is_a_report() -> None:
    assert _reports(TITLE_CRICKETER) == [
        ("The 1 Thing He Wants From The New Government", "Cricket Star", "Revealed")
    ]


def test_responded_to_after_just_reports_nothing() -> None:
    assert _reports(TITLE_RESPONDED) == []
