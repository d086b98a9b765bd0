"""The trust model: every quote's candidate speakers, and which one (if any) is named."""

from __future__ import annotations

import math
from typing import Any

import pytest
from spacy.tokens import Doc

from quotes.attribution import QuoteIndex, choose, proposals
from quotes.trust import TrustModel, model_features, segment, trust_model
from tests.frozen import frozen


def _ran_as_candidate(nlp: Any) -> Doc:
    """`Ruiz ran as a “law and order” candidate .`: the quote hangs on a noun of a clause whose
    verb says nothing, and the clause's subject is a name."""
    words = ["Ruiz", "ran", "as", "a", "“", "law", "and", "order", "”", "candidate", "."]
    spaces = [True, True, True, True, False, True, True, False, True, False, False]
    heads = [1, 1, 1, 9, 9, 9, 5, 5, 9, 2, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "punct", "compound", "cc", "conj", "punct", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "PUNCT", "NOUN", "CCONJ", "NOUN", "PUNCT", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "DT", "``", "NN", "CC", "NN", "''", "NN", "."]
    ents = ["B-PERSON"] + ["O"] * 10
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    lemmas = ["Ruiz", "run", "as", "a", "“", "law", "and", "order", "”", "candidate", "."]
    for tok, lemma in zip(doc, lemmas, strict=True):
        tok.lemma_ = lemma
    return doc


def test_a_quote_on_a_clause_whose_verb_says_nothing_gets_its_subject_as_a_candidate(nlp: Any) -> None:
    doc = _ran_as_candidate(nlp)
    (candidates,) = proposals(QuoteIndex.of(doc))
    decided, *others = candidates
    # The sieves hide a short term that modifies a noun, with no verb of saying over it ...
    assert decided.mention is None and decided.kind == "scare"
    # ... and the clause's subject is proposed, as a partial quote, with what the climb found.
    clause = [c for c in others if c.sieve == "clause-subject"]
    assert len(clause) == 1 and clause[0].mention is not None
    assert doc.text[clause[0].mention.start : clause[0].mention.end] == "Ruiz"
    assert clause[0].kind == "partial" and clause[0].fallback_of == "scare"
    assert {"via=subject", "governor=verb", "sieves_found_none", "hidden_as=term"} <= set(clause[0].evidence)
    # Rejected, the quote goes back to the kind the sieves gave it.
    assert clause[0].without_mention().kind == "scare"


def test_choose_names_the_likeliest_candidate_only_when_likely_enough(nlp: Any) -> None:
    doc = _ran_as_candidate(nlp)
    (candidates,) = proposals(QuoteIndex.of(doc))
    trusting = TrustModel(-2.0, {"sieve=clause-subject": 5.0}, 0.5, {})
    chosen = choose(candidates, trusting)
    assert chosen is not None and chosen.sieve == "clause-subject"
    doubting = TrustModel(-2.0, {"sieve=clause-subject": 1.0}, 0.5, {})
    assert choose(candidates, doubting) is None


def test_chance_is_the_logistic_of_the_weights_of_the_features_present() -> None:
    model = TrustModel(-1.0, {"a": 2.0, "b": -0.5}, 0.5, {})
    assert model.chance(("a",)) == pytest.approx(1 / (1 + math.exp(-1.0)))
    # A feature counts once, and one the model never saw counts nothing.
    assert model.chance(("a", "a", "unseen")) == pytest.approx(model.chance(("a",)))
    assert model.chance(("a", "b")) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert TrustModel.from_dict(model.to_dict()).chance(("a", "b")) == pytest.approx(model.chance(("a", "b")))


def test_the_shipped_model_says_how_it_was_made() -> None:
    model = trust_model()
    assert model.about["made_by"].startswith("python benchmarks/fit_trust.py")
    assert model.about["gold"].endswith("train.jsonl")
    assert {"date", "commit", "candidates", "penalty", "out_of_fold_f1"} <= set(model.about)
    assert 0.2 <= model.threshold <= 0.8
    # Generic features only: no word of any article, no quote-mark style (a country's habit).
    assert not any(name.startswith("style=") for name in model.weights)


