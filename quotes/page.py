"""A saved web page to the text of its article: headline first, then the byline, then the story.

trafilatura decides what is article and what is navigation, comments or boilerplate (it runs
locally and fetches nothing). Around it, this module:

- keeps the headline, which trafilatura drops on most real pages: the page's title is taken
  from its metadata (``og:title``, a JSON-LD ``headline``, the ``<h1>``, the ``<title>`` less its
  `` | Site name`` tail) and made the first paragraph when the text does not start with it;
- keeps the byline as one line of its own, ``By X`` (who ``I`` is in a column), taken from the
  page's byline or author markup, else the JSON-LD article's authors, and nothing else of it
  (dates, job titles, desks, author bios);
- writes out the quote marks a browser draws around a ``<q>``, and gives a ``<blockquote>``
  that a paragraph ending in a colon introduces the quote marks it has not;
- keeps a time inside a sentence of the story (`By <time>2pm</time> the road was shut`), which
  trafilatura drops with its words, as plain text of the sentence;
- reads every entry of a live blog (each an ``<article>``, which trafilatura would keep or drop
  one by one);
- drops reading furniture: before extraction, figure captions and photo credits, pull quotes
  (a second copy of a quote), related-story boxes, share and newsletter prompts,
  advertisements, time stamps, summaries (bullet points, key points; a standfirst of prose is
  story text, kept under the headline) and embedded
  posts (tweets, AMP widgets, iframes), found by their tags and class names; after it, author
  bios, pull quotes the markup did not mark (a quote-only block the story already holds), and
  the lines that
  ``quotes/furniture.py`` (patterns in ``models/furniture.txt``, shared with the attribution of
  plain text) knows as furniture: ``READ MORE: …``, ``Related: …``, ``[Read: …]``, ``Continue
  reading the main story``, ``Advertisement``, ``Sign up for …``, credits, captions, dates,
  section labels and runs of related headlines.

The result's paragraphs are separated by a blank line, one block (paragraph, heading, list item,
table row) each; offsets of rows index this text.
"""

from __future__ import annotations

import copy
import html
import json
import re
from dataclasses import dataclass
from typing import Any

from quotes.furniture import QUOTE_CLOSERS, QUOTE_OPENERS, furniture_lines, line_kind
from quotes.lexicon import lexicon

# trafilatura's output tree: these hold blocks; the others are blocks (or inline inside them).
_CONTAINERS = {"body", "main", "div", "list", "quote", "table", "doc", "comments"}
_BLOCKS = {"p", "head", "item", "row", "quote", "code", "list", "table"}
# A page whose article has fewer words than this had none (trafilatura falls back to whatever
# text it finds: a nav-only page gives "Home").
MIN_ARTICLE_WORDS = 5


@dataclass(frozen=True)
class Page:
    """A page's article text (empty when it has none) and the headline it starts with (empty
    when the page names none)."""

    text: str
    title: str


def read_page(markup: str) -> Page:
    """The article of a page, headline and byline first (see the module's docstring)."""
    import trafilatura  # imported here: only HTML inputs pay for it
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        return Page("", "")
    titles = title_candidates(tree)
    byline = byline_of(tree)
    above_byline = _paragraphs_above_the_byline(tree)
    marked_standfirst = standfirst_of(tree)
    live = _is_live_blog(tree)
    if live:
        _unwrap_live_entries(tree)
        _set_stamps_apart(tree)
    _keep_times_in_prose(tree)
    _drop_reading_furniture(tree)
    _mark_inline_quotes(tree)
    _mark_introduced_block_quotes(tree)
    extracted = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
    )
    body = getattr(extracted, "body", None)
    if body is None:
        return Page("", "")
    blocks: list[str] = []
    _collect_blocks(body, blocks)
    blocks, title = _headline_first(blocks, titles)
    if title and marked_standfirst and not any(_fold(marked_standfirst) in _fold(b) for b in blocks):
        # (trafilatura takes the story's body and leaves the header the standfirst is set in.)
        blocks.insert(1, marked_standfirst)
        above_byline.add(marked_standfirst)
    if byline and not any(line_kind(line) == "byline" for b in blocks[:5] for line in b.split("\n")):
        # (A standfirst the page sets above its byline stays above it, where the lede's reader
        # knows it for one: `<p>The cuts will fall hardest …</p><div class="author">…`; only
        # when the byline comes before the next paragraph, not at the story's foot.)
        folded = [" ".join(b.split()) for b in blocks[1:3]]
        standfirst = bool(title) and len(folded) == 2 and folded[0] in above_byline
        standfirst = standfirst and folded[1] not in above_byline
        blocks.insert(2 if standfirst else 1 if title else 0, byline)
    blocks = _without_furniture(blocks, bool(title), keep_stamps=live)
    blocks = _without_author_bios(blocks, byline)
    blocks = _without_repeated_quotes(blocks, bool(title))
    story = [b for i, b in enumerate(blocks) if not (title and i == 0) and b != byline]
    if len(" ".join(story).split()) < MIN_ARTICLE_WORDS:
        return Page("", "")
    return Page("\n\n".join(blocks), title)


