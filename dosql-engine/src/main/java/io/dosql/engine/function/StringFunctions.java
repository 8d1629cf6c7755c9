package io.dosql.engine.function;

import static io.dosql.core.SqlType.BIGINT;
import static io.dosql.core.SqlType.BOOLEAN;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.TEXT;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.value.ValueFormatter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * String functions. Lengths and positions count characters (code points), as PostgreSQL does in
 * UTF-8 databases; {@code octet_length} counts UTF-8 bytes.
 */
final class StringFunctions {
    private StringFunctions() {
    }

    static void register(FunctionTable table) {
        for (String name : List.of("length", "char_length", "character_length")) {
            table.scalar(name, INTEGER, List.of(TEXT), (a, c) -> codePoints(text(a[0])));
        }
        table.scalar("length", INTEGER, List.of(SqlType.BYTEA), (a, c) -> ((Bytes) a[0]).length());
        table.scalar("octet_length", INTEGER, List.of(TEXT), (a, c) -> text(a[0]).getBytes(StandardCharsets.UTF_8).length);
        table.scalar("octet_length", INTEGER, List.of(SqlType.BYTEA), (a, c) -> ((Bytes) a[0]).length());
        table.scalar("bit_length", INTEGER, List.of(TEXT), (a, c) -> 8 * text(a[0]).getBytes(StandardCharsets.UTF_8).length);
        table.scalar("lower", TEXT, List.of(TEXT), (a, c) -> mapCodePoints(text(a[0]), false));
        table.scalar("upper", TEXT, List.of(TEXT), (a, c) -> mapCodePoints(text(a[0]), true));
        table.scalar("initcap", TEXT, List.of(TEXT), (a, c) -> initcap(text(a[0])));
        for (String name : List.of("substr", "substring")) {
            table.scalar(name, TEXT, List.of(TEXT, INTEGER), (a, c) -> substring(text(a[0]), (Integer) a[1], null));
            table.scalar(name, TEXT, List.of(TEXT, INTEGER, INTEGER),
                    (a, c) -> substring(text(a[0]), (Integer) a[1], (Integer) a[2]));
        }
        // position(needle, haystack) is POSITION(needle IN haystack); strpos takes them the other way round.
        table.scalar("position", INTEGER, List.of(TEXT, TEXT), (a, c) -> strpos(text(a[1]), text(a[0])));
        table.scalar("strpos", INTEGER, List.of(TEXT, TEXT), (a, c) -> strpos(text(a[0]), text(a[1])));
        // OVERLAY(s PLACING r FROM f [FOR n]) arrives as overlay(s, r, f[, n]).
        table.scalar("overlay", TEXT, List.of(TEXT, TEXT, INTEGER),
                (a, c) -> overlay(text(a[0]), text(a[1]), (Integer) a[2], codePoints(text(a[1]))));
        table.scalar("overlay", TEXT, List.of(TEXT, TEXT, INTEGER, INTEGER),
                (a, c) -> overlay(text(a[0]), text(a[1]), (Integer) a[2], (Integer) a[3]));
        table.scalar("replace", TEXT, List.of(TEXT, TEXT, TEXT), (a, c) -> replace(text(a[0]), text(a[1]), text(a[2])));
        table.scalar("btrim", TEXT, List.of(TEXT), (a, c) -> trim(text(a[0]), " ", true, true));
        table.scalar("btrim", TEXT, List.of(TEXT, TEXT), (a, c) -> trim(text(a[0]), text(a[1]), true, true));
        table.scalar("ltrim", TEXT, List.of(TEXT), (a, c) -> trim(text(a[0]), " ", true, false));
        table.scalar("ltrim", TEXT, List.of(TEXT, TEXT), (a, c) -> trim(text(a[0]), text(a[1]), true, false));
        table.scalar("rtrim", TEXT, List.of(TEXT), (a, c) -> trim(text(a[0]), " ", false, true));
        table.scalar("rtrim", TEXT, List.of(TEXT, TEXT), (a, c) -> trim(text(a[0]), text(a[1]), false, true));
        table.scalar("lpad", TEXT, List.of(TEXT, INTEGER), (a, c) -> pad(text(a[0]), (Integer) a[1], " ", true));
        table.scalar("lpad", TEXT, List.of(TEXT, INTEGER, TEXT), (a, c) -> pad(text(a[0]), (Integer) a[1], text(a[2]), true));
        table.scalar("rpad", TEXT, List.of(TEXT, INTEGER), (a, c) -> pad(text(a[0]), (Integer) a[1], " ", false));
        table.scalar("rpad", TEXT, List.of(TEXT, INTEGER, TEXT), (a, c) -> pad(text(a[0]), (Integer) a[1], text(a[2]), false));
        table.variadic("concat", TEXT, List.of(FunctionTable.ANY), (a, c) -> concat(a, 0, null));
        table.variadic("concat_ws", TEXT, List.of(TEXT, FunctionTable.ANY),
                (a, c) -> a[0] == null ? null : concat(a, 1, text(a[0])));
        table.scalar("left", TEXT, List.of(TEXT, INTEGER), (a, c) -> left(text(a[0]), (Integer) a[1]));
        table.scalar("right", TEXT, List.of(TEXT, INTEGER), (a, c) -> right(text(a[0]), (Integer) a[1]));
        table.scalar("repeat", TEXT, List.of(TEXT, INTEGER), (a, c) -> repeat(text(a[0]), (Integer) a[1]));
        table.scalar("reverse", TEXT, List.of(TEXT), (a, c) -> new StringBuilder(text(a[0])).reverse().toString());
        table.scalar("split_part", TEXT, List.of(TEXT, TEXT, INTEGER),
                (a, c) -> splitPart(text(a[0]), text(a[1]), (Integer) a[2]));
        table.scalar("md5", TEXT, List.of(TEXT), (a, c) -> md5(text(a[0]).getBytes(StandardCharsets.UTF_8)));
        table.scalar("md5", TEXT, List.of(SqlType.BYTEA), (a, c) -> md5(((Bytes) a[0]).toByteArray()));
        for (String[] sha : new String[][] {{"sha224", "SHA-224"}, {"sha256", "SHA-256"}, {"sha384", "SHA-384"},
                {"sha512", "SHA-512"}}) {
            String algorithm = sha[1];
            table.scalar(sha[0], SqlType.BYTEA, List.of(SqlType.BYTEA),
                    (a, c) -> Bytes.copyOf(digest(algorithm, ((Bytes) a[0]).toByteArray())));
        }
        table.scalar("ascii", INTEGER, List.of(TEXT), (a, c) -> text(a[0]).isEmpty() ? 0 : text(a[0]).codePointAt(0));
        table.scalar("chr", TEXT, List.of(INTEGER), (a, c) -> chr((Integer) a[0]));
        table.scalar("starts_with", BOOLEAN, List.of(TEXT, TEXT), (a, c) -> text(a[0]).startsWith(text(a[1])));
        table.scalar("translate", TEXT, List.of(TEXT, TEXT, TEXT), (a, c) -> translate(text(a[0]), text(a[1]), text(a[2])));
        table.scalar("to_hex", TEXT, List.of(INTEGER), (a, c) -> Integer.toHexString((Integer) a[0]));
        table.scalar("to_hex", TEXT, List.of(BIGINT), (a, c) -> Long.toHexString((Long) a[0]));
        table.variadic("format", TEXT, List.of(TEXT, FunctionTable.ANY), (a, c) -> a[0] == null ? null : Format.format(a));
        table.scalar("quote_ident", TEXT, List.of(TEXT), (a, c) -> Format.quoteIdentifier(text(a[0])));
        table.scalar("quote_literal", TEXT, List.of(TEXT), (a, c) -> Format.quoteLiteral(text(a[0])));
        table.nonStrict("quote_nullable", TEXT, List.of(TEXT),
                (a, c) -> a[0] == null ? "NULL" : Format.quoteLiteral(text(a[0])));
        table.scalar("quote_literal", TEXT, List.of(FunctionTable.ANY),
                (a, c) -> Format.quoteLiteral(ValueFormatter.toText(a[0], null)));
        table.nonStrict("quote_nullable", TEXT, List.of(FunctionTable.ANY),
                (a, c) -> a[0] == null ? "NULL" : Format.quoteLiteral(ValueFormatter.toText(a[0], null)));
    }

