package io.dosql.parser.internal;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.parser.lexer.Keywords;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.List;

/**
 * A position in the token list of one SQL text, with the look-ahead, matching and error helpers
 * every part of the parser shares. Names follow PostgreSQL's grammar: a <i>column id</i> may be any
 * non-keyword or unreserved/column-name keyword, a <i>label</i> (after AS or a dot) any word.
 */
final class TokenCursor {
    private final String sql;
    private final List<Token> tokens;
    private int index;

    TokenCursor(String sql, List<Token> tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    String sql() {
        return sql;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        int at = Math.min(index + ahead, tokens.size() - 1);
        return tokens.get(at);
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.type() != TokenType.END) {
            index++;
        }
        return token;
    }

    /** The last consumed token. */
    Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    boolean is(TokenType type) {
        return peek().type() == type;
    }

    boolean isAhead(int ahead, TokenType type) {
        return peek(ahead).type() == type;
    }

    boolean accept(TokenType type) {
        if (is(type)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(TokenType type) {
        if (!is(type)) {
            throw syntaxError();
        }
        return next();
    }

    boolean isWord(String word) {
        return peek().isWord(word);
    }

    boolean isWordAhead(int ahead, String word) {
        return peek(ahead).isWord(word);
    }

    boolean acceptWord(String word) {
        if (isWord(word)) {
            next();
            return true;
        }
        return false;
    }

    /** Accepts a sequence of words only if all of them are next. */
    boolean acceptWords(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        index += words.length;
        return true;
    }

    void expectWord(String word) {
        if (!acceptWord(word)) {
            throw syntaxError();
        }
    }

    void expectWords(String... words) {
        for (String word : words) {
            expectWord(word);
        }
    }

    boolean isOperator(String symbol) {
        return peek().isOperator(symbol);
    }

    boolean acceptOperator(String symbol) {
        if (isOperator(symbol)) {
            next();
            return true;
        }
        return false;
    }

    void expectOperator(String symbol) {
        if (!acceptOperator(symbol)) {
            throw syntaxError();
        }
    }

    /** Whether the current token can be a column, table or alias name (PostgreSQL's ColId). */
    boolean isColumnId() {
        return isColumnId(peek());
    }

    static boolean isColumnId(Token token) {
        if (token.type() == TokenType.QUOTED_IDENTIFIER) {
            return true;
        }
        if (token.type() != TokenType.WORD) {
            return false;
        }
        Keywords.Category category = token.keyword();
        return category == null || category == Keywords.Category.UNRESERVED || category == Keywords.Category.COLUMN_NAME;
    }

    /** Whether the current token can be a function or type name (PostgreSQL's type_function_name). */
    static boolean isTypeFunctionName(Token token) {
        if (token.type() == TokenType.QUOTED_IDENTIFIER) {
            return true;
        }
        if (token.type() != TokenType.WORD) {
            return false;
        }
        Keywords.Category category = token.keyword();
        return category == null || category == Keywords.Category.UNRESERVED || category == Keywords.Category.TYPE_FUNCTION_NAME;
    }

    static boolean isLabel(Token token) {
        return token.type() == TokenType.WORD || token.type() == TokenType.QUOTED_IDENTIFIER;
    }

    /** A column, table or alias name (ColId). */
    String columnId() {
        if (!isColumnId()) {
            throw syntaxError();
        }
        return next().value();
    }

    /** Any word or quoted identifier (ColLabel): after AS, after a dot. */
    String label() {
        if (!isLabel(peek())) {
            throw syntaxError();
        }
        return next().value();
    }

    /** PostgreSQL's "syntax error at or near" the current token (or "at end of input"). */
    DoSqlException syntaxError() {
        return syntaxErrorAt(peek());
    }

    DoSqlException syntaxErrorAt(Token token) {
        if (token.type() == TokenType.END) {
            return ErrorCode.SYNTAX_ERROR.exception("syntax error at end of input").withPosition(sql.length() + 1);
        }
        String text = sql.substring(token.start(), token.end());
        return ErrorCode.SYNTAX_ERROR.exception("syntax error at or near \"" + text + "\"").withPosition(token.position());
    }

    /** A 42601 error with a custom message at a token. */
    DoSqlException errorAt(Token token, String message) {
        int position = token.type() == TokenType.END ? sql.length() + 1 : token.position();
        return ErrorCode.SYNTAX_ERROR.exception(message).withPosition(position);
    }
}
