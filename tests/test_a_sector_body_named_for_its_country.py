"""`Local Government New Zealand president X`, `Local Government NSW president X`: a sector's
name of two words (`local government`, models/national_bodies.txt) before a country's or a
state's name (models/places.txt) is a national or a state body's name, as `Football Australia`
and `Retail NZ` are, whatever the tagger made of it (nothing, or a body `Local Government` with
the state's short form left untagged after it, or the whole tagged a body, which its noun
`Government` cut short): role *president*, organisation the whole name, not the role *Local
Government New Zealand president*, *NSW president* or *New Zealand president*. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "We cannot carry this alone," Local Government New Zealand president Hemi Walker said.
_LGNZ = """
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 4 O we
can AUX MD aux 4 O can _
not PART RB neg 4 O not
carry VERB VB ccomp 16 O carry
this PRON DT dobj 4 O this
alone ADV RB advmod 4 O alone _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Local PROPN NNP compound 10 O Local
Government PROPN NNP compound 12 O Government
New PROPN NNP compound 12 B-GPE New
Zealand PROPN NNP compound 13 I-GPE Zealand
president NOUN NN compound 15 O president
Hemi PROPN NNP compound 15 B-PERSON Hemi
Walker PROPN NNP nsubj 16 I-PERSON Walker
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""

# Local Government NSW president Ruth Barlow said rural councils were "running on empty".
_LGNSW = """
Local ADJ JJ amod 3 B-ORG local
Government PROPN NNP compound 2 I-ORG Government
NSW PROPN NNP compound 3 O NSW
president NOUN NN compound 5 O president
Ruth PROPN NNP compound 5 B-PERSON Ruth
Barlow PROPN NNP nsubj 6 I-PERSON Barlow
said VERB VBD ROOT 6 O say
rural ADJ JJ amod 8 O rural
councils NOUN NNS nsubj 11 O council
were AUX VBD aux 11 O be
" PUNCT `` punct 11 O " _
running VERB VBG ccomp 6 O run
on ADP IN prep 11 O on
empty ADJ JJ amod 12 O empty _
" PUNCT '' punct 11 O " _
. PUNCT . punct 6 O . _
"""

# "The reforms were rushed," said Local Government New Zealand president Mere Tane.
_WHOLE = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
reforms NOUN NNS nsubjpass 4 O reform
were AUX VBD auxpass 4 O be
rushed VERB VBN ccomp 7 O rush _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Local PROPN NNP compound 9 B-ORG Local
Government PROPN NNP compound 11 I-ORG Government
New PROPN NNP compound 11 I-ORG New
Zealand PROPN NNP compound 12 I-ORG Zealand
president NOUN NN compound 14 O president
Mere PROPN NNP compound 14 B-PERSON Mere
Tane PROPN NNP nsubj 7 I-PERSON Tane _
. PUNCT . punct 7 O . _
"""




def test_a_sector_of_two_words_before_a_country_is_a_national_body() -> None:
    assert who_of(_LGNZ) == [("Hemi Walker", "president", "Local Government New Zealand")]


def test_a_states_short_form_left_untagged_after_a_tagged_body_is_its_name() -> None:
    assert who_of(_LGNSW) == [("Ruth Barlow", "president", "Local Government NSW")]


def test_a_country_inside_a_tagged_name_cut_at_its_noun_stays_in_the_body() -> None:
    assert who_of(_WHOLE) == [("Mere Tane", "president", "Local Government New Zealand")]