def html_to_text(markup: str) -> str:
    """The article text of a page (``read_page(markup).text``)."""
    return read_page(markup).text


# --- the headline -------------------------------------------------------------------------

# What sets a site's name (or a section's) apart from the headline in a <title> or og:title:
# `Headline | Site`, `Headline - Site`, `Site :: Headline`.
_STRONG_SEPARATOR = re.compile(r"\s+(?:\||·|•|»|::)\s+")
_DASH_SEPARATOR = re.compile(r"\s+[-–—]\s+")
_MAX_SITE_WORDS = 5
_MAX_TITLE_WORDS = 40


def title_candidates(tree: Any) -> list[str]:
    """The page's headline as its metadata gives it, most trusted first, each cleaned of the
    site name: ``og:title``/``twitter:title``, a JSON-LD ``headline``, an ``<h1>`` in the article,
    the ``<title>``, any other ``<h1>`` (often the site's logo). Empty when the page names none."""
    sites = {_fold(s) for s in _meta(tree, "og:site_name", "application-name") if s}
    raw: list[str] = []
    raw += _meta(tree, "og:title", "twitter:title")
    raw += _json_ld_headlines(tree)
    raw += [_text_of(h) for h in tree.xpath("//article//h1|//main//h1")]
    raw += [_text_of(t) for t in tree.xpath("//title")[:1]]
    raw += [_text_of(h) for h in tree.xpath("//h1")]
    found: list[str] = []
    for title in raw:
        title = _without_site_name(" ".join(title.split()), sites)
        words = title.split()
        if 2 <= len(words) <= _MAX_TITLE_WORDS and _fold(title) not in sites and title not in found:
            found.append(title)
    return found


def _meta(tree: Any, *names: str) -> list[str]:
    values = []
    for name in names:
        for element in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]'):
            content = element.get("content") or ""
            if content.strip():
                values.append(content)
    return values


def _json_ld_headlines(tree: Any) -> list[str]:
    headlines: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, list):
            for part in item:
                walk(part)
        elif isinstance(item, dict):
            if isinstance(item.get("headline"), str):
                # Some sites write the headline into JSON-LD with its HTML entities.
                headlines.append(html.unescape(item["headline"]))
            walk(item.get("@graph"))

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text or ""))
        except ValueError:
            continue  # a page's broken JSON-LD is not our problem
    return headlines


def _without_site_name(title: str, sites: set[str]) -> str:
    """``title`` less a site or section name before or after it.

    Parts set apart by ``|`` (or ``·``, ``»``, ``::``): the one part that is not a name (Title
    Case, a few words), else the longest part, since site and section names are short. Parts
    set apart by a dash: only a part that is the site's name (``og:site_name``), or a short
    Title Case name at the end (`` - BBC News``), is cut, since headlines have dashes of their
    own (`Brexit – what happens next`). ``Site: Headline`` loses ``Site`` when it is the site's
    name.
    """
    parts = [p for p in _STRONG_SEPARATOR.split(title) if _fold(p) not in sites]
    if len(parts) > 1:
        # A headline in sentence case stands out among names; else it is the longest part.
        worded = [p for p in parts if not _looks_like_a_name(p, _MAX_SITE_WORDS)]
        title = max(worded if len(worded) == 1 else parts, key=lambda p: len(p.split()))
    elif parts:
        title = parts[0]
    dashes = list(_DASH_SEPARATOR.finditer(title))
    if dashes and _fold(title[: dashes[0].start()]) in sites:
        title = title[dashes[0].end() :]
        dashes = list(_DASH_SEPARATOR.finditer(title))
    if dashes:
        last = title[dashes[-1].end() :]
        if _fold(last) in sites or _looks_like_a_name(last, _MAX_SITE_WORDS):
            title = title[: dashes[-1].start()]
    if ":" in title:
        head, _, rest = title.partition(":")
        if _fold(head) in sites and rest.strip():
            title = rest.strip()
    return title


def _fold(text: str) -> str:
    """For comparing a headline with a paragraph: case, white space, quote-mark style and a
    final full stop aside."""
    text = text.translate(_STRAIGHT_QUOTES)
    return " ".join(text.split()).casefold().rstrip(".")


_STRAIGHT_QUOTES = str.maketrans("“”„‘’‚", "\"\"\"'''")


# A kicker over a headline: a place, a section, a topic (`Sudbury`, `Cost of living`).
_MAX_KICKER_WORDS = 4


def _headline_first(blocks: list[str], titles: list[str]) -> tuple[list[str], str]:
    """The blocks with the headline first, and the headline (``""`` when there is none).

    The text's own first paragraph is the headline when it is one of the page's titles (or a
    title less a section's name after a dash, ``_headline_forms``); one
    found a little lower (under a section label or a date line) is moved up; else the most
    trusted title is put first.
    """
    if not titles:
        return blocks, ""
    known = {form for t in titles for form in _headline_forms(t)}
    for i, block in enumerate(blocks[:3]):
        if _fold(block) in known:
            return [block, *blocks[:i], *blocks[i + 1 :]], block
        under_kicker = _under_a_kicker(block, titles)
        if under_kicker is not None:
            title, rest = under_kicker
            return [title, *blocks[:i], *rest, *blocks[i + 1 :]], title
    return [titles[0], *blocks], titles[0]