    private static String text(Object value) {
        return (String) value;
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * upper/lower one code point at a time, as PostgreSQL does (towupper per character): 'ß' stays 'ß'
     * and 'İ' becomes 'i', where Java's String case mapping would change the length ("SS", "i̇").
     */
    static String mapCodePoints(String text, boolean upper) {
        StringBuilder result = null;
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            int mapped = upper ? Character.toUpperCase(codePoint) : Character.toLowerCase(codePoint);
            if (mapped != codePoint && result == null) {
                result = new StringBuilder(text.length()).append(text, 0, index);
            }
            if (result != null) {
                result.appendCodePoint(mapped);
            }
            index += Character.charCount(codePoint);
        }
        return result == null ? text : result.toString();
    }

    private static String initcap(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean startOfWord = true;
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            result.appendCodePoint(startOfWord ? Character.toUpperCase(codePoint) : Character.toLowerCase(codePoint));
            startOfWord = !Character.isLetterOrDigit(codePoint);
        }
        return result.toString();
    }

    /** PostgreSQL's substr: 1-based start that may be before the string; a negative length raises 22011. */
    static String substring(String text, int start, Integer length) {
        int total = codePoints(text);
        long end;
        if (length == null) {
            end = Long.MAX_VALUE;
        } else {
            if (length < 0) {
                throw new io.dosql.core.DoSqlException(ErrorCode.DATA_EXCEPTION, "negative substring length not allowed");
            }
            end = (long) start + length;
        }
        long from = Math.max(start, 1);
        long to = Math.min(end, total + 1L);
        if (from >= to) {
            return "";
        }
        int beginIndex = text.offsetByCodePoints(0, (int) from - 1);
        int endIndex = text.offsetByCodePoints(beginIndex, (int) (to - from));
        return text.substring(beginIndex, endIndex);
    }

    private static String overlay(String text, String replacement, int from, int count) {
        if (from < 1) {
            throw new io.dosql.core.DoSqlException(ErrorCode.DATA_EXCEPTION, "negative substring length not allowed");
        }
        return substring(text, 1, from - 1) + replacement + substring(text, from + Math.max(count, 0), null);
    }

    private static int strpos(String haystack, String needle) {
        int index = haystack.indexOf(needle);
        return index < 0 ? 0 : haystack.codePointCount(0, index) + 1;
    }

    private static String replace(String text, String from, String to) {
        return from.isEmpty() ? text : text.replace(from, to);
    }

    private static String trim(String text, String characters, boolean leading, boolean trailing) {
        int start = 0;
        int end = text.length();
        while (leading && start < end && characters.indexOf(text.codePointAt(start)) >= 0) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (trailing && end > start && characters.indexOf(text.codePointBefore(end)) >= 0) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * The longest string these functions build. PostgreSQL stops at 1 GB; an embedded JVM engine must
     * stop well before the heap does, with the same error (54000).
     */
    static final long MAXIMUM_RESULT_LENGTH = 1L << 26;

    private static void checkResultLength(long length) {
        if (length > MAXIMUM_RESULT_LENGTH) {
            throw ErrorCode.PROGRAM_LIMIT_EXCEEDED.exception("requested length too large");
        }
    }

    private static String repeat(String text, int count) {
        if (count <= 0 || text.isEmpty()) {
            return "";
        }
        checkResultLength((long) text.length() * count);
        return text.repeat(count);
    }

    private static String pad(String text, int length, String fill, boolean left) {
        int current = codePoints(text);
        if (length > current && !fill.isEmpty()) {
            checkResultLength(length);
        }
        if (length <= current) {
            return substring(text, 1, Math.max(length, 0));
        }
        if (fill.isEmpty()) {
            return text;
        }
        StringBuilder padding = new StringBuilder();
        int[] fillPoints = fill.codePoints().toArray();
        for (int index = 0; index < length - current; index++) {
            padding.appendCodePoint(fillPoints[index % fillPoints.length]);
        }
        return left ? padding + text : text + padding;
    }

    private static String concat(Object[] arguments, int from, String separator) {
        StringBuilder result = new StringBuilder();
        boolean first = true;
        for (int index = from; index < arguments.length; index++) {
            if (arguments[index] == null) {
                continue;
            }
            if (!first && separator != null) {
                result.append(separator);
            }
            result.append(ValueFormatter.toText(arguments[index], null));
            first = false;
        }
        return result.toString();
    }

    private static String left(String text, int count) {
        int total = codePoints(text);
        int keep = count >= 0 ? Math.min(count, total) : Math.max(total + count, 0);
        return text.substring(0, text.offsetByCodePoints(0, keep));
    }

    private static String right(String text, int count) {
        int total = codePoints(text);
        int keep = count >= 0 ? Math.min(count, total) : Math.max(total + count, 0);
        return text.substring(text.offsetByCodePoints(0, total - keep));
    }

    private static String splitPart(String text, String delimiter, int field) {
        if (field == 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("field position must not be zero");
        }
        List<String> parts;
        if (delimiter.isEmpty()) {
            parts = text.isEmpty() ? List.of() : List.of(text);
        } else {
            parts = List.of(text.split(java.util.regex.Pattern.quote(delimiter), -1));
            if (text.isEmpty()) {
                parts = List.of();
            }
        }
        int index = field > 0 ? field - 1 : parts.size() + field;
        return index >= 0 && index < parts.size() ? parts.get(index) : "";
    }

    private static String md5(byte[] bytes) {
        return HexFormat.of().formatHex(digest("MD5", bytes));
    }

    /** MD5 and SHA-224/256/384/512 are in every JDK (java.security.MessageDigest's required algorithms and the default provider). */
    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", impossible);
        }
    }

    private static String chr(int code) {
        if (code == 0) {
            throw ErrorCode.PROGRAM_LIMIT_EXCEEDED.exception("null character not permitted");
        }
        if (code < 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("character number must be positive");
        }
        if (code > Character.MAX_CODE_POINT || code >= 0xD800 && code <= 0xDFFF) {
            throw ErrorCode.PROGRAM_LIMIT_EXCEEDED.exception("requested character too large for encoding: " + code);
        }
        return new String(Character.toChars(code));
    }

    private static String translate(String text, String from, String to) {
        int[] fromPoints = from.codePoints().toArray();
        int[] toPoints = to.codePoints().toArray();
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            int position = -1;
            for (int index = 0; index < fromPoints.length; index++) {
                if (fromPoints[index] == codePoint) {
                    position = index;
                    break;
                }
            }
            if (position < 0) {
                result.appendCodePoint(codePoint);
            } else if (position < toPoints.length) {
                result.appendCodePoint(toPoints[position]);
            }
        });
        return result.toString();
    }
}
