package io.dosql.engine.function;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code to_char(number, template)} for the common patterns: digit positions {@code 9} (blank when
 * a leading zero) and {@code 0} (always a digit), {@code .}/{@code D}, {@code ,}/{@code G}, {@code S}
 * and {@code FM}. A number too wide for its positions prints {@code #} in each.
 */
final class NumberFormatting {
    private NumberFormatting() {
    }

    static String format(BigDecimal value, String template) {
        boolean fillMode = template.contains("FM") || template.contains("fm");
        // Literal characters print as written; only the pattern letters are case-insensitive.
        String pattern = template.replace("FM", "").replace("fm", "");
        boolean explicitSign = pattern.indexOf('S') >= 0 || pattern.indexOf('s') >= 0;
        int point = indexOfPoint(pattern);
        String integerPattern = point < 0 ? pattern : pattern.substring(0, point);
        String fractionPattern = point < 0 ? "" : pattern.substring(point + 1);
        int integerPositions = countDigits(integerPattern);
        int fractionPositions = countDigits(fractionPattern);

        BigDecimal rounded = value.setScale(fractionPositions, RoundingMode.HALF_UP);
        boolean negative = rounded.signum() < 0;
        String plain = rounded.abs().toPlainString();
        String integerDigits = fractionPositions > 0 ? plain.substring(0, plain.indexOf('.')) : plain;
        String fractionDigits = fractionPositions > 0 ? plain.substring(plain.indexOf('.') + 1) : "";
        if (integerDigits.equals("0")) {
            integerDigits = "";
        }
        boolean overflow = integerDigits.length() > integerPositions;

        StringBuilder integerPart = new StringBuilder();
        int digitIndex = integerDigits.length() - integerPositions; // negative: leading positions without digits
        boolean forcedZero = false;
        boolean printedAny = false;
        for (char character : integerPattern.toCharArray()) {
            if (character == '9' || character == '0') {
                forcedZero |= character == '0';
                if (overflow) {
                    integerPart.append('#');
                } else if (digitIndex >= 0) {
                    integerPart.append(integerDigits.charAt(digitIndex));
                    printedAny = true;
                } else if (forcedZero || digitIndex == -1 && fractionPositions == 0 && integerDigits.isEmpty()
                        && character == '9' && isLastDigit(integerPattern, integerPart.length())) {
                    integerPart.append('0');
                    printedAny = true;
                } else {
                    integerPart.append(' ');
                }
                digitIndex++;
            } else if (character == ',' || character == 'G' || character == 'g') {
                integerPart.append(printedAny ? ',' : ' ');
            } else if (character != 'S' && character != 's') {
                integerPart.append(character);
            }
        }
        String sign = negative ? "-" : explicitSign ? "+" : " ";
        int firstPrinted = 0;
        while (firstPrinted < integerPart.length() && integerPart.charAt(firstPrinted) == ' ') {
            firstPrinted++;
        }
        integerPart.insert(firstPrinted, sign);

        StringBuilder result = new StringBuilder(integerPart);
        if (point >= 0) {
            result.append('.');
            int fractionIndex = 0;
            StringBuilder fraction = new StringBuilder();
            int lastRequired = -1;
            for (char character : fractionPattern.toCharArray()) {
                if (character == '9' || character == '0') {
                    fraction.append(overflow ? '#' : fractionDigits.charAt(fractionIndex));
                    if (character == '0') {
                        lastRequired = fraction.length();
                    }
                    fractionIndex++;
                }
            }
            String fractionText = fraction.toString();
            if (fillMode) {
                int end = fractionText.length();
                while (end > Math.max(lastRequired, 0) && fractionText.charAt(end - 1) == '0') {
                    end--;
                }
                fractionText = fractionText.substring(0, end);
            }
            result.append(fractionText);
        }
        String text = result.toString();
        if (fillMode) {
            text = text.stripLeading();
            if (!negative && !explicitSign) {
                text = text.stripLeading();
            }
        }
        return text;
    }

    /**
     * {@code to_number(text, template)}: the digits of {@code text}, its sign (a '-' anywhere) and
     * its decimal point, rounded to the template's fraction digits.
     */
    static BigDecimal parse(String text, String template) {
        String pattern = template.toUpperCase(java.util.Locale.ROOT).replace("FM", "");
        int point = indexOfPoint(pattern);
        int fractionPositions = point < 0 ? 0 : countDigits(pattern.substring(point + 1));
        StringBuilder digits = new StringBuilder();
        boolean negative = false;
        boolean seenPoint = false;
        for (char character : text.toCharArray()) {
            if (Character.isDigit(character)) {
                digits.append(character);
            } else if (character == '.' && point >= 0 && !seenPoint) {
                digits.append('.');
                seenPoint = true;
            } else if (character == '-') {
                negative = true;
            }
        }
        if (digits.length() == 0 || digits.toString().equals(".")) {
            throw io.dosql.core.ErrorCode.INVALID_TEXT_REPRESENTATION.exception("numeric", " ");
        }
        BigDecimal value = new BigDecimal(digits.toString()).setScale(fractionPositions, RoundingMode.DOWN);
        return negative ? value.negate() : value;
    }

    private static boolean isLastDigit(String pattern, int position) {
        for (int index = position + 1; index < pattern.length(); index++) {
            if (pattern.charAt(index) == '9' || pattern.charAt(index) == '0') {
                return false;
            }
        }
        return true;
    }

    private static int indexOfPoint(String pattern) {
        int point = pattern.indexOf('.');
        if (point < 0) {
            point = pattern.indexOf('D');
        }
        return point >= 0 ? point : pattern.indexOf('d');
    }

    private static int countDigits(String pattern) {
        int count = 0;
        for (char character : pattern.toCharArray()) {
            if (character == '9' || character == '0') {
                count++;
            }
        }
        return count;
    }
}
