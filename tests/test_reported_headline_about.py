"""A headline in Title Case read by its shape whose words after the verb open with `Of` or
`About` (`… Warns Of Floods …`) says what was spoken of, not what was said, as `To` does
(`Responds To Critics`): no report (quotes/indirect.py, ``_headline_reports``). Frozen parse
(tests/frozen.py) of a line written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Harbour Chief Ana Ruiz Warns Of Floods Along The Coast This Winter
TITLE_WARNS_OF = """
Harbour PROPN NNP compound 3 O Harbour
Chief PROPN NNP compound 3 O Chief
Ana PROPN NNP compound 3 O Ana
Ruiz PROPN NNP nsubj 4 O Ruiz
Warns PROPN NNPS ROOT 4 O Warns
Of ADP IN prep 4 O of
Floods PROPN NNPS pobj 5 O Floods
Along ADP IN prep 4 O along
The DET DT det 9 O the
Coast PROPN NNP pobj 7 O Coast
This DET DT det 11 O this
Winter NOUN NN npadvmod 4 O winter _
"""


def test_a_headline_warning_of_something_reports_nothing() -> None:
    assert reported_speech(QuoteIndex.of(frozen(TITLE_WARNS_OF))) == []
