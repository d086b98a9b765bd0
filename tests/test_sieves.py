"""Each sieve and hider of attribution on hand-built parses (tests/frozen.py), so that a model
update cannot change what they exercise; the sentences are made up for these tests. The
parsed-sentence tests in test_attribution.py stay as integration tests."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes import attribution
from quotes.attribution import HIDERS, SIEVES, QuoteIndex, QuoteSite, SieveContext, sieve
from tests.frozen import frozen


def site_of(doc: Doc, title: str = "") -> QuoteSite:
    """The site of the document's first quote."""
    idx = QuoteIndex.of(doc)
    return QuoteSite.of(SieveContext.of(idx, title), idx.spans[0])


def found_by(name: str, spec: str) -> tuple[str, str, str] | None:
    """What the sieve ``name`` alone finds for the first quote: (who, cue, sieve)."""
    doc = frozen(spec)
    found = getattr(attribution, name)(site_of(doc))
    if found is None:
        return None
    mention, cue, sieve_name = found
    return doc.text[mention.start : mention.end], cue, sieve_name


# “The pier will reopen in May,” Ana Ruiz said.
TRAILING_CUE = """
    “ PUNCT `` punct 11 O " _
    The DET DT det 2 O the
    pier NOUN NN nsubj 4 O pier
    will AUX MD aux 4 O will
    reopen VERB VB ccomp 11 O reopen
    in ADP IN prep 4 O in
    May PROPN NNP pobj 5 B-DATE May _
    , PUNCT , punct 11 O , _
    ” PUNCT '' punct 11 O "
    Ana PROPN NNP compound 10 O Ana
    Ruiz PROPN NNP nsubj 11 O Ruiz
    said VERB VBD ROOT 11 O say _
    . PUNCT . punct 11 O . _
"""


# Ana Ruiz told reporters that “the pier will reopen in May”.
TOLD_THAT = """
    Ana PROPN NNP compound 1 O Ana
    Ruiz PROPN NNP nsubj 2 O Ruiz
    told VERB VBD ROOT 2 O tell
    reporters NOUN NNS dobj 2 O reporter
    that SCONJ IN mark 9 O that
    “ PUNCT `` punct 9 O " _
    the DET DT det 7 O the
    pier NOUN NN nsubj 9 O pier
    will AUX MD aux 9 O will
    reopen VERB VB ccomp 2 O reopen
    in ADP IN prep 9 O in
    May PROPN NNP pobj 10 B-DATE May _
    ” PUNCT '' punct 2 O " _
    . PUNCT . punct 2 O . _
"""


# “Get off my boat,” Tom Baker snapped.
SNAPPED = """
    “ PUNCT `` punct 9 O " _
    Get VERB VB ccomp 9 O get
    off ADP RP prep 1 O off
    my PRON PRP$ poss 4 O my
    boat NOUN NN pobj 2 O boat _
    , PUNCT , punct 9 O , _
    ” PUNCT '' punct 9 O "
    Tom PROPN NNP compound 8 B-PERSON Tom
    Baker PROPN NNP nsubj 9 I-PERSON Baker
    snapped VERB VBD ROOT 9 O snap _
    . PUNCT . punct 9 O . _
"""


# The harbour master put it plainly: “Nobody fishes here in winter.”
PUT_IT = """
    The DET DT det 2 O the
    harbour ADJ JJ compound 2 O harbour
    master NOUN NN nsubj 3 O master
    put VERB VBD ROOT 3 O put
    it PRON PRP dobj 3 O it
    plainly ADV RB advmod 3 O plainly _
    : PUNCT : punct 3 O :
    “ PUNCT `` punct 3 O " _
    Nobody PRON NN compound 9 O nobody
    fishes VERB VBZ appos 4 O fish
    here ADV RB advmod 9 O here
    in ADP IN prep 10 O in
    winter NOUN NN pobj 11 B-DATE winter _
    . PUNCT . punct 3 O . _
    ” PUNCT '' punct 3 O " _
"""


# The ferry was “always late and always full”, according to Tom Baker.
ACCORDING_TO = """
    The DET DT det 1 O the
    ferry NOUN NN nsubj 2 O ferry
    was AUX VBD ROOT 2 O be
    “ PUNCT `` punct 2 O " _
    always ADV RB advmod 5 O always
    late ADJ JJ acomp 2 O late
    and CCONJ CC cc 5 O and
    always ADV RB advmod 8 O always
    full ADJ JJ conj 5 O full _
    ” PUNCT '' punct 2 O " _
    , PUNCT , punct 2 O ,
    according VERB VBG prep 2 O accord
    to ADP IN prep 11 O to
    Tom PROPN NNP compound 14 B-PERSON Tom
    Baker PROPN NNP pobj 12 I-PERSON Baker _
    . PUNCT . punct 2 O . _
"""


# Ruiz called the plan “a fresh start for the harbour”.
CALLED = """
    Ruiz PROPN NNP nsubj 1 O Ruiz
    called VERB VBD ROOT 1 O call
    the DET DT det 3 O the
    plan NOUN NN dobj 1 O plan
    “ PUNCT `` punct 3 O " _
    a DET DT det 7 O a
    fresh ADJ JJ amod 7 O fresh
    start NOUN NN oprd 1 O start
    for ADP IN prep 7 O for
    the DET DT det 10 O the
    harbour NOUN NN pobj 8 O harbour _
    ” PUNCT '' punct 1 O " _
    . PUNCT . punct 1 O . _
"""


