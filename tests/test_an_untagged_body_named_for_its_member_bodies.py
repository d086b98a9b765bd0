"""`The Zimbabwe Congress of Trade Unions has called a stayaway. Japhet Moyo, the union's
secretary general, said`: a run of words in capitals the tagger left untagged, with `of` inside
and closed by the plural of a body's noun, is the name of the body those bodies form, and `the
union` can mean it; a name closed by a plural that is no body's noun (`The Friends of the Earth`)
is no union. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# HARARE - The Zimbabwe Congress of Trade Unions has called a stayaway. Japhet Moyo, the union's
# secretary general, said: "Workers cannot survive."
_A_CONGRESS_OF_UNIONS = """
HARARE PROPN NNP ROOT 0 B-ORG HARARE
- PUNCT : punct 0 I-ORG -
The DET DT det 4 O the
Zimbabwe PROPN NNP compound 4 O Zimbabwe
Congress PROPN NNP nsubj 9 O Congress
of ADP IN prep 4 O of
Trade PROPN NNP compound 7 O Trade
Unions PROPN NNPS pobj 5 O Unions
has AUX VBZ aux 9 O have
called VERB VBN ROOT 9 O call
a DET DT det 11 O a
stayaway NOUN NN dobj 9 O stayaway _
. PUNCT . punct 9 O .
Japhet PROPN NNP compound 14 B-PERSON Japhet
Moyo PROPN NNP nsubj 22 I-PERSON Moyo _
, PUNCT , punct 14 O ,
the DET DT det 17 O the
union NOUN NN poss 20 O union _
's PART POS case 17 O 's
secretary NOUN NN compound 20 O secretary
general NOUN NN appos 14 O general _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 22 O say _
: PUNCT : punct 22 O :
" PUNCT `` punct 22 O " _
Workers NOUN NNS nsubj 28 O worker
can AUX MD aux 28 O can _
not PART RB neg 28 O not
survive VERB VB ccomp 22 O survive _
. PUNCT . punct 22 O . _
" PUNCT '' punct 22 O " _
"""

# The Friends of the Earth have called a march. Anna Jones, the union's organiser, said: "We will
# walk."
_NO_UNION_NAMED = """
The DET DT det 1 B-ORG the
Friends NOUN NNS nsubj 6 I-ORG friend
of ADP IN prep 1 I-ORG of
the DET DT det 4 I-ORG the
Earth PROPN NNP pobj 2 I-ORG Earth
have AUX VBP aux 6 O have
called VERB VBN ROOT 6 O call
a DET DT det 8 O a
march NOUN NN npadvmod 6 O march _
. PUNCT . punct 6 O .
Anna PROPN NNP compound 11 B-PERSON Anna
Jones PROPN NNP nsubj 18 I-PERSON Jones _
, PUNCT , punct 11 O ,
the DET DT det 14 O the
union NOUN NN poss 16 O union _
's PART POS case 14 O 's
organiser NOUN NN appos 11 O organiser _
, PUNCT , punct 11 O ,
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 23 O we
will AUX MD aux 23 O will
walk VERB VB ccomp 18 O walk _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""




def test_a_congress_of_unions_is_the_union_its_secretary_general_serves() -> None:
    assert who_of(_A_CONGRESS_OF_UNIONS) == [
        ("Japhet Moyo", "secretary general", "Zimbabwe Congress of Trade Unions")
    ]


def test_a_name_closed_by_no_bodys_plural_is_no_union() -> None:
    assert who_of(_NO_UNION_NAMED) == [("Anna Jones", "organiser", "")]
