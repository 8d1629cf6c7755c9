package io.dosql.parser.lexer;

/**
 * One token: its type, its value (folded word, resolved string, number text, operator symbol), its
 * source span {@code [start, end)} as 0-based character offsets, and for unquoted words the keyword
 * category (null when the word is not a keyword).
 */
public record Token(TokenType type, String value, int start, int end, Keywords.Category keyword) {

    /** Whether this is the unquoted word {@code lowerCaseWord}. */
    public boolean isWord(String lowerCaseWord) {
        return type == TokenType.WORD && value.equals(lowerCaseWord);
    }

    /** Whether this is the operator {@code symbol}. */
    public boolean isOperator(String symbol) {
        return type == TokenType.OPERATOR && value.equals(symbol);
    }

    /** 1-based position of the token, as PostgreSQL reports it. */
    public int position() {
        return start + 1;
    }
}