# The council offers “risk mitigation” payments to fishermen.
TERM = """
    The DET DT det 1 O the
    council NOUN NN nsubj 2 O council
    offers VERB VBZ ROOT 2 O offer
    “ PUNCT `` punct 7 O " _
    risk NOUN NN nmod 5 O risk
    mitigation NOUN NN nmod 7 O mitigation _
    ” PUNCT '' punct 7 O "
    payments NOUN NNS dobj 2 O payment
    to ADP IN prep 2 O to
    fishermen NOUN NNS pobj 8 O fisherman _
    . PUNCT . punct 2 O . _
"""


# A banner on the pier read “Save our harbour”.
BANNER = """
    A DET DT det 1 O a
    banner NOUN NN nsubj 5 O banner
    on ADP IN prep 1 O on
    the DET DT det 4 O the
    pier NOUN NN pobj 2 O pier
    read VERB VBD ROOT 5 O read
    “ PUNCT `` punct 5 O " _
    Save VERB VB xcomp 5 O save
    our PRON PRP$ poss 9 O our
    harbour NOUN NN dobj 7 O harbour _
    ” PUNCT '' punct 7 O " _
    . PUNCT . punct 5 O . _
"""


# “The ferry never came.” Tom Baker, a fisherman, said he had waited since dawn.
NEXT_SENTENCE = """
    “ PUNCT `` punct 4 O " _
    The DET DT det 2 O the
    ferry NOUN NN nsubj 4 O ferry
    never ADV RB neg 4 O never
    came VERB VBD ROOT 4 O come _
    . PUNCT . punct 4 O . _
    ” PUNCT '' punct 4 O "
    Tom PROPN NNP compound 8 B-PERSON Tom
    Baker PROPN NNP nsubj 13 I-PERSON Baker _
    , PUNCT , punct 8 O ,
    a DET DT det 11 O a
    fisherman NOUN NN appos 8 O fisherman _
    , PUNCT , punct 8 O ,
    said VERB VBD ROOT 13 O say
    he PRON PRP nsubj 16 O he
    had AUX VBD aux 16 O have
    waited VERB VBN ccomp 13 O wait
    since SCONJ IN prep 16 O since
    dawn NOUN NN pobj 17 O dawn _
    . PUNCT . punct 13 O . _
"""


# “We will rebuild the pier.” / — Ana Ruiz
SIGNED = """
    “ PUNCT `` punct 3 O " _
    We PRON PRP nsubj 3 O we
    will AUX MD aux 3 O will
    rebuild VERB VB ROOT 3 O rebuild
    the DET DT det 5 O the
    pier NOUN NN dobj 3 O pier _
    . PUNCT . punct 3 O . _
    ” PUNCT '' punct 3 O " _
    <newline> SPACE _SP dep 7 O <newline> _
    — PUNCT : punct 11 O —
    Ana PROPN NNP compound 11 O Ana
    Ruiz PROPN NNP ROOT 11 O Ruiz _
"""


# The mayor spoke after the vote. Ruiz said the work was overdue. Then: “We will rebuild the pier.”
NEIGHBOUR = """
    The DET DT det 1 O the
    mayor NOUN NN nsubj 2 O mayor
    spoke VERB VBD ROOT 2 O speak
    after ADP IN prep 2 O after
    the DET DT det 5 O the
    vote NOUN NN pobj 3 O vote _
    . PUNCT . punct 2 O .
    Ruiz PROPN NNP nsubj 8 B-PERSON Ruiz
    said VERB VBD ROOT 8 O say
    the DET DT det 10 O the
    work NOUN NN nsubj 11 O work
    was AUX VBD ccomp 8 O be
    overdue ADJ JJ acomp 11 O overdue _
    . PUNCT . punct 8 O .
    Then ADV RB advmod 19 O then _
    : PUNCT : punct 19 O :
    “ PUNCT `` punct 19 O " _
    We PRON PRP nsubj 19 O we
    will AUX MD aux 19 O will
    rebuild VERB VB ROOT 19 O rebuild
    the DET DT det 21 O the
    pier NOUN NN dobj 19 O pier _
    . PUNCT . punct 19 O . _
    ” PUNCT '' punct 19 O " _
"""


# Ana Ruiz spoke to reporters: / “We will rebuild the pier before the summer.”
COLON_INTRO = """
    Ana PROPN NNP compound 1 B-PERSON Ana
    Ruiz PROPN NNP nsubj 2 I-PERSON Ruiz
    spoke VERB VBD ROOT 2 O speak
    to ADP IN prep 2 O to
    reporters NOUN NNS pobj 3 O reporter _
    : PUNCT : punct 2 O : _
    <newline> SPACE _SP dep 5 O <newline> _
    “ PUNCT `` punct 10 O " _
    We PRON PRP nsubj 10 O we
    will AUX MD aux 10 O will
    rebuild VERB VB ROOT 10 O rebuild
    the DET DT det 12 O the
    pier NOUN NN dobj 10 O pier
    before ADP IN prep 10 O before
    the DET DT det 15 O the
    summer NOUN NN pobj 13 O summer _
    . PUNCT . punct 10 O . _
    ” PUNCT '' punct 10 O " _
"""

