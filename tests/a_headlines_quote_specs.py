"""A headline's quote the story says again, shared by the tests of headlines (frozen parses of
sentences written for them, see tests/frozen.py)."""

# Water pipes 'at breaking point', council told  Wellington Water chief executive Tonia Haskell
# told the council the network was "at breaking point".
TOLD = """
Water NOUN NN compound 1 O water
pipes NOUN NNS nsubj 9 O pipe
' PUNCT `` punct 1 O ' _
at ADP IN prep 1 O at
breaking VERB VBG amod 5 O break
point NOUN NN pobj 3 O point _
' PUNCT '' punct 1 O ' _
, PUNCT , punct 9 O ,
council PROPN NNP nsubj 9 O council
told VERB VBD ROOT 9 O tell _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Wellington PROPN NNP compound 12 B-ORG Wellington
Water PROPN NNP compound 14 I-ORG Water
chief NOUN NN amod 14 O chief
executive NOUN NN compound 16 O executive
Tonia PROPN NNP compound 16 B-PERSON Tonia
Haskell PROPN NNP nsubj 17 I-PERSON Haskell
told VERB VBD ROOT 17 O tell
the DET DT det 19 O the
council NOUN NN dobj 17 O council
the DET DT det 21 O the
network NOUN NN nsubj 22 O network
was AUX VBD ccomp 17 O be
" PUNCT `` punct 22 O " _
at ADP IN prep 22 O at
breaking VERB VBG amod 26 O break
point NOUN NN pobj 24 O point _
" PUNCT '' punct 22 O " _
. PUNCT . punct 17 O . _
"""
