package io.dosql.engine.value;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * PostgreSQL 12+'s float output: the shortest decimal that reads back to the same float, written
 * plainly when the decimal exponent is in [-4, 15) for double (or [-4, 6) for real) and as
 * {@code 1.5e-07} otherwise; {@code NaN}, {@code Infinity}, {@code -Infinity}, {@code -0}.
 */
public final class FloatFormatter {
    private static final int DOUBLE_PLAIN_LIMIT = 15;
    private static final int REAL_PLAIN_LIMIT = 6;

    private FloatFormatter() {
    }

    public static String formatDouble(double value) {
        String special = special(value);
        if (special != null) {
            return special;
        }
        BigDecimal digits = shortestDouble(value);
        return layout(digits, value < 0 || isNegativeZero(value), DOUBLE_PLAIN_LIMIT);
    }

    public static String formatReal(float value) {
        String special = special(value);
        if (special != null) {
            return special;
        }
        BigDecimal digits = shortestReal(value);
        return layout(digits, value < 0 || isNegativeZero(value), REAL_PLAIN_LIMIT);
    }

    private static String special(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return isNegativeZero(value) ? "-0" : "0";
        }
        return null;
    }

    private static boolean isNegativeZero(double value) {
        return value == 0 && Double.doubleToRawLongBits(value) != 0;
    }

    /** Java's digits, shortened further where JDK 17's Double.toString is not minimal. */
    private static BigDecimal shortestDouble(double value) {
        BigDecimal candidate = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        if (candidate.precision() >= 16) {
            for (int precision = 15; precision < candidate.precision(); precision++) {
                BigDecimal shorter = candidate.round(new MathContext(precision));
                if (shorter.doubleValue() == Math.abs(value)) {
                    return shorter.stripTrailingZeros();
                }
            }
        }
        return candidate;
    }

    private static BigDecimal shortestReal(float value) {
        BigDecimal candidate = new BigDecimal(Float.toString(Math.abs(value))).stripTrailingZeros();
        if (candidate.precision() >= 8) {
            for (int precision = 6; precision < candidate.precision(); precision++) {
                BigDecimal shorter = candidate.round(new MathContext(precision));
                if (shorter.floatValue() == Math.abs(value)) {
                    return shorter.stripTrailingZeros();
                }
            }
        }
        return candidate;
    }

    private static String layout(BigDecimal digits, boolean negative, int plainLimit) {
        int exponent = digits.precision() - digits.scale() - 1;
        StringBuilder text = new StringBuilder(24);
        if (negative) {
            text.append('-');
        }
        if (exponent < -4 || exponent >= plainLimit) {
            String significand = digits.unscaledValue().toString();
            text.append(significand.charAt(0));
            if (significand.length() > 1) {
                text.append('.').append(significand, 1, significand.length());
            }
            text.append('e').append(exponent < 0 ? '-' : '+');
            int absolute = Math.abs(exponent);
            if (absolute < 10) {
                text.append('0');
            }
            text.append(absolute);
        } else {
            text.append(digits.toPlainString());
        }
        return text.toString();
    }
}
