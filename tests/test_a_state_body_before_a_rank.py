"""A state's or a country's body before a title of several words in capitals: `NSW Police
Assistant Commissioner X`, `WA Police Detective Senior Sergeant X`, `Police Scotland Chief
Inspector X` (a force: its place and `Police`, or `Police` and a country, before a police rank
whose last word models/police.txt lists), `NSW SES Chief Superintendent X` (a place's short form
the tagger took for a number before a body's short form left untagged). The body is the
organisation and the rank the role (ROLES.md 4: `SEC Chair` gives *Chair*); a state's portfolio
office keeps its words (`NSW Emergency Services Minister`: no body). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "Three people were pulled from cars on the causeway," NSW Police Assistant Commissioner Dana
# Whitlock said.
_ASSISTANT_COMMISSIONER = """
" PUNCT `` punct 18 O " _
Three NUM CD nummod 2 B-CARDINAL three
people NOUN NNS nsubjpass 4 O people
were AUX VBD auxpass 4 O be
pulled VERB VBN ccomp 18 O pull
from ADP IN prep 4 O from
cars NOUN NNS pobj 5 O car
on ADP IN prep 4 O on
the DET DT det 9 O the
causeway NOUN NN pobj 7 O causeway _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
NSW PROPN NNP compound 15 B-CARDINAL NSW
Police PROPN NNP compound 15 O Police
Assistant PROPN NNP compound 15 O Assistant
Commissioner PROPN NNP compound 17 O Commissioner
Dana PROPN NNP compound 17 B-PERSON Dana
Whitlock PROPN NNP nsubj 18 I-PERSON Whitlock
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""
# "We have opened a second evacuation centre," NSW SES Chief Superintendent Marcus Ohlsen told
# reporters.
_SES = """
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
opened VERB VBN ccomp 16 O open
a DET DT det 7 O a
second ADJ JJ amod 7 B-ORDINAL second
evacuation NOUN NN compound 7 O evacuation
centre NOUN NN dobj 3 O centre _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
NSW PROPN NNP compound 13 B-CARDINAL NSW
SES PROPN NNP compound 13 O SES
Chief PROPN NNP compound 13 O Chief
Superintendent PROPN NNP compound 15 B-PERSON Superintendent
Marcus PROPN NNP compound 15 I-PERSON Marcus
Ohlsen PROPN NNP nsubj 16 I-PERSON Ohlsen
told VERB VBD ROOT 16 O tell
reporters NOUN NNS dobj 16 O reporter _
. PUNCT . punct 16 O . _
"""
# "The road will stay shut until noon," Police Scotland Chief Inspector Fiona Baird said.
_POLICE_SCOTLAND = """
" PUNCT `` punct 16 O " _
The DET DT det 2 O the
road NOUN NN nsubj 4 O road
will AUX MD aux 4 O will
stay VERB VB ccomp 16 O stay
shut ADJ JJ acomp 4 O shut
until ADP IN prep 4 O until
noon NOUN NN pobj 6 B-TIME noon _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Police PROPN NNP compound 11 O Police
Scotland PROPN NNP compound 13 B-GPE Scotland
Chief PROPN NNP compound 13 O Chief
Inspector PROPN NNP compound 15 O Inspector
Fiona PROPN NNP compound 15 B-PERSON Fiona
Baird PROPN NNP nsubj 16 I-PERSON Baird
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""
# "Two men have been charged," WA Police Detective Senior Sergeant Kylie Moss said.
_WA_POLICE = """
" PUNCT `` punct 15 O " _
Two NUM CD nummod 2 B-CARDINAL two
men NOUN NNS nsubjpass 5 O man
have AUX VBP aux 5 O have
been AUX VBN auxpass 5 O be
charged VERB VBN ccomp 15 O charge _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
WA PROPN NNP compound 12 O WA
Police PROPN NNP compound 12 O Police
Detective PROPN NNP compound 12 O Detective
Senior PROPN NNP compound 12 O Senior
Sergeant PROPN NNP compound 14 B-PERSON Sergeant
Kylie PROPN NNP compound 14 I-PERSON Kylie
Moss PROPN NNP nsubj 15 I-PERSON Moss
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""
# "The levee held," NSW Emergency Services Minister Carla Demir said.
_MINISTER = """
" PUNCT `` punct 12 O " _
The DET DT det 2 O the
levee NOUN NN nsubj 3 O levee
held VERB VBD ccomp 12 O hold _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
NSW PROPN NNP compound 9 B-CARDINAL NSW
Emergency PROPN NNP compound 8 O Emergency
Services PROPN NNPS compound 9 O Services
Minister PROPN NNP compound 11 O Minister
Carla PROPN NNP compound 11 B-PERSON Carla
Demir PROPN NNP nsubj 12 I-PERSON Demir
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""




def test_a_state_force_before_a_rank_of_two_words_is_the_organisation() -> None:
    assert who_of(_ASSISTANT_COMMISSIONER) == [("Dana Whitlock", "Assistant Commissioner", "NSW Police")]


def test_a_state_force_before_a_rank_of_three_words_is_the_organisation() -> None:
    assert who_of(_WA_POLICE) == [("Kylie Moss", "Detective Senior Sergeant", "WA Police")]


def test_a_force_named_by_its_country_before_a_rank_is_the_organisation() -> None:
    assert who_of(_POLICE_SCOTLAND) == [("Fiona Baird", "Chief Inspector", "Police Scotland")]


def test_a_state_short_form_taken_for_a_number_opens_the_body_short_form_after_it() -> None:
    assert who_of(_SES) == [("Marcus Ohlsen", "Chief Superintendent", "NSW SES")]


def test_a_state_portfolio_office_keeps_its_words() -> None:
    assert who_of(_MINISTER) == [("Carla Demir", "NSW Emergency Services Minister", "")]
