"""A name the tagger left untagged after an office title in capitals (`Councillor Fleur Ngata,
who chairs …`) is a person's: two or three words in capitals, closed by a comma or by the verb
they are subject of. Without it, `she` in the next quote went to the only person named before."""

from __future__ import annotations

from tests.frozen import frozen

# A parse of sentences written for this file, with `Fleur Ngata` left untagged by hand, as the
# tagger left the same shape in a longer article.
OFFICE_THEN_UNTAGGED_NAME = """
Mayor PROPN NNP compound 2 O Mayor
Tom PROPN NNP compound 2 B-PERSON Tom
Reid PROPN NNP nsubj 3 I-PERSON Reid
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
vote NOUN NN nsubj 6 O vote
was AUX VBD ccomp 3 O be
close ADJ JJ acomp 6 O close _
. PUNCT . punct 3 O . _
<space> SPACE _SP dep 8 O <space> _
Councillor PROPN NNP compound 12 O Councillor
Fleur PROPN NNP compound 12 O Fleur
Ngata PROPN NNP nsubj 19 O Ngata _
, PUNCT , punct 12 O ,
who PRON WP nsubj 15 O who
chairs VERB VBZ relcl 12 O chair
the DET DT det 17 O the
committee NOUN NN dobj 15 O committee _
, PUNCT , punct 12 O ,
voted VERB VBD ROOT 19 O vote
against ADP IN prep 19 O against
the DET DT det 22 O the
cuts NOUN NNS pobj 20 O cut _
. PUNCT . punct 19 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 27 O we
are AUX VBP aux 27 O be
taking VERB VBG ccomp 33 O take
books NOUN NNS dobj 27 O book
away ADV RB advmod 27 O away _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
she PRON PRP nsubj 33 O she
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""


def test_an_untagged_name_after_an_office_title_is_the_person_a_pronoun_goes_to() -> None:
    from quotes.extractor import Extractor

    rows = Extractor().rows(frozen(OFFICE_THEN_UNTAGGED_NAME))
    (row,) = [r for r in rows if r.quote.startswith("We are taking")]
    assert (row.speaker, row.mention, row.role) == ("Fleur Ngata", "she", "Councillor")

