"""Posts taken up or held beside another, and participles of appointing with `as`: `who took
office as` (or `assumed charge as`) is a post taken up and held since, `who doubles as Y` is a
second post held now, `who was sworn in as Y` puts the person in one (models/post_verbs.txt), and
so does a participle opening the sentence or set off after the name (`Sworn in as governor last
year, X said`; `Sacked as coach last month, X`: *former coach*); a participle with `as` of any
other verb (`Known as the king of highlife, X`) is no apposition and gives no role.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Jane Otieno, who took office as chief executive of Kestrel Water in 2022, said: "Bills will fall."
_OFFICE = """
Jane PROPN NNP compound 1 B-PERSON Jane
Otieno PROPN NNP nsubj 15 I-PERSON Otieno _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
took VERB VBD relcl 1 O take
office NOUN NN dobj 4 O office
as ADP IN prep 4 O as
chief ADJ JJ amod 8 O chief
executive NOUN NN pobj 6 O executive
of ADP IN prep 8 O of
Kestrel PROPN NNP compound 11 B-ORG Kestrel
Water PROPN NNP pobj 9 I-ORG Water
in ADP IN prep 4 O in
2022 NUM CD pobj 12 B-DATE 2022 _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O :
" PUNCT `` punct 15 O " _
Bills NOUN NNS nsubj 20 O bill
will AUX MD aux 20 O will
fall VERB VB ccomp 15 O fall _
. PUNCT . punct 15 O . _
" PUNCT '' punct 15 O " _
"""

# Emeka Obi, who doubles as chairman of the state's council of traditional rulers, said: "We will strike."
_DOUBLES = """
Emeka PROPN NNP compound 1 O Emeka
Obi PROPN NNP nsubj 16 O Obi _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
doubles VERB VBZ relcl 1 O double
as ADP IN prep 4 O as
chairman NOUN NN pobj 5 O chairman
of ADP IN prep 6 O of
the DET DT det 9 O the
state NOUN NN poss 11 O state _
's PART POS case 9 O 's
council NOUN NN pobj 7 O council
of ADP IN prep 11 O of
traditional ADJ JJ amod 14 O traditional
rulers NOUN NNS pobj 12 O ruler _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 21 O we
will AUX MD aux 21 O will
strike VERB VB ccomp 16 O strike _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""

# Ahmed Bello, who was sworn in as governor last year, said: "We will pay salaries."
_SWORN = """
Ahmed PROPN NNP compound 1 B-PERSON Ahmed
Bello PROPN NNP nsubj 12 I-PERSON Bello _
, PUNCT , punct 1 O ,
who PRON WP nsubjpass 5 O who
was AUX VBD auxpass 5 O be
sworn VERB VBN relcl 1 O swear
in ADP RP prt 5 O in
as ADP IN prep 5 O as
governor NOUN NN pobj 7 O governor
last ADJ JJ amod 10 B-DATE last
year NOUN NN npadvmod 5 I-DATE year _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 17 O we
will AUX MD aux 17 O will
pay VERB VB ccomp 12 O pay
salaries NOUN NNS dobj 17 O salary _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
"""

# Known as the king of highlife, Kofi Boateng said: "Music is my life."
_KNOWN = """
Known VERB VBN advcl 9 O know
as ADP IN prep 0 O as
the DET DT det 3 O the
king NOUN NN pobj 1 O king
of ADP IN prep 3 O of
highlife NOUN NN pobj 4 O highlife _
, PUNCT , punct 9 O ,
Kofi PROPN NNP compound 8 B-PERSON Kofi
Boateng PROPN NNP nsubj 9 I-PERSON Boateng
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
Music NOUN NN nsubj 13 O music
is AUX VBZ ccomp 9 O be
my PRON PRP$ poss 15 O my
life NOUN NN attr 13 O life _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""

# Sacked as coach last month, Thabo Nkosi said: "I was treated badly."
_SACKED = """
Sacked VERB VBN advcl 8 O sack
as ADP IN prep 0 O as
coach NOUN NN pobj 1 O coach
last ADJ JJ amod 4 B-DATE last
month NOUN NN npadvmod 0 I-DATE month _
, PUNCT , punct 8 O ,
Thabo PROPN NNP compound 7 B-ORG Thabo
Nkosi PROPN NNP nsubj 8 I-ORG Nkosi
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
I PRON PRP nsubjpass 13 O I
was AUX VBD auxpass 13 O be
treated VERB VBN ccomp 8 O treat
badly ADV RB advmod 13 O badly _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""




def test_who_took_office_as() -> None:
    assert who_of(_OFFICE) == [("Jane Otieno", "chief executive of Kestrel Water", "Kestrel Water")]


def test_who_doubles_as() -> None:
    assert who_of(_DOUBLES) == [("Emeka Obi", "chairman of the state's council of traditional rulers", "")]


def test_who_was_sworn_in_as() -> None:
    assert who_of(_SWORN) == [("Ahmed Bello", "governor", "")]


def test_known_as_opening_the_sentence_is_no_role() -> None:
    assert who_of(_KNOWN) == [("Kofi Boateng", "", "")]


def test_sacked_as_opening_the_sentence_is_a_former_post() -> None:
    assert who_of(_SACKED) == [("Thabo Nkosi", "former coach", "")]
