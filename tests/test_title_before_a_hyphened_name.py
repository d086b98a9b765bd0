"""A title and a double-barrelled name the tagger tagged one span of another kind, from a
frozen parse of a sentence written for this file (the entities as the tagger gave them), so a
model update cannot change what a test exercises:

- `Lenton Mayor Élodie Varenne-Moreau told the radio`, tagged one work of art, the given name
  one the lists know: the hyphen joins the surname's two parts, so the words after the title are
  still two or three plain words of a name, the holder's (the speaker was found with no role;
  now the title is her role)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_MAYOR_WITH_A_DOUBLE_BARRELLED_NAME = """
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
act VERB VB ccomp 12 O act _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
Lenton PROPN NNP compound 7 B-WORK_OF_ART Lenton
Mayor PROPN NNP compound 11 I-WORK_OF_ART Mayor
Élodie PROPN NNP compound 11 I-WORK_OF_ART Élodie
Varenne PROPN NNP compound 11 I-WORK_OF_ART Varenne _
- PUNCT HYPH punct 11 I-WORK_OF_ART - _
Moreau PROPN NNP nsubj 12 I-WORK_OF_ART Moreau
told VERB VBD ROOT 12 O tell
the DET DT det 14 O the
radio NOUN NN dobj 12 O radio
on ADP IN prep 12 O on
Thursday PROPN NNP compound 17 B-DATE Thursday
morning NOUN NN pobj 15 B-TIME morning _
. PUNCT . punct 12 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_title_before_a_hyphened_name_inside_one_tagged_span_is_the_role() -> None:
    assert _rows(_A_MAYOR_WITH_A_DOUBLE_BARRELLED_NAME) == [("Élodie Varenne-Moreau", "Lenton Mayor", "")]