def test_a_clear_attribution_is_named_and_a_title_is_not(extract_rows: Any) -> None:
    text = (
        "Harbour board meets\n\n"
        "The harbour board met on Tuesday. “We will rebuild the pier before the winter storms,” "
        "said Ana Ruiz, the harbour master.\n\n"
        "Tom Brent starred in “The Long Road Home” before he ran for mayor."
    )
    rows = {q.quote: q for q in extract_rows(text, include_all=True)}
    pier = rows["We will rebuild the pier before the winter storms,"]
    assert pier.speaker == "Ana Ruiz" and pier.sieve == "trailing-cue"
    title = rows["The Long Road Home"]
    assert title.speaker == "" and title.kind == "scare"


def test_each_fact_is_weighed_overall_and_within_the_quotes_segment() -> None:
    hidden = ("sieves_found_none|kind=scare", "title_case")
    assert segment(hidden) == "hidden"
    assert segment(("kind=partial", "title_case")) == "partial"
    assert segment(("kind=direct",)) == "direct"
    assert model_features(hidden) == {*hidden, "hidden:sieves_found_none|kind=scare", "hidden:title_case"}
    # Title Case says little about a quote with a speaker beside it, much about a hidden term.
    model = TrustModel(0.0, {"title_case": 0.0, "hidden:title_case": -3.0}, 0.5, {})
    assert model.chance(hidden) < 0.1
    assert model.chance(("kind=direct", "title_case")) == pytest.approx(0.5)


def test_a_hidden_term_is_named_at_its_own_threshold(nlp: Any) -> None:
    doc = _ran_as_candidate(nlp)
    (candidates,) = proposals(QuoteIndex.of(doc))
    # A chance of 0.62 for the clause's subject: enough at 0.5, not for hidden terms at 0.7.
    weights = {"sieve=clause-subject": 0.5}
    assert choose(candidates, TrustModel(0.0, weights, 0.5, {})) is not None
    strict = TrustModel(0.0, weights, 0.5, {}, hidden_threshold=0.7)
    assert strict.threshold_for(candidates[1].evidence) == 0.7
    assert choose(candidates, strict) is None
    assert TrustModel.from_dict(strict.to_dict()).hidden_threshold == 0.7


def test_a_phrase_quoted_again_and_a_mention_that_speaks_elsewhere_are_evidence(nlp: Any) -> None:
    text = (
        "Mayor Ana Ruiz spoke on Monday. “We will rebuild the pier,” Ruiz said.\n\n"
        "Ruiz called the plan “a fresh start” for the harbour.\n\n"
        "Critics doubt that it is “a fresh start” at all."
    )
    doc = nlp(text)
    per_quote = proposals(QuoteIndex.of(doc))
    first_use, second_use = per_quote[1], per_quote[2]
    assert all("quoted_before" not in c.evidence for c in first_use if c.mention is not None)
    assert any("quoted_before" in c.evidence for c in second_use if c.mention is not None)
    ruiz = [c for c in first_use if c.mention is not None and text[c.mention.start : c.mention.end] == "Ruiz"]
    assert ruiz and "speaks_elsewhere" in ruiz[0].evidence


def _two_quotes_and_a_name_between(nlp: Any) -> Doc:
    """`“We will win,” Ruiz said. Hale smiled. “You lose,” she told him.`"""
    words = [
        "“",
        "We",
        "will",
        "win",
        ",",
        "”",
        "Ruiz",
        "said",
        ".",
        "Hale",
        "smiled",
        ".",
        "“",
        "You",
        "lose",
        ",",
        "”",
        "she",
        "told",
        "him",
        ".",
    ]
    spaces = [
        False,
        True,
        True,
        False,
        False,
        True,
        True,
        False,
        True,
        True,
        False,
        True,
        False,
        True,
        False,
        False,
        True,
        True,
        True,
        False,
        False,
    ]
    heads = [3, 3, 3, 7, 3, 7, 7, 7, 7, 10, 10, 10, 14, 14, 18, 14, 18, 18, 18, 18, 18]
    deps = [
        "punct",
        "nsubj",
        "aux",
        "ccomp",
        "punct",
        "punct",
        "nsubj",
        "ROOT",
        "punct",
        "nsubj",
        "ROOT",
        "punct",
        "punct",
        "nsubj",
        "ccomp",
        "punct",
        "punct",
        "nsubj",
        "ROOT",
        "dobj",
        "punct",
    ]
    pos = [
        "PUNCT",
        "PRON",
        "AUX",
        "VERB",
        "PUNCT",
        "PUNCT",
        "PROPN",
        "VERB",
        "PUNCT",
        "PROPN",
        "VERB",
        "PUNCT",
        "PUNCT",
        "PRON",
        "VERB",
        "PUNCT",
        "PUNCT",
        "PRON",
        "VERB",
        "PRON",
        "PUNCT",
    ]
    tags = [
        "``",
        "PRP",
        "MD",
        "VB",
        ",",
        "''",
        "NNP",
        "VBD",
        ".",
        "NNP",
        "VBD",
        ".",
        "``",
        "PRP",
        "VBP",
        ",",
        "''",
        "PRP",
        "VBD",
        "PRP",
        ".",
    ]
    ents = ["O"] * 6 + ["B-PERSON"] + ["O"] * 2 + ["B-PERSON"] + ["O"] * 11
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    lemmas = [
        "“",
        "we",
        "will",
        "win",
        ",",
        "”",
        "Ruiz",
        "say",
        ".",
        "Hale",
        "smile",
        ".",
        "“",
        "you",
        "lose",
        ",",
        "”",
        "she",
        "tell",
        "he",
        ".",
    ]
    for tok, lemma in zip(doc, lemmas, strict=True):
        tok.lemma_ = lemma
    return doc


