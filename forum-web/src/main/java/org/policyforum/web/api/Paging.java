package org.policyforum.web.api;

/**
 * Which page of a list a reader asks for, from the query's {@code page} (from 1) and {@code size} (1 to
 * {@value #MOST}). They arrive as text, so that a value that is no number is our 400 with the parameter's name, not
 * the REST engine's 404.
 */
record Paging(int page, int size) {

    static final int MOST = 100;
    static final int DEFAULT_SIZE = 20;
    /** Deeper than any list of the forum goes: beyond it the offset would only cost the database. */
    static final int LAST_PAGE = 100_000;

    static Paging of(String page, String size) {
        return of(page, size, MOST);
    }

    /** For a list whose boundary gives fewer at a time than {@value #MOST}. */
    static Paging of(String page, String size, int most) {
        return new Paging(
                Parameters.number("page", page, 1, 1, LAST_PAGE),
                Parameters.number("size", size, Math.min(DEFAULT_SIZE, most), 1, most));
    }

    int first() {
        return (page - 1) * size;
    }
}
