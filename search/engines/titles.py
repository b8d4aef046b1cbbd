"""Suggestions, on every engine: the distinct titles of the documents, held in memory per
process and language and reloaded after a change to the documents (`snapshot.titles`).

A site of 100,000 pages has a few thousand distinct titles per language, so their words fit in
two sorted arrays (as typed, folded, and as stems) where a prefix is a range found by binary
search. No text index is read: ranking every title that starts with "шк" took 100–300 ms inside
FTS5 or PostgreSQL and up to 35 ms in Elasticsearch (which also collapsed the pages sharing a
title); here it takes a few milliseconds. Reloading after a change reads the titles grouped
(about 0.2 s at 100,000 pages), once per process."""

from difflib import SequenceMatcher

import numpy as np
from django.db import connection

from ..text import query_words, stem, words

TYPO_MIN_LENGTH = 4  # shorter words are too close to too many others
TYPO_KEPT_PREFIX = 3  # a typo is looked for after the first letters, as Elasticsearch does
TYPO_SIMILARITY = 0.75
LAST_CHARACTER = "\U0010ffff"


class TitleWords:
    """Every word of the distinct titles, sorted, with the title it comes from."""

    def __init__(self, words_of_titles):
        pairs = sorted(
            (word, title) for title, words in enumerate(words_of_titles) for word in words
        )
        self.words = np.array([word for word, _ in pairs], dtype=str)
        self.titles = np.array([title for _, title in pairs], dtype=np.int64)

    def starting(self, prefix):
        """The words starting with `prefix` (a slice of `words` and `titles`)."""
        if not len(self.words):
            return slice(0, 0)
        low, high = np.searchsorted(self.words, [prefix, prefix + LAST_CHARACTER])
        return slice(int(low), int(high))

    def titles_of(self, prefix):
        return np.unique(self.titles[self.starting(prefix)])

    def titles_holding(self, word):
        place = self.starting(word)
        return np.unique(self.titles[place][self.words[place] == word])


class Titles:
    """The distinct titles of one language's documents, and how to suggest them."""

    def __init__(self, pages_by_title):
        """`pages_by_title`: {title: how many documents have it}."""
        self.titles = sorted(pages_by_title)
        pages = np.array([pages_by_title[title] for title in self.titles], dtype=np.int64)
        folded = [words(title) for title in self.titles]
        self.folded = TitleWords(folded)
        self.stems = TitleWords([{stem(word) for word in title} for title in folded])
        # Best first: short titles (the words typed are most of them), then the titles most
        # pages share, then code-point order.
        lengths = np.array([len(title) for title in folded], dtype=np.int64)
        self.order = np.lexsort((np.arange(len(self.titles)), -pages, lengths))
        self.rank = np.empty(len(self.titles), dtype=np.int64)
        self.rank[self.order] = np.arange(len(self.titles))

    @classmethod
    def load(cls, language):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT title, count(*) FROM search_searchdocument WHERE language = %s "
                "GROUP BY title",
                [language],
            )
            return cls(dict(cursor.fetchall()))

    def suggest(self, text, limit):
        """Titles holding the words typed (by stem), the last one as a prefix (of the word or its
        stem); when fewer than `limit`, titles with a word close to the last one typed (a typo
        after its first letters), closest first."""
        terms = query_words(text)
        if not terms:
            return []
        *complete, last = terms
        wanted = None
        for term in complete:
            holding = self.stems.titles_holding(stem(term))
            wanted = holding if wanted is None else np.intersect1d(wanted, holding)

        def among_wanted(found):
            return found if wanted is None else np.intersect1d(found, wanted)

        found = among_wanted(
            np.union1d(self.folded.titles_of(last), self.stems.titles_of(stem(last)))
        )
        chosen = found[np.argsort(self.rank[found])][:limit].tolist()
        if len(chosen) < limit and len(last) >= TYPO_MIN_LENGTH:
            chosen += self.close_to(last, among_wanted, set(chosen))[: limit - len(chosen)]
        return [self.titles[title] for title in chosen]

    def close_to(self, word, among_wanted, taken):
        """Titles (not `taken`) holding a word similar to `word`, closest first."""
        place = self.folded.starting(word[:TYPO_KEPT_PREFIX])
        closeness = {}
        for other in np.unique(self.folded.words[place]).tolist():
            ratio = SequenceMatcher(None, word, other).ratio()
            if ratio >= TYPO_SIMILARITY:
                for title in among_wanted(self.folded.titles_holding(other)).tolist():
                    closeness[title] = max(closeness.get(title, 0), ratio)
        ranked = sorted(closeness, key=lambda title: (-closeness[title], self.rank[title]))
        return [title for title in ranked if title not in taken]
