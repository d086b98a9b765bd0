"""Frozen paragraphs of council minutes, inquests and court reports that several tests share
(see tests/frozen.py): each written once here, with the heads counted from its own first line (a
paragraph break that opens one hangs on -1, the last token before it), and set where it lands by
``minutes_spec``; a test's own lines stay as tools/genx.py wrote them, heads counted from the
start of the whole spec. The test still builds its Doc with ``frozen`` from the spec this gives."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    """A shared paragraph's frozen lines, heads counted from its first line."""

    lines: str


def minutes_spec(*parts: str | Paragraph) -> str:
    """One frozen spec of ``parts`` in order: a test's own lines as they are, a shared
    paragraph's with its heads moved on by the number of lines before it."""
    lines: list[str] = []
    for part in parts:
        if isinstance(part, Paragraph):
            lines += [_moved_on(line, len(lines)) for line in part.lines.strip().splitlines()]
        else:
            lines += part.strip().splitlines()
    return "\n".join(lines) + "\n"


def _moved_on(line: str, by: int) -> str:
    columns = line.split(" ")
    columns[4] = str(int(columns[4]) + by)
    return " ".join(columns)


# An inquest was held at Bala on Monday before the district coroner.
# (test_a_witness_label_after_the_witness_called, test_an_office_in_capitals_labelling_every_turn)
INQUEST_AT_BALA = Paragraph("""
An DET DT det 1 O an
inquest NOUN NN nsubjpass 3 O inquest
was AUX VBD auxpass 3 O be
held VERB VBN ROOT 3 O hold
at ADP IN prep 3 O at
Bala PROPN NNP pobj 4 B-PERSON Bala
on ADP IN prep 3 O on
Monday PROPN NNP pobj 6 B-DATE Monday
before ADP IN prep 3 O before
the DET DT det 11 O the
district NOUN NN compound 11 O district
coroner NOUN NN pobj 8 O coroner _
. PUNCT . punct 3 O . _
""")

# The CORONER : Did you examine the place where the deceased was working on Saturday morning?
# (test_a_witness_label_after_the_witness_called, test_an_office_in_capitals_labelling_every_turn)
CORONER_ASKS_OF_THE_PLACE = Paragraph("""
<paragraph> SPACE _SP dep -1 O <paragraph> _
The DET DT det 2 O the
CORONER PROPN NNP nsubj 6 O CORONER
: PUNCT : punct 2 O :
Did AUX VBD aux 6 O do
you PRON PRP nsubj 6 O you
examine VERB VB ROOT 6 O examine
the DET DT det 8 O the
place NOUN NN dobj 6 O place
where SCONJ WRB advmod 13 O where
the DET DT det 11 O the
deceased VERB VBN nsubj 13 O decease
was AUX VBD aux 13 O be
working VERB VBG relcl 8 O work
on ADP IN prep 13 O on
Saturday PROPN NNP compound 16 B-DATE Saturday
morning NOUN NN pobj 14 B-TIME morning _
? PUNCT . punct 6 O ? _
""")

# Witness : I did, sir. I found the roof to be quite safe at six o'clock.
# (test_a_witness_label_after_the_witness_called, test_an_office_in_capitals_labelling_every_turn)
WITNESS_FOUND_THE_ROOF_SAFE = Paragraph("""
<paragraph> SPACE _SP dep -1 O <paragraph> _
Witness NOUN NN ROOT 1 O witness
: PUNCT : punct 1 O :
I PRON PRP nsubj 4 O I
did AUX VBD acl 1 O do _
, PUNCT , punct 4 O ,
sir PROPN NNP npadvmod 4 O sir _
. PUNCT . punct 1 O .
I PRON PRP nsubj 9 O I
found VERB VBD ROOT 9 O find
the DET DT det 11 O the
roof NOUN NN nsubj 13 O roof
to PART TO aux 13 O to
be AUX VB ccomp 9 O be
quite ADV RB advmod 15 O quite
safe ADJ JJ acomp 13 O safe
at ADP IN prep 13 O at
six NUM CD nummod 18 B-TIME six
o'clock NOUN NN pobj 16 I-TIME o'clock _
. PUNCT . punct 9 O . _
""")

