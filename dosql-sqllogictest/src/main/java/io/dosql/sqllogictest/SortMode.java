package io.dosql.sqllogictest;

/** How a query's result values are ordered before they are compared or hashed. */
public enum SortMode {
    /** Values are compared in the order the engine returned them. */
    NOSORT,
    /** Whole rows are sorted, column by column with byte-wise string comparison. */
    ROWSORT,
    /** Every value is sorted on its own, ignoring row boundaries. */
    VALUESORT;

    /** Parses the sort-mode token of a {@code query} line; an empty token means {@link #NOSORT}. */
    public static SortMode parse(String token) {
        switch (token) {
            case "":
            case "nosort":
                return NOSORT;
            case "rowsort":
                return ROWSORT;
            case "valuesort":
                return VALUESORT;
            default:
                throw new IllegalArgumentException("unknown sort method: '" + token + "'");
        }
    }
}