def test_who_speaks_around_a_quote_is_evidence(nlp: Any) -> None:
    doc = _two_quotes_and_a_name_between(nlp)
    first, second = proposals(QuoteIndex.of(doc))
    # Words to a listener, with the subject of a verb of saying after them.
    assert {"first_person", "subject_of=speech"} <= set(first[0].evidence)
    she = second[0]
    assert she.mention is not None and doc.text[she.mention.start : she.mention.end] == "she"
    assert {"second_person", "subject_of=speech", "previous_quote_other_speaker"} <= set(she.evidence)
    assert {"pronoun=person", "mention_entity=none", "names_in_paragraph<=2"} <= set(she.evidence)
    assert "person_named_between" not in she.evidence
    # Ruiz, who spoke the quote before, is a candidate too; but Hale is named in between.
    text = doc.text
    ruiz = [c for c in second if c.mention is not None and text[c.mention.start : c.mention.end] == "Ruiz"]
    assert ruiz and "person_named_between" in ruiz[0].evidence
    assert {"previous_quote_same_speaker", "mention_entity=PERSON"} <= set(ruiz[0].evidence)


# `Ruiz was asked to “keep the peace” by the council. The mayor told Hale, “You are fired.”`
ASKED_AND_TOLD = """
Ruiz PROPN NNP nsubjpass 2 B-PERSON Ruiz
was AUX VBD auxpass 2 O be
asked VERB VBN ROOT 2 O ask
to PART TO aux 5 O to
“ PUNCT `` punct 5 O " _
keep VERB VB xcomp 2 O keep
the DET DT det 7 O the
peace NOUN NN dobj 5 O peace _
” PUNCT '' punct 5 O "
by ADP IN prep 5 O by
the DET DT det 11 O the
council NOUN NN pobj 9 O council _
. PUNCT . punct 2 O .
The DET DT det 14 O the
mayor NOUN NN nsubj 15 O mayor
told VERB VBD ROOT 15 O tell
Hale PROPN NNP dobj 15 B-PERSON Hale _
, PUNCT , punct 15 O ,
“ PUNCT `` punct 15 O " _
You PRON PRP nsubjpass 21 O you
are AUX VBP auxpass 21 O be
fired VERB VBN ccomp 15 O fire _
. PUNCT . punct 15 O . _
” PUNCT '' punct 15 O " _
"""


def _evidence_of(candidates: list[Any], text: str, mention: str) -> set[str]:
    (found,) = [c for c in candidates if c.mention and text[c.mention.start : c.mention.end] == mention]
    return set(found.evidence)


def test_what_the_mention_does_in_its_clause_is_evidence() -> None:
    doc = frozen(ASKED_AND_TOLD)
    asked, told = proposals(QuoteIndex.of(doc))
    # Whoever is asked to say something is spoken to, not the speaker.
    ruiz = _evidence_of(asked, doc.text, "Ruiz")
    assert {"mention_is_subject", "subject_passive", "subject_clause=main"} <= ruiz
    # The teller is the main verb's subject; the one told is its object.
    mayor = _evidence_of(told, doc.text, "The mayor")
    assert "subject_clause=main" in mayor and "subject_passive" not in mayor
    hale = _evidence_of(told, doc.text, "Hale")
    assert "mention_dep=object" in hale and "mention_is_subject" not in hale