# Ruiz answered the critics. / “We will rebuild the pier before the summer.”
PARAGRAPH_BEFORE = """
    Ruiz PROPN NNP nsubj 1 B-PERSON Ruiz
    answered VERB VBD ROOT 1 O answer
    the DET DT det 3 O the
    critics NOUN NNS dobj 1 O critic _
    . PUNCT . punct 1 O . _
    <newline> SPACE _SP dep 4 O <newline> _
    “ PUNCT `` punct 9 O " _
    We PRON PRP nsubj 9 O we
    will AUX MD aux 9 O will
    rebuild VERB VB ROOT 9 O rebuild
    the DET DT det 11 O the
    pier NOUN NN dobj 9 O pier
    before ADP IN prep 9 O before
    the DET DT det 14 O the
    summer NOUN NN pobj 12 O summer _
    . PUNCT . punct 9 O . _
    ” PUNCT '' punct 9 O " _
"""

# Tom Baker blamed “years of neglect and broken promises” for the closure.
BLAMED = """
    Tom PROPN NNP compound 1 B-PERSON Tom
    Baker PROPN NNP nsubj 2 I-PERSON Baker
    blamed VERB VBD ROOT 2 O blame
    “ PUNCT `` punct 2 O " _
    years NOUN NNS dobj 2 O year
    of ADP IN prep 4 O of
    neglect NOUN NN amod 9 O neglect
    and CCONJ CC cc 6 O and
    broken ADJ JJ conj 6 O broken
    promises NOUN NNS pobj 5 O promise _
    ” PUNCT '' punct 9 O "
    for ADP IN prep 2 O for
    the DET DT det 13 O the
    closure NOUN NN pobj 11 O closure _
    . PUNCT . punct 2 O . _
"""


def test_trailing_cue_names_the_subject_of_the_verb_after_the_quote() -> None:
    assert found_by("trailing_cue", TRAILING_CUE) == ("Ana Ruiz", "said", "trailing-cue")
    # Before the quote there is no cue: the leading-cue sieve finds nobody.
    assert found_by("leading_cue", TRAILING_CUE) is None


def test_leading_cue_names_the_subject_of_the_verb_before_the_quote() -> None:
    assert found_by("leading_cue", TOLD_THAT) == ("Ana Ruiz", "told", "leading-cue")
    assert found_by("trailing_cue", TOLD_THAT) is None


def test_trailing_verb_takes_any_verb_after_a_quote_cut_off_by_a_comma() -> None:
    assert found_by("trailing_verb", SNAPPED) == ("Tom Baker", "snapped", "trailing-verb")
    # A quote ending in a full stop goes on with no attribution of its own.
    assert found_by("trailing_verb", NEXT_SENTENCE) is None


def test_colon_lead_in_names_the_subject_of_the_clause_before_the_colon() -> None:
    assert found_by("colon_lead_in", PUT_IT) == ("The harbour master", "put", "colon-lead-in")
    assert found_by("colon_lead_in", TRAILING_CUE) is None


def test_according_to_names_its_object() -> None:
    assert found_by("according_to", ACCORDING_TO) == ("Tom Baker", "according to", "according-to")
    assert found_by("according_to", TRAILING_CUE) is None


def test_embedded_cue_names_the_speaker_of_the_verb_a_partial_quote_hangs_on() -> None:
    assert found_by("embedded_cue", CALLED) == ("Ruiz", "called", "embedded-cue")
    # Only partial quotes are embedded: a whole quoted sentence is not.
    assert found_by("embedded_cue", TRAILING_CUE) is None


def test_colon_intro_names_who_the_paragraph_before_introduces() -> None:
    # (`spoke` is no verb of saying: the nearest name before the colon speaks.)
    assert found_by("colon_intro", COLON_INTRO) == ("Ana Ruiz", ":", "colon-intro")
    assert found_by("colon_intro", PARAGRAPH_BEFORE) is None  # no colon


def test_paragraph_before_names_the_subject_of_the_last_sentence_before() -> None:
    assert found_by("paragraph_before", PARAGRAPH_BEFORE) == ("Ruiz", "answered", "paragraph-before")
    assert found_by("paragraph_before", TRAILING_CUE) is None  # no paragraph before


def test_next_sentence_names_the_subject_of_the_sentence_after_a_whole_quote() -> None:
    assert found_by("next_sentence", NEXT_SENTENCE) == ("Tom Baker", "said", "next-sentence")
    # A quote ending in a comma is no whole sentence.
    assert found_by("next_sentence", SNAPPED) is None


def test_signature_names_who_signs_the_line_below() -> None:
    assert found_by("signature", SIGNED) == ("Ana Ruiz", "—", "signature")
    assert found_by("signature", TRAILING_CUE) is None


