"""The lines above a story and the story's first word: a masthead and its date over an archive
clipping, a lede set in capitals, and a union's branch whose body is a plural's possessive, each
from a frozen parse of a sentence written for this file (the entities as the tagger gave them), so
a model update cannot change what a test exercises:

- `Lenton Courier, 12 June 1958` over `"THE BRIDGE MUST STAY," SAYS MAYOR`: a masthead and its
  date are page furniture, and the headline is the first line under them, where `MAYOR` is the
  one mayor the story names (the speaker was *MAYOR*, nobody's name);
- `HEALTH Minister Ana Ruiz said`: a story's first word set in capitals is a title's word again
  (the role was *HEALTH Minister*); an initialism keeps its capitals (`NHS`: a word of three letters);
- `"THE BRIDGE MUST STAY," SAYS ALDERMAN`, `ALDERMAN` tagged a body: an office's title alone in
  capitals is a description of the one holder the story names (the speaker was *ALDERMAN*);
- `Lenton Police said:` opening the story: `police` names officers and their force; a body tagged
  so and named for its place is the body (the role was *Lenton Police*, the organisation none);
- `Ward 14 councillor R. Venkatesh of the Lenton Party said`, `R.` tagged a people and the surname
  nothing: initials with their full stops and a word in capitals are a person's name (the speaker
  of `he said` after it was nobody's); a country's letters before a body are not (`U.S. Navy`);
- `Lenton Rovers beat Harbour Town … Town boss Peter Lang said`: a word in capitals opening a
  sentence before a job only a side has, and ending a name the story gives in full, is the side
  (the role was *Town boss*; the scoring counts *Town* for *Harbour Town*);
- `Harbouria's foreign ministry said … that Lentonia had refused …, ministry spokesman Omar
  Haddad said`: a body's noun in small letters in a role is the body the sentence before has
  speak under that noun, owned by a name (the organisation was *Lentonia*, named in what the
  ministry said);
- `Ulla Marsh is the head of the lab. "…," Ulla Marsh says`, the name tagged a body: a subject
  `be` gives a role noun is a person (the speaker was a body, its own organisation); not a body's
  trade (`Harbour Water is the supplier`);
- `president of Local 12 of the Lenton Farmers' Union`: a body's name after `of` runs on over a
  plural's possessive to the body it owns (the organisation was *Local 12 of the Lenton
  Farmers*).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

_A_PLURALS_BODY_AFTER_A_LOCAL = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
stay VERB VB ccomp 7 O stay
out ADV RB advmod 3 O out _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Dan PROPN NNP compound 9 B-PERSON Dan
Okoro PROPN NNP nsubj 7 I-PERSON Okoro _
, PUNCT , punct 9 O ,
president NOUN NN appos 9 O president
of ADP IN prep 11 O of
Local PROPN NNP pobj 12 B-ORG Local
12 NUM CD nummod 13 I-ORG 12
of ADP IN prep 14 O of
the DET DT det 18 B-ORG the
Lenton PROPN NNP compound 18 I-ORG Lenton
Farmers PROPN NNP poss 20 I-ORG Farmers _
' PART POS case 18 I-ORG '
Union PROPN NNP pobj 15 I-ORG Union _
. PUNCT . punct 7 O . _
"""

_A_MASTHEAD_OVER_THE_HEADLINE = """
Lenton PROPN NNP compound 1 B-PERSON Lenton
Courier PROPN NNP ROOT 1 I-PERSON Courier _
, PUNCT , punct 1 O ,
12 NUM CD nummod 4 B-DATE 12
June PROPN NNP npadvmod 1 I-DATE June
1958 NUM CD nummod 4 I-DATE 1958 _
<paragraph> SPACE _SP dep 5 O <paragraph> _
" PUNCT `` punct 11 O " _
THE DET DT det 9 O the
BRIDGE PROPN NNP nsubj 11 O BRIDGE
MUST AUX MD aux 11 O must
STAY VERB VB ccomp 14 O stay _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
SAYS VERB VBZ ROOT 14 O say
MAYOR PROPN NNP nsubj 14 O MAYOR _
<paragraph> SPACE _SP dep 15 O <paragraph> _
Mayor PROPN NNP compound 19 O Mayor
George PROPN NNP compound 19 B-PERSON George
Pike PROPN NNP nsubj 20 I-PERSON Pike
told VERB VBD ROOT 20 O tell
the DET DT det 22 O the
council NOUN NN dobj 20 O council _
: PUNCT : punct 20 O :
" PUNCT `` punct 29 O " _
The DET DT det 27 O the
old ADJ JJ amod 27 O old
bridge NOUN NN nsubj 29 O bridge
must AUX MD aux 29 O must
stay VERB VB ccomp 20 O stay _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""

_A_LEDE_OPENING_IN_CAPITALS = """
HEALTH PROPN NNP compound 1 O HEALTH
Minister PROPN NNP compound 3 O Minister
Ana PROPN NNP compound 3 B-PERSON Ana
Ruiz PROPN NNP nsubj 4 I-PERSON Ruiz
said VERB VBD ROOT 4 O say
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
The DET DT det 10 O the
money NOUN NN nsubj 11 O money
is AUX VBZ ccomp 4 O be
there ADV RB advmod 11 O there _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""


