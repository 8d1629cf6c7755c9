package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dosql.core.DoSqlException;
import io.dosql.parser.lexer.Keywords;
import io.dosql.parser.lexer.Lexer;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> tokens(String sql) {
        List<Token> tokens = Lexer.tokenize(sql);
        return tokens.subList(0, tokens.size() - 1);
    }

    @Test
    void wordsAreFoldedAndCarryTheirKeywordCategory() {
        List<Token> tokens = tokens("SELECT Key \"Key\" LEFT foo");
        assertThat(tokens).extracting(Token::value).containsExactly("select", "key", "Key", "left", "foo");
        assertThat(tokens).extracting(Token::keyword).containsExactly(Keywords.Category.RESERVED,
                Keywords.Category.UNRESERVED, null, Keywords.Category.TYPE_FUNCTION_NAME, null);
        assertThat(tokens.get(2).type()).isEqualTo(TokenType.QUOTED_IDENTIFIER);
    }

    @Test
    void operatorsAreSplitGreedilyIntoKnownOperators() {
        assertThat(tokens("a<=b<>c!=d::int||e!~*f<<1>>2 !~~ x")).filteredOn(token -> token.type() == TokenType.OPERATOR)
                .extracting(Token::value).containsExactly("<=", "<>", "!=", "::", "||", "!~*", "<<", ">>", "!~~");
        assertThat(tokens("1+-2")).extracting(Token::value).containsExactly("1", "+", "-", "2");
        assertThat(tokens("1--comment\n+2")).extracting(Token::value).containsExactly("1", "+", "2");
    }

    @Test
    void numbers() {
        assertThat(tokens("1 1.5 .5 1. 1e5 1.5E-3 12.e5")).extracting(Token::type).containsExactly(TokenType.INTEGER,
                TokenType.DECIMAL, TokenType.DECIMAL, TokenType.DECIMAL, TokenType.DECIMAL, TokenType.DECIMAL, TokenType.DECIMAL);
        DoSqlException junk = catchThrowableOfType(() -> Lexer.tokenize("SELECT 123abc"), DoSqlException.class);
        assertThat(junk.getMessage()).isEqualTo("trailing junk after numeric literal at or near \"123abc\"");
        assertThat(junk.position()).isEqualTo(8);
    }

    @Test
    void parametersAreNumberedLeftToRight() {
        assertThat(tokens("? + ? + $7")).filteredOn(token -> token.type() == TokenType.PARAMETER)
                .extracting(Token::value).containsExactly("1", "2", "7");
    }

    @Test
    void bracketsAreIdentifiersExceptAfterNamesAndInsideArrays() {
        assertThat(tokens("[a b]")).extracting(Token::type).containsExactly(TokenType.QUOTED_IDENTIFIER);
        assertThat(tokens("ARRAY[[1],[2]]")).extracting(Token::type).containsExactly(TokenType.WORD,
                TokenType.LEFT_BRACKET, TokenType.LEFT_BRACKET, TokenType.INTEGER, TokenType.RIGHT_BRACKET, TokenType.COMMA,
                TokenType.LEFT_BRACKET, TokenType.INTEGER, TokenType.RIGHT_BRACKET, TokenType.RIGHT_BRACKET);
        assertThat(tokens("int[]")).extracting(Token::type).containsExactly(TokenType.WORD,
                TokenType.LEFT_BRACKET, TokenType.RIGHT_BRACKET);
    }

    @Test
    void identifiersAreTruncatedTo63BytesAsInPostgreSql() {
        assertThat(tokens("a".repeat(70)).get(0).value()).isEqualTo("a".repeat(63));
        assertThat(tokens("\"" + "\u00e9".repeat(40) + "\"").get(0).value()).isEqualTo("\u00e9".repeat(31));
        assertThat(tokens("'" + "a".repeat(70) + "'").get(0).value()).hasSize(70);
        assertThat(tokens("U&\"" + "\\0041".repeat(40) + "\"").get(0).value()).isEqualTo("A".repeat(40));
        assertThat(tokens("U&\"" + "\\0041".repeat(70) + "\"").get(0).value()).isEqualTo("A".repeat(63));
    }

    @Test
    void unicodeEscapes() {
        assertThat(tokens("U&'d\\0061t\\+000061' u&\"\\0041b\"")).extracting(Token::value).containsExactly("data", "Ab");
        assertThat(tokens("U&'d\\0061t\\+000061'").get(0).end()).isEqualTo(19);
    }

    @Test
    void spansCoverTheSourceText() {
        String sql = "SELECT  'a''b' , E'\\n' FROM \"T\"";
        for (Token token : tokens(sql)) {
            String text = sql.substring(token.start(), token.end());
            assertThat(text).isNotBlank();
        }
        assertThat(tokens(sql).get(1).end()).isEqualTo(14);
    }
}
