"""Whether a word is one of English's: the words the pipeline's own lemmatizer knows (spaCy's
English rule lemmatizer ships WordNet's nouns, verbs, adjectives and adverbs with their
irregular forms). A word in capitals it does not know (`Numsa`, `Eskom`, `Leinster`) is a coined
name, never a common noun in capitals because it opens a sentence (`Consultant surgeon`).

The tables load after the pipeline's components are built, so each pipeline is registered when
its `quotes` component is made, and its words are read on first use; a Doc of no registered
pipeline (built by hand) is read with the default model's words. A pipeline whose lemmatizer has
no such tables knows no word, and no word counts as coined (the rules that ask are then left out).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Token

# id of a pipeline's vocabulary → the pipeline, then the words it knows (the pipeline is kept
# so that the id is never another vocabulary's).
_PIPELINES: dict[int, Language] = {}
_WORDS: dict[int, frozenset[str]] = {}
_DEFAULT = -1  # key of the default model's words


def register(nlp: Language) -> None:
    """Remember ``nlp`` so that tokens of its vocabulary can ask whether a word is English."""
    _PIPELINES.setdefault(id(nlp.vocab), nlp)


def _read_words(nlp: Language) -> frozenset[str]:
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups: Any = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    words: set[str] = set()
    for lemmas in lookups.get_table("lemma_index").values():
        words.update(lemmas)
    if lookups.has_table("lemma_exc"):
        for forms in lookups.get_table("lemma_exc").values():
            for form, lemmas in forms.items():
                words.add(form)
                words.update(lemmas)
    return frozenset(w.lower() for w in words)


def english_words(tok: Token) -> frozenset[str]:
    """The words (in small letters) the pipeline that made ``tok`` knows; for a Doc built by
    hand on a vocabulary of its own (the tests' frozen parses), the default model's."""
    key = id(tok.vocab)
    if key not in _WORDS:
        nlp = _PIPELINES.get(key)
        words = _read_words(nlp) if nlp is not None else _default_words()
        if not words and nlp is not None:
            return words  # (tables not loaded yet: read again next time)
        _WORDS[key] = words
    return _WORDS[key]


def _default_words() -> frozenset[str]:
    """The words the default model's lemmatizer knows (loaded without its other components)."""
    if _DEFAULT not in _WORDS:
        import spacy

        from quotes.pipeline import ModelNotFound, resolve_model

        try:
            nlp = spacy.load(resolve_model(None), exclude=["tok2vec", "tagger", "parser", "ner", "senter"])
        except (ModelNotFound, OSError, ValueError):
            _WORDS[_DEFAULT] = frozenset()
        else:
            _WORDS[_DEFAULT] = _read_words(nlp)
    return _WORDS[_DEFAULT]


def coined(tok: Token) -> bool:
    """`Numsa`, `Seifsa`, `Pagasa`: a word of three letters or more that no English dictionary
    has, in any form (its lemma neither), so a name someone made, whatever the tagger calls it."""
    words = english_words(tok)
    if not words or not tok.is_alpha or len(tok.text) < 3:
        return False
    if tok.lower_ in words or tok.lemma_.lower() in words:
        return False
    # (`Reacting, the union's Kano chapter said …`: a verb's form in `-ing` the tagger read as a
    # common noun keeps itself for lemma, and the tables hold only the verb's own form; a proper
    # noun so spelt is a name as often, `Fielding`, `Harding`.)
    stem = tok.lower_[:-3] if tok.lower_.endswith("ing") and tok.pos_ in ("NOUN", "VERB") else ""
    doubled = stem[-1:] == stem[-2:-1] and stem[:-1] in words  # (`Shipping`, `Running`)
    return not (stem and (stem in words or stem + "e" in words or doubled))


def is_english_word(word: str) -> bool:
    """Whether the default model's lemmatizer knows ``word`` (for text not yet parsed)."""
    return word.lower() in _default_words()