_A_TITLE_IN_CAPITALS_TAGGED_A_BODY = """
" PUNCT `` punct 7 O " _
THE DET DT det 2 O the
BRIDGE PROPN NNP nsubj 4 O BRIDGE
MUST AUX MD aux 4 O must
STAY VERB VB ccomp 7 O stay _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
SAYS VERB VBZ ROOT 7 O say
ALDERMAN PROPN NNP nsubj 7 B-ORG ALDERMAN _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Alderman PROPN NNP compound 12 O Alderman
George PROPN NNP compound 12 B-PERSON George
Pike PROPN NNP nsubj 13 I-PERSON Pike
told VERB VBD ROOT 13 O tell
the DET DT det 15 O the
council NOUN NN dobj 13 O council _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
The DET DT det 20 O the
old ADJ JJ amod 20 O old
bridge NOUN NN nsubj 22 O bridge
must AUX MD aux 22 O must
stay VERB VB ccomp 13 O stay _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""

_A_FORCE_NAMED_FOR_ITS_PLACE = """
Lenton PROPN NNP compound 1 B-ORG Lenton
Police PROPN NNP nsubj 2 I-ORG Police
said VERB VBD ROOT 2 O say _
: PUNCT : punct 2 O :
" PUNCT `` punct 2 O " _
The DET DT det 6 O the
road NOUN NN nsubj 8 O road
will AUX MD aux 8 O will
stay VERB VB ccomp 2 O stay
closed ADJ JJ acomp 8 O closed _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O " _
"""

_INITIALS_BEFORE_AN_UNTAGGED_SURNAME = """
Ward PROPN NNP nmod 2 O Ward
14 NUM CD nummod 2 B-CARDINAL 14
councillor NOUN NN compound 4 O councillor
R. PROPN NNP compound 4 B-NORP R.
Venkatesh PROPN NNP nsubj 9 O Venkatesh
of ADP IN prep 4 O of
the DET DT det 8 B-ORG the
Lenton PROPN NNP compound 8 I-ORG Lenton
Party PROPN NNP pobj 5 I-ORG Party
said VERB VBD ROOT 9 O say
he PRON PRP nsubj 12 O he
had AUX VBD aux 12 O have
written VERB VBN ccomp 9 O write
to ADP IN prep 12 O to
the DET DT det 15 O the
board NOUN NN pobj 13 O board
twice ADV RB advmod 12 O twice _
. PUNCT . punct 9 O .
" PUNCT `` punct 25 O " _
Nobody PRON NN nsubj 21 O nobody
has AUX VBZ aux 21 O have
replied VERB VBN ccomp 25 O reply _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
he PRON PRP nsubj 25 O he
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

_A_COUNTRYS_LETTERS_BEFORE_A_BODY = """
A DET DT det 3 O a
U.S. PROPN NNP compound 2 B-ORG U.S.
Navy PROPN NNP compound 3 I-ORG Navy
spokesman NOUN NN nsubj 4 O spokesman
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
Nobody PRON NN nsubj 9 O nobody
has AUX VBZ aux 9 O have
replied VERB VBN ccomp 4 O reply _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""

_A_SIDES_LAST_WORD_BEFORE_A_JOB = """
Lenton PROPN NNP compound 1 B-PERSON Lenton
Rovers PROPN NNPS nsubj 2 I-PERSON Rovers
beat VERB VBD ROOT 2 O beat
Harbour PROPN NNP compound 4 B-PERSON Harbour
Town PROPN NNP dobj 2 I-PERSON Town
4 NUM CD nummod 4 I-PERSON 4 _
- SYM SYM punct 2 I-PERSON - _
0 NUM CD dobj 2 I-PERSON 0
on ADP IN prep 2 O on
Saturday PROPN NNP pobj 8 B-DATE Saturday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Town PROPN NNP compound 13 O Town
boss NOUN NN compound 15 O boss
Peter PROPN NNP compound 15 B-PERSON Peter
Lang PROPN NNP nsubj 16 I-PERSON Lang
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
We PRON PRP nsubjpass 21 O we
were AUX VBD auxpass 21 O be
beaten VERB VBN ccomp 16 O beat
by ADP IN agent 21 O by
a DET DT det 25 O a
better ADJ JJR amod 25 O well
side NOUN NN pobj 22 O side _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""