def _headline_forms(title: str) -> set[str]:
    """The title folded, and the part before a section's name a dash sets after it, as a site
    names a page `Headline - Section - Site` (Dawn's `… - Pakistan - DAWN.COM`): the site's name
    is cut, the section's is left, as a headline may end on a dash and a name of its own
    (`Trump – Clinton`); so the part is known for the headline only where the page prints it."""
    forms = {_fold(title)}
    dashes = list(_DASH_SEPARATOR.finditer(title))
    if dashes and _looks_like_a_name(title[dashes[-1].end() :], _MAX_SITE_WORDS):
        forms.add(_fold(title[: dashes[-1].start()]))
    return forms


def _under_a_kicker(block: str, titles: list[str]) -> tuple[str, list[str]] | None:
    """The title a block holds under a kicker, and the block's lines after it (as a block of
    their own, if any), or None.

    A kicker set in the headline's own block (CBC's `Sudbury` over the <h1>, a section's link)
    comes out of trafilatura on the headline's line or the line before: the headline is taken
    out and the kicker dropped, or the title put first would leave a second copy of the
    headline (and its quote) in the story. So is a headline set in one block with its deck."""
    lines = block.split("\n")
    for j, line in enumerate(lines):
        folded = _fold(line)
        for title in titles:
            known = _fold(title)
            kicker = " ".join(lines[:j]) + " " + folded[: len(folded) - len(known)]
            # (No kicker but lines after it: a headline and its deck set in one block.)
            more = bool(kicker.strip()) or j + 1 < len(lines)
            if folded.endswith(known) and more and len(kicker.split()) <= _MAX_KICKER_WORDS:
                return title, ["\n".join(lines[j + 1 :])] if j + 1 < len(lines) else []
    return None


# --- the byline ---------------------------------------------------------------------------

# Markup that holds the byline or the author's name.
_AUTHOR_MARKUP = re.compile(r"(?:^|[\s_-])authors?(?:name)?(?=$|[\s_-])", re.IGNORECASE)
# Words of a menu or a widget, never of a name in a byline.
_NOT_IN_NAMES = frozenset("our all more about view authors author contributors writers columnists".split())
_BYLINE_LEAD = re.compile(r"^(?:(?:story|words|text|report(?:ing)?|written)\s+)?by\s*:?\s+", re.IGNORECASE)
# What follows the names in a byline: a desk, a job title, a date, a place.
_AFTER_NAMES = re.compile(
    r"\s*(?:[|·•/–—]|\s-\s|\b(?:updated|published|posted|in|for|at)\b|\d)", re.IGNORECASE
)
_MAX_BYLINE_CHARS = 200
_BY_AFTER_A_DESK = re.compile(r"\s*[|·•/–—]\s*(?=by\s*:?\s)", re.IGNORECASE)


def byline_of(tree: Any) -> str:
    """``By X`` for the page's byline (``X`` the names it gives, as written), or ``""``.

    From the first element that holds a name and is marked as a byline (class or id), else
    as the author (``rel``/``itemprop`` ``author``, then class or id), else the ``author`` meta
    tag: a menu's "Our authors" or a comment's author is less likely to come first that way.
    Names only: ``By Ana Ruiz, Staff Reporter · 4 March 2025`` gives ``By Ana Ruiz``; a list
    keeps every name (``By Ana Ruiz and Tom Hale``).
    """
    found: dict[int, str] = {}
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "script", "style", "link"):
            continue
        marks = " ".join(element.get(a) or "" for a in ("class", "id"))
        # Sites built on components name them in data attributes (`data-testid="byline"`).
        tests = " ".join(element.get(a) or "" for a in ("data-testid", "data-component"))
        if "byline" in (marks + " " + tests).lower():
            rank = 0
        elif "author" in ((element.get("rel") or "") + " " + (element.get("itemprop") or "")).lower():
            rank = 1
        elif _AUTHOR_MARKUP.search(marks):
            rank = 2
        else:
            continue
        if rank not in found:
            names = _names_in_byline(_byline_text(element))
            if names:
                found[rank] = names
                if rank == 0:
                    break
    if found:
        return f"By {found[min(found)]}"
    # The article's structured data names its authors more reliably than a meta tag does.
    people = [n for n in _json_ld_authors(tree) if _names_in_byline(n)]
    if people:
        return "By " + (people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1])
    for content in _meta(tree, "author", "article:author"):
        names = _names_in_byline(content) if "://" not in content else ""
        if names:
            return f"By {names}"
    return ""


def _paragraphs_above_the_byline(tree: Any) -> set[str]:
    """The text of each paragraph set before the first element marked as a byline or an
    author (as ``byline_of`` knows them), white space folded; empty when none is."""
    found: set[str] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marks = " ".join(element.get(a) or "" for a in ("class", "id", "data-testid", "data-component"))
        rel = " ".join(element.get(a) or "" for a in ("rel", "itemprop"))
        if "byline" in marks.lower() or "author" in rel.lower() or _AUTHOR_MARKUP.search(marks):
            return found
        # (A standfirst may be a heading: The Hindu's `<h2 class="sub-title">`.)
        if element.tag == "p" or _STANDFIRST_MARKUP.search(_CAMEL_CASE_PART.sub("-", marks)):
            found.add(_text_of(element))
    return set()


