"""Names with a word before them that the tagger leaves out: the first word of a
double-barrelled given name (`Jan-Erik Holm` tagged from `Erik`), and a member of the clergy's
title in full (`Pastor Ana Ruiz` … `Pastor Ruiz`, `Imam`, `Rabbi`), which is the role, not a word
of the name; and a name the tagger gave no person, whose double-barrelled surname is kept whole
with the given name before it, not the title (`Nantes Mayor Élise Morel-Dufour told`)."""

from __future__ import annotations

# A sentence written for this file, parsed by en_core_web_sm 3.8 as it came: the person is
# tagged from `Erik`.
GIVEN_NAME_TAGGED_FROM_ITS_SECOND_BARREL = """
Jan PROPN NNP compound 3 O Jan _
- PUNCT HYPH punct 3 O - _
Erik PROPN NNP compound 3 B-PERSON Erik
Holm PROPN NNP nsubj 11 I-PERSON Holm _
, PUNCT , punct 3 O ,
deputy NOUN NN amod 6 O deputy
head NOUN NN appos 3 O head
of ADP IN prep 6 O of
the DET DT det 9 O the
agency NOUN NN pobj 7 O agency _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
talks NOUN NNS nsubj 14 O talk
were AUX VBD ccomp 11 O be
" PUNCT `` punct 14 O " _
over ADP IN prep 14 O over _
" PUNCT '' punct 14 O " _
. PUNCT . punct 11 O . _
"""


def test_a_double_barrelled_given_name_opens_the_mention() -> None:
    from quotes.extractor import Extractor
    from tests.frozen import frozen

    (row,) = Extractor().rows(frozen(GIVEN_NAME_TAGGED_FROM_ITS_SECOND_BARREL))
    assert (row.speaker, row.mention) == ("Jan-Erik Holm", "Jan-Erik Holm")


# A sentence written for this file, parsed by en_core_web_sm 3.8, with `Pastor Kolo` tagged one
# person by hand, as the tagger tagged a pastor named so in a longer story.
PASTOR_TAGGED_WITH_THE_TITLE = """
Pastor PROPN NNP compound 2 O Pastor
Miriam PROPN NNP compound 2 B-PERSON Miriam
Kolo PROPN NNP nsubj 7 I-PERSON Kolo
of ADP IN prep 2 O of
the DET DT det 6 B-ORG the
Hill PROPN NNP compound 6 I-ORG Hill
Chapel PROPN NNP pobj 3 I-ORG Chapel
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
hall NOUN NN nsubj 10 O hall
was AUX VBD ccomp 7 O be
full ADJ JJ acomp 10 O full _
. PUNCT . punct 7 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 15 O we
have VERB VBP ccomp 23 O have
forty NUM CD nummod 17 B-CARDINAL forty
families NOUN NNS dobj 15 O family
here ADV RB advmod 15 O here _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Pastor PROPN NNP compound 22 B-PERSON Pastor
Kolo PROPN NNP nsubj 23 I-PERSON Kolo
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_pastor_named_by_title_and_surname_is_the_person_named_in_full() -> None:
    from quotes.extractor import Extractor
    from tests.frozen import frozen

    rows = Extractor().rows(frozen(PASTOR_TAGGED_WITH_THE_TITLE))
    assert [(r.speaker, r.role) for r in rows] == [("Miriam Kolo", "Pastor")]


# Sentences written for this file, parsed by en_core_web_sm 3.8 as they came: the mayor and her
# name tagged a work of art whole, with the first (or second) word of the surname the subject.
SURNAMES_FIRST_WORD_THE_SUBJECT = """
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
take VERB VB ccomp 19 O take
a DET DT det 7 O a
single ADJ JJ amod 7 O single
risk NOUN NN dobj 4 O risk
with ADP IN prep 4 O with
the DET DT det 10 O the
pupils NOUN NNS pobj 8 O pupil _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Nantes PROPN NNP compound 14 B-WORK_OF_ART Nantes
Mayor PROPN NNP compound 16 I-WORK_OF_ART Mayor
Élise PROPN NNP compound 16 I-WORK_OF_ART Élise
Morel PROPN NNP nsubj 19 I-WORK_OF_ART Morel _
- PUNCT HYPH punct 16 I-WORK_OF_ART - _
Dufour PROPN NNP appos 16 I-WORK_OF_ART Dufour
told VERB VBD ROOT 19 O tell
franceinfo PROPN NNP compound 21 O franceinfo
radio NOUN NN dobj 19 O radio
on ADP IN prep 19 O on
Friday PROPN NNP compound 24 B-DATE Friday
morning NOUN NN pobj 22 B-TIME morning _
. PUNCT . punct 19 O . _
"""

SURNAMES_SECOND_WORD_THE_SUBJECT = """
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
take VERB VB ccomp 19 O take
a DET DT det 7 O a
single ADJ JJ amod 7 O single
risk NOUN NN dobj 4 O risk
with ADP IN prep 4 O with
the DET DT det 10 O the
pupils NOUN NNS pobj 8 O pupil _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Lille PROPN NNP compound 14 B-WORK_OF_ART Lille
Mayor PROPN NNP compound 18 I-WORK_OF_ART Mayor
Hélène PROPN NNP compound 18 I-WORK_OF_ART Hélène
Roux PROPN NNP compound 18 I-WORK_OF_ART Roux _
- PUNCT HYPH punct 18 I-WORK_OF_ART - _
Garnier PROPN NNP nsubj 19 I-WORK_OF_ART Garnier
told VERB VBD ROOT 19 O tell
franceinfo PROPN NNP compound 21 O franceinfo
radio NOUN NN dobj 19 O radio
on ADP IN prep 19 O on
Thursday PROPN NNP compound 24 B-DATE Thursday
morning NOUN NN pobj 22 B-TIME morning _
. PUNCT . punct 19 O . _
"""


def test_a_double_barrelled_surname_of_an_untagged_name_is_whole_and_without_its_title() -> None:
    from quotes.extractor import Extractor
    from tests.frozen import frozen

    (first,) = Extractor().rows(frozen(SURNAMES_FIRST_WORD_THE_SUBJECT))
    (second,) = Extractor().rows(frozen(SURNAMES_SECOND_WORD_THE_SUBJECT))
    assert (first.speaker, second.speaker) == ("Élise Morel-Dufour", "Hélène Roux-Garnier")
