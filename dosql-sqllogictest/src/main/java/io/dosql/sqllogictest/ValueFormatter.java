package io.dosql.sqllogictest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Renders one result value as the reference runner's SQLite driver does for type letters T, I and R.
 *
 * <ul>
 *   <li>NULL is {@code NULL} for every type.</li>
 *   <li>{@code T}: the text; an empty string is {@code (empty)}; every byte of its UTF-8 form below 0x20 or above
 *       0x7e becomes {@code @}.</li>
 *   <li>{@code I}: a 64-bit integer like {@code sqlite3_column_int64}: booleans are 1/0, fractional numbers are
 *       truncated toward zero (clamped to the long range), text is read as its leading integer, else 0.</li>
 *   <li>{@code R}: {@code %.3f} of the value as a double (integers too); text is read as its leading number.</li>
 * </ul>
 */
public final class ValueFormatter {

    /** SQLite's printf stops at 16 significant digits and pads with zeros. */
    private static final int SIGNIFICANT_DIGITS = 16;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ValueFormatter() {
    }

    /**
     * Formats {@code value} (from {@code ResultSet.getObject}) for type letter {@code type}; {@code text} is the
     * column's {@code getString} form, used for T columns so the engine's own text rendering is compared.
     */
    public static String format(Object value, String text, char type) {
        if (value == null) {
            return "NULL";
        }
        switch (type) {
            case 'T':
                return formatText(text != null ? text : String.valueOf(value));
            case 'I':
                return Long.toString(toLong(value));
            case 'R':
                return formatReal(toDouble(value));
            default:
                throw new IllegalArgumentException("unknown type character '" + type + "'");
        }
    }

    /** The T rendering: {@code (empty)} for "", non-printable bytes as {@code @}. */
    public static String formatText(String text) {
        if (text.isEmpty()) {
            return "(empty)";
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int unsigned = b & 0xff;
            out.append(unsigned < 0x20 || unsigned > 0x7e ? '@' : (char) unsigned);
        }
        return out.toString();
    }

    /**
     * The R rendering: {@code %.3f} as SQLite's own printf (which produced the corpus) writes it: the exact binary
     * value is rounded half-up to three decimals but to at most 16 significant digits, the rest padded with zeros
     * (so 2^63 prints as {@code 9223372036854776000.000}). Java's Formatter would round the shortest decimal form
     * and print every digit.
     */
    public static String formatReal(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        BigDecimal exact = new BigDecimal(value);
        int integerDigits = exact.precision() - exact.scale();
        BigDecimal rounded = integerDigits + 3 > SIGNIFICANT_DIGITS
                ? exact.round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_UP)).setScale(3)
                : exact.setScale(3, RoundingMode.HALF_UP);
        String digits = rounded.toPlainString();
        // SQLite prints a '-' for any negative input, even when it rounds to zero (but not for -0.0).
        if (value < 0 && rounded.signum() == 0) {
            return "-" + digits;
        }
        return digits;
    }

    /** The value as {@code sqlite3_column_int64} would return it. */
    static long toLong(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value ? 1 : 0;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger) {
            return clamp(new BigDecimal((BigInteger) value));
        }
        if (value instanceof BigDecimal) {
            return clamp((BigDecimal) value);
        }
        if (value instanceof Number) {
            // Java's double-to-long cast truncates toward zero and clamps, like SQLite's doubleToInt64.
            return (long) ((Number) value).doubleValue();
        }
        return leadingInteger(String.valueOf(value));
    }

    /** The value as {@code sqlite3_column_double} would return it. */
    static double toDouble(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value ? 1 : 0;
        }
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        return leadingReal(String.valueOf(value));
    }

    private static long clamp(BigDecimal value) {
        if (value.compareTo(LONG_MIN) <= 0) {
            return Long.MIN_VALUE;
        }
        if (value.compareTo(LONG_MAX) >= 0) {
            return Long.MAX_VALUE;
        }
        return value.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** Leading white space, an optional sign and digits; 0 when there are no digits (SQLite's text-to-int). */
    static long leadingInteger(String text) {
        int i = skipSpace(text, 0);
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            return 0;
        }
        return clamp(new BigDecimal((negative ? "-" : "") + text.substring(digitsStart, i)));
    }

    /** The longest leading decimal number (sign, digits, fraction, exponent); 0 when there is none. */
    static double leadingReal(String text) {
        int start = skipSpace(text, 0);
        int i = start;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return 0;
        }
        int mantissaEnd = i;
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            int exponentDigits = j;
            while (j < text.length() && isAsciiDigit(text.charAt(j))) {
                j++;
            }
            if (j > exponentDigits) {
                mantissaEnd = j;
            }
        }
        return Double.parseDouble(text.substring(start, mantissaEnd));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
