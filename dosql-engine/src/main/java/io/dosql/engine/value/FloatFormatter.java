package io.dosql.engine.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

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

    /**
     * The shortest decimal that reads back as {@code value}, closest to it among equally short ones
     * (what PostgreSQL's Ryu-based output prints). JDK 17's Double.toString is neither always shortest
     * nor always closest, so its length only seeds the search; each candidate rounds the exact binary
     * value and is checked with the correctly rounded Double.parseDouble.
     */
    private static BigDecimal shortestDouble(double value) {
        double absolute = Math.abs(value);
        BigDecimal javaDigits = new BigDecimal(Double.toString(absolute)).stripTrailingZeros();
        // Fast path: distinct decimals of at most 15 digits (DBL_DIG) never share a double, so such an
        // output is the only, hence shortest, candidate; below 2^53 none of them lies on a rounding tie.
        if (javaDigits.precision() <= 15 && absolute < 0x1p53) {
            return javaDigits;
        }
        BigDecimal exact = new BigDecimal(absolute);
        int seed = javaDigits.precision();
        BigDecimal upperGap = new BigDecimal(Math.nextUp(absolute)).subtract(exact);
        BigDecimal lowerGap = exact.subtract(new BigDecimal(Math.nextDown(absolute)));
        return shortest(exact, seed, 17, candidate -> Double.parseDouble(candidate.toString()) == absolute
                && !isHalfway(candidate, exact, upperGap, lowerGap));
    }

    private static BigDecimal shortestReal(float value) {
        float absolute = Math.abs(value);
        BigDecimal javaDigits = new BigDecimal(Float.toString(absolute)).stripTrailingZeros();
        if (javaDigits.precision() <= 6 && absolute < 0x1p24f) { // FLT_DIG, as for doubles
            return javaDigits;
        }
        BigDecimal exact = new BigDecimal(absolute);
        int seed = javaDigits.precision();
        BigDecimal upperGap = new BigDecimal(Math.nextUp(absolute)).subtract(exact);
        BigDecimal lowerGap = exact.subtract(new BigDecimal(Math.nextDown(absolute)));
        return shortest(exact, seed, 9, candidate -> Float.parseFloat(candidate.toString()) == absolute
                && !isHalfway(candidate, exact, upperGap, lowerGap));
    }

    /**
     * Whether {@code candidate} lies exactly halfway to a neighbouring float. Parsing rounds such a tie
     * to the even neighbour, but PostgreSQL's Ryu output does not choose it, so neither do we.
     */
    private static boolean isHalfway(BigDecimal candidate, BigDecimal exact, BigDecimal upperGap, BigDecimal lowerGap) {
        BigDecimal twiceDistance = candidate.subtract(exact).multiply(BigDecimal.valueOf(2));
        int side = twiceDistance.signum();
        return side > 0 && twiceDistance.compareTo(upperGap) == 0 || side < 0 && twiceDistance.negate().compareTo(lowerGap) == 0;
    }

    /** Precision that round-trips is monotonic, so walk down or up from the seed to the shortest one. */
    private static BigDecimal shortest(BigDecimal exact, int seed, int maximum,
                                       java.util.function.Predicate<BigDecimal> roundTrips) {
        int precision = Math.max(1, Math.min(seed - 1, maximum));
        BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
        if (roundTrips.test(candidate)) {
            while (precision > 1) {
                BigDecimal shorter = exact.round(new MathContext(precision - 1, RoundingMode.HALF_EVEN));
                if (!roundTrips.test(shorter)) {
                    break;
                }
                candidate = shorter;
                precision--;
            }
        } else {
            do {
                precision++;
                candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            } while (precision < maximum + 2 && !roundTrips.test(candidate));
        }
        return candidate.stripTrailingZeros();
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
