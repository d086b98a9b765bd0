"""`Gor Mahia sack coach Otieno after derby defeat`, then a lede opening on a quote, and `The club
said …`: a headline that opens on a name in capitals, a word in small letters and a job only a
side has names the side the story's `the club` means, when the story names it again below;
over a side named in passing that never acts itself (`a 3-1 loss to AFC Leopards`), as the
lede's own subject would. A headline of another kind leaves `the club` unresolved. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Gor Mahia sack coach Otieno after derby defeat  NAIROBI - "It was a hard decision but the
# results left us no choice," Gor Mahia chairman Ambrose Rachier said on Monday after the Kenyan
# champions sacked coach Peter Otieno.  Otieno, who joined in January, was dismissed a day after a
# 3-1 loss to AFC Leopards at Nyayo Stadium.  The club said assistant coach Sammy Omollo would
# take charge "until the end of the season".
_OVER_A_SIDE_IN_PASSING = """
Gor PROPN NNP compound 3 B-PERSON Gor
Mahia PROPN NNP compound 3 I-PERSON Mahia
sack NOUN NN compound 3 O sack
coach NOUN NN ROOT 3 O coach
Otieno PROPN NNP appos 3 B-PERSON Otieno
after ADP IN prep 3 O after
derby NOUN NN compound 7 O derby
defeat NOUN NN pobj 5 O defeat _
<paragraph> SPACE _SP dep 7 O <paragraph> _
NAIROBI PROPN NNP ROOT 9 B-ORG NAIROBI
- PUNCT : punct 9 O -
" PUNCT `` punct 13 O " _
It PRON PRP nsubj 13 O it
was AUX VBD ccomp 31 O be
a DET DT det 16 O a
hard ADJ JJ amod 16 O hard
decision NOUN NN attr 13 O decision
but CCONJ CC cc 13 O but
the DET DT det 19 O the
results NOUN NNS nsubj 20 O result
left VERB VBD conj 13 O leave
us PRON PRP dobj 20 O we
no DET DT det 23 O no
choice NOUN NN dobj 20 O choice _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Gor PROPN NNP compound 27 O Gor
Mahia PROPN NNP compound 28 O Mahia
chairman NOUN NN compound 30 O chairman
Ambrose PROPN NNP compound 30 B-PERSON Ambrose
Rachier PROPN NNP nsubj 31 I-PERSON Rachier
said VERB VBD ROOT 31 O say
on ADP IN prep 31 O on
Monday PROPN NNP pobj 32 B-DATE Monday
after SCONJ IN mark 38 O after
the DET DT det 37 O the
Kenyan PROPN NNP amod 37 B-NORP Kenyan
champions NOUN NNS nsubj 38 O champion
sacked VERB VBD advcl 31 O sack
coach NOUN NN compound 41 O coach
Peter PROPN NNP compound 41 B-PERSON Peter
Otieno PROPN NNP dobj 38 I-PERSON Otieno _
. PUNCT . punct 31 O . _
<paragraph> SPACE _SP dep 42 O <paragraph> _
Otieno PROPN NNP nsubjpass 52 B-PERSON Otieno _
, PUNCT , punct 44 O ,
who PRON WP nsubj 47 O who
joined VERB VBD relcl 44 O join
in ADP IN prep 47 O in
January PROPN NNP pobj 48 B-DATE January _
, PUNCT , punct 44 O ,
was AUX VBD auxpass 52 O be
dismissed VERB VBN ROOT 52 O dismiss
a DET DT det 54 B-DATE a
day NOUN NN npadvmod 52 I-DATE day
after ADP IN prep 52 O after
a DET DT det 60 O a
3 NUM CD nummod 60 B-CARDINAL 3 _
- SYM SYM punct 59 O - _
1 NUM CD prep 57 O 1
loss NOUN NN pobj 55 O loss
to ADP IN prep 60 O to
AFC PROPN NNP compound 63 B-ORG AFC
Leopards PROPN NNPS pobj 61 I-ORG Leopards
at ADP IN prep 60 O at
Nyayo PROPN NNP compound 66 B-FAC Nyayo
Stadium PROPN NNP pobj 64 I-FAC Stadium _
. PUNCT . punct 52 O . _
<paragraph> SPACE _SP dep 67 O <paragraph> _
The DET DT det 70 O the
club NOUN NN nsubj 71 O club
said VERB VBD ROOT 71 O say
assistant ADJ JJ amod 73 O assistant
coach NOUN NN compound 75 O coach
Sammy PROPN NNP compound 75 B-PERSON Sammy
Omollo PROPN NNP nsubj 77 I-PERSON Omollo
would AUX MD aux 77 O would
take VERB VB ccomp 71 O take
charge NOUN NN dobj 77 O charge
" PUNCT `` punct 77 O " _
until ADP IN prep 77 O until
the DET DT det 82 B-DATE the
end NOUN NN pobj 80 I-DATE end
of ADP IN prep 82 I-DATE of
the DET DT det 85 I-DATE the
season NOUN NN pobj 83 I-DATE season _
" PUNCT '' punct 77 O " _
. PUNCT . punct 71 O . _
"""


# Sampdoria sack coach Rossi after fourth straight defeat  GENOA, Italy (Reuters) - "It is a
# painful decision, but a necessary one," Sampdoria president Paolo Ferrante said on Monday as the
# Serie B club sacked coach Marco Rossi after a fourth straight defeat.  Rossi, 51, who took
# charge in the summer and led the club to the playoffs last season, was dismissed a day after a
# 2-0 home loss to Bari.  The club said in a statement that youth coach Luca Bianchi would take
# charge "on an interim basis" ahead of Saturday's trip to Pisa.
_TAGGED_A_PLACE = """
Sampdoria PROPN NNP compound 2 B-GPE Sampdoria
sack NOUN NN compound 2 O sack
coach NOUN NN compound 3 O coach
Rossi PROPN NNP ROOT 3 B-GPE Rossi
after ADP IN prep 3 O after
fourth ADJ JJ amod 7 B-ORDINAL fourth
straight ADJ JJ amod 7 O straight
defeat NOUN NN pobj 4 O defeat _
<paragraph> SPACE _SP dep 7 O <paragraph> _
GENOA PROPN NNP ROOT 9 B-ORG GENOA _
, PUNCT , punct 9 O ,
Italy PROPN NNP conj 9 B-GPE Italy
( PUNCT -LRB- punct 13 O ( _
Reuters PROPN NNP appos 11 B-ORG Reuters _
) PUNCT -RRB- punct 11 O )
- PUNCT : punct 9 O -
" PUNCT `` punct 18 O " _
It PRON PRP nsubj 18 O it
is AUX VBZ ccomp 33 O be
a DET DT det 21 O a
painful ADJ JJ amod 21 O painful
decision NOUN NN attr 18 O decision _
, PUNCT , punct 18 O ,
but CCONJ CC cc 18 O but
a DET DT det 26 O a
necessary ADJ JJ amod 26 O necessary
one NOUN NN conj 18 O one _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
Sampdoria PROPN NNP compound 30 B-GPE Sampdoria
president NOUN NN compound 32 O president
Paolo PROPN NNP compound 32 B-PERSON Paolo
Ferrante PROPN NNP nsubj 33 I-PERSON Ferrante
said VERB VBD ROOT 33 O say
on ADP IN prep 33 O on
Monday PROPN NNP pobj 34 B-DATE Monday
as ADP IN prep 33 O as
the DET DT det 40 O the
Serie PROPN NNP compound 39 B-ORG Serie
B PROPN NNP compound 40 O B
club NOUN NN nmod 42 O club
sacked VERB VBN amod 42 O sack
coach NOUN NN compound 44 O coach
Marco PROPN NNP compound 44 B-PERSON Marco
Rossi PROPN NNP pobj 36 I-PERSON Rossi
after ADP IN prep 33 O after
a DET DT det 49 O a
fourth ADJ JJ amod 49 B-ORDINAL fourth
straight ADJ JJ amod 49 O straight
defeat NOUN NN pobj 45 O defeat _
. PUNCT . punct 33 O . _
<paragraph> SPACE _SP dep 50 O <paragraph> _
Rossi PROPN NNP nsubjpass 73 B-GPE Rossi _
, PUNCT , punct 52 O ,
51 NUM CD appos 52 B-DATE 51 _
, PUNCT , punct 52 O ,
who PRON WP nsubj 57 O who
took VERB VBD relcl 52 O take
charge NOUN NN dobj 57 O charge
in ADP IN prep 57 O in
the DET DT det 61 B-DATE the
summer NOUN NN pobj 59 I-DATE summer
and CCONJ CC cc 57 O and
led VERB VBD conj 57 O lead
the DET DT det 65 O the
club NOUN NN dobj 63 O club
to ADP IN prep 63 O to
the DET DT det 68 O the
playoffs NOUN NNS pobj 66 O playoff
last ADJ JJ amod 70 B-DATE last
season NOUN NN npadvmod 63 I-DATE season _
, PUNCT , punct 52 O ,
was AUX VBD auxpass 73 O be
dismissed VERB VBN ROOT 73 O dismiss
a DET DT det 75 B-DATE a
day NOUN NN npadvmod 73 I-DATE day
after ADP IN prep 73 O after
a DET DT det 82 O a
2 NUM CD nummod 82 B-CARDINAL 2 _
- SYM SYM punct 80 O - _
0 NUM CD prep 78 O 0
home NOUN NN compound 82 O home
loss NOUN NN pobj 76 O loss
to ADP IN prep 82 O to
Bari PROPN NNP pobj 83 B-PERSON Bari _
. PUNCT . punct 73 O . _
<paragraph> SPACE _SP dep 85 O <paragraph> _
The DET DT det 88 O the
club NOUN NN nsubj 89 O club
said VERB VBD ROOT 89 O say
in ADP IN prep 89 O in
a DET DT det 92 O a
statement NOUN NN pobj 90 O statement
that SCONJ IN mark 99 O that
youth NOUN NN compound 95 O youth
coach NOUN NN compound 97 O coach
Luca PROPN NNP compound 97 B-PERSON Luca
Bianchi PROPN NNP nsubj 99 I-PERSON Bianchi
would AUX MD aux 99 O would
take VERB VB ccomp 89 O take
charge NOUN NN dobj 99 O charge
" PUNCT `` punct 99 O " _
on ADP IN prep 99 O on
an DET DT det 105 O an
interim ADJ JJ amod 105 O interim
basis NOUN NN pobj 102 O basis _
" PUNCT '' punct 99 O "
ahead ADV RB advmod 99 O ahead
of ADP IN prep 107 O of
Saturday PROPN NNP poss 111 B-DATE Saturday _
's PART POS case 109 O 's
trip NOUN NN pobj 108 O trip
to ADP IN prep 111 O to
Pisa PROPN NNP pobj 112 B-PERSON Pisa _
. PUNCT . punct 89 O . _
"""


# Kenya's new rail line opens to passengers  NAIROBI - "It was a hard decision but the results
# left us no choice," Gor Mahia chairman Ambrose Rachier said on Monday after the Kenyan champions
# sacked coach Peter Otieno.  The club said assistant coach Sammy Omollo would take charge "until
# the end of the season".
_ANOTHER_HEADLINE = """
Kenya PROPN NNP poss 4 B-GPE Kenya _
's PART POS case 0 O 's
new ADJ JJ amod 4 O new
rail NOUN NN compound 4 O rail
line NOUN NN nsubj 5 O line
opens VERB VBZ ROOT 5 O open
to ADP IN prep 5 O to
passengers NOUN NNS pobj 6 O passenger _
<paragraph> SPACE _SP dep 7 O <paragraph> _
NAIROBI PROPN NNP ROOT 9 B-ORG NAIROBI
- PUNCT : ROOT 10 O -
" PUNCT `` punct 13 O " _
It PRON PRP nsubj 13 O it
was AUX VBD ccomp 31 O be
a DET DT det 16 O a
hard ADJ JJ amod 16 O hard
decision NOUN NN attr 13 O decision
but CCONJ CC cc 13 O but
the DET DT det 19 O the
results NOUN NNS nsubj 20 O result
left VERB VBD conj 13 O leave
us PRON PRP dobj 20 O we
no DET DT det 23 O no
choice NOUN NN dobj 20 O choice _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Gor PROPN NNP compound 27 O Gor
Mahia PROPN NNP compound 28 O Mahia
chairman NOUN NN compound 30 O chairman
Ambrose PROPN NNP compound 30 B-PERSON Ambrose
Rachier PROPN NNP nsubj 31 I-PERSON Rachier
said VERB VBD ROOT 31 O say
on ADP IN prep 31 O on
Monday PROPN NNP pobj 32 B-DATE Monday
after SCONJ IN mark 38 O after
the DET DT det 37 O the
Kenyan PROPN NNP amod 37 B-NORP Kenyan
champions NOUN NNS nsubj 38 O champion
sacked VERB VBD advcl 31 O sack
coach NOUN NN compound 41 O coach
Peter PROPN NNP compound 41 B-PERSON Peter
Otieno PROPN NNP dobj 38 I-PERSON Otieno _
. PUNCT . punct 31 O . _
<paragraph> SPACE _SP dep 42 O <paragraph> _
The DET DT det 45 O the
club NOUN NN nsubj 46 O club
said VERB VBD ROOT 46 O say
assistant ADJ JJ amod 48 O assistant
coach NOUN NN compound 50 O coach
Sammy PROPN NNP compound 50 B-PERSON Sammy
Omollo PROPN NNP nsubj 52 I-PERSON Omollo
would AUX MD aux 52 O would
take VERB VB ccomp 46 O take
charge NOUN NN dobj 52 O charge
" PUNCT `` punct 52 O " _
until ADP IN prep 52 O until
the DET DT det 57 B-DATE the
end NOUN NN pobj 55 I-DATE end
of ADP IN prep 57 I-DATE of
the DET DT det 60 I-DATE the
season NOUN NN pobj 58 I-DATE season _
" PUNCT '' punct 52 O " _
. PUNCT . punct 46 O . _
"""


def _club_rows(spec: str) -> list[tuple[str, str]]:
    rows = Extractor().rows(frozen(spec))
    return [(r.speaker, r.organization) for r in rows if r.mention == "The club"]


def test_the_headlines_side_beats_one_named_in_passing() -> None:
    assert _club_rows(_OVER_A_SIDE_IN_PASSING) == [("Gor Mahia", "Gor Mahia")]


def test_the_headlines_side_the_tagger_calls_a_place() -> None:
    assert _club_rows(_TAGGED_A_PLACE) == [("Sampdoria", "Sampdoria")]


def test_a_headline_naming_no_side_leaves_the_club_unresolved() -> None:
    assert _club_rows(_ANOTHER_HEADLINE) == [("club", "")]
