package io.dosql.engine.catalog;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Relation names written as text, as PostgreSQL's regclass input reads them ({@code nextval('s."Q"')}). */
public final class RelationNames {
    private RelationNames() {
    }

    /** Splits {@code a."B".c} into identifiers as PostgreSQL's regclass input does (unquoted ones lower-cased). */
    public static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int position = 0;
        int length = text.length();
        while (true) {
            while (position < length && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            StringBuilder part = new StringBuilder();
            if (position < length && text.charAt(position) == '"') {
                position++;
                while (true) {
                    if (position >= length) {
                        throw invalidName();
                    }
                    char c = text.charAt(position++);
                    if (c == '"') {
                        if (position < length && text.charAt(position) == '"') {
                            part.append('"');
                            position++;
                        } else {
                            break;
                        }
                    } else {
                        part.append(c);
                    }
                }
                if (part.length() == 0) {
                    throw invalidName();
                }
            } else {
                while (position < length && text.charAt(position) != '.' && text.charAt(position) != '"'
                        && !Character.isWhitespace(text.charAt(position))) {
                    part.append(text.charAt(position++));
                }
                if (part.length() == 0) {
                    throw invalidName();
                }
                part = new StringBuilder(part.toString().toLowerCase(Locale.ROOT));
            }
            parts.add(part.toString());
            while (position < length && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            if (position == length) {
                return parts;
            }
            if (text.charAt(position) != '.') {
                throw invalidName();
            }
            position++;
        }
    }

    private static DoSqlException invalidName() {
        return new DoSqlException(ErrorCode.INVALID_NAME, "invalid name syntax");
    }
}