_A_BODYS_NOUN_OWNED_IN_THE_SENTENCE_BEFORE = """
Harbouria PROPN NNP poss 3 B-GPE Harbouria _
's PART POS case 0 O 's
foreign PROPN NNP amod 3 O foreign
ministry PROPN NNP nsubj 4 O ministry
said VERB VBD ROOT 4 O say
in ADP IN prep 4 O in
a DET DT det 7 O a
statement NOUN NN pobj 5 O statement
that PRON WDT dobj 13 O that
Lentonia PROPN NNP nsubj 11 B-ORG Lentonia
had AUX VBD aux 11 O have
refused VERB VBN ccomp 4 O refuse
to PART TO aux 13 O to
talk VERB VB xcomp 11 O talk _
. PUNCT . punct 4 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 19 O we
will AUX MD aux 19 O will
not PART RB neg 19 O not
accept VERB VB ccomp 28 O accept
a DET DT det 21 O a
deal NOUN NN dobj 19 O deal _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
ministry PROPN NNP compound 25 O ministry
spokesman NOUN NN compound 27 O spokesman
Omar PROPN NNP compound 27 B-PERSON Omar
Haddad PROPN NNP nsubj 28 I-PERSON Haddad
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

_A_NAME_TAGGED_A_BODY_THAT_IS_A_HEAD = """
Ulla PROPN NNP compound 1 B-ORG Ulla
Marsh PROPN NNP nsubj 2 I-ORG Marsh
is AUX VBZ ROOT 2 O be
the DET DT det 4 O the
head NOUN NN attr 2 O head
of ADP IN prep 4 O of
the DET DT det 7 O the
lab NOUN NN pobj 5 O lab _
. PUNCT . punct 2 O .
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 11 O we
found VERB VBD ccomp 17 O find
nothing PRON NN dobj 11 O nothing _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Ulla PROPN NNP compound 16 B-ORG Ulla
Marsh PROPN NNP nsubj 17 I-ORG Marsh
says VERB VBZ ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

_A_BODY_THAT_IS_A_SUPPLIER = """
Harbour PROPN NNP compound 1 B-PERSON Harbour
Water PROPN NNP nsubj 2 I-PERSON Water
is AUX VBZ ROOT 2 O be
the DET DT det 4 O the
supplier NOUN NN attr 2 O supplier
for ADP IN prep 4 O for
the DET DT det 7 O the
town NOUN NN pobj 5 O town _
. PUNCT . punct 2 O .
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 11 O we
found VERB VBD ccomp 17 O find
nothing PRON NN dobj 11 O nothing _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Harbour PROPN NNP compound 16 B-WORK_OF_ART Harbour
Water PROPN NNP nsubj 17 I-WORK_OF_ART Water
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_masthead_and_its_date_are_furniture() -> None:
    assert line_kind("Lenton Courier, 12 June 1958") == "date"
    assert line_kind("THE HARBOUR ARGUS, Tuesday, March 14, 1978 - Page 1") == "date"
    assert line_kind("Ana Ruiz, the mayor, spoke on March 3, 2026") == ""


def test_the_headline_under_a_masthead_names_the_one_holder_of_its_title() -> None:
    rows = _rows(_A_MASTHEAD_OVER_THE_HEADLINE)
    assert rows == [("George Pike", "Mayor", ""), ("George Pike", "Mayor", "")]


def test_a_title_opening_a_lede_in_capitals_is_written_as_a_title() -> None:
    assert _rows(_A_LEDE_OPENING_IN_CAPITALS) == [("Ana Ruiz", "Health Minister", "")]


def test_a_body_after_of_runs_on_over_a_plurals_possessive() -> None:
    org = "Local 12 of the Lenton Farmers' Union"
    assert _rows(_A_PLURALS_BODY_AFTER_A_LOCAL) == [("Dan Okoro", f"president of {org}", org)]


def test_a_title_in_capitals_tagged_a_body_is_a_description_of_its_holder() -> None:
    rows = _rows(_A_TITLE_IN_CAPITALS_TAGGED_A_BODY)
    assert rows == [("George Pike", "Alderman", ""), ("George Pike", "Alderman", "")]


def test_a_force_named_for_its_place_is_a_body_not_a_title() -> None:
    assert _rows(_A_FORCE_NAMED_FOR_ITS_PLACE) == [("Lenton Police", "", "Lenton Police")]


def test_initials_with_their_stops_open_a_persons_name() -> None:
    rows = _rows(_INITIALS_BEFORE_AN_UNTAGGED_SURNAME)
    assert rows == [("R. Venkatesh", "Ward 14 councillor", "Lenton Party")]
    assert _rows(_A_COUNTRYS_LETTERS_BEFORE_A_BODY) == [("A U.S. Navy spokesman", "spokesman", "U.S. Navy")]


def test_a_sides_last_word_opening_a_sentence_before_its_job_is_the_side() -> None:
    assert _rows(_A_SIDES_LAST_WORD_BEFORE_A_JOB) == [("Peter Lang", "boss", "Town")]


def test_a_bodys_noun_in_a_role_is_the_owned_body_that_spoke_just_before() -> None:
    rows = _rows(_A_BODYS_NOUN_OWNED_IN_THE_SENTENCE_BEFORE)
    assert rows == [("Omar Haddad", "spokesman", "Harbouria's foreign ministry")]


def test_a_name_tagged_a_body_that_be_gives_a_role_is_a_person() -> None:
    assert _rows(_A_NAME_TAGGED_A_BODY_THAT_IS_A_HEAD) == [("Ulla Marsh", "head of the lab", "")]
    assert _rows(_A_BODY_THAT_IS_A_SUPPLIER) == [("Harbour Water", "", "Harbour Water")]
