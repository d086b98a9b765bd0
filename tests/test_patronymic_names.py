"""Malay and Arabic names: a name with its father's after `bin`/`binti` is one name though the
tagger cut it there (`Nurul Aina` + `binti` + `Rashid`), and the person is called by the given
names before the joining word (`said Nurul Aina`); a two-word honour before a name is no part of
it (`Tan Sri Lim Boon Keat`). Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Opposition lawmaker Nurul Aina binti Rashid, who represents Bangsar, called the hike "daylight
# robbery". "Families are already paying too much," said Nurul Aina. Tan Sri Lim Boon Keat, chairman
# of the Highway Users Association, said toll firms should "share the pain".
_MALAYSIAN_NAMES = """
Opposition NOUN NN compound 1 O opposition
lawmaker NOUN NN compound 5 O lawmaker
Nurul PROPN NNP compound 3 B-PERSON Nurul
Aina PROPN NNP compound 5 I-PERSON Aina
binti NOUN NN compound 5 O binti
Rashid PROPN NNP nsubj 11 B-PERSON Rashid _
, PUNCT , punct 5 O ,
who PRON WP nsubj 8 O who
represents VERB VBZ relcl 5 O represent
Bangsar PROPN NNP dobj 8 B-PERSON Bangsar _
, PUNCT , punct 5 O ,
called VERB VBD ROOT 11 O call
the DET DT det 13 O the
hike NOUN NN dobj 11 O hike
" PUNCT `` punct 16 O " _
daylight NOUN NN compound 16 O daylight
robbery NOUN NN oprd 11 O robbery _
" PUNCT '' punct 11 O " _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
" PUNCT `` punct 29 O " _
Families NOUN NNS nsubj 24 O family
are AUX VBP aux 24 O be
already ADV RB advmod 24 O already
paying VERB VBG ccomp 29 O pay
too ADV RB advmod 26 O too
much ADJ JJ dobj 24 O much _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
said VERB VBD ROOT 29 O say
Nurul PROPN NNP compound 31 B-PERSON Nurul
Aina PROPN NNP nsubj 29 I-PERSON Aina _
. PUNCT . punct 29 O . _
<paragraph> SPACE _SP dep 32 O <paragraph> _
Tan PROPN NNP compound 38 B-PERSON Tan
Sri PROPN NNP compound 38 I-PERSON Sri
Lim PROPN NNP compound 38 I-PERSON Lim
Boon PROPN NNP compound 38 I-PERSON Boon
Keat PROPN NNP nsubj 47 I-PERSON Keat _
, PUNCT , punct 38 O ,
chairman NOUN NN appos 38 O chairman
of ADP IN prep 40 O of
the DET DT det 45 B-ORG the
Highway PROPN NNP compound 44 I-ORG Highway
Users PROPN NNPS compound 45 I-ORG Users
Association PROPN NNP pobj 41 I-ORG Association _
, PUNCT , punct 38 O ,
said VERB VBD ROOT 47 O say
toll NOUN NN compound 49 O toll
firms NOUN NNS nsubj 52 O firm
should AUX MD aux 52 O should
" PUNCT `` punct 52 O " _
share VERB VB ccomp 47 O share
the DET DT det 54 O the
pain NOUN NN dobj 52 O pain _
" PUNCT '' punct 52 O " _
. PUNCT . punct 47 O . _"""


def test_a_patronymic_name_is_one_and_called_by_its_given_names() -> None:
    rows = Extractor().rows(frozen(_MALAYSIAN_NAMES))
    assert [(r.speaker, r.role, r.speaker_id) for r in rows[:2]] == [
        ("Nurul Aina binti Rashid", "Opposition lawmaker", rows[0].speaker_id)
    ] * 2


def test_a_two_word_honour_is_no_part_of_the_name() -> None:
    rows = Extractor().rows(frozen(_MALAYSIAN_NAMES))
    assert rows[-1].speaker == "Lim Boon Keat"