def test_neighbour_sentence_names_the_speaker_of_the_sentence_before_the_lead_in() -> None:
    assert found_by("neighbour_sentence", NEIGHBOUR) == ("Ruiz", "said", "neighbour-sentence")
    assert found_by("neighbour_sentence", CALLED) is None  # a partial quote


def test_content_verb_names_the_subject_of_a_verb_whose_object_is_the_quote() -> None:
    assert found_by("content_verb", BLAMED) == ("Tom Baker", "blamed", "content-verb")
    assert found_by("content_verb", SNAPPED) is None  # a direct quote


def test_hiders_hide_terms_and_signs_and_leave_quotes_alone() -> None:
    assert attribution.hide_term(site_of(frozen(TERM))) == ("scare", "term")
    assert attribution.hide_sign(site_of(frozen(BANNER))) == ("sign", "")
    for spec in (TRAILING_CUE, CALLED, SIGNED):
        site = site_of(frozen(spec))
        assert [hider(site) for hider in HIDERS] == [None] * len(HIDERS)


def test_a_known_title_hides_the_first_line_as_a_headline() -> None:
    doc = frozen(TRAILING_CUE)
    assert attribution.hide_headline(site_of(doc, title=doc.text)) == ("headline", "")
    assert attribution.hide_headline(site_of(doc, title="Harbour news")) is None


def test_the_first_sieve_that_finds_a_speaker_decides() -> None:
    # `told … that “…”`: the quote is partial, inside the content of `told`: the embedded-cue
    # sieve, before leading-cue, decides.
    decided, hidden_as = sieve(site_of(frozen(TOLD_THAT)))
    assert (decided.sieve, decided.kind, hidden_as) == ("embedded-cue", "partial", "")
    assert SIEVES.index(attribution.embedded_cue) < SIEVES.index(attribution.leading_cue)
    # A hidden quote gets no sieve's speaker, and says why it was hidden.
    decided, hidden_as = sieve(site_of(frozen(TERM)))
    assert (decided.mention, decided.kind, hidden_as) == (None, "scare", "term")


# Ana Ruiz said that when Tom Hale railed against the levy, “he was speaking for the whole town.”
RAILED_WHEN = """
    Ana PROPN NNP compound 1 O Ana
    Ruiz PROPN NNP nsubj 2 O Ruiz
    said VERB VBD ROOT 2 O say
    that SCONJ IN mark 15 O that
    when SCONJ WRB advmod 7 O when
    Tom PROPN NNP compound 6 B-PERSON Tom
    Hale PROPN NNP nsubj 7 I-PERSON Hale
    railed VERB VBD advcl 15 O rail
    against ADP IN prep 7 O against
    the DET DT det 10 O the
    levy NOUN NN pobj 8 O levy _
    , PUNCT , punct 15 O ,
    “ PUNCT `` punct 15 O " _
    he PRON PRP nsubj 15 O he
    was AUX VBD aux 15 O be
    speaking VERB VBG ccomp 2 O speak
    for ADP IN prep 15 O for
    the DET DT det 19 O the
    whole ADJ JJ amod 19 O whole
    town NOUN NN pobj 16 O town _
    . PUNCT . punct 2 O . _
    ” PUNCT '' punct 2 O " _
"""

# After Tom Hale criticized the levy, Ana Ruiz hit back, “We will not wait.”
HIT_BACK_AFTER = """
    After SCONJ IN mark 3 O after
    Tom PROPN NNP compound 2 B-PERSON Tom
    Hale PROPN NNP nsubj 3 I-PERSON Hale
    criticized VERB VBD advcl 9 O criticize
    the DET DT det 5 O the
    levy NOUN NN dobj 3 O levy _
    , PUNCT , punct 9 O ,
    Ana PROPN NNP compound 8 O Ana
    Ruiz PROPN NNP nsubj 9 O Ruiz
    hit VERB VBD ROOT 9 O hit
    back ADV RB advmod 9 O back _
    , PUNCT , punct 9 O ,
    “ PUNCT `` punct 9 O " _
    We PRON PRP nsubj 16 O we
    will AUX MD aux 16 O will
    not PART RB neg 16 O not
    wait VERB VB ccomp 9 O wait _
    . PUNCT . punct 9 O . _
    ” PUNCT '' punct 9 O " _
"""

# Ana Ruiz argued that the levy would ruin the harbour, saying it was “a tax on fishing.”
SAYING_AFTER_A_THING = """
    Ana PROPN NNP compound 1 O Ana
    Ruiz PROPN NNP nsubj 2 O Ruiz
    argued VERB VBD ROOT 2 O argue
    that SCONJ IN mark 7 O that
    the DET DT det 5 O the
    levy NOUN NN nsubj 7 O levy
    would AUX MD aux 7 O would
    ruin VERB VB ccomp 2 O ruin
    the DET DT det 9 O the
    harbour NOUN NN dobj 7 O harbour _
    , PUNCT , punct 7 O ,
    saying VERB VBG advcl 7 O say
    it PRON PRP nsubj 13 O it
    was AUX VBD ccomp 11 O be
    “ PUNCT `` punct 13 O " _
    a DET DT det 16 O a
    tax NOUN NN attr 13 O tax
    on ADP IN prep 16 O on
    fishing NOUN NN pobj 17 O fishing _
    . PUNCT . punct 2 O . _
    ” PUNCT '' punct 2 O " _
"""

