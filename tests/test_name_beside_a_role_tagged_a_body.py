"""A name set beside a role after a comma whose surname alone the tagger tagged a body (`Its
secretary general, Mamadou Ndiaye,`) is the holder's, not an organisation; and a body whose name
ends in `Collective` (also `Forum`, `Guild`) speaks as a body, so `Its` finds it. A frozen parse
of a story written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Kayar Fishers Collective, which represents about 4,000 families, called the talks "a
# ceremony" in a statement on Monday. / Its secretary general, Mamadou Ndiaye, said catches had
# fallen sharply. / "We are not against gas. We are against being ignored," Ndiaye said.
_COLLECTIVE = """
The DET DT det 3 O the
Kayar PROPN NNP compound 3 O Kayar
Fishers PROPN NNP compound 3 O Fishers
Collective PROPN NNP nsubj 11 O Collective _
, PUNCT , punct 3 O ,
which PRON WDT nsubj 6 O which
represents VERB VBZ relcl 3 O represent
about ADV RB advmod 8 B-CARDINAL about
4,000 NUM CD nummod 9 I-CARDINAL 4,000
families NOUN NNS dobj 6 O family _
, PUNCT , punct 3 O ,
called VERB VBD ROOT 11 O call
the DET DT det 13 O the
talks NOUN NNS dobj 11 O talk
" PUNCT `` punct 16 O " _
a DET DT det 16 O a
ceremony NOUN NN oprd 11 O ceremony _
" PUNCT '' punct 16 O "
in ADP IN prep 11 O in
a DET DT det 20 O a
statement NOUN NN pobj 18 O statement
on ADP IN prep 20 O on
Monday PROPN NNP pobj 21 B-DATE Monday _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
Its PRON PRP$ poss 27 O its
secretary NOUN NN compound 27 O secretary
general NOUN NN nsubj 32 O general _
, PUNCT , punct 27 O ,
Mamadou PROPN NNP compound 30 O Mamadou
Ndiaye PROPN NNP appos 27 B-ORG Ndiaye _
, PUNCT , punct 27 O ,
said VERB VBD ROOT 32 O say
catches NOUN NNS nsubj 35 O catch
had AUX VBD aux 35 O have
fallen VERB VBN ccomp 32 O fall
sharply ADV RB advmod 35 O sharply _
. PUNCT . punct 32 O . _
<paragraph> SPACE _SP dep 37 O <paragraph> _
" PUNCT `` punct 41 O " _
We PRON PRP nsubj 41 O we
are AUX VBP ROOT 41 O be
not PART RB neg 41 O not
against ADP IN prep 41 O against
gas NOUN NN pobj 43 O gas _
. PUNCT . punct 41 O .
We PRON PRP nsubj 47 O we
are AUX VBP ccomp 54 O be
against ADP IN prep 47 O against
being AUX VBG auxpass 50 O be
ignored VERB VBN pcomp 48 O ignore _
, PUNCT , punct 54 O , _
" PUNCT '' punct 54 O "
Ndiaye PROPN NNP nsubj 54 B-ORG Ndiaye
said VERB VBD ROOT 54 O say _
. PUNCT . punct 54 O . _
"""


def test_a_surname_tagged_a_body_beside_a_role_is_the_holder_s() -> None:
    rows = Extractor().rows(frozen(_COLLECTIVE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Kayar Fishers Collective", "", "Kayar Fishers Collective"),
        ("Mamadou Ndiaye", "secretary general", "Kayar Fishers Collective"),
    ]


# The Kayar Fishers Collective called the talks "a ceremony" on Monday. / Its secretary general
# Mamadou Ndiaye said catches had fallen sharply. / "We are not against gas. We are against being
# ignored," Ndiaye said.  (No commas: `general`, a job no body holds, before the name.)
_NO_COMMAS = """
The DET DT det 3 O the
Kayar PROPN NNP compound 3 O Kayar
Fishers PROPN NNPS compound 3 O Fishers
Collective PROPN NNP nsubj 4 O Collective
called VERB VBD ROOT 4 O call
the DET DT det 6 O the
talks NOUN NNS dobj 4 O talk
" PUNCT `` punct 9 O " _
a DET DT det 9 O a
ceremony NOUN NN oprd 4 O ceremony _
" PUNCT '' punct 9 O "
on ADP IN prep 4 O on
Monday PROPN NNP pobj 11 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
Its PRON PRP$ poss 17 O its
secretary NOUN NN compound 17 O secretary
general NOUN NN compound 19 O general
Mamadou PROPN NNP compound 19 B-ORG Mamadou
Ndiaye PROPN NNP nsubj 20 I-ORG Ndiaye
said VERB VBD ROOT 20 O say
catches NOUN NNS nsubj 23 O catch
had AUX VBD aux 23 O have
fallen VERB VBN ccomp 20 O fall
sharply ADV RB advmod 23 O sharply _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 29 O we
are AUX VBP ROOT 29 O be
not PART RB neg 29 O not
against ADP IN prep 29 O against
gas NOUN NN pobj 31 O gas _
. PUNCT . punct 29 O .
We PRON PRP nsubj 35 O we
are AUX VBP ccomp 42 O be
against ADP IN prep 35 O against
being AUX VBG auxpass 38 O be
ignored VERB VBN pcomp 36 O ignore _
, PUNCT , punct 42 O , _
" PUNCT '' punct 42 O "
Ndiaye PROPN NNP nsubj 42 B-ORG Ndiaye
said VERB VBD ROOT 42 O say _
. PUNCT . punct 42 O . _
"""


def test_a_surname_tagged_a_body_after_secretary_general_is_the_holder_s() -> None:
    rows = Extractor().rows(frozen(_NO_COMMAS))
    assert [(r.speaker, r.role, r.organization) for r in rows][-1] == (
        "Mamadou Ndiaye",
        "secretary general",
        "Kayar Fishers Collective",
    )