# Elements a browser sets on lines of their own: in a byline, one holds the name and the next
# the desk (BBC pages: `<p>Tom Ellis</p><p>BBC News, Cardiff</p>`).
_BYLINE_BLOCK_TAGS = frozenset("p div li dd dt address h2 h3 h4 h5 h6 br".split())


def _byline_text(element: Any) -> str:
    """A byline element's text with a bar where a block of it ends, as the page shows it on
    its own line: run together, `Tom Ellis` and `BBC News` read as one name *Tom EllisBBC*."""
    clone = copy.deepcopy(element)
    clone.tail = None
    for part in clone.iter():
        if part is not clone and isinstance(part.tag, str) and part.tag in _BYLINE_BLOCK_TAGS:
            part.tail = " | " + (part.tail or "")
        elif part is not clone and isinstance(part.tag, str) and _name_then_another_part(part):
            part.tail = " | "
    return _text_of(clone).strip(" |")


def _name_then_another_part(part: Any) -> bool:
    """An inline element of a byline holding a whole name (two words or more) right before
    another that opens on a capital, with nothing but white space between them: a site's
    style sheet sets them apart (`<span>Lisa Steyn</span><span>Senior Business Journalist</span>`,
    `<a>Niamh Walsh</a> <span>Health Correspondent</span>`), which run together read as one name
    *Lisa SteynSenior Business Journalist*."""
    after = part.getnext()
    if after is None or not isinstance(after.tag, str) or (part.tail or "").strip():
        return False
    return len(_text_of(part).split()) >= 2 and _text_of(after)[:1].isupper()


def _json_ld_authors(tree: Any) -> list[str]:
    """The names of the people a JSON-LD article gives as its ``author`` (organisations left out)."""
    names: list[str] = []

    def walk(item: Any, in_article: bool) -> None:
        if isinstance(item, list):
            for part in item:
                walk(part, in_article)
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds):
                authors = item.get("author")
                for author in authors if isinstance(authors, list) else [authors]:
                    if isinstance(author, dict) and author.get("@type", "Person") == "Person":
                        name = author.get("name")
                        if isinstance(name, str) and name.strip() and name not in names:
                            names.append(html.unescape(name.strip()))
            walk(item.get("@graph"), in_article)

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text or ""), False)
        except ValueError:
            continue
    return names


# `By Ana Ruiz and agencies`, `… with wires`: a desk's share in the story, no name.
_AND_AGENCIES = re.compile(
    r"\s+(?:and|&|with)\s+(?:agencies|agency|wires|wire services|staff)\s*$", re.IGNORECASE
)


def _names_in_byline(text: str) -> str:
    text = " ".join(text.split())
    if not text or len(text) > _MAX_BYLINE_CHARS:
        return ""
    # (`ABC Wimmera / By Sarah Lawrence`: a desk before the `By`, ABC's byline; the names follow it.)
    text = _BY_AFTER_A_DESK.split(text, maxsplit=1)[-1]
    text = _BYLINE_LEAD.sub("", text)
    text = _AFTER_NAMES.split(text, maxsplit=1)[0].strip(" ,;:")
    text = _AND_AGENCIES.sub("", text)
    parts = [p.strip() for p in text.split(",")]
    # `Ana Ruiz, Tom Hale and Lee Chan` is a list of names; `Ana Ruiz, Staff Reporter` is a name
    # and a job title: commas separate names only in a list that ends with `and`.
    if len(parts) > 1 and not re.search(r"\s(?:and|&)\s", parts[-1]):
        parts = parts[:1]
    names = ", ".join(parts) if len(parts) > 1 else _without_a_job_after_the_name(parts[0])
    if not all(_looks_like_a_name(n, 6) for n in re.split(r",\s*|\s+(?:and|&)\s+", names)):
        return ""
    if any(w.lower() in _NOT_IN_NAMES for w in names.split()):
        return ""
    return names


# A journalist's job closing a byline with no mark between it and the name (`By Wanjiru Kamau
# Senior Reporter`), with the words of a desk that may open it besides the fields and ranks of the
# lists (`Staff Writer`, `Special Correspondent`, `Court Reporter`). General English, by hand.
_JOURNALISTS_JOBS = frozenset("reporter correspondent editor writer journalist columnist".split())
_DESK_WORDS = frozenset("staff special court".split())


