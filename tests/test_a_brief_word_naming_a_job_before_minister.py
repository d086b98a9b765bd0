"""`Health, Family Welfare and Social Justice Minister Ravi Kumar said`, `Law and Justice Minister X`:
a brief's word that can name a job too (`Justice`) right before the title's noun is the brief, not the
role's head; before, the role was cut to *Justice Minister* and the rest of the brief made a body
(*Family Welfare and Social*), and `Law`, taken for a person's name, was dropped. `Environment,
Urbanisation and Climate Change Minister X`: `urbanisation` is a brief's word (models/portfolios.txt),
so the listed portfolio is the title whole; before, *Climate Change Minister*. Frozen parses of
sentences written for this file (Indian, Pakistani and Kenyan ministries), through the whole extractor.
"""

from __future__ import annotations

from tests.frozen import who_of

# "Every child will be screened before the term starts," Health, Family Welfare and Social
# Justice Minister Ravi Kumar said on Tuesday.
_JUSTICE_IN_A_LISTED_PORTFOLIO = """
" PUNCT `` punct 22 O " _
Every DET DT det 2 O every
child NOUN NN nsubjpass 5 O child
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
screened VERB VBN ccomp 22 O screen
before SCONJ IN mark 9 O before
the DET DT det 8 O the
term NOUN NN nsubj 9 O term
starts VERB VBZ advcl 5 O start _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Health PROPN NNP nmod 19 B-WORK_OF_ART Health _
, PUNCT , punct 12 I-WORK_OF_ART ,
Family PROPN NNP compound 15 I-WORK_OF_ART Family
Welfare PROPN NNP conj 12 I-WORK_OF_ART Welfare
and CCONJ CC cc 15 I-WORK_OF_ART and
Social PROPN NNP compound 18 I-WORK_OF_ART Social
Justice PROPN NNP conj 15 I-WORK_OF_ART Justice
Minister PROPN NNP compound 21 O Minister
Ravi PROPN NNP compound 21 B-PERSON Ravi
Kumar PROPN NNP nsubj 22 I-PERSON Kumar
said VERB VBD ROOT 22 O say
on ADP IN prep 22 O on
Tuesday PROPN NNP pobj 23 B-DATE Tuesday _
. PUNCT . punct 22 O . _
"""

# "The cases will be heard within six months," Law and Justice Minister Imran Qadir said in
# Lahore.
_LAW_AND_JUSTICE = """
" PUNCT `` punct 17 O " _
The DET DT det 2 O the
cases NOUN NNS nsubjpass 5 O case
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
heard VERB VBN ccomp 17 O hear
within ADP IN prep 5 O within
six NUM CD nummod 8 B-DATE six
months NOUN NNS pobj 6 I-DATE month _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Law PROPN NNP nmod 14 B-PERSON Law
and CCONJ CC cc 11 O and
Justice PROPN NNP compound 14 O Justice
Minister PROPN NNP compound 16 O Minister
Imran PROPN NNP compound 16 B-PERSON Imran
Qadir PROPN NNP nsubj 17 I-PERSON Qadir
said VERB VBD ROOT 17 O say
in ADP IN prep 17 O in
Lahore PROPN NNP pobj 18 B-GPE Lahore _
. PUNCT . punct 17 O . _
"""

# "No new permits will be issued for the riparian strip," Environment, Urbanisation and Climate
# Change Minister Grace Achieng said on Monday.
_URBANISATION_IN_A_LISTED_PORTFOLIO = """
" PUNCT `` punct 22 O " _
No DET DT det 3 O no
new ADJ JJ amod 3 O new
permits NOUN NNS nsubjpass 6 O permit
will AUX MD aux 6 O will
be AUX VB auxpass 6 O be
issued VERB VBN ccomp 22 O issue
for ADP IN prep 6 O for
the DET DT det 10 O the
riparian ADJ JJ amod 10 O riparian
strip NOUN NN pobj 7 O strip _
, PUNCT , punct 10 O , _
" PUNCT '' punct 13 O "
Environment PROPN NNP nmod 21 O Environment _
, PUNCT , punct 13 O ,
Urbanisation PROPN NNP conj 13 O Urbanisation
and CCONJ CC cc 15 O and
Climate PROPN NNP conj 15 O Climate
Change PROPN NNP compound 19 O Change
Minister PROPN NNP conj 13 O Minister
Grace PROPN NNP compound 21 B-PERSON Grace
Achieng PROPN NNP nsubj 22 I-PERSON Achieng
said VERB VBD ROOT 22 O say
on ADP IN prep 22 O on
Monday PROPN NNP pobj 23 B-DATE Monday _
. PUNCT . punct 22 O . _
"""




def test_justice_closing_a_listed_portfolio_is_no_head() -> None:
    assert who_of(_JUSTICE_IN_A_LISTED_PORTFOLIO) == [
        ("Ravi Kumar", "Health, Family Welfare and Social Justice Minister", "")
    ]


def test_law_and_justice_minister_is_one_title() -> None:
    assert who_of(_LAW_AND_JUSTICE) == [("Imran Qadir", "Law and Justice Minister", "")]


def test_urbanisation_is_a_word_of_the_brief() -> None:
    assert who_of(_URBANISATION_IN_A_LISTED_PORTFOLIO) == [
        ("Grace Achieng", "Environment, Urbanisation and Climate Change Minister", "")
    ]
