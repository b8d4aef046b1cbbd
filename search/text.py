"""Words as the search compares them: lower case, ё folded into е, and reduced to their stem by
Snowball (Russian for Cyrillic words, English for the rest), so that "лекции" finds "лекция" and
"robots" finds "robotics" on any engine that does not stem by itself (SQLite)."""

import functools
import re

import Stemmer
from django.utils.html import escape

WORD = re.compile(r"\w+", re.UNICODE)
CYRILLIC = re.compile(r"[а-я]")
MAX_TERMS = 12  # a query of more words is cut: it would match nothing better and cost more
_stemmers = {"ru": Stemmer.Stemmer("russian"), "en": Stemmer.Stemmer("english")}


def fold(text):
    return text.lower().replace("ё", "е")


@functools.lru_cache(maxsize=50_000)
def stem(word):
    return _stemmers["ru" if CYRILLIC.search(word) else "en"].stemWord(word)


def words(text):
    return WORD.findall(fold(text))


def stemmed(text):
    """`text` as a run of stems, what the SQLite full-text table stores."""
    return " ".join(stem(word) for word in words(text))


def query_words(query):
    """The distinct words of a query (folded), in order, at most MAX_TERMS."""
    seen = []
    for word in words(query):
        if word not in seen:
            seen.append(word)
    return seen[:MAX_TERMS]


def query_stems(query):
    return list(dict.fromkeys(stem(word) for word in query_words(query)))


def fts_match(terms):
    """An FTS5 MATCH expression requiring the stem of every term; quoting makes any word a
    literal."""
    return " ".join('"' + stem(term).replace('"', '""') + '"' for term in terms)


def highlight(text, stems, length=240):
    """A window of `text` around the first matching word, HTML-escaped, matches in <mark>."""
    if not text:
        return ""
    wanted = set(stems)
    tokens = list(WORD.finditer(text))
    hits = [token for token in tokens if stem(fold(token.group())) in wanted]
    start = max(0, hits[0].start() - length // 3) if hits else 0
    if start:
        start = text.rfind(" ", 0, start) + 1
    end = min(len(text), start + length)
    pieces, cursor = [], start
    for token in hits:
        if token.start() < start or token.end() > end:
            continue
        pieces.append(escape(text[cursor : token.start()]))
        pieces.append(f"<mark>{escape(token.group())}</mark>")
        cursor = token.end()
    pieces.append(escape(text[cursor:end]))
    return ("…" if start else "") + "".join(pieces) + ("…" if end < len(text) else "")