def _without_a_job_after_the_name(name: str) -> str:
    """A byline's one name less the journalist's job the page wrote right after it, in one
    element with no comma or bar between (`Wanjiru Kamau Senior Reporter` → `Wanjiru Kamau`,
    `Niamh Walsh Health Correspondent` → `Niamh Walsh`); two words of name at least are kept."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in _JOURNALISTS_JOBS:
        return name
    lex = lexicon()
    desks = lex.fields | lex.departments | lex.rank_words | _DESK_WORDS
    end = len(words) - 1
    while end > 2 and words[end - 1].lower() in desks:
        end -= 1
    return " ".join(words[:end])


def _looks_like_a_name(text: str, max_words: int) -> bool:
    """A short run of capitalised words (particles such as `van`, `de` allowed): a person's or
    a site's name, not a phrase."""
    words = text.split()
    if not 1 <= len(words) <= max_words or not words[0][:1].isupper():
        return False
    return all(
        (w[:1].isupper() and not any(c.isdigit() or c == "@" for c in w)) or w in lexicon().name_particles
        for w in words
    )


# --- reading furniture ---------------------------------------------------------------------


def _without_furniture(blocks: list[str], headline_first: bool, keep_stamps: bool = False) -> list[str]:
    """The blocks less their lines of page furniture (``quotes/furniture.py``: reading prompts,
    notices, share prompts, credits, captions, dates, section labels, related-headline runs).

    The headline stays, and so does the first byline (it may say who ``I`` is in a column);
    a later byline, a contact line or a second credit goes. A block left with no line goes.
    On a live page the entries' time stamps stay: the attribution reads one as the start of
    a new entry, past which no speaker carries.
    """
    text = "\n\n".join(blocks)
    dropped: set[int] = set()
    byline_kept = False
    for furniture in furniture_lines(text):
        if (headline_first and furniture.start == 0) or (keep_stamps and furniture.kind == "stamp"):
            continue
        if furniture.kind == "byline" and not byline_kept:
            byline_kept = True
            continue
        dropped.add(furniture.start)
    kept: list[str] = []
    start = 0
    for block in blocks:
        # Each line of a block was trimmed when it was collected: a line starts where it stands.
        lines = []
        for line in block.split("\n"):
            if start not in dropped:
                lines.append(line)
            start += len(line) + 1
        if lines:
            kept.append("\n".join(lines))
        start += 1  # the blank line between blocks
    return kept


# What follows an author's name in a bio: `Ana Ruiz is a reporter with …`, `Ana Ruiz covers …`.
_BIO_VERB = re.compile(r"\s+(?:is|was|has been|has|covers|writes|reports|joined|edits|previously)\b")
_BIO_WORDS = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|journalist|columnist|producer|contributor|"
    r"freelance|covers|covering|reach (?:him|her|them)|follow (?:him|her|them))\b",
    re.IGNORECASE,
)


def _without_author_bios(blocks: list[str], byline: str) -> list[str]:
    """The blocks less a bio of the byline's author (`Ana Ruiz is a reporter with CBN Manitoba.
    She covers …`), which pages set inside the story's last paragraphs as often as in a box."""
    names = (
        [n for n in re.split(r",\s*|\s+(?:and|&)\s+", byline[3:]) if n] if byline.startswith("By ") else []
    )
    if not names:
        return blocks
    kept = []
    for i, block in enumerate(blocks):
        bio = i >= 2 and any(
            block.startswith(name) and _BIO_VERB.match(block, len(name)) and _BIO_WORDS.search(block)
            for name in names
        )
        if not bio:
            kept.append(block)
    return kept


# A block with fewer words than this is never taken for a repeat: a short heading may well be
# words of the story.
_MIN_REPEAT_WORDS = 5
_REPEAT_EDGES = "\"“”‘’'„«» .,;:!?…—–-"
# A pull quote signed under its words, set in a plain paragraph: `“…” — Davis Chirchir, Transport
# CS`; its words are the quote's, the signature a few words with no quote of their own.
_SIGNED_PULL_QUOTE = re.compile(r"(.+[”\"’'»])[ \t]*[—–-]{1,2}[ \t]*[^\"“”‘’«»\n]{1,80}")


def _without_repeated_quotes(blocks: list[str], headline_first: bool) -> list[str]:
    """The blocks less a pull quote the markup did not mark: a short block that is only a quote
    (it opens with a quote mark), signed or not, whose words stand in another block of the
    story. It is a second copy of a quote the story already has, not a second quote."""
    folded = [_fold(b) for b in blocks]
    kept = []
    for i, block in enumerate(blocks):
        signed = _SIGNED_PULL_QUOTE.fullmatch(block)
        words = (_fold(signed.group(1)) if signed else folded[i]).strip(_REPEAT_EDGES)
        repeat = (
            not (headline_first and i == 0)
            and block[:1] in "\"“‘'„«"
            and len(words.split()) >= _MIN_REPEAT_WORDS
            and len(block) <= _MAX_FURNITURE_CHARS
            and any(words in other for j, other in enumerate(folded) if j != i and len(other) > len(words))
        )
        if not repeat:
            kept.append(block)
    return kept