# Tom Hale said the repair could be slow, adding, “Patience is cheap.”
ADDING_AFTER_A_THING = """
    Tom PROPN NNP compound 1 B-PERSON Tom
    Hale PROPN NNP nsubj 2 I-PERSON Hale
    said VERB VBD ROOT 2 O say
    the DET DT det 4 O the
    repair NOUN NN nsubj 6 O repair
    could AUX MD aux 6 O could
    be AUX VB ccomp 2 O be
    slow ADJ JJ acomp 6 O slow _
    , PUNCT , punct 6 O ,
    adding VERB VBG advcl 6 O add _
    , PUNCT , punct 9 O ,
    “ PUNCT `` punct 9 O " _
    Patience NOUN NN nsubj 13 O patience
    is AUX VBZ ccomp 9 O be
    cheap ADJ JJ acomp 13 O cheap _
    . PUNCT . punct 2 O . _
    ” PUNCT '' punct 2 O " _
"""


def test_a_cue_in_a_clause_that_sets_the_scene_reports_nothing_of_the_quote() -> None:
    # `when Hale railed …` tells what the quote answers: whoever reports the quote is Ruiz.
    assert found_by("leading_cue", RAILED_WHEN) == ("Ana Ruiz", "said", "leading-cue")
    # `After Hale criticized …, Ruiz hit back, “…”`: Hale, who criticized, is not the
    # speaker; Ruiz's retort (`hit back`, a verb of saying with its particle) reports it.
    assert found_by("leading_cue", HIT_BACK_AFTER) == ("Ana Ruiz", "hit", "leading-cue")


def test_a_participle_on_a_reported_clause_about_a_thing_speaks_for_the_reporter() -> None:
    # `…, saying` and `…, adding` hang on the clause Ruiz / Hale report, whose subject (the
    # levy, the repair) cannot speak.
    assert found_by("embedded_cue", SAYING_AFTER_A_THING) == ("Ana Ruiz", "saying", "embedded-cue")
    assert found_by("leading_cue", ADDING_AFTER_A_THING) == ("Tom Hale", "adding", "leading-cue")


# Mr. Hale, who said a judge was biased against him, issued a statement saying, “I do not feel
# that anyone is unfair.”
STATEMENT_SAYING = """
    Mr. PROPN NNP compound 1 O Mr.
    Hale PROPN NNP nsubj 12 B-PERSON Hale _
    , PUNCT , punct 1 O ,
    who PRON WP nsubj 4 O who
    said VERB VBD relcl 1 O say
    a DET DT det 6 O a
    judge NOUN NN nsubjpass 8 O judge
    was AUX VBD auxpass 8 O be
    biased VERB VBN ccomp 4 O bias
    against ADP IN prep 8 O against
    him PRON PRP pobj 9 O he _
    , PUNCT , punct 1 O ,
    issued VERB VBD ROOT 12 O issue
    a DET DT det 14 O a
    statement NOUN NN dobj 12 O statement
    saying VERB VBG acl 14 O say _
    , PUNCT , punct 15 O ,
    “ PUNCT `` punct 15 O " _
    I PRON PRP nsubj 21 O I
    do AUX VBP aux 21 O do
    not PART RB neg 21 O not
    feel VERB VB ccomp 15 O feel
    that SCONJ IN mark 24 O that
    anyone PRON NN nsubj 24 O anyone
    is AUX VBZ ccomp 21 O be
    unfair ADJ JJ acomp 24 O unfair _
    . PUNCT . punct 12 O . _
    ” PUNCT '' punct 12 O " _
"""

# Her campaign sent a text message to supporters saying: “With your help, we won the town!”
MESSAGE_TO_SUPPORTERS = """
    Her PRON PRP$ poss 1 O her
    campaign NOUN NN nsubj 2 O campaign
    sent VERB VBD ROOT 2 O send
    a DET DT det 5 O a
    text NOUN NN compound 5 O text
    message NOUN NN dobj 2 O message
    to ADP IN dative 2 O to
    supporters NOUN NNS pobj 6 O supporter
    saying VERB VBG acl 7 O say _
    : PUNCT : punct 8 O :
    “ PUNCT `` punct 8 O " _
    With ADP IN prep 16 O with
    your PRON PRP$ poss 13 O your
    help NOUN NN pobj 11 O help _
    , PUNCT , punct 16 O ,
    we PRON PRP nsubj 16 O we
    won VERB VBD ccomp 8 O win
    the DET DT det 18 O the
    town NOUN NN dobj 16 O town _
    ! PUNCT . punct 2 O ! _
    ” PUNCT '' punct 2 O " _
"""

