"""A name in capitals, then words in small letters up to a title's head that end in a body's
noun (`Thornmere mountain rescue team leader`), name that body: the town's rescue team, not
the body the name alone opens elsewhere in the story (`Thornmere School`); and a body's bare
noun before a job's head (`a former group economist at Ridgeway Bank`) is the job's word when
the role names its body after the head. Frozen parses of
sentences written for this file (see tests/frozen.py; the town's name swapped in, its tags
kept), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Pupils at Thornmere School were sent home early. Thornmere mountain rescue team leader Andy
# Hodgson said the team had been out since 4am. "It has been a long night," he said.
_TEAM = """
Pupils NOUN NNS nsubjpass 5 O pupil
at ADP IN prep 0 O at
Thornmere PROPN NNP compound 3 B-ORG Thornmere
School PROPN NNP pobj 1 I-ORG School
were AUX VBD auxpass 5 O be
sent VERB VBN ROOT 5 O send
home ADV RB advmod 5 O home
early ADV RB advmod 5 O early _
. PUNCT . punct 5 O .
Thornmere PROPN NNP compound 12 B-PERSON Thornmere
mountain NOUN NN compound 12 O mountain
rescue NOUN NN compound 12 O rescue
team NOUN NN compound 13 O team
leader NOUN NN compound 15 O leader
Andy PROPN NNP compound 15 B-PERSON Andy
Hodgson PROPN NNP nsubj 16 I-PERSON Hodgson
said VERB VBD ROOT 16 O say
the DET DT det 18 O the
team NOUN NN nsubj 20 O team
had AUX VBD aux 20 O have
been AUX VBN ccomp 16 O be
out ADV RB advmod 20 O out
since SCONJ IN prep 20 O since
4 NUM CD pobj 22 B-TIME 4 _
am ADV RB advmod 23 I-TIME am _
. PUNCT . punct 16 O .
" PUNCT `` punct 29 O " _
It PRON PRP nsubj 29 O it
has AUX VBZ aux 29 O have
been AUX VBN ccomp 36 O be
a DET DT det 32 B-TIME a
long ADJ JJ amod 32 I-TIME long
night NOUN NN attr 29 I-TIME night _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
he PRON PRP nsubj 36 O he
said VERB VBD ROOT 36 O say _
. PUNCT . punct 36 O . _
"""


def test_the_team_is_the_organisation() -> None:
    rows = Extractor().rows(frozen(_TEAM))
    assert [(r.speaker, r.organization) for r in rows] == [("Andy Hodgson", "Thornmere mountain rescue team")]


# Heritage Oil Company Ltd will cut 300 jobs, the company said on Friday.
#
# "The plan is weak," said Dr Mara Dukes, a former group economist at Ridgeway Bank.
_GROUP_ECONOMIST = """
Heritage PROPN NNP compound 3 B-ORG Heritage
Oil PROPN NNP compound 2 I-ORG Oil
Company PROPN NNP compound 3 I-ORG Company
Ltd PROPN NNP nsubj 5 I-ORG Ltd
will AUX MD aux 5 O will
cut VERB VB ccomp 11 O cut
300 NUM CD nummod 7 B-CARDINAL 300
jobs NOUN NNS dobj 5 O job _
, PUNCT , punct 11 O ,
the DET DT det 10 O the
company NOUN NN nsubj 11 O company
said VERB VBD ROOT 11 O say
on ADP IN prep 11 O on
Friday PROPN NNP pobj 12 B-DATE Friday _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 23 O " _
The DET DT det 18 O the
plan NOUN NN nsubj 19 O plan
is AUX VBZ ccomp 23 O be
weak ADJ JJ acomp 19 O weak _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
said VERB VBD ROOT 23 O say
Dr PROPN NNP compound 26 O Dr
Mara PROPN NNP compound 26 B-PERSON Mara
Dukes PROPN NNP nsubj 23 I-PERSON Dukes _
, PUNCT , punct 26 O ,
a DET DT det 31 O a
former ADJ JJ amod 31 O former
group NOUN NN compound 31 O group
economist NOUN NN appos 26 O economist
at ADP IN prep 31 O at
Ridgeway PROPN NNP compound 34 B-ORG Ridgeway
Bank PROPN NNP pobj 32 I-ORG Bank _
. PUNCT . punct 23 O . _
"""


def test_a_bare_noun_before_the_head_is_the_jobs_word_when_a_body_follows() -> None:
    # (`group` is no name for the company the story is about: the body is the one after `at`.)
    rows = Extractor().rows(frozen(_GROUP_ECONOMIST))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Mara Dukes", "former group economist at Ridgeway Bank", "Ridgeway Bank")
    ]