# Class and id words of the blocks that are not story: captions and credits, pull quotes,
# related-story boxes, share, newsletter and advertising slots, summaries that repeat the story
# (a standfirst of bullet points, a list of them, key events), author bios, time stamps (a live blog's
# entry times) and embedded social posts (Facebook's plugins are `fb-post`, `fb-video`, and
# `fb-xfbml-parse-ignore` on the quote they hold).
# Matched as whole words of the attribute (`ad-slot`, `article__caption`, `social-share`, and
# camelCase parts: `imageCaption`), so `header` or `shadow` never is.
_FURNITURE_MARKUP = re.compile(
    r"(?:^|[\s_-])(?:caption|captions|credit|credits|copyright|byline|pullquote|pull-quote|related|"
    r"promo|newsletter|share|sharing|social|advert|advertisement|ad|ads|adslot|sponsored|"
    r"readmore|read-more|recirc|outbrain|taboola|"
    r"standfirst|dek|deck|bullets|summary|key-points|keypoints|key-events|highlights|"
    r"bio|bios|biography|time|timestamp|date|"
    r"tweet|twitter|instagram|tiktok|facebook|fb|embed|embedded)(?=$|[\s_-])",
    re.IGNORECASE,
)
_CAMEL_CASE_PART = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A block bigger than this is kept whatever its class says: it may hold the story itself
# (a wrapper with `has-related` or `ad-free` in its class).
_MAX_FURNITURE_CHARS = 600
# Elements that embed another page (a post, a video, an advertisement, AMP's widgets): their
# text, when they have any, is that page's, not the story's.
_EMBED_TAGS = frozenset(
    "iframe amp-ad amp-embed amp-iframe amp-twitter amp-instagram amp-facebook amp-facebook-post "
    "amp-tiktok amp-youtube amp-social-share amp-sidebar amp-sticky-ad".split()
)
# A heading or paragraph that introduces a summary of the story as a list (the list repeats
# the story's words and quotes): `Key points:` then `<ul>`; Kenyan sites' `In Summary`.
_SUMMARY_LABEL = re.compile(
    r"(?:key points|key events|highlights|in brief|at a glance|in short|(?:in )?summary|what we know|"
    r"the big picture|story highlights|quick read)[.:]?",
    re.IGNORECASE,
)


# Class and id words of a story's standfirst (dek, summary, intro): the paragraph under the
# headline that tells the story in a sentence (Guardian `content__standfirst`, BBC
# `story-body__introduction`, Dawn `story__excerpt`, The Hindu `sub-title`, a US `dek`). It is
# story text, often with the story's strongest quote: the lede's reader knows it for a standfirst.
_STANDFIRST_MARKUP = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|deck|summary|intro|introduction|lede|excerpt|strapline|"
    r"sub-title|subtitle|sub-headline|subheadline)(?=$|[\s_-])",
    re.IGNORECASE,
)


_STANDFIRST_ATTRIBUTES = ("class", "id", "data-testid", "data-component", "data-gu-name")


def _is_a_standfirst(element: Any, marks: str) -> bool:
    """Whether the element is a story's standfirst: marked as one, nothing else its markup
    calls furniture (`summary related-card`), and a paragraph, not a list of bullet points
    (`<div class="content__standfirst"><ul>…`, which repeats the story point by point)."""
    if not _STANDFIRST_MARKUP.search(marks) or element.tag in ("ul", "ol", "li"):
        return False
    if _FURNITURE_MARKUP.search(_STANDFIRST_MARKUP.sub(" ", marks)):
        return False
    return not element.xpath(".//li") and len(_text_of(element)) <= _MAX_FURNITURE_CHARS


def standfirst_of(tree: Any) -> str:
    """The text of the page's standfirst: the first block marked as one (class, id or a
    component's name: the Guardian's `data-gu-name="standfirst"`); empty when none is."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marks = " ".join(element.get(a) or "" for a in _STANDFIRST_ATTRIBUTES)
        if _is_a_standfirst(element, _CAMEL_CASE_PART.sub("-", marks)):
            return _text_of(element)
    return ""


def _drop_reading_furniture(tree: Any) -> None:
    """Remove figure captions, embedded posts and the blocks whose markup marks them as
    furniture, keeping the text that follows each (an element's tail belongs to its parent).
    The page's standfirst (the first block marked as one) stays; any later one is a teaser."""
    doomed = []
    standfirst = None
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "head", "article", "main"):
            continue
        if element.tag in _EMBED_TAGS:
            doomed.append(element)
            continue
        # (Sites built on components name them in data attributes: `data-component="byline-block"`.)
        marks = " ".join(element.get(a) or "" for a in ("class", "id", "data-testid", "data-component"))
        marks = _CAMEL_CASE_PART.sub("-", marks)
        if standfirst is None and _is_a_standfirst(element, marks):
            standfirst = element
            continue
        if element.tag == "figcaption" or (marks and _FURNITURE_MARKUP.search(marks)):
            if len(_text_of(element)) <= _MAX_FURNITURE_CHARS:
                doomed.append(element)
        elif element.tag in ("ul", "ol"):
            label = element.getprevious()
            if label is not None and isinstance(label.tag, str) and _SUMMARY_LABEL.fullmatch(_text_of(label)):
                doomed += [label, element]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _mark_inline_quotes(tree: Any) -> None:
    """Write out the quote marks of each ``<q>``: a browser draws them (“…”, and ‘…’ for a
    ``<q>`` inside another), but the page's text has none, and a quote without its marks is
    no quote to find. A ``<q>`` that holds its own marks (a page styled with ``quotes: none``)
    keeps them alone."""
    # (Innermost first, each then merged into the text around it, which the extractor keeps
    # in its place; a <q> left inside a <q> comes out of it in the wrong order.)
    for element in reversed(list(tree.iter("q"))):
        words = element.text_content().strip()
        if not (words and words[0] in QUOTE_OPENERS and words[-1] in QUOTE_CLOSERS):
            inner = any(isinstance(a.tag, str) and a.tag == "q" for a in element.iterancestors())
            opening, closing = ("‘", "’") if inner else ("“", "”")
            element.text = opening + (element.text or "")
            if len(element):
                element[-1].tail = (element[-1].tail or "") + closing
            else:
                element.text += closing
        element.drop_tag()