# She says she would release the figures on Friday, calling them “very dull numbers.”
CALLING_AFTER_SHE_SAYS = """
    She PRON PRP nsubj 1 O she
    says VERB VBZ ROOT 1 O say
    she PRON PRP nsubj 4 O she
    would AUX MD aux 4 O would
    release VERB VB ccomp 1 O release
    the DET DT det 6 O the
    figures NOUN NNS dobj 4 O figure
    on ADP IN prep 4 O on
    Friday PROPN NNP pobj 7 B-DATE Friday _
    , PUNCT , punct 4 O ,
    calling VERB VBG advcl 4 O call
    them PRON PRP dobj 10 O they
    “ PUNCT `` punct 15 O " _
    very ADV RB advmod 14 O very
    dull ADJ JJ amod 15 O dull
    numbers NOUN NNS oprd 10 O number _
    . PUNCT . punct 1 O . _
    ” PUNCT '' punct 1 O " _
"""

# A group of actors is performing a play called “Sons of the Harbour” in the town hall.
PLAY_CALLED = """
    A DET DT det 1 O a
    group NOUN NN nsubj 5 O group
    of ADP IN prep 1 O of
    actors NOUN NNS pobj 2 O actor
    is AUX VBZ aux 5 O be
    performing VERB VBG ROOT 5 O perform
    a DET DT det 7 O a
    play NOUN NN dobj 5 O play
    called VERB VBN acl 7 O call
    “ PUNCT `` punct 10 O " _
    Sons NOUN NNS oprd 8 B-WORK_OF_ART son
    of ADP IN prep 10 I-WORK_OF_ART of
    the DET DT det 13 I-WORK_OF_ART the
    Harbour PROPN NNP pobj 11 I-WORK_OF_ART Harbour _
    ” PUNCT '' punct 10 O "
    in ADP IN prep 8 O in
    the DET DT det 18 O the
    town NOUN NN compound 18 O town
    hall NOUN NN pobj 15 O hall _
    . PUNCT . punct 5 O . _
"""


def test_a_participle_on_a_message_speaks_for_who_sends_it() -> None:
    # `issued a statement saying`: Hale, not the `him` nearest the cue.
    assert found_by("leading_cue", STATEMENT_SAYING) == ("Hale", "saying", "leading-cue")
    # The supporters the message goes to do not say it.
    assert found_by("leading_cue", MESSAGE_TO_SUPPORTERS) == ("Her campaign", "saying", "leading-cue")
    # `a play called “…”` names the play: nobody (not the actors) says it.
    assert found_by("embedded_cue", PLAY_CALLED) is None


def test_a_participle_on_a_reported_clause_names_the_reporter_not_the_clause_pronoun() -> None:
    # `She says she would release them, calling them “…”`: the `She` who says (the first word).
    assert found_by("embedded_cue", CALLING_AFTER_SHE_SAYS) == ("She", "calling", "embedded-cue")


# "There is a young man with some problems," Ruiz said as the heckler yelled: "You stink!"
SAID_AS_HECKLER_YELLED = """
    " PUNCT `` punct 12 O " _
    There PRON EX expl 2 O there
    is VERB VBZ ccomp 12 O be
    a DET DT det 5 O a
    young ADJ JJ amod 5 O young
    man NOUN NN attr 2 O man
    with ADP IN prep 5 O with
    some DET DT det 8 O some
    problems NOUN NNS pobj 6 O problem _
    , PUNCT , punct 12 O , _
    " PUNCT '' punct 12 O "
    Ruiz PROPN NNP nsubj 12 O Ruiz
    said VERB VBD ROOT 12 O say
    as SCONJ IN mark 16 O as
    the DET DT det 15 O the
    heckler NOUN NN nsubj 16 O heckler
    yelled VERB VBD advcl 12 O yell _
    : PUNCT : punct 16 O :
    " PUNCT `` punct 16 O " _
    You PRON PRP nsubj 20 O you
    stink VERB VBP ccomp 16 O stink _
    ! PUNCT . punct 12 O ! _
    " PUNCT '' punct 12 O " _
"""

# Hale told the Gazette in a written statement, “I really do not want it.”
WRITTEN_STATEMENT = """
    Hale PROPN NNP nsubj 1 O Hale
    told VERB VBD ROOT 1 O tell
    the DET DT det 3 O the
    Gazette PROPN NNP dobj 1 B-PERSON Gazette
    in ADP IN prep 1 O in
    a DET DT det 7 O a
    written VERB VBN amod 7 O write
    statement NOUN NN pobj 4 O statement _
    , PUNCT , punct 1 O ,
    “ PUNCT `` punct 1 O " _
    I PRON PRP nsubj 14 O I
    really ADV RB advmod 14 O really
    do AUX VBP aux 14 O do
    not PART RB neg 14 O not
    want VERB VB ccomp 1 O want
    it PRON PRP dobj 14 O it _
    . PUNCT . punct 1 O . _
    ” PUNCT '' punct 1 O " _
"""

