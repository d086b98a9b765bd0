"""`Okello's lawyer, Peter Musoke of Musoke & Co Advocates,`: the owner of a lawyer's job is the
client, and the firm named after the lawyer's name is the body the lawyer works for (ROLES.md 5:
the link `of`); a firm named for its partners joined by `&` is one name, as one joined by `and`
is. With no firm named, the client body stays the one the lawyer represents. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Okello's lawyer, Peter Musoke of Musoke & Co Advocates, said: "My client is innocent."
_THE_CLIENTS_LAWYER = """
Okello PROPN NNP poss 2 B-ORG Okello _
's PART POS case 0 O 's
lawyer NOUN NN nsubj 12 O lawyer _
, PUNCT , punct 2 O ,
Peter PROPN NNP compound 5 B-PERSON Peter
Musoke PROPN NNP appos 2 I-PERSON Musoke
of ADP IN prep 5 O of
Musoke PROPN NNP pobj 6 O Musoke
& CCONJ CC cc 7 O &
Co PROPN NNP compound 10 O Co
Advocates PROPN NNPS conj 7 O Advocates _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
My PRON PRP$ poss 16 O my
client NOUN NN nsubj 17 O client
is AUX VBZ ccomp 12 O be
innocent ADJ JJ acomp 17 O innocent _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
"""

# Lawyer Peter Musoke of Musoke & Co Advocates said: "My client is innocent."
_A_TITLED_LAWYER = """
Lawyer PROPN NNP compound 2 B-PERSON Lawyer
Peter PROPN NNP compound 2 I-PERSON Peter
Musoke PROPN NNP nsubj 8 I-PERSON Musoke
of ADP IN prep 2 O of
Musoke PROPN NNP pobj 3 O Musoke
& CCONJ CC cc 4 O &
Co PROPN NNP compound 7 O Co
Advocates PROPN NNP conj 2 O Advocates
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
My PRON PRP$ poss 12 O my
client NOUN NN nsubj 13 O client
is AUX VBZ ccomp 8 O be
innocent ADJ JJ acomp 13 O innocent _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""

# Kenya Power's lawyer, Peter Musoke, said: "The tender was lawful."
_NO_FIRM_NAMED = """
Kenya PROPN NNP compound 1 B-ORG Kenya
Power PROPN NNP poss 3 I-ORG Power _
's PART POS case 1 I-ORG 's
lawyer NOUN NN nsubj 8 O lawyer _
, PUNCT , punct 3 O ,
Peter PROPN NNP compound 6 B-PERSON Peter
Musoke PROPN NNP appos 3 I-PERSON Musoke _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
The DET DT det 12 O the
tender NOUN NN nsubj 13 O tender
was AUX VBD ccomp 8 O be
lawful ADJ JJ acomp 13 O lawful _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""


def _who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role.lower(), r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_firm_after_the_name_is_the_lawyers_body_not_the_client() -> None:
    assert _who(_THE_CLIENTS_LAWYER) == [("Peter Musoke", "lawyer", "Musoke & Co Advocates")]


def test_a_firm_named_for_partners_joined_by_an_ampersand_is_one_body() -> None:
    assert _who(_A_TITLED_LAWYER) == [("Peter Musoke", "lawyer", "Musoke & Co Advocates")]


def test_with_no_firm_named_the_client_body_stays() -> None:
    assert _who(_NO_FIRM_NAMED) == [("Peter Musoke", "lawyer", "Kenya Power")]
