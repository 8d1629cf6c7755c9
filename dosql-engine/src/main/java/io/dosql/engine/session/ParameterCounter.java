package io.dosql.engine.session;

/** Counts {@code ?} and {@code $n} placeholders outside quotes and comments, for unplanned statements. */
final class ParameterCounter {
    private ParameterCounter() {
    }

    static int count(String sql) {
        int questionMarks = 0;
        int highestDollar = 0;
        int length = sql.length();
        for (int index = 0; index < length; index++) {
            char character = sql.charAt(index);
            if (character == '\'' || character == '"') {
                int end = sql.indexOf(character, index + 1);
                index = end < 0 ? length : end;
            } else if (character == '-' && index + 1 < length && sql.charAt(index + 1) == '-') {
                int end = sql.indexOf('\n', index);
                index = end < 0 ? length : end;
            } else if (character == '?') {
                questionMarks++;
            } else if (character == '$' && index + 1 < length && Character.isDigit(sql.charAt(index + 1))) {
                int end = index + 1;
                while (end < length && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                highestDollar = Math.max(highestDollar, Integer.parseInt(sql.substring(index + 1, end)));
                index = end - 1;
            }
        }
        return Math.max(questionMarks, highestDollar);
    }
}