# Marks that open a quote and are never an apostrophe.
_DOUBLE_OPENINGS = frozenset('"“„«‘‹`')


def _mark_introduced_block_quotes(tree: Any) -> None:
    """Give quote marks to a ``<blockquote>`` without any that a paragraph ending in a colon
    introduces (`Mayor Ellen Price said:` over a block of her statement): the page sets the
    words apart instead of quoting them, and they are hers. Each of its paragraphs opens with
    a mark and the last closes, as a quote over several paragraphs is written."""
    for block in tree.iter("blockquote"):
        before = block.getprevious()
        lead = _text_of(before) if before is not None and isinstance(before.tag, str) else ""
        words = _text_of(block)
        if not lead.endswith(":") or not words or any(c in _DOUBLE_OPENINGS for c in words):
            continue
        paragraphs = [p for p in block.iter("p") if _text_of(p)] or [block]
        for paragraph in paragraphs:
            paragraph.text = "“" + (paragraph.text or "").lstrip()
        last = paragraphs[-1]
        if len(last):
            last[-1].tail = (last[-1].tail or "").rstrip() + "”"
        else:
            last.text = last.text.rstrip() + "”"


_SCREEN_READER_ONLY = './/*[contains(@class, "visually-hidden") or contains(@class, "sr-only")]'


def _unwrap_live_entries(tree: Any) -> None:
    """A live blog's entries are each an ``<article>``; trafilatura, taking each for a page of
    its own, keeps some and drops others. As plain blocks they are all read as one story."""
    for element in tree.xpath("//article"):
        element.tag = "div"
        # (BBC sets each entry in a list item: trafilatura reads an item as one block, and its
        # paragraphs ran together with no space between them.)
        parent = element.getparent()
        if parent is not None and parent.tag == "li":
            parent.tag = "div"
        # Text for screen readers only (BBC's `posted at 11:42` over the time shown) repeats the
        # entry's time, and trafilatura drops the whole header that holds it, title and all.
        for hidden in element.xpath(_SCREEN_READER_ONLY):
            hidden.drop_tree()
        # An entry's title sits in its own <header>, which trafilatura drops as page furniture.
        for header in element.xpath(".//header"):
            header.tag = "div"


def _set_stamps_apart(tree: Any) -> None:
    """Make each live entry's time (a ``<time>``, or a block whose class says it is a time:
    `live-update__time`) a paragraph of its own when it reads as a time stamp (`14:32`,
    `2.15pm`). Its class would have it dropped as furniture, and the entries then ran together:
    a speaker named in one carried to an unattributed quote opening the next."""
    root = tree.getroottree().getroot()
    for element in tree.xpath('//time | //*[contains(@class, "time")]'):
        text = _text_of(element)
        if element.getroottree().getroot() is not root or line_kind(text) != "stamp":
            continue  # (inside a stamp already set apart, or a date, `Updated at 14.58 GMT`)
        top = element
        while top.getparent() is not None and top.getparent().tag not in ("body", "html"):
            if _text_of(top.getparent()) != text:
                break
            top = top.getparent()
        parent = top.getparent()
        prose = (parent.text or "").strip() or (top.tail or "").strip() if parent is not None else True
        if prose or top.xpath("ancestor::p"):
            continue  # a time in running prose (`By <time>2pm</time> the road was shut`)
        stamp = top.makeelement("p", {})
        stamp.text, stamp.tail = text, top.tail
        parent.replace(top, stamp)


# Tags that sit inside a line of text rather than make a block of their own.
_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strong "
    "sub sup time u var".split()
)
# A class word that marks an element as a time or a date (`date`, `article-time`, `pubTime`).
_TIME_MARKUP = re.compile(r"(?:^|[\s_-])(?:time|timestamp|date)(?=$|[\s_-])", re.IGNORECASE)
_SMALL_WORD = re.compile(r"\b[a-z]{2,}\b")


