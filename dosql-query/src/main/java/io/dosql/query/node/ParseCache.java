package io.dosql.query.node;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Nodes parsed from the string-based API's arguments ({@code "person as p"}, {@code "t.col as c"}),
 * remembered by their text: the same strings come back on every call of a query built per call, and the
 * nodes are immutable, so one parse serves them all. A lookup costs a hash (cached in the string) and an
 * identity check, where parsing trims, scans for {@code as} and a dot and allocates. Bounded (past
 * {@link #MAX_ENTRIES} the memory starts afresh) and thread-safe; long texts are not remembered.
 * Parsing failures are not remembered either, so a bad argument fails the same way every time.
 *
 * @param <V> the parsed node type
 */
public final class ParseCache<V> {
    static final int MAX_ENTRIES = 1024;
    static final int MAX_TEXT_LENGTH = 128;

    private final Map<String, V> parsed = new ConcurrentHashMap<>();
    private final Function<String, V> parser;

    public ParseCache(Function<String, V> parser) {
        this.parser = parser;
    }

    /** The node {@code text} parses to; parse errors (null, empty, malformed) propagate as the parser throws them. */
    public V get(String text) {
        if (text == null) {
            return parser.apply(null);
        }
        V node = parsed.get(text);
        if (node != null) {
            return node;
        }
        node = parser.apply(text);
        if (text.length() <= MAX_TEXT_LENGTH) {
            if (parsed.size() >= MAX_ENTRIES) {
                parsed.clear();
            }
            parsed.put(text, node);
        }
        return node;
    }

    /** How many texts are remembered (for tests). */
    int size() {
        return parsed.size();
    }
}