# Council leader Ana Ruiz delivered a blunt message to Tom Hale: "It is time to stop."
MESSAGE_TO_HALE = """
    Council NOUN NN compound 1 B-ORG council
    leader NOUN NN compound 3 O leader
    Ana PROPN NNP compound 3 B-PERSON Ana
    Ruiz PROPN NNP nsubj 4 I-PERSON Ruiz
    delivered VERB VBD ROOT 4 O deliver
    a DET DT det 7 O a
    blunt ADJ JJ amod 7 O blunt
    message NOUN NN dobj 4 O message
    to ADP IN prep 4 O to
    Tom PROPN NNP compound 10 B-PERSON Tom
    Hale PROPN NNP pobj 8 I-PERSON Hale _
    : PUNCT : punct 4 O :
    " PUNCT `` punct 4 O " _
    It PRON PRP nsubj 14 O it
    is AUX VBZ acl 7 O be
    time NOUN NN attr 14 O time
    to PART TO aux 17 O to
    stop VERB VB relcl 15 O stop _
    . PUNCT . punct 4 O . _
    " PUNCT '' punct 4 O " _
"""


def test_a_clause_with_its_own_speaker_reports_its_own_quote() -> None:
    # The second quote is the heckler's: `yelled` has a subject of its own, so it does not
    # give way to the `said` it hangs on.
    doc = frozen(SAID_AS_HECKLER_YELLED)
    idx = QuoteIndex.of(doc)
    found = attribution.leading_cue(QuoteSite.of(SieveContext.of(idx), idx.spans[1]))
    assert found is not None
    mention, cue, _ = found
    assert (doc.text[mention.start : mention.end], cue) == ("the heckler", "yelled")


def test_a_verb_form_used_as_an_adjective_is_no_cue() -> None:
    # `in a written statement`: Hale told, and nothing was `written` by the Gazette.
    assert found_by("leading_cue", WRITTEN_STATEMENT) == ("Hale", "told", "leading-cue")


def test_the_name_a_colon_lead_in_is_addressed_to_does_not_speak() -> None:
    assert found_by("colon_lead_in", MESSAGE_TO_HALE) == ("Ana Ruiz", "delivered", "colon-lead-in")


# Speaking at a fair in Salem, Oregon, Ruiz went after Hale, calling him “a total bore.”
# (hand-set: the parser gives `went` two subjects, the place and the person)
TWO_SUBJECTS = """
    Speaking VERB VBG advcl 10 O speak
    at ADP IN prep 0 O at
    a DET DT det 3 O a
    fair NOUN NN pobj 1 O fair
    in ADP IN prep 0 O in
    Salem PROPN NNP pobj 4 B-GPE Salem _
    , PUNCT , punct 5 O ,
    Oregon PROPN NNP nsubj 10 B-GPE Oregon _
    , PUNCT , punct 7 O ,
    Ruiz PROPN NNP nsubj 10 B-PERSON Ruiz
    went VERB VBD ROOT 10 O go
    after ADP IN prep 10 O after
    Hale PROPN NNP pobj 11 B-PERSON Hale _
    , PUNCT , punct 10 O ,
    calling VERB VBG advcl 10 O call
    him PRON PRP dobj 14 O he
    “ PUNCT `` punct 19 O " _
    a DET DT det 19 O a
    total ADJ JJ amod 19 O total
    bore NOUN NN oprd 14 O bore _
    . PUNCT . punct 10 O . _
    ” PUNCT '' punct 10 O " _
"""

# Ruiz seemed to mock his plan, saying, “The answer is not to shout.” But Hale did not respond in kind.
DID_NOT_RESPOND = """
    Ruiz PROPN NNP nsubj 1 O Ruiz
    seemed VERB VBD ROOT 1 O seem
    to PART TO aux 3 O to
    mock VERB VB xcomp 1 O mock
    his PRON PRP$ poss 5 O his
    plan NOUN NN dobj 3 O plan _
    , PUNCT , punct 1 O ,
    saying VERB VBG advcl 1 O say _
    , PUNCT , punct 7 O ,
    “ PUNCT `` punct 7 O " _
    The DET DT det 11 O the
    answer NOUN NN nsubj 12 O answer
    is AUX VBZ ccomp 7 O be
    not PART RB neg 15 O not
    to PART TO aux 15 O to
    shout VERB VB xcomp 12 O shout _
    . PUNCT . punct 1 O . _
    ” PUNCT '' punct 1 O "
    But CCONJ CC cc 22 O but
    Hale PROPN NNP nsubj 22 B-PERSON Hale
    did AUX VBD aux 22 O do
    not PART RB neg 22 O not
    respond VERB VB ROOT 22 O respond
    in ADP IN prep 22 O in
    kind NOUN NN pobj 23 O kind _
    . PUNCT . punct 22 O . _
"""


def test_of_two_subjects_the_one_nearest_the_verb_speaks_for_its_participle() -> None:
    assert found_by("embedded_cue", TWO_SUBJECTS) == ("Ruiz", "calling", "embedded-cue")


def test_a_denied_verb_of_saying_reports_nothing() -> None:
    # `But Hale did not respond` after the quote does not make it Hale's.
    assert found_by("trailing_cue", DID_NOT_RESPOND) is None
    assert found_by("leading_cue", DID_NOT_RESPOND) == ("Ruiz", "saying", "leading-cue")


