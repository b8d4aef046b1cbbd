"""PostgreSQL's full-text index for the search: the table `search_text`, a row per search
document kept by triggers, built with the `russian` or `english` configuration (both stem, and
`russian` terms Latin-script words as English).

A row holds two tsvectors: `words` (title, summary and body; GIN-indexed), which decides whether
a document matches, and `head` (title weighing more than summary), which ranks it. `words` is
stored out of line, so the table's own pages are small and a match is found from the index
without decompressing any document's vector; `head` is kept in line, and ranking by it costs
little. Ranking by every word decompressed each matching vector: about a second for a common
word at 100,000 pages, against some 45 ms now. A body-only match ranks below any match in the
title or summary, and the body's frequencies do not count."""

from django.db import connection

from .snapshot import parsed_hits


def tsquery(terms):
    """A to_tsquery() argument requiring every word (runs of letters and digits, which need no
    quoting there); PostgreSQL stems them with the configuration."""
    return " & ".join(term for term in terms if term.replace("_", "").isalnum())


def vectors(row):
    """SQL of the (head, words) tsvectors of the document `row`, in its language's
    configuration."""
    config = f"CASE WHEN {row}.language = 'en' THEN 'english' ELSE 'russian' END::regconfig"

    def vector(column, weight):
        return f"setweight(to_tsvector({config}, coalesce({row}.{column}, '')), '{weight}')"

    head = f"{vector('title', 'A')} || {vector('summary', 'B')}"
    return head, f"{head} || {vector('body', 'C')}"


# Run by the triggers on search_searchdocument.
SYNC_TEXT = """
BEGIN
    INSERT INTO search_text (page_id, head, words) VALUES (NEW.page_id, {}, {})
    ON CONFLICT (page_id) DO UPDATE SET head = EXCLUDED.head, words = EXCLUDED.words;
    RETURN NULL;
END""".format(*vectors("NEW"))  # noqa: S608 - our own expressions

# The matches' ids and ranks as two strings of numbers (see sqlite_fts.HITS). The planner,
# blind to what decompressing `words` costs, would scan the table when most rows match; the
# function runs with sequential scans off so that the GIN index answers.
HITS = """
SELECT string_agg(page_id::text, ' '), string_agg((-ts_rank(head, query))::text, ' ')
FROM search_text WHERE words @@ query"""


class PostgresTextIndex:
    def create(self, cursor):
        # Tuples over toast_tuple_target move `words` out of line; `head` stays (MAIN).
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS search_text (page_id integer PRIMARY KEY, "
            "head tsvector NOT NULL, words tsvector NOT NULL) WITH (toast_tuple_target = 1024)"
        )
        cursor.execute("ALTER TABLE search_text ALTER COLUMN head SET STORAGE MAIN")
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS search_text_words ON search_text USING GIN (words)"
        )
        for name, body in (
            ("search_text_sync", SYNC_TEXT),
            (
                "search_text_forget",
                "BEGIN DELETE FROM search_text WHERE page_id = OLD.page_id; RETURN NULL; END",
            ),
            ("search_text_clear", "BEGIN TRUNCATE search_text; RETURN NULL; END"),
        ):
            cursor.execute(
                f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
                f"AS $${body}$$"
            )
        for name, event in (
            ("search_text_sync", "INSERT OR UPDATE OF language, title, summary, body"),
            ("search_text_forget", "DELETE"),
        ):
            cursor.execute(
                f"CREATE OR REPLACE TRIGGER {name} AFTER {event} ON search_searchdocument "
                f"FOR EACH ROW EXECUTE FUNCTION {name}()"
            )
        cursor.execute(
            "CREATE OR REPLACE TRIGGER search_text_clear AFTER TRUNCATE ON search_searchdocument "
            "FOR EACH STATEMENT EXECUTE FUNCTION search_text_clear()"
        )
        cursor.execute(
            "CREATE OR REPLACE FUNCTION search_hits(query tsquery, OUT ids text, OUT ranks text) "
            f"LANGUAGE sql STABLE SET enable_seqscan = off AS $${HITS}$$"
        )

        # The documents' changes, for the snapshots in memory (`snapshot`): a row per writing
        # statement with a random token. An append-only log, because one row updated by every
        # writer would queue concurrent publications behind each other until they commit.
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS search_change (id bigserial PRIMARY KEY, token bigint)"
        )
        cursor.execute(
            "CREATE OR REPLACE FUNCTION search_log_change() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN INSERT INTO search_change (token) VALUES ((random() * 9e18)::bigint); "
            "RETURN NULL; END $$"
        )
        cursor.execute(
            "CREATE OR REPLACE TRIGGER search_change_log AFTER INSERT OR UPDATE OR DELETE OR "
            "TRUNCATE ON search_searchdocument FOR EACH STATEMENT EXECUTE FUNCTION "
            "search_log_change()"
        )

    def tidy(self):
        """After a bulk write (`search_rebuild`, `search_repair`): only the last change matters
        to a reader; and outside a transaction, vacuuming makes the rows just rewritten
        readable from the index without visiting the dead ones (a common word took 245 ms
        right after a rebuild of 100,000 pages, 140 after the vacuum)."""
        with connection.cursor() as cursor:
            cursor.execute(
                "DELETE FROM search_change WHERE id < (SELECT max(id) FROM search_change)"
            )
            if not connection.in_atomic_block:
                cursor.execute("VACUUM (ANALYZE) search_text, search_searchdocument, search_change")

    def store(self, documents):
        """Triggers write the rows."""

    def remove(self, page_ids):
        """Rows go with their documents (triggers)."""

    def clear(self):
        """Rows go with their documents (triggers)."""

    def fill(self, cursor):
        """Rows for the documents that have none (migrating from a version without the table)."""
        head, words = vectors("document")
        cursor.execute(
            f"INSERT INTO search_text (page_id, head, words) SELECT page_id, {head}, {words} "  # noqa: S608
            "FROM search_searchdocument document WHERE NOT EXISTS "
            "(SELECT 1 FROM search_text WHERE search_text.page_id = document.page_id)"
        )

    def hits(self, terms, language):
        """(page ids, ranks) of the documents whose text matches `terms` in `language`'s
        configuration, as `parsed_hits` gives them (lower rank better), found through the GIN
        index. Other languages' documents are dropped later."""
        config = "english" if language == "en" else "russian"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT * FROM search_hits(to_tsquery(%s, %s))", [config, tsquery(terms)]
            )
            return parsed_hits(*cursor.fetchone())
