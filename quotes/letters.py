"""Whether a word opens in capitals, read past the letters that write a glottal stop.

Tongan, Hawaiian and other Polynesian names may open on an ʻokina (U+02BB) or a modifier
apostrophe (U+02BC), letters with no case, before the capital: `ʻAkosita Lavulavu`,
`ʻIolani`. ``text[:1].isupper()`` is false for them, so every rule asking whether a word is in
capitals (a name's, a title's, a body's) asks here instead.
"""

from __future__ import annotations

import re

__all__ = ["capitalised", "has_tone_letters", "in_maori_syllables"]

# A word of Māori syllables: each a vowel (long ones with the macron), after at most one of the
# language's consonants (`ng` and `wh` one each): `Te Whatu Ora`, `Kāinga Ora`, `Waka Kotahi`.
_MAORI_SYLLABLES = re.compile(r"(?:(?:ng|wh|[hkmnprtw])?[aeiouāēīōū])+")

# Letters of glottal stops that come before a capital and carry no case of their own.
GLOTTAL_STOPS = ("\u02bb", "\u02bc")
# The vowels in capitals that an Irish name's `h` may stand before (`hAilpín`, `hÉigeartaigh`).
_CAPITAL_VOWELS = frozenset("AEIOUÁÉÍÓÚ")


def capitalised(text: str) -> bool:
    """Whether ``text`` opens on a capital letter, after an ʻokina, an Irish `h`, a Nguni
    noun-class prefix or the Zulu and Xhosa `ka` of a father's name if it opens on one."""
    if text[:1] in GLOTTAL_STOPS:
        return text[1:2].isupper()
    # (Irish writes an `h` before a name opening on a vowel after `Ó` and `Ní`: `Ó hAilpín`.)
    if text[:1] == "h" and text[1:2] in _CAPITAL_VOWELS:
        return True
    # (Nguni names keep a noun-class prefix in small letters before the capital: `eThekwini`,
    # `uMngeni`, `iLembe`, `eSwatini`; so do brands, `eBay`, `iPhone`, names too.)
    if text[:1] in ("e", "i", "u") and text[1:2].isupper() and text[2:3].islower():
        return True
    # (Zulu and Xhosa write a father's name after `ka`, `son of`, joined to it: `kaZwelithini`.)
    if text[:2] == "ka" and text[2:3].isupper() and text[3:4].islower():
        return True
    return text[:1].isupper()


def has_tone_letters(text: str) -> bool:
    """Whether ``text`` holds a letter that writes a tone or a dotted vowel (`ễ`, `ạ`, Yoruba
    `ọ`, `ṣ`: the Latin Extended Additional block) or Vietnamese `ơ`, `ư`, `đ`: no English
    word has one, so a word in capitals with one is a name (`Nguyễn`, `Trần`, `Adébáyọ̀`)."""
    return any("\u1e00" <= c <= "\u1eff" or c in "\u01a1\u01a0\u01b0\u01af\u0111\u0110" for c in text)


def in_maori_syllables(text: str) -> bool:
    """Whether ``text`` is written in Māori syllables only (`Whatu`, `Kāinga`), open ones with no
    consonant ending a syllable or doubled, as few English words are (`Top`, `Mamma` are not)."""
    return bool(_MAORI_SYLLABLES.fullmatch(text.lower()))
