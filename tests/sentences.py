"""Frozen parses (tests/frozen.py) of sentences written for the tests that more than one test
file opens its story with, written once."""

# Former Rovers striker Danny Holt has slammed the owners after his testimonial was cancelled.
# (Then a paragraph break.)
HOLT_SLAMMED = """
Former ADJ JJ amod 1 O former
Rovers PROPN NNPS compound 2 O Rovers
striker NOUN NN compound 4 O striker
Danny PROPN NNP compound 4 B-PERSON Danny
Holt PROPN NNP nsubj 6 I-PERSON Holt
has AUX VBZ aux 6 O have
slammed VERB VBN ROOT 6 O slam
the DET DT det 8 O the
owners NOUN NNS dobj 6 O owner
after SCONJ IN mark 13 O after
his PRON PRP$ poss 11 O his
testimonial NOUN NN nsubjpass 13 O testimonial
was AUX VBD auxpass 13 O be
cancelled VERB VBN advcl 6 O cancel _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
"""
