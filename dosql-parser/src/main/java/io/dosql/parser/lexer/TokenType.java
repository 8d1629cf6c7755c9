package io.dosql.parser.lexer;

/** The kinds of token the {@link Lexer} produces. */
public enum TokenType {
    /** An unquoted identifier or keyword; its value is folded to lower case. */
    WORD,
    /** A "quoted", [bracketed] or `backquoted` identifier; its value is kept verbatim. */
    QUOTED_IDENTIFIER,
    /** A string literal ('…', E'…', $$…$$); its value has escapes resolved. */
    STRING,
    /** X'…' blob literal; its value is the lower-case hex digits. */
    BLOB,
    /** B'…' bit-string literal; its value is the binary digits. */
    BIT_STRING,
    /** Digits only. */
    INTEGER,
    /** A number with a point or an exponent. */
    DECIMAL,
    /** {@code ?} or {@code $n}; its value is the parameter number. */
    PARAMETER,
    /** An operator such as {@code +}, {@code <=}, {@code ||}, {@code ::}. */
    OPERATOR,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COMMA,
    SEMICOLON,
    DOT,
    /** End of input. */
    END
}