# Hale once called the plan “a tax on boats.” Ruiz fired back in March, calling it fair.
FIRED_BACK_AFTER = """
    Hale PROPN NNP nsubj 2 O Hale
    once ADV RB advmod 2 O once
    called VERB VBD ROOT 2 O call
    the DET DT det 4 O the
    plan NOUN NN dobj 2 O plan
    “ PUNCT `` punct 7 O " _
    a DET DT det 7 O a
    tax NOUN NN oprd 2 O tax
    on ADP IN prep 7 O on
    boats NOUN NNS pobj 8 O boat _
    . PUNCT . punct 2 O . _
    ” PUNCT '' punct 2 O "
    Ruiz PROPN NNP nsubj 13 O Ruiz
    fired VERB VBD ROOT 13 O fire
    back ADV RB advmod 13 O back
    in ADP IN prep 13 O in
    March PROPN NNP pobj 15 B-DATE March _
    , PUNCT , punct 13 O ,
    calling VERB VBG advcl 13 O call
    it PRON PRP dobj 18 O it
    fair ADJ JJ oprd 18 O fair _
    . PUNCT . punct 13 O . _
"""


def test_a_retort_after_a_whole_sentence_answers_it_and_does_not_say_it() -> None:
    # `Ruiz fired back` is a verb of saying, but after a quote that ends its sentence it
    # answers what was quoted: the quote is Hale's (`called`), never Ruiz's.
    assert found_by("trailing_cue", FIRED_BACK_AFTER) is None
    assert found_by("embedded_cue", FIRED_BACK_AFTER) == ("Hale", "called", "embedded-cue")


# Ana Ruiz said that Tom Hale rejected her plan, calling it “a waste of time.”
CALLING_AFTER_A_NAMED_CLAUSE = """
    Ana PROPN NNP compound 1 O Ana
    Ruiz PROPN NNP nsubj 2 O Ruiz
    said VERB VBD ROOT 2 O say
    that SCONJ IN mark 6 O that
    Tom PROPN NNP compound 5 B-PERSON Tom
    Hale PROPN NNP nsubj 6 I-PERSON Hale
    rejected VERB VBD ccomp 2 O reject
    her PRON PRP$ poss 8 O her
    plan NOUN NN dobj 6 O plan _
    , PUNCT , punct 6 O ,
    calling VERB VBG advcl 6 O call
    it PRON PRP dobj 10 O it
    “ PUNCT `` punct 14 O " _
    a DET DT det 14 O a
    waste NOUN NN oprd 10 O waste
    of ADP IN prep 14 O of
    time NOUN NN pobj 15 O time _
    . PUNCT . punct 2 O . _
    ” PUNCT '' punct 2 O " _
"""


def test_a_participle_on_a_reported_clause_about_a_person_still_speaks_for_the_reporter() -> None:
    # The parser hangs `calling` on what Ruiz reports (Hale rejected her plan); the one who
    # goes on to call the plan a waste of time is Ruiz, who reports.
    assert found_by("embedded_cue", CALLING_AFTER_A_NAMED_CLAUSE) == ("Ana Ruiz", "calling", "embedded-cue")


# Voters agree - Sam Ortiz: “The debate moved few minds.”
SUMMARY_DASH_SOURCE = """
    Voters NOUN NNS nsubj 1 O voter
    agree VERB VBP ROOT 1 O agree
    - PUNCT : punct 4 O -
    Sam PROPN NNP compound 4 B-PERSON Sam
    Ortiz PROPN NNP dobj 1 I-PERSON Ortiz _
    : PUNCT : punct 4 O :
    “ PUNCT `` punct 4 O " _
    The DET DT det 8 O the
    debate NOUN NN nsubj 9 O debate
    moved VERB VBD conj 1 O move
    few ADJ JJ amod 11 O few
    minds NOUN NNS npadvmod 9 O mind _
    . PUNCT . punct 9 O . _
    ” PUNCT '' punct 9 O " _
"""


def test_a_source_labelled_after_a_summary_dash_speaks_not_the_summary() -> None:
    # The summary's verb of saying (`agree`) is not the quote's cue: the label after the
    # dash is its lead-in, and its name speaks.
    assert found_by("leading_cue", SUMMARY_DASH_SOURCE) is None
    assert found_by("colon_lead_in", SUMMARY_DASH_SOURCE) == ("Sam Ortiz", ":", "colon-lead-in")
    decided, _ = sieve(site_of(frozen(SUMMARY_DASH_SOURCE)))
    assert decided.sieve == "colon-lead-in"


# “Will the pier reopen?” Hale pressed.
PRESSED = """
    “ PUNCT `` punct 4 O " _
    Will AUX MD aux 4 O will
    the DET DT det 4 O the
    pier NOUN NN compound 4 O pier
    reopen VERB VB ROOT 4 O reopen _
    ? PUNCT . punct 4 O ? _
    ” PUNCT '' punct 4 O "
    Hale PROPN NNP nsubj 8 B-PERSON Hale
    pressed VERB VBD ROOT 8 O press _
    . PUNCT . punct 8 O . _
"""


def test_an_interviewer_who_presses_asks() -> None:
    assert found_by("trailing_cue", PRESSED) == ("Hale", "pressed", "trailing-cue")
    barked = PRESSED.replace("pressed VERB VBD ROOT 8 O press", "barked VERB VBD ROOT 8 O bark")
    assert found_by("trailing_cue", barked) == ("Hale", "barked", "trailing-cue")