def _keep_times_in_prose(tree: Any) -> None:
    """Make a time inside a sentence of the story (`By <time>2pm</time> the road was shut`, or a
    ``<span class="date">``) plain text of its sentence: trafilatura drops every ``<time>`` and
    the class rule every time-marked element, with its words, and the sentence (or a quote:
    `"We open at <time>9am</time> tomorrow," she said.`) lost them. A time is in a sentence when
    the words of its block outside it and outside links hold a word in small letters and the
    block as a whole is no furniture line (`Posted <time>…</time>, updated <time>…</time>` is a
    date line; a list of related stories is links and times alone), or when the block is a
    byline (`By Ana Ruiz on <time>March 3, 2026</time>`), which the reader keeps."""
    for element in tree.xpath("//time | //*[@class]"):
        marks = _CAMEL_CASE_PART.sub("-", element.get("class") or "")
        if element.tag != "time" and not (element.tag in _INLINE_TAGS and _TIME_MARKUP.search(marks)):
            continue
        block = next((a for a in element.iterancestors() if a.tag not in _INLINE_TAGS), None)
        if block is None or block.tag in ("body", "html") or not _text_of(element):
            continue
        between = [element.getparent(), *element.getparent().iterancestors()]
        between = between[: between.index(block) + 1]
        if any(_FURNITURE_MARKUP.search(_CAMEL_CASE_PART.sub("-", a.get("class") or "")) for a in between):
            continue  # (a byline's or a dateline's block, dropped whole)
        # (A byline's date is kept too, `By Ana Ruiz on <time>March 3, 2026</time>`: without it
        # the line, `By Ana Ruiz on`, is no byline, and the column's `I` loses its author.)
        kind = line_kind(_text_of(block))
        if kind == "byline" or (not kind and _SMALL_WORD.search(_words_around(block, element))):
            element.drop_tag()


def _words_around(block: Any, element: Any) -> str:
    """The text of a block less an element's and its links' (a link's text is a headline, a
    name: no sentence of the story), and less the blocks inside it: a live entry's paragraphs
    under its time stamp (`<div><time>14:32</time><h3>…</h3><p>…</p></div>`) are no sentence
    the time stands in."""
    words = []
    for text in block.xpath(".//text()"):
        owner = text.getparent()
        if text.is_tail:
            owner = owner.getparent()
        chain = [owner, *owner.iterancestors()]
        chain = chain[: chain.index(block) + 1] if block in chain else chain
        inner_block = any(a is not block and a.tag not in _INLINE_TAGS for a in chain)
        if not (inner_block or any(a is element or a.tag == "a" for a in chain)):
            words.append(str(text))
    return " ".join(words)


def _is_live_blog(tree: Any) -> bool:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        if "LiveBlogPosting" in (script.text or ""):
            return True
    return bool(
        tree.xpath(
            '//*[contains(@class, "liveblog") or contains(@class, "live-blog") '
            'or contains(@class, "live-update") '
            'or contains(@id, "liveblog") or contains(@id, "live-blog")]'
        )
    )


def _text_of(element: Any) -> str:
    return " ".join(element.text_content().split())


# --- trafilatura's tree to paragraphs -----------------------------------------------------


def _collect_blocks(element: Any, blocks: list[str]) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "row":
            cells = [_inline_text(cell) for cell in child]
            _add_block("\t".join(c for c in cells if c), blocks)
        elif tag in _CONTAINERS and _holds_blocks(child):
            if child.text and child.text.strip():
                _add_block(child.text, blocks)
            _collect_blocks(child, blocks)
        elif tag == "p" and _holds_blocks(child):
            _collect_text_and_blocks(child, blocks)
        else:
            _add_block(_inline_text(child), blocks)
        if child.tail and child.tail.strip() and tag in _BLOCKS:
            _add_block(child.tail, blocks)


def _holds_blocks(element: Any) -> bool:
    return any(isinstance(g.tag, str) and g.tag in _BLOCKS for g in element)


def _collect_text_and_blocks(paragraph: Any, blocks: list[str]) -> None:
    """A ``<p>`` that holds blocks: trafilatura makes one of a ``<div>`` with text straight
    inside it and paragraphs or a heading after (`<div>The council voted …<h3>…</h3><p>…</p>`),
    and read as one block the paragraphs ran together with no space between them. Each run of
    text and inline elements between the blocks is a paragraph, and each block one of its own.
    A kicker, a few words right before a heading (CBC's `Sudbury` link over its `<h1>`), stays
    on the line over the heading in one block, where the headline's reader takes it off."""
    run = [paragraph.text or ""]
    for child in paragraph:
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            kicker = " ".join("".join(run).split())
            if child.tag == "head" and kicker and len(kicker.split()) <= _MAX_KICKER_WORDS:
                _add_block(kicker + "\n" + _inline_text(child), blocks)
                run = [child.tail or ""]
                continue
            _add_block("".join(run), blocks)
            run = []
            _collect_blocks([child], blocks)  # (the block, and its tail after it)
        else:
            run += ["\n" if child.tag == "lb" else _inline_text(child), child.tail or ""]
    _add_block("".join(run), blocks)


def _inline_text(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _add_block(text: str, blocks: list[str]) -> None:
    """Add a block's text: one line per line break, and a new paragraph at an empty line.

    Pages that set paragraphs apart with ``<br><br>`` rather than ``<p>`` come out of
    trafilatura as one block with two line breaks in a row: that is a paragraph break too.
    """
    paragraph: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            paragraph.append(line)
        elif paragraph:
            blocks.append("\n".join(paragraph))
            paragraph = []
    if paragraph:
        blocks.append("\n".join(paragraph))