# The Finance Committee met on Thursday, Mr. JOHN BURNS presiding.
# (test_the_chairman_in_capitals_seated_by_name, test_the_chairman_seated_by_name)
COMMITTEE_WITH_BURNS_PRESIDING = Paragraph("""
The DET DT det 2 B-ORG the
Finance PROPN NNP compound 2 I-ORG Finance
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Thursday PROPN NNP pobj 4 B-DATE Thursday _
, PUNCT , punct 3 O ,
Mr. PROPN NNP compound 9 O Mr.
JOHN PROPN NNP compound 9 B-PERSON JOHN
BURNS PROPN NNP compound 10 I-PERSON BURNS
presiding VERB VBG conj 3 O preside _
. PUNCT . punct 3 O . _
""")

# Mr. ROBERTS asked what the new baths would cost.
# (test_the_chairman_in_capitals_seated_by_name, test_the_chairman_seated_by_name)
ROBERTS_ASKS_THE_COST = Paragraph("""
<paragraph> SPACE _SP dep -1 O <paragraph> _
Mr. PROPN NNP compound 2 O Mr.
ROBERTS PROPN NNP nsubj 3 B-PERSON ROBERTS
asked VERB VBD ROOT 3 O ask
what PRON WP dobj 9 O what
the DET DT det 7 O the
new ADJ JJ amod 7 O new
baths NOUN NNS nsubj 9 O bath
would AUX MD aux 9 O would
cost VERB VB ccomp 3 O cost _
. PUNCT . punct 3 O . _
""")

# The CLERK: About four thousand pounds.
# (test_short_turns_of_minutes, test_the_chairman_seated_by_name)
CLERK_GIVES_THE_COST = Paragraph("""
<paragraph> SPACE _SP dep -1 O <paragraph> _
The DET DT det 2 O the
CLERK NOUN NNS ROOT 2 O CLERK _
: PUNCT : punct 2 O :
About ADV RB advmod 6 B-CARDINAL about
four NUM CD compound 6 I-CARDINAL four
thousand NUM CD nummod 7 I-CARDINAL thousand
pounds NOUN NNS appos 2 O pound _
. PUNCT . punct 2 O . _
""")

# The Chairman said the rates would have to rise. "We cannot go on as we have done," said he.
# (test_a_definite_description_met_before_any_name, test_a_description_answering_the_speaker_before)
CHAIRMAN_ON_THE_RATES = Paragraph("""
The DET DT det 1 O the
Chairman PROPN NNP nsubj 2 O Chairman
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
rates NOUN NNS nsubj 6 O rate
would AUX MD aux 6 O would
have VERB VB ccomp 2 O have
to PART TO aux 8 O to
rise VERB VB xcomp 6 O rise _
. PUNCT . punct 2 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 14 O we
can AUX MD aux 14 O can _
not PART RB neg 14 O not
go VERB VB ccomp 22 O go
on ADP RP prt 14 O on
as SCONJ IN mark 19 O as
we PRON PRP nsubj 19 O we
have AUX VBP aux 19 O have
done VERB VBN advcl 14 O do _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
said VERB VBD ROOT 22 O say
he PRON PRP nsubj 22 O he _
. PUNCT . punct 22 O . _
""")

# Thomas Baker, a labourer, was charged with drunkenness.
# (test_a_court_reports_label, test_the_accused_is_the_one_charged)
BAKER_CHARGED = Paragraph("""
Thomas PROPN NNP compound 1 B-PERSON Thomas
Baker PROPN NNP nsubjpass 7 I-PERSON Baker _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
labourer NOUN NN appos 1 O labourer _
, PUNCT , punct 1 O ,
was AUX VBD auxpass 7 O be
charged VERB VBN ROOT 7 O charge
with ADP IN prep 7 O with
drunkenness NOUN NN pobj 8 O drunkenness _
. PUNCT . punct 7 O . _
""")

# THE JUDGE: Was anybody else with him?
# (test_a_transcript_label_after_a_form_of_address, test_a_transcript_label_in_capitals_tagged_in_part)
JUDGE_ASKS_WHO_WAS_WITH_HIM = Paragraph("""
<paragraph> SPACE _SP dep -1 O <paragraph> _
THE DET DT det 2 O the
JUDGE NOUN NN nsubj 4 O judge _
: PUNCT : punct 2 O :
Was AUX VBD ROOT 4 O be
anybody PRON NN attr 4 O anybody
else ADV RB advmod 5 O else
with ADP IN prep 5 O with
him PRON PRP pobj 7 O he _
? PUNCT . punct 4 O ? _
""")
