"""A picture from the files (`File picture`, `Representative image`) is a credit line, and a
person a credit for the reporting names (`With files from Sam Reid`) is no one a later `he said`
means (quotes/entities.py `_in_the_story`). Frozen parse of a story written for this file (see
tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Council approves harbour levy /  / File picture /  / The Lenton District Council has approved a
# harbour levy of $40 per household after a long debate. /  / "We had no choice," the mayor, Tom
# Hale, said. /  / With files from Sam Reid /  / "It will be reviewed next year," he said.
_WITH_FILES_FROM = """
Council NOUN NN nsubj 1 O council
approves VERB VBZ ROOT 1 O approve
harbour PROPN NNP compound 3 B-PERSON harbour
levy PROPN NNP punct 1 I-PERSON levy _
<paragraph> SPACE _SP dep 3 O <paragraph> _
File NOUN NN compound 6 O file
picture NOUN NN ROOT 6 O picture _
<paragraph> SPACE _SP dep 6 O <paragraph> _
The DET DT det 11 B-ORG the
Lenton PROPN NNP compound 11 I-ORG Lenton
District PROPN NNP compound 11 I-ORG District
Council PROPN NNP nsubj 13 I-ORG Council
has AUX VBZ aux 13 O have
approved VERB VBN ROOT 13 O approve
a DET DT det 16 O a
harbour ADJ JJ compound 16 O harbour
levy NOUN NN dobj 13 O levy
of ADP IN prep 16 O of
$ SYM $ nmod 19 O $ _
40 NUM CD pobj 17 B-MONEY 40
per ADP IN prep 19 O per
household NOUN NN pobj 20 O household
after ADP IN prep 13 O after
a DET DT det 25 O a
long ADJ JJ amod 25 O long
debate NOUN NN pobj 22 O debate _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 26 O <paragraph> _
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 30 O we
had VERB VBD ccomp 41 O have
no DET DT det 32 O no
choice NOUN NN dobj 30 O choice _
, PUNCT , punct 41 O , _
" PUNCT '' punct 33 O "
the DET DT det 36 O the
mayor NOUN NN nsubj 41 O mayor _
, PUNCT , punct 36 O ,
Tom PROPN NNP compound 39 B-PERSON Tom
Hale PROPN NNP appos 36 I-PERSON Hale _
, PUNCT , punct 36 O ,
said VERB VBD ROOT 41 O say _
. PUNCT . punct 41 O . _
<paragraph> SPACE _SP dep 42 O <paragraph> _
With ADP IN ROOT 44 O with
files NOUN NNS pobj 44 O file
from ADP IN prep 45 O from
Sam PROPN NNP compound 48 B-PERSON Sam
Reid PROPN NNP pobj 46 I-PERSON Reid _
<paragraph> SPACE _SP dep 48 O <paragraph> _
" PUNCT `` punct 54 O " _
It PRON PRP nsubjpass 54 O it
will AUX MD aux 54 O will
be AUX VB auxpass 54 O be
reviewed VERB VBN ccomp 60 O review
next ADJ JJ amod 56 B-DATE next
year NOUN NN npadvmod 54 I-DATE year _
, PUNCT , punct 60 O , _
" PUNCT '' punct 60 O "
he PRON PRP nsubj 60 O he
said VERB VBD ROOT 60 O say _
. PUNCT . punct 60 O . _
"""


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("File picture", "credit"),
        ("File picture.", "credit"),
        ("File image", "credit"),
        ("Stock image", "credit"),
        ("Library picture: Ana Ruiz", "credit"),
        ("(Representative image)", "credit"),
        ("Image used for representational purpose only.", "credit"),
        ("The harbour in 2019. File picture", "caption"),
        ("Ana Ruiz at the launch. (Representational image)", "caption"),
        # (Story lines about a picture stay story.)
        ("The file picture showed the harbour in 2019.", ""),
        ("File pictures of the dam were shown to the court.", ""),
        ("A file photo of the mayor was used.", ""),
        ("Stock images are cheap, she said.", ""),
    ],
)
def test_a_picture_from_the_files(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_a_reporting_credit_names_no_one_a_later_he_means() -> None:
    # (`With files from Sam Reid` credits a reporter: the mayor, Tom Hale, is the `he`.)
    rows = Extractor().rows(frozen(_WITH_FILES_FROM))
    assert [(r.speaker, r.role) for r in rows] == [("Tom Hale", "mayor"), ("Tom Hale", "mayor")]
